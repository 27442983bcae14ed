# atexit natively (callbacks run at exit, newest first, errors reported and skipped) and gc over
# the CLR collector (collect runs weakref callbacks of collected objects).
import atexit
import gc

def bye(name, punctuation='!'):
    print('bye', name + punctuation)

def broken():
    raise ValueError('broken callback')

atexit.register(bye, 'first')
atexit.register(broken)
atexit.register(bye, 'second', punctuation='?')
atexit.register(bye, 'removed')
atexit.unregister(bye)
atexit.register(bye, 'third')
print(callable(atexit._run_exitfuncs))
gc.collect()
print(gc.isenabled(), gc.garbage)
try:
    gc.collect(5)
except ValueError as e:
    print(e)
print('main done')
