using System.Collections;
using System.Globalization;
using System.Text;

namespace Meta.Interpreters.Python.Ast;

/// <summary>
/// Prints a tree the way <c>ast.dump(node)</c> does with default arguments: fields by keyword,
/// no position attributes, optional fields left out when None.
/// </summary>
public static class AstDumper
{
    public static string Dump(Node node)
    {
        var sb = new StringBuilder();
        DumpNode(sb, node);
        return sb.ToString();
    }

    private static void DumpNode(StringBuilder sb, Node node)
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
            DumpValue(sb, field.Value);
        }

        sb.Append(')');
    }

    private static void DumpValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case Node n:
                DumpNode(sb, n);
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
                    DumpValue(sb, item);
                }

                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"unexpected field value {value.GetType()}", nameof(value));
        }
    }
}
