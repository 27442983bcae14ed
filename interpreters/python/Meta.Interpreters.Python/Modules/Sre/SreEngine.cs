using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>
/// The SRE matching engine over the code re/_compiler.py emits (semantics of Modules/_sre/sre_lib.h:
/// SRE(match), SRE(count), SRE(search)). Backtracking never recurses on the .NET stack: every
/// sub-match pushes a <see cref="SreContext"/> recording where to resume (Jump) and the
/// continuation runs when the sub-match returns, as sre_lib.h does with its DO_JUMP/exit pair.
/// </summary>
internal static class SreEngine<TS> where TS : struct, ISreSubject
{
    // Resume points after a sub-match returns (sre_lib.h's JUMP_* values).
    private const int JumpNone = 0, JumpMaxUntil1 = 1, JumpMaxUntil2 = 2, JumpMaxUntil3 = 3, JumpMinUntil1 = 4;
    private const int JumpMinUntil2 = 5, JumpMinUntil3 = 6, JumpRepeat = 7, JumpRepeatOne1 = 8, JumpRepeatOne2 = 9;
    private const int JumpMinRepeatOne = 10, JumpBranch = 11, JumpAssert = 12, JumpAssertNot = 13;
    private const int JumpPossRepeat1 = 14, JumpPossRepeat2 = 15, JumpAtomicGroup = 16;

    private static PyError EngineError() => Errors.RuntimeError("internal error in regular expression engine");

    /// <summary>SRE(at): does position <paramref name="ptr"/> satisfy the AT code.</summary>
    private static bool At(SreState st, TS s, int ptr, uint at)
    {
        switch (at)
        {
            case SreOp.AtBeginning:
            case SreOp.AtBeginningString:
                return ptr == 0;
            case SreOp.AtBeginningLine:
                return ptr == 0 || SreChars.IsLinebreak(s[ptr - 1]);
            case SreOp.AtEnd:
                return (st.End - ptr == 1 && SreChars.IsLinebreak(s[ptr])) || ptr == st.End;
            case SreOp.AtEndLine:
                return ptr == st.End || SreChars.IsLinebreak(s[ptr]);
            case SreOp.AtEndString:
                return ptr == st.End;
        }
        if (st.End == 0)
        {
            return false;
        }
        Func<int, bool> word = at switch
        {
            SreOp.AtBoundary or SreOp.AtNonBoundary => SreChars.IsAsciiWord,
            SreOp.AtLocBoundary or SreOp.AtLocNonBoundary => SreChars.IsLocaleWord,
            _ => SreChars.IsUniWord,
        };
        var before = ptr > 0 && word(s[ptr - 1]);
        var after = ptr < st.End && word(s[ptr]);
        return at is SreOp.AtBoundary or SreOp.AtLocBoundary or SreOp.AtUniBoundary ? before != after : before == after;
    }

    /// <summary>Does the single-character item at <paramref name="pc"/> (one op, then SUCCESS) accept <paramref name="ch"/>.</summary>
    private static bool OneChar(uint[] code, int pc, int ch)
    {
        var arg = code[pc + 1];
        switch (code[pc])
        {
            case SreOp.Any:
                return !SreChars.IsLinebreak(ch);
            case SreOp.AnyAll:
                return true;
            case SreOp.Literal:
                return (uint)ch == arg;
            case SreOp.NotLiteral:
                return (uint)ch != arg;
            case SreOp.LiteralIgnore:
                return (uint)SreChars.LowerAscii(ch) == arg;
            case SreOp.NotLiteralIgnore:
                return (uint)SreChars.LowerAscii(ch) != arg;
            case SreOp.LiteralUniIgnore:
                return (uint)SreChars.LowerUnicode(ch) == arg;
            case SreOp.NotLiteralUniIgnore:
                return (uint)SreChars.LowerUnicode(ch) != arg;
            case SreOp.LiteralLocIgnore:
                return SreChars.LocaleIgnoreEquals((int)arg, ch);
            case SreOp.NotLiteralLocIgnore:
                return !SreChars.LocaleIgnoreEquals((int)arg, ch);
            case SreOp.Category:
                return SreChars.Category(arg, ch);
            case SreOp.In:
                return SreChars.InCharset(code, pc + 2, ch);
            case SreOp.InIgnore:
                return SreChars.InCharset(code, pc + 2, SreChars.LowerAscii(ch));
            case SreOp.InUniIgnore:
                return SreChars.InCharset(code, pc + 2, SreChars.LowerUnicode(ch));
            case SreOp.InLocIgnore:
                return InLocIgnore(code, pc + 2, ch);
            default:
                throw EngineError();
        }
    }

