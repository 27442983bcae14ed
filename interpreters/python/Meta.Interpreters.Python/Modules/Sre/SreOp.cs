namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>The SRE opcodes, AT codes and INFO flags, numbered as re/_constants.py (MAGIC 20220615) numbers them.</summary>
internal static class SreOp
{
    public const uint Failure = 0, Success = 1, Any = 2, AnyAll = 3, Assert = 4, AssertNot = 5, At = 6, Branch = 7;
    public const uint Category = 8, Charset = 9, BigCharset = 10, GroupRef = 11, GroupRefExists = 12, In = 13, Info = 14;
    public const uint Jump = 15, Literal = 16, Mark = 17, MaxUntil = 18, MinUntil = 19, NotLiteral = 20, Negate = 21;
    public const uint Range = 22, Repeat = 23, RepeatOne = 24, Subpattern = 25, MinRepeatOne = 26, AtomicGroup = 27;
    public const uint PossessiveRepeat = 28, PossessiveRepeatOne = 29, GroupRefIgnore = 30, InIgnore = 31;
    public const uint LiteralIgnore = 32, NotLiteralIgnore = 33, GroupRefLocIgnore = 34, InLocIgnore = 35;
    public const uint LiteralLocIgnore = 36, NotLiteralLocIgnore = 37, GroupRefUniIgnore = 38, InUniIgnore = 39;
    public const uint LiteralUniIgnore = 40, NotLiteralUniIgnore = 41, RangeUniIgnore = 42;

    public const uint AtBeginning = 0, AtBeginningLine = 1, AtBeginningString = 2, AtBoundary = 3, AtNonBoundary = 4;
    public const uint AtEnd = 5, AtEndLine = 6, AtEndString = 7, AtLocBoundary = 8, AtLocNonBoundary = 9;
    public const uint AtUniBoundary = 10, AtUniNonBoundary = 11;

    public const uint InfoPrefix = 1, InfoLiteral = 2, InfoCharset = 4;

    public const uint MaxRepeat = uint.MaxValue;
    public const int MaxGroups = 1073741823;
    public const int Magic = 20220615;
}
