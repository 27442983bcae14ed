log = []
def run(fail):
    try:
        log.append('try')
        if fail:
            raise RuntimeError('x')
    except RuntimeError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
run(False)
run(True)
print(log)