    /// <summary>SRE(charset_loc_ignore): the character's lowercase or uppercase is in the set.</summary>
    private static bool InLocIgnore(uint[] code, int pc, int ch)
    {
        var lo = SreChars.LowerLocale(ch);
        if (SreChars.InCharset(code, pc, lo))
        {
            return true;
        }
        var up = SreChars.UpperLocale(ch);
        return up != lo && SreChars.InCharset(code, pc, up);
    }

    /// <summary>SRE(count): how many times (up to <paramref name="max"/>) the item at <paramref name="pc"/> matches from st.Ptr.</summary>
    private static int Count(SreState st, TS s, uint[] code, int pc, uint max)
    {
        var ptr = st.Ptr;
        var end = st.End;
        if (max != SreOp.MaxRepeat && max < (uint)(end - ptr))
        {
            end = ptr + (int)max;
        }
        if (code[pc] == SreOp.AnyAll)
        {
            return end - ptr;
        }
        var start = ptr;
        while (ptr < end && OneChar(code, pc, s[ptr]))
        {
            ptr++;
        }
        return ptr - start;
    }

    /// <summary>
    /// The start of REPEAT_ONE and POSSESSIVE_REPEAT_ONE (&lt;skip&gt; &lt;min&gt; &lt;max&gt; item at
    /// <paramref name="pc"/>): how many items match from <paramref name="ptr"/>, or -1 when fewer than min.
    /// </summary>
    private static int CountAtLeastMin(SreState st, TS s, uint[] code, int pc, int ptr)
    {
        if (code[pc + 1] > (uint)(st.End - ptr))
        {
            return -1;
        }
        st.Ptr = ptr;
        var n = Count(st, s, code, pc + 3, code[pc + 2]);
        return n < code[pc + 1] ? -1 : n;
    }

