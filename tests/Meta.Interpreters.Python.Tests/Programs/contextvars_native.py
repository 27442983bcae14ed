# _contextvars natively through contextvars: variables, defaults, tokens and reset, contexts as
# immutable mappings, copy_context and Context.run isolation, and the errors.
import contextvars

v = contextvars.ContextVar('v', default=10)
w = contextvars.ContextVar('w')
print(v.name, v.get(), w.get('fallback'))
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
t = v.set(20)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
t2 = v.set(30)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' ')[-4:])
ctx = contextvars.copy_context()
def inside(x):
    v.set(x)
    w.set('in')
    return v.get(), w.get()
print(ctx.run(inside, 99), v.get(), w.get('unset outside'))
print(ctx[v], ctx.get(w), v in ctx, len(ctx), sorted(var.name for var in ctx))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print('RuntimeError', 'already entered' in str(e))
empty = contextvars.Context()
print(len(empty), empty.get(v, 'none'), list(empty.items()))
try:
    empty[v]
except KeyError:
    print('KeyError')
other = contextvars.ContextVar('other')
tok = other.set(1)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
print(contextvars.ContextVar[int])
