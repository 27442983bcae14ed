# match inside loops and functions: break/continue/return from case bodies, captures as locals.
def tokens(text):
    out = []
    for word in text.split():
        match word:
            case "stop":
                break
            case "skip":
                continue
            case w if w.isdigit():
                out.append(int(w))
            case w:
                out.append(w.upper())
    return out

print(tokens("a 1 skip b 22 stop c"))

def run(commands):
    stack = []
    for cmd in commands:
        match cmd.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                stack.pop()
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["dup"]:
                stack.append(stack[-1])
            case ["print"]:
                print("top", stack[-1])
            case ["quit" | "exit"]:
                return stack
            case [op, *args]:
                print("unknown", op, args)
    return stack

print(run(["push 2", "push 3", "add", "dup", "add", "print", "frob 1 2", "exit", "push 9"]))

def closure_capture(pair):
    match pair:
        case (a, b):
            return lambda: a * b
print(closure_capture((6, 7))())
