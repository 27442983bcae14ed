using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Compiler;

public sealed partial class CodeGenerator
{
    /// <summary>eval mode (compile.c's compiler_mod for Expression_kind): the code returns the expression's value.</summary>
    public static PyCode CompileExpression(Expression expression, string fileName)
    {
        // The symbol table walks modules: the expression is analysed as a one-statement module.
        var statement = new Expr(expression.Body);
        statement.CopyLocation<Expr>(expression.Body);
        var table = SymbolTable.Build(new Module([statement], []));
        var gen = new CodeGenerator(table, table.Root, fileName, "<module>", 1);
        gen._line = expression.Body.Lineno;
        gen.CompileExpr(expression.Body);
        gen.Emit(Opcode.ReturnValue);
        return gen.Finish("<module>", 1, null);
    }
}
