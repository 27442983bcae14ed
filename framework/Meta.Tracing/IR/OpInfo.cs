using System.Reflection;
using System.Text;

namespace Meta.Tracing.IR;

/// <summary>What the table in <see cref="Opcode"/> says of one operation, parsed once.</summary>
public sealed class OpInfo
{
    private static readonly OpInfo[] Table = BuildTable();
    private static readonly Dictionary<string, OpInfo> ByTextName = Table.ToDictionary(info => info.Name);

    private OpInfo(Opcode code, string name, KindSpec[] operands, KindSpec result, OpFlags flags, DescrUse descr, string signature)
    {
        Code = code;
        Name = name;
        Operands = operands;
        Result = result;
        Flags = flags;
        Descr = descr;
        Signature = signature;
    }

    public Opcode Code { get; }

    /// <summary>The name in trace text, e.g. int_add_ovf.</summary>
    public string Name { get; }

    public IReadOnlyList<KindSpec> Operands { get; }
    public KindSpec Result { get; }
    public OpFlags Flags { get; }
    public DescrUse Descr { get; }

    /// <summary>The signature as declared, normalized: "i32, i32 -> i32".</summary>
    public string Signature { get; }

    public bool IsGuard => (Flags & OpFlags.Guard) != 0;
    public bool IsPure => (Flags & OpFlags.Pure) != 0;
    public bool IsFinal => (Flags & OpFlags.Final) != 0;
    public bool IsOverflow => (Flags & OpFlags.Overflow) != 0;

    /// <summary>True when the operand count is not fixed by the table (variadic ops and calls).</summary>
    public bool HasVariableArity => Operands.Count == 1 && Operands[0] is KindSpec.Variadic or KindSpec.Args;

    public static IReadOnlyList<OpInfo> All => Table;

    public static OpInfo Of(Opcode code) => Table[(int)code];

    public static OpInfo? FromName(string name) => ByTextName.GetValueOrDefault(name);

    private static OpInfo[] BuildTable()
    {
        var fields = typeof(Opcode).GetFields(BindingFlags.Public | BindingFlags.Static);
        var table = new OpInfo[fields.Length];
        foreach (var field in fields)
        {
            var code = (Opcode)field.GetValue(null)!;
            var row = field.GetCustomAttribute<OpAttribute>()
                ?? throw new InvalidOperationException($"Opcode.{field.Name} has no [Op] row");
            var (operands, result) = ParseSignature(field.Name, row.Signature);
            var signature = string.Join(", ", operands.Select(SpecText)) + " -> " + SpecText(result);
            table[(int)code] = new OpInfo(code, row.Name ?? SnakeCase(field.Name), operands, result, row.Flags, row.Descr, signature.TrimStart());
        }
        return table;
    }

    private static (KindSpec[] Operands, KindSpec Result) ParseSignature(string member, string signature)
    {
        var arrow = signature.Split("->");
        if (arrow.Length != 2)
        {
            throw new InvalidOperationException($"Opcode.{member}: signature '{signature}' needs one '->'");
        }
        var operandText = arrow[0].Trim();
        var operands = operandText.Length == 0
            ? []
            : operandText.Split(',').Select(part => ParseSpec(member, part.Trim())).ToArray();
        return (operands, ParseSpec(member, arrow[1].Trim()));
    }

    private static KindSpec ParseSpec(string member, string text) => text switch
    {
        "i32" => KindSpec.I32,
        "i64" => KindSpec.I64,
        "f64" => KindSpec.F64,
        "ref" => KindSpec.Ref,
        "void" => KindSpec.Void,
        "any" => KindSpec.Any,
        "same" => KindSpec.Same,
        "elem" => KindSpec.Elem,
        "args" => KindSpec.Args,
        "ret" => KindSpec.Ret,
        "*" => KindSpec.Variadic,
        _ => throw new InvalidOperationException($"Opcode.{member}: unknown kind '{text}' in its signature"),
    };

    public static string SpecText(KindSpec spec) => spec switch
    {
        KindSpec.I32 => "i32",
        KindSpec.I64 => "i64",
        KindSpec.F64 => "f64",
        KindSpec.Ref => "ref",
        KindSpec.Void => "void",
        KindSpec.Any => "any",
        KindSpec.Same => "same",
        KindSpec.Elem => "elem",
        KindSpec.Args => "args",
        KindSpec.Ret => "ret",
        _ => "*",
    };

    /// <summary>The fixed kind a spec names, or null when it depends on operands or descriptor.</summary>
    public static ValueKind? FixedKind(KindSpec spec) => spec switch
    {
        KindSpec.I32 => ValueKind.I32,
        KindSpec.I64 => ValueKind.I64,
        KindSpec.F64 => ValueKind.F64,
        KindSpec.Ref => ValueKind.Ref,
        KindSpec.Void => ValueKind.Void,
        _ => null,
    };

    private static string SnakeCase(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    public override string ToString() => Name;
}
