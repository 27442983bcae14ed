# An expression evaluator over tuples using structural pattern matching.
def evaluate(node, env):
    match node:
        case int(n) | float(n):
            return n
        case str(name):
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+" | "-" | "*" | "/" as op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("call", fn, *args):
            return env[fn](*[evaluate(a, env) for a in args])
        case _:
            raise ValueError(f"bad node {node!r}")
env = {"x": 4, "max": max}
exprs = [("+", 1, ("*", "x", 3)), ("let", "y", 10, ("-", "y", "x")), ("neg", ("/", 9, 2)),
         ("call", "max", 1, "x", ("+", 2, 2.5)), ("pow", 2, 3)]
for e in exprs:
    try:
        print(evaluate(e, env))
    except ValueError as err:
        print("ValueError:", err)
