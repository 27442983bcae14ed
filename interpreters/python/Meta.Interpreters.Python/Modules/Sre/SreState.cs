using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>The characters a pattern runs over; the engine is specialized per kind as sre_lib.h is included once per character width.</summary>
internal interface ISreSubject
{
    int this[int i] { get; }
}

/// <summary>A str without surrogate pairs: UTF-16 units are code points.</summary>
internal readonly struct BmpSubject(string text) : ISreSubject
{
    public int this[int i] => text[i];
}

/// <summary>A str with characters outside the BMP, decoded to code points.</summary>
internal readonly struct WideSubject(int[] codePoints) : ISreSubject
{
    public int this[int i] => codePoints[i];
}

internal readonly struct ByteSubject(byte[] bytes) : ISreSubject
{
    public int this[int i] => bytes[i];
}

/// <summary>A saved repeat (SRE_REPEAT): the REPEAT op it belongs to, its count and the zero-width guard.</summary>
internal sealed class SreRepeat(int pc, SreRepeat? previous)
{
    public long Count = -1;
    public readonly int Pc = pc;
    public int LastPtr = -1;
    public readonly SreRepeat? Previous = previous;
}

/// <summary>One frame of the explicit backtracking stack (SRE(match_context)).</summary>
internal sealed class SreContext
{
    public long Count;
    public int Chr;
    public SreRepeat? Rep;
    public int LastMark;
    public int LastIndex;
    public int Pc;
    public int Ptr;
    public bool TopLevel;
    public int Jump;
}

/// <summary>
/// SRE_STATE (Modules/_sre/sre.c): the subject, the window [Start, End) being searched, the
/// capture marks (-1 is "not set"), and the two stacks the engine backtracks with instead of
/// recursing: frames and saved data (marks, repeat guards).
/// </summary>
internal sealed class SreState
{
    public readonly SreText Subject;
    public readonly int Pos;
    public readonly int EndPos;

    public int Start;
    public int End;
    public int Ptr;
    public bool MatchAll;
    public bool MustAdvance;

    public int[] Marks = new int[16];
    public int LastMark = -1;
    public int LastIndex = -1;
    public SreRepeat? Repeat;

    public readonly List<SreContext> Contexts = [];
    private int[] _data = new int[64];
    private int _dataTop;

    public SreState(SreText subject, long pos, long endPos)
    {
        Subject = subject;
        Pos = (int)Math.Clamp(pos, 0, subject.Length);
        EndPos = (int)Math.Clamp(endPos, 0, subject.Length);
        Start = Pos;
        End = EndPos;
        Ptr = Start;
    }

    /// <summary>SRE(search) over this state's subject with the engine specialized for its kind.</summary>
    public bool Search(uint[] code)
    {
        var t = Subject;
        return t.Text is not null ? SreEngine<BmpSubject>.Search(this, new BmpSubject(t.Text), code)
            : t.Wide is not null ? SreEngine<WideSubject>.Search(this, new WideSubject(t.Wide), code)
            : SreEngine<ByteSubject>.Search(this, new ByteSubject(t.Bytes!), code);
    }

    /// <summary>SRE(match) at Start: the whole code, as a top-level match.</summary>
    public bool Match(uint[] code)
    {
        var t = Subject;
        Ptr = Start;
        return t.Text is not null ? SreEngine<BmpSubject>.Match(this, new BmpSubject(t.Text), code, 0, true)
            : t.Wide is not null ? SreEngine<WideSubject>.Match(this, new WideSubject(t.Wide), code, 0, true)
            : SreEngine<ByteSubject>.Match(this, new ByteSubject(t.Bytes!), code, 0, true);
    }

    /// <summary>state_getslice: group <paramref name="group"/> (1-based) of the last match, or <paramref name="unmatched"/>.</summary>
    public PyObject GroupSlice(int group, PyObject? unmatched)
    {
        var i = (group - 1) * 2;
        if (i >= LastMark || Marks[i] < 0 || Marks[i + 1] < 0)
        {
            return unmatched ?? Subject.Slice(0, 0);
        }
        return Subject.Slice(Marks[i], Marks[i + 1]);
    }

    /// <summary>state_reset: forget the marks of the previous attempt.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        Repeat = null;
        _dataTop = 0;
    }

    public void SetMark(int i, int ptr)
    {
        if (i >= Marks.Length)
        {
            Array.Resize(ref Marks, Math.Max(i + 1, Marks.Length * 2));
        }
        if (i > LastMark)
        {
            // Marks between the old highest and this one were never reached.
            for (var j = LastMark + 1; j < i; j++)
            {
                Marks[j] = -1;
            }
            LastMark = i;
        }
        Marks[i] = ptr;
    }

    public int Mark(int i) => i < Marks.Length ? Marks[i] : -1;

    public void PushData(int value)
    {
        if (_dataTop == _data.Length)
        {
            Array.Resize(ref _data, _data.Length * 2);
        }
        _data[_dataTop++] = value;
    }

    public int PopData() => _data[--_dataTop];

    /// <summary>LASTMARK_SAVE, and MARK_PUSH when <paramref name="push"/>: what a failed attempt must undo.</summary>
    public void SaveLastMark(SreContext ctx, bool push)
    {
        ctx.LastMark = LastMark;
        ctx.LastIndex = LastIndex;
        if (push)
        {
            PushMarks(ctx.LastMark);
        }
    }

    /// <summary>MARK_POP (or MARK_POP_KEEP) when <paramref name="pop"/>, then LASTMARK_RESTORE: undo a failed attempt.</summary>
    public void RestoreLastMark(SreContext ctx, bool pop, bool keep)
    {
        if (pop)
        {
            PopMarks(ctx.LastMark, keep);
        }
        LastMark = ctx.LastMark;
        LastIndex = ctx.LastIndex;
    }

    /// <summary>MARK_PUSH: save marks 0..lastMark.</summary>
    public void PushMarks(int lastMark)
    {
        for (var i = 0; i <= lastMark; i++)
        {
            PushData(Marks[i]);
        }
    }

    /// <summary>MARK_POP (discard) or MARK_POP_KEEP (keep the saved copy for another attempt).</summary>
    public void PopMarks(int lastMark, bool keep)
    {
        var n = lastMark + 1;
        if (n <= 0)
        {
            return;
        }
        Array.Copy(_data, _dataTop - n, Marks, 0, n);
        if (!keep)
        {
            _dataTop -= n;
        }
    }

    public void DiscardMarks(int lastMark)
    {
        if (lastMark >= 0)
        {
            _dataTop -= lastMark + 1;
        }
    }

    public SreContext Context(int depth)
    {
        while (Contexts.Count <= depth)
        {
            Contexts.Add(new SreContext());
        }
        return Contexts[depth];
    }
}
