# Generators returning values on close are ignored; GeneratorExit handling and finally order.
def worker(log):
    try:
        while True:
            log.append((yield))
    except GeneratorExit:
        log.append("exit")
        return "ignored"
    finally:
        log.append("finally")
log = []
w = worker(log)
next(w)
w.send("a")
print(w.close(), log)
def early():
    yield 1
e = early()
print(e.close(), list(e))
