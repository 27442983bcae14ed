using System.Collections;
using Meta.Interpreters.Python.Ast;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>Moves positions of a tree parsed from a piece of text to where that text sits in an enclosing source.</summary>
internal static class LocationShift
{
    /// <param name="node">Root of the tree parsed from <paramref name="inner"/>.</param>
    /// <param name="inner">The piece of text the tree was parsed from.</param>
    /// <param name="outer">The enclosing source.</param>
    /// <param name="offset">Index in <paramref name="outer"/> of the first character of <paramref name="inner"/>.</param>
    public static void Apply(Node node, SourceText inner, SourceText outer, int offset)
    {
        if (node.HasLocation)
        {
            var start = Map(node.Lineno, node.ColOffset, inner, outer, offset);
            var end = Map(node.EndLineno, node.EndColOffset, inner, outer, offset);
            node.Lineno = outer.LineOf(start);
            node.ColOffset = outer.ByteColumn(start);
            node.EndLineno = outer.LineOf(end);
            node.EndColOffset = outer.ByteColumn(end);
        }

        foreach (var field in node.GetFields())
        {
            switch (field.Value)
            {
                case Node child:
                    Apply(child, inner, outer, offset);
                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Node n)
                        {
                            Apply(n, inner, outer, offset);
                        }
                    }

                    break;
            }
        }
    }

    private static int Map(int line, int byteCol, SourceText inner, SourceText outer, int offset)
    {
        var index = inner.LineStart(line) + inner.CharColumnOfByte(line, byteCol);
        return Math.Clamp(offset + index, 0, outer.Text.Length);
    }
}