    /// <summary>
    /// SRE(match): match the code at <paramref name="startPc"/> at st.Ptr. On success st.Ptr is
    /// the end of the match and the marks hold the groups.
    /// </summary>
    public static bool Match(SreState st, TS s, uint[] code, int startPc, bool topLevel)
    {
        var end = st.End;
        var depth = 0;
        var ctx = st.Context(0);
        ctx.Jump = JumpNone;
        ctx.TopLevel = topLevel;
        var pc = startPc;
        var ptr = 0;
        var ret = false;
        // Operands of a pending sub-match (sre_lib.h's DO_JUMP).
        int jumpKind = 0, jumpPc = 0;
        var jumpTopLevel = false;

    entrance:
        ptr = st.Ptr;
        if (code[pc] == SreOp.Info)
        {
            // <INFO> <skip> <flags> <min> ...: reject when fewer characters remain than the minimum width.
            if (code[pc + 3] != 0 && (uint)(end - ptr) < code[pc + 3])
            {
                goto failure;
            }
            pc += (int)code[pc + 1] + 1;
        }

    dispatch:
        switch (code[pc++])
        {
            case SreOp.Mark:
                {
                    var i = (int)code[pc];
                    if ((i & 1) != 0)
                    {
                        st.LastIndex = (i / 2) + 1;
                    }
                    st.SetMark(i, ptr);
                    pc++;
                    goto dispatch;
                }
            case SreOp.Literal:
                if (ptr >= end || (uint)s[ptr] != code[pc])
                {
                    goto failure;
                }
                pc++;
                ptr++;
                goto dispatch;
            case SreOp.NotLiteral:
                if (ptr >= end || (uint)s[ptr] == code[pc])
                {
                    goto failure;
                }
                pc++;
                ptr++;
                goto dispatch;
            case SreOp.Success:
                if (ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start)))
                {
                    goto failure;
                }
                st.Ptr = ptr;
                goto success;
            case SreOp.At:
                if (!At(st, s, ptr, code[pc]))
                {
                    goto failure;
                }
                pc++;
                goto dispatch;
            case SreOp.Category:
            case SreOp.LiteralIgnore:
            case SreOp.LiteralUniIgnore:
            case SreOp.LiteralLocIgnore:
            case SreOp.NotLiteralIgnore:
            case SreOp.NotLiteralUniIgnore:
            case SreOp.NotLiteralLocIgnore:
                if (ptr >= end || !OneChar(code, pc - 1, s[ptr]))
                {
                    goto failure;
                }
                pc++;
                ptr++;
                goto dispatch;
            case SreOp.Any:
                if (ptr >= end || SreChars.IsLinebreak(s[ptr]))
                {
                    goto failure;
                }
                ptr++;
                goto dispatch;
            case SreOp.AnyAll:
                if (ptr >= end)
                {
                    goto failure;
                }
                ptr++;
                goto dispatch;
            case SreOp.In:
            case SreOp.InIgnore:
            case SreOp.InUniIgnore:
            case SreOp.InLocIgnore:
                if (ptr >= end || !OneChar(code, pc - 1, s[ptr]))
                {
                    goto failure;
                }
                pc += (int)code[pc];
                ptr++;
                goto dispatch;
            case SreOp.Jump:
            case SreOp.Info:
                pc += (int)code[pc];
                goto dispatch;
            case SreOp.Branch:
                // <BRANCH> <skip> alternative <JUMP> ... <0>
                st.SaveLastMark(ctx, push: st.Repeat is not null);
                goto branchTry;
            case SreOp.RepeatOne:
                {
                    // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy over a one-character item.
                    var n = CountAtLeastMin(st, s, code, pc, ptr);
                    if (n < 0)
                    {
                        goto failure;
                    }
                    ctx.Count = n;
                    ptr += n;
                    var tail = pc + (int)code[pc];
                    if (code[tail] == SreOp.Success && ptr == st.End && !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
                    {
                        st.Ptr = ptr;
                        goto success;
                    }
                    st.SaveLastMark(ctx, push: st.Repeat is not null);
                    if (code[tail] == SreOp.Literal)
                    {
                        // The tail starts with a literal: only try positions followed by it.
                        ctx.Chr = (int)code[tail + 1];
                        goto repeatOneLiteral;
                    }
                    goto repeatOneGeneral;
                }
            case SreOp.MinRepeatOne:
                {
                    // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy over a one-character item.
                    if (code[pc + 1] > (uint)(end - ptr))
                    {
                        goto failure;
                    }
                    st.Ptr = ptr;
                    if (code[pc + 1] == 0)
                    {
                        ctx.Count = 0;
                    }
                    else
                    {
                        var n = Count(st, s, code, pc + 3, code[pc + 1]);
                        if (n < code[pc + 1])
                        {
                            goto failure;
                        }
                        ctx.Count = n;
                        ptr += n;
                    }
                    if (code[pc + (int)code[pc]] == SreOp.Success
                        && !(ctx.TopLevel && ((st.MatchAll && ptr != st.End) || (st.MustAdvance && ptr == st.Start))))
                    {
                        st.Ptr = ptr;
                        goto success;
                    }
                    st.SaveLastMark(ctx, push: st.Repeat is not null);
                    goto minRepeatOneTry;
                }
            case SreOp.PossessiveRepeatOne:
                {
                    var n = CountAtLeastMin(st, s, code, pc, ptr);
                    if (n < 0)
                    {
                        goto failure;
                    }
                    ctx.Count = n;
                    ptr += n;
                    pc += (int)code[pc];
                    if (code[pc] == SreOp.Success && ptr == st.End && !(ctx.TopLevel && st.MustAdvance && ptr == st.Start))
                    {
                        st.Ptr = ptr;
                        goto success;
                    }
                    goto dispatch;
                }
            case SreOp.Repeat:
                // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail: the UNTIL op does the work.
                ctx.Rep = new SreRepeat(pc, st.Repeat);
                st.Repeat = ctx.Rep;
                st.Ptr = ptr;
                jumpKind = JumpRepeat;
                jumpPc = pc + (int)code[pc];
                jumpTopLevel = ctx.TopLevel;
                goto doJump;
            case SreOp.MaxUntil:
                {
                    var rep = ctx.Rep = st.Repeat ?? throw EngineError();
                    st.Ptr = ptr;
                    ctx.Count = rep.Count + 1;
                    if (ctx.Count < code[rep.Pc + 1])
                    {
                        // Not enough repetitions yet.
                        rep.Count = ctx.Count;
                        jumpKind = JumpMaxUntil1;
                        jumpPc = rep.Pc + 3;
                        jumpTopLevel = ctx.TopLevel;
                        goto doJump;
                    }
                    if ((ctx.Count < code[rep.Pc + 2] || code[rep.Pc + 2] == SreOp.MaxRepeat) && st.Ptr != rep.LastPtr)
                    {
                        // Enough, but try one more (not at the position the last one started: zero-width guard).
                        rep.Count = ctx.Count;
                        st.SaveLastMark(ctx, push: true);
                        st.PushData(rep.LastPtr);
                        rep.LastPtr = st.Ptr;
                        jumpKind = JumpMaxUntil2;
                        jumpPc = rep.Pc + 3;
                        jumpTopLevel = ctx.TopLevel;
                        goto doJump;
                    }
                    goto maxUntilTail;
                }
            case SreOp.MinUntil:
                {
                    var rep = ctx.Rep = st.Repeat ?? throw EngineError();
                    st.Ptr = ptr;
                    ctx.Count = rep.Count + 1;
                    if (ctx.Count < code[rep.Pc + 1])
                    {
                        rep.Count = ctx.Count;
                        jumpKind = JumpMinUntil1;
                        jumpPc = rep.Pc + 3;
                        jumpTopLevel = ctx.TopLevel;
                        goto doJump;
                    }
                    // Try the tail first.
                    st.Repeat = rep.Previous;
                    st.SaveLastMark(ctx, push: st.Repeat is not null);
                    jumpKind = JumpMinUntil2;
                    jumpPc = pc;
                    jumpTopLevel = ctx.TopLevel;
                    goto doJump;
                }
            case SreOp.PossessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                st.Ptr = ptr;
                ctx.Count = 0;
                goto possessiveMin;
            case SreOp.AtomicGroup:
                // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
                st.Ptr = ptr;
                jumpKind = JumpAtomicGroup;
                jumpPc = pc + 1;
                jumpTopLevel = false;
                goto doJump;
            case SreOp.GroupRef:
            case SreOp.GroupRefIgnore:
            case SreOp.GroupRefUniIgnore:
            case SreOp.GroupRefLocIgnore:
                {
                    var op = code[pc - 1];
                    var group = (int)code[pc] * 2;
                    if (group >= st.LastMark)
                    {
                        goto failure;
                    }
                    var p = st.Mark(group);
                    var e = st.Mark(group + 1);
                    if (p < 0 || e < 0 || e < p)
                    {
                        goto failure;
                    }
                    for (; p < e; p++, ptr++)
                    {
                        if (ptr >= end || !SameChar(op, s[ptr], s[p]))
                        {
                            goto failure;
                        }
                    }
                    pc++;
                    goto dispatch;
                }
            case SreOp.GroupRefExists:
                {
                    // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
                    var group = (int)code[pc] * 2;
                    var p = group < st.LastMark ? st.Mark(group) : -1;
                    var e = group < st.LastMark ? st.Mark(group + 1) : -1;
                    if (p < 0 || e < 0 || e < p)
                    {
                        pc += (int)code[pc + 1];
                        goto dispatch;
                    }
                    pc += 2;
                    goto dispatch;
                }
            case SreOp.Assert:
                // <ASSERT> <skip> <back> body: the body runs at ptr - back.
                if (ptr < code[pc + 1])
                {
                    goto failure;
                }
                st.Ptr = ptr - (int)code[pc + 1];
                jumpKind = JumpAssert;
                jumpPc = pc + 2;
                jumpTopLevel = false;
                goto doJump;
            case SreOp.AssertNot:
                if (ptr >= code[pc + 1])
                {
                    st.Ptr = ptr - (int)code[pc + 1];
                    st.SaveLastMark(ctx, push: st.Repeat is not null);
                    jumpKind = JumpAssertNot;
                    jumpPc = pc + 2;
                    jumpTopLevel = false;
                    goto doJump;
                }
                pc += (int)code[pc];
                goto dispatch;
            case SreOp.Failure:
                goto failure;
            default:
                throw EngineError();
        }

