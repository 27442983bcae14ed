using System.Globalization;
using System.Text;
using Meta.Translator.Diagnostics;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The generated twins as IL text (meta-translate --dump): each twin's signature, its locals and
/// its instructions with offsets as they will be written, then the methods left without a twin.
/// </summary>
public static class TwinDump
{
    public static string Print(TwinReport report)
    {
        var text = new StringBuilder();
        foreach (var (original, twin) in report.Twins.OrderBy(t => MethodNames.Short(t.Original), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"twin of {MethodNames.Short(original)}: {Signature(twin)}").Append('\n');
            if (!twin.HasBody)
            {
                text.Append("  abstract\n");
                continue;
            }
            text.Append("  locals: ").AppendJoin(", ", twin.Body.Variables.Select(v => $"V_{v.Index} {v.VariableType.Name}")).Append('\n');
            var offsets = new Dictionary<Instruction, int>();
            var offset = 0;
            foreach (var instruction in twin.Body.Instructions)
            {
                offsets[instruction] = offset;
                offset += instruction.GetSize();
            }
            foreach (var instruction in twin.Body.Instructions)
            {
                text.Append(CultureInfo.InvariantCulture, $"  IL_{offsets[instruction]:x4}: {instruction.OpCode.Name}");
                var operand = Operand(instruction.Operand, offsets);
                if (operand.Length > 0)
                {
                    text.Append(' ').Append(operand);
                }
                text.Append('\n');
            }
        }
        foreach (var (method, reason) in report.Skipped.OrderBy(s => MethodNames.Short(s.Method), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"no twin for {MethodNames.Short(method)}: {reason}").Append('\n');
        }
        return text.ToString();
    }

    private static string Signature(MethodDefinition twin)
    {
        var modifiers = twin.IsAbstract ? "abstract " : twin.IsVirtual ? (twin.IsNewSlot ? "virtual " : "override ") : twin.IsStatic ? "static " : "";
        return $"{modifiers}{twin.ReturnType.Name} {twin.DeclaringType.Name}::{twin.Name}({string.Join(", ", twin.Parameters.Select(p => p.ParameterType.Name + " " + p.Name))})";
    }

    private static string Operand(object? operand, Dictionary<Instruction, int> offsets) => operand switch
    {
        null => "",
        Instruction target => $"IL_{offsets[target]:x4}",
        Instruction[] targets => "(" + string.Join(", ", targets.Select(t => $"IL_{offsets[t]:x4}")) + ")",
        VariableDefinition variable => $"V_{variable.Index}",
        ParameterDefinition parameter => parameter.Name is { Length: > 0 } name ? name : "this",
        string value => "\"" + value + "\"",
        MethodReference method => method.DeclaringType.Name + "::" + method.Name,
        FieldReference field => field.DeclaringType.Name + "::" + field.Name,
        TypeReference type => type.FullName,
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        _ => operand.ToString() ?? "",
    };
}
