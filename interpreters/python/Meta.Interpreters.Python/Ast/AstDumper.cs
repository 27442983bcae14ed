using System.Collections;
using System.Globalization;
using System.Text;

namespace Meta.Interpreters.Python.Ast;

/// <summary>
/// Prints a tree the way <c>ast.dump(node)</c> does: fields by keyword, optional fields left out
/// when None, and with <c>includeAttributes</c> the positions (<c>ast.dump(node, include_attributes=True)</c>).
/// </summary>
public static class AstDumper
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        DumpNode(sb, node, includeAttributes);
        return sb.ToString();
    }

    private static void DumpNode(StringBuilder sb, Node node, bool attributes)
    {
        sb.Append(node.TypeName).Append('(');
        var first = true;
        foreach (var field in node.GetFields())
        {
            if (field.Value is null && field.Optional)
            {
                continue;
            }

            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(field.Name).Append('=');
            DumpValue(sb, field.Value, attributes);
        }

        if (attributes && node.HasLocation)
        {
            sb.Append(first ? "" : ", ")
                .Append(CultureInfo.InvariantCulture, $"lineno={node.Lineno}, col_offset={node.ColOffset}, end_lineno={node.EndLineno}, end_col_offset={node.EndColOffset}");
        }

        sb.Append(')');
    }

    private static void DumpValue(StringBuilder sb, object? value, bool attributes)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case Node n:
                DumpNode(sb, n, attributes);
                break;
            case ConstantValue c:
                sb.Append(PyRepr.Of(c.Value));
                break;
            case string s:
                sb.Append(PyRepr.Str(s));
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case Enum e:
                // Operators and contexts are empty nodes in CPython: `Add()`, `Load()`.
                sb.Append(e.ToString()).Append("()");
                break;
            case IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    DumpValue(sb, item, attributes);
                }

                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"unexpected field value {value.GetType()}", nameof(value));
        }
    }
}