    // ---- loops that start sub-matches; their continuations come back here ----

    branchTry:
        while (code[pc] != 0)
        {
            var first = code[pc + 1];
            if ((first == SreOp.Literal && (ptr >= end || (uint)s[ptr] != code[pc + 2]))
                || (first == SreOp.In && (ptr >= end || !SreChars.InCharset(code, pc + 3, s[ptr]))))
            {
                pc += (int)code[pc];
                continue;
            }
            st.Ptr = ptr;
            jumpKind = JumpBranch;
            jumpPc = pc + 1;
            jumpTopLevel = ctx.TopLevel;
            goto doJump;
        }
        if (st.Repeat is not null)
        {
            st.DiscardMarks(ctx.LastMark);
        }
        goto failure;

    repeatOneLiteral:
        while (ctx.Count >= code[pc + 1] && (ptr >= end || s[ptr] != ctx.Chr))
        {
            ptr--;
            ctx.Count--;
        }
        if (ctx.Count < code[pc + 1])
        {
            if (st.Repeat is not null)
            {
                st.DiscardMarks(ctx.LastMark);
            }
            goto failure;
        }
        st.Ptr = ptr;
        jumpKind = JumpRepeatOne1;
        jumpPc = pc + (int)code[pc];
        jumpTopLevel = ctx.TopLevel;
        goto doJump;

