using System.Globalization;
using System.Text;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Bytecode;

/// <summary>
/// Code objects as text, for people (`toy --dis FILE`): one instruction a line with its index,
/// source position, name, argument, and what the argument refers to.
/// </summary>
public static class Disassembler
{
    /// <summary>The code and every function in it; <paramref name="globals"/> (the compiler's) names the global slots.</summary>
    public static string Disassemble(CodeObject code, Globals globals)
    {
        var text = new StringBuilder();
        Append(text, code, code.Name, globals);
        return text.ToString();
    }

    private static void Append(StringBuilder text, CodeObject code, string path, Globals globals)
    {
        text.Append(CultureInfo.InvariantCulture,
            $"== {path} (arity {code.Arity}, {code.LocalCount} locals, stack {code.MaxStack}");
        if (code.CaptureFrom.Length > 0)
        {
            text.Append(", captures ").Append(string.Join(" ", code.CaptureFrom.Select(Capture)));
        }
        text.Append(") ==\n");
        for (var pc = 0; pc < code.Ops.Length; pc++)
        {
            var position = $"{code.Lines[pc]}:{code.Columns[pc]}";
            text.Append(CultureInfo.InvariantCulture, $"{pc,5}  {position,-7} ");
            if (!HasArgument(code.Ops[pc]))
            {
                text.Append(code.Ops[pc]);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{code.Ops[pc],-16}{code.Args[pc]}");
                var note = Note(code, pc, globals);
                if (note.Length > 0)
                {
                    text.Append("  (").Append(note).Append(')');
                }
            }
            text.Append('\n');
        }
        for (var i = 0; i < code.Functions.Length; i++)
        {
            text.Append('\n');
            Append(text, code.Functions[i], path + "." + code.Functions[i].Name, globals);
        }
    }

    private static string Capture(int from) => from >= 0 ? $"local{from}" : $"free{-from - 1}";

    private static bool HasArgument(Op op) => op is not (Op.LoadNil or Op.LoadTrue or Op.LoadFalse or Op.Pop or Op.Echo
        or Op.Add or Op.Subtract or Op.Multiply or Op.Divide or Op.Modulo or Op.Equal or Op.NotEqual
        or Op.Less or Op.LessEqual or Op.Greater or Op.GreaterEqual or Op.Negate or Op.Not
        or Op.GetIndex or Op.SetIndex or Op.Return or Op.GetIter);

    private static string Note(CodeObject code, int pc, Globals globals)
    {
        var arg = code.Args[pc];
        return code.Ops[pc] switch
        {
            Op.LoadConst => Formatter.Repr(code.Constants[arg]),
            Op.GetField or Op.SetField => code.Names[arg],
            Op.MakeClosure => code.Functions[arg].Name,
            Op.LoadGlobal or Op.StoreGlobal or Op.DefineGlobal => globals.NameOf(arg),
            _ => "",
        };
    }
}
