using System.Text;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// Source text with newlines normalized to \n (as CPython's tokenizer translates them) and the
/// line table that maps text indexes to lines, character columns and UTF-8 byte columns.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private readonly bool[] _lineIsAscii;

    public SourceText(string text, string fileName)
    {
        Text = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        FileName = fileName;
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        _lineIsAscii = new bool[_lineStarts.Length];
        for (var l = 0; l < _lineStarts.Length; l++)
        {
            var ascii = true;
            for (var i = _lineStarts[l]; i < Text.Length && Text[i] != '\n'; i++)
            {
                if (Text[i] >= 0x80)
                {
                    ascii = false;
                    break;
                }
            }

            _lineIsAscii[l] = ascii;
        }
    }

    public string Text { get; }

    public string FileName { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line that holds text index <paramref name="index"/>.</summary>
    public int LineOf(int index)
    {
        var i = Array.BinarySearch(_lineStarts, index);
        return i >= 0 ? i + 1 : ~i;
    }

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>Character column (0-based) of a text index, counting code points as CPython's offsets do.</summary>
    public int CharColumn(int index)
    {
        var start = LineStart(LineOf(index));
        if (_lineIsAscii[LineOf(index) - 1])
        {
            return index - start;
        }

        var col = 0;
        for (var i = start; i < index; i++)
        {
            if (!(char.IsLowSurrogate(Text[i]) && i > start && char.IsHighSurrogate(Text[i - 1])))
            {
                col++;
            }
        }

        return col;
    }

    /// <summary>UTF-8 byte column (0-based) of a text index, CPython's col_offset unit.</summary>
    public int ByteColumn(int index)
    {
        var line = LineOf(index);
        var start = LineStart(line);
        if (_lineIsAscii[line - 1])
        {
            return index - start;
        }

        return Encoding.UTF8.GetByteCount(Text.AsSpan(start, index - start));
    }

    /// <summary>The text of a line without its newline, or null past the end.</summary>
    public string? LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return null;
        }

        var start = _lineStarts[line - 1];
        var end = Text.IndexOf('\n', start);
        return end < 0 ? Text[start..] : Text[start..end];
    }

    /// <summary>Converts a byte column of a line back to a character column (for error offsets).</summary>
    public int CharColumnOfByte(int line, int byteCol)
    {
        var text = LineText(line) ?? "";
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (bytes >= byteCol)
            {
                return i;
            }

            bytes += char.IsHighSurrogate(text[i]) ? 4 : text[i] < 0x80 ? 1 : text[i] < 0x800 ? 2 : char.IsLowSurrogate(text[i]) ? 0 : 3;
        }

        return text.Length + Math.Max(0, byteCol - bytes);
    }

    /// <summary>Builds an error spanning text indexes [start, end); columns become CPython's 1-based offsets.</summary>
    public PythonSyntaxError Error(string message, int start, int end, SyntaxErrorKind kind = SyntaxErrorKind.Syntax)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var line = LineOf(start);
        var endLine = LineOf(end);
        var col = CharColumn(start) + 1;
        var endCol = CharColumn(end) + 1;
        var text = LineText(line);
        return kind switch
        {
            SyntaxErrorKind.Indentation => new PythonIndentationError(message, FileName, line, col, endLine, endCol, text),
            SyntaxErrorKind.Tab => new PythonTabError(message, FileName, line, col, endLine, endCol, text),
            _ => new PythonSyntaxError(message, FileName, line, col, endLine, endCol, text),
        };
    }
}

/// <summary>Which CPython class of SyntaxError to raise.</summary>
public enum SyntaxErrorKind
{
    Syntax,
    Indentation,
    Tab,
}