    repeatOneGeneral:
        if (ctx.Count >= code[pc + 1])
        {
            st.Ptr = ptr;
            jumpKind = JumpRepeatOne2;
            jumpPc = pc + (int)code[pc];
            jumpTopLevel = ctx.TopLevel;
            goto doJump;
        }
        if (st.Repeat is not null)
        {
            st.DiscardMarks(ctx.LastMark);
        }
        goto failure;

    minRepeatOneTry:
        if (code[pc + 2] == SreOp.MaxRepeat || ctx.Count <= code[pc + 2])
        {
            st.Ptr = ptr;
            jumpKind = JumpMinRepeatOne;
            jumpPc = pc + (int)code[pc];
            jumpTopLevel = ctx.TopLevel;
            goto doJump;
        }
        if (st.Repeat is not null)
        {
            st.DiscardMarks(ctx.LastMark);
        }
        goto failure;

    maxUntilTail:
        // No more repetitions here: the tail must match.
        st.Repeat = ctx.Rep!.Previous;
        jumpKind = JumpMaxUntil3;
        jumpPc = pc;
        jumpTopLevel = ctx.TopLevel;
        goto doJump;

    possessiveMin:
        if (ctx.Count < code[pc + 1])
        {
            jumpKind = JumpPossRepeat1;
            jumpPc = pc + 3;
            jumpTopLevel = false;
            goto doJump;
        }
        // No previous position yet, so the zero-width guard cannot stop the first extra attempt.
        ptr = -1;
        goto possessiveMore;

    possessiveMore:
        if ((ctx.Count < code[pc + 2] || code[pc + 2] == SreOp.MaxRepeat) && st.Ptr != ptr)
        {
            st.SaveLastMark(ctx, push: true);
            ptr = st.Ptr;
            jumpKind = JumpPossRepeat2;
            jumpPc = pc + 3;
            jumpTopLevel = false;
            goto doJump;
        }
        goto possessiveTail;

    possessiveTail:
        pc += (int)code[pc] + 1;
        ptr = st.Ptr;
        goto dispatch;

