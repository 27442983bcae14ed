# match: literal, singleton, capture, wildcard and or-patterns, guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "unreachable for True since True == 1"
        case None:
            return "none"
        case "hello" | "hi":
            return "greeting"
        case float() if x != x:
            return "nan"
        case int(n) if n < 0:
            return f"negative {n}"
        case str(s) as whole if len(s) > 5:
            return f"long string {whole!r}"
        case other:
            return f"other {other!r}"

for v in [0, 2, True, False, None, "hi", float("nan"), -7, "abcdefg", "abc", 3.5]:
    print(repr(v), "->", describe(v))
