# match: value patterns with dotted names (class constants) and literal strings/numbers.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
def describe(color, status):
    match color:
        case Color.RED:
            c = "warm"
        case Color.GREEN | Color.BLUE:
            c = "cool"
        case _:
            c = "unknown"
    match status:
        case Status.OK:
            s = "fine"
        case Status.NOT_FOUND:
            s = "missing"
        case 500 | 502 | 503:
            s = "server trouble"
        case int(code) if 400 <= code < 500:
            s = f"client error {code}"
        case _:
            s = "?"
    return c, s
for args in [("red", 200), ("blue", 404), ("pink", 503), ("green", 418), ("red", "x")]:
    print(args, describe(*args))