    doJump:
        ctx.Pc = pc;
        ctx.Ptr = ptr;
        depth++;
        ctx = st.Context(depth);
        ctx.Jump = jumpKind;
        ctx.TopLevel = jumpTopLevel;
        pc = jumpPc;
        goto entrance;

    failure:
        ret = false;
        goto exit;

    success:
        ret = true;
        goto exit;

    exit:
        var jump = ctx.Jump;
        if (depth == 0)
        {
            return ret;
        }
        depth--;
        ctx = st.Context(depth);
        pc = ctx.Pc;
        ptr = ctx.Ptr;
        switch (jump)
        {
            case JumpBranch:
                if (ret)
                {
                    if (st.Repeat is not null)
                    {
                        st.DiscardMarks(ctx.LastMark);
                    }
                    goto success;
                }
                st.RestoreLastMark(ctx, pop: st.Repeat is not null, keep: true);
                pc += (int)code[pc];
                goto branchTry;
            case JumpRepeatOne1:
            case JumpRepeatOne2:
                if (ret)
                {
                    if (st.Repeat is not null)
                    {
                        st.DiscardMarks(ctx.LastMark);
                    }
                    goto success;
                }
                st.RestoreLastMark(ctx, pop: st.Repeat is not null, keep: true);
                ptr--;
                ctx.Count--;
                if (jump == JumpRepeatOne1)
                {
                    goto repeatOneLiteral;
                }
                goto repeatOneGeneral;
            case JumpMinRepeatOne:
                {
                    if (ret)
                    {
                        if (st.Repeat is not null)
                        {
                            st.DiscardMarks(ctx.LastMark);
                        }
                        goto success;
                    }
                    st.RestoreLastMark(ctx, pop: st.Repeat is not null, keep: true);
                    st.Ptr = ptr;
                    if (Count(st, s, code, pc + 3, 1) == 0)
                    {
                        if (st.Repeat is not null)
                        {
                            st.DiscardMarks(ctx.LastMark);
                        }
                        goto failure;
                    }
                    ptr++;
                    ctx.Count++;
                    goto minRepeatOneTry;
                }
            case JumpRepeat:
                st.Repeat = ctx.Rep!.Previous;
                if (ret)
                {
                    goto success;
                }
                goto failure;
            case JumpMaxUntil1:
            case JumpMinUntil1:
                if (ret)
                {
                    goto success;
                }
                ctx.Rep!.Count = ctx.Count - 1;
                st.Ptr = ptr;
                goto failure;
            case JumpMaxUntil2:
                ctx.Rep!.LastPtr = st.PopData();
                if (ret)
                {
                    st.DiscardMarks(ctx.LastMark);
                    goto success;
                }
                st.RestoreLastMark(ctx, pop: true, keep: false);
                ctx.Rep.Count = ctx.Count - 1;
                st.Ptr = ptr;
                goto maxUntilTail;
            case JumpMaxUntil3:
                st.Repeat = ctx.Rep;
                if (ret)
                {
                    goto success;
                }
                st.Ptr = ptr;
                goto failure;
            case JumpMinUntil2:
                {
                    var repeatOfTail = st.Repeat;
                    var rep = ctx.Rep!;
                    st.Repeat = rep;
                    if (ret)
                    {
                        if (repeatOfTail is not null)
                        {
                            st.DiscardMarks(ctx.LastMark);
                        }
                        goto success;
                    }
                    st.RestoreLastMark(ctx, pop: repeatOfTail is not null, keep: false);
                    st.Ptr = ptr;
                    if ((ctx.Count >= code[rep.Pc + 2] && code[rep.Pc + 2] != SreOp.MaxRepeat) || st.Ptr == rep.LastPtr)
                    {
                        goto failure;
                    }
                    // The tail failed: one more repetition, then the tail again.
                    rep.Count = ctx.Count;
                    st.PushData(rep.LastPtr);
                    rep.LastPtr = st.Ptr;
                    jumpKind = JumpMinUntil3;
                    jumpPc = rep.Pc + 3;
                    jumpTopLevel = ctx.TopLevel;
                    goto doJump;
                }
            case JumpMinUntil3:
                ctx.Rep!.LastPtr = st.PopData();
                if (ret)
                {
                    goto success;
                }
                ctx.Rep.Count = ctx.Count - 1;
                st.Ptr = ptr;
                goto failure;
            case JumpPossRepeat1:
                if (ret)
                {
                    ctx.Count++;
                    goto possessiveMin;
                }
                st.Ptr = ptr;
                goto failure;
            case JumpPossRepeat2:
                if (ret)
                {
                    st.DiscardMarks(ctx.LastMark);
                    ctx.Count++;
                    goto possessiveMore;
                }
                st.RestoreLastMark(ctx, pop: true, keep: false);
                st.Ptr = ptr;
                goto possessiveTail;
            case JumpAtomicGroup:
                if (!ret)
                {
                    st.Ptr = ptr;
                    goto failure;
                }
                pc += (int)code[pc];
                ptr = st.Ptr;
                goto dispatch;
            case JumpAssert:
                if (!ret)
                {
                    goto failure;
                }
                pc += (int)code[pc];
                goto dispatch;
            case JumpAssertNot:
                if (ret)
                {
                    if (st.Repeat is not null)
                    {
                        st.DiscardMarks(ctx.LastMark);
                    }
                    goto failure;
                }
                st.RestoreLastMark(ctx, pop: st.Repeat is not null, keep: false);
                pc += (int)code[pc];
                goto dispatch;
            default:
                throw EngineError();
        }
    }

    private static bool SameChar(uint groupRefOp, int a, int b) => groupRefOp switch
    {
        SreOp.GroupRef => a == b,
        SreOp.GroupRefIgnore => SreChars.LowerAscii(a) == SreChars.LowerAscii(b),
        SreOp.GroupRefUniIgnore => SreChars.LowerUnicode(a) == SreChars.LowerUnicode(b),
        _ => SreChars.LowerLocale(a) == SreChars.LowerLocale(b),
    };

    /// <summary>
    /// SRE(search): the first match starting at st.Start or later. The INFO block's literal prefix
    /// or first-character set skips positions where no match can start.
    /// </summary>
    public static bool Search(SreState st, TS s, uint[] code)
    {
        var ptr = st.Start;
        var end = st.End;
        if (ptr > end)
        {
            return false;
        }
        var pc = 0;
        var prefixFirst = -1L;
        var charset = -1;
        if (code[0] == SreOp.Info)
        {
            // <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip> prefix overlap | charset]
            var flags = code[2];
            var min = code[3];
            if (min != 0 && (uint)(end - ptr) < min)
            {
                return false;
            }
            if (min > 1)
            {
                end -= (int)min - 1;
                if (end <= ptr)
                {
                    end = ptr;
                }
            }
            if ((flags & SreOp.InfoPrefix) != 0)
            {
                prefixFirst = code[7];
            }
            else if ((flags & SreOp.InfoCharset) != 0)
            {
                charset = 5;
            }
            pc = (int)code[1] + 1;
        }

        if (prefixFirst >= 0 || charset >= 0)
        {
            // The match is at least one character long, so must_advance cannot matter.
            st.MustAdvance = false;
            end = st.End;
            for (; ptr < end; ptr++)
            {
                var ch = s[ptr];
                if (prefixFirst >= 0 ? (uint)ch != prefixFirst : !SreChars.InCharset(code, charset, ch))
                {
                    continue;
                }
                st.Start = ptr;
                st.Ptr = ptr;
                if (Match(st, s, code, pc, false))
                {
                    return true;
                }
                st.LastMark = st.LastIndex = -1;
            }
            return false;
        }

        st.Start = st.Ptr = ptr;
        var status = Match(st, s, code, pc, true);
        st.MustAdvance = false;
        if (!status && code[pc] == SreOp.At && code[pc + 1] is SreOp.AtBeginning or SreOp.AtBeginningString)
        {
            st.Start = st.Ptr = end;
            return false;
        }
        while (!status && ptr < end)
        {
            ptr++;
            st.LastMark = st.LastIndex = -1;
            st.Start = st.Ptr = ptr;
            status = Match(st, s, code, pc, false);
        }
        return status;
    }
}
