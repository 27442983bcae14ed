# Coroutines: async def, await on coroutines and on __await__ iterators, send/StopIteration,
# code flags; async_generator type; a nonlocal-only closure cell.
import sys
class Fut:
    def __await__(self):
        x = yield 'suspended'
        return x * 2
async def inner(v):
    r = await Fut()
    return r + v
async def outer():
    return await inner(1)
c = outer()
print(type(c).__name__)
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print('done', e.value)
async def ag():
    yield 1
print(type(ag()).__name__, outer.__code__.co_flags & 0x80, ag.__code__.co_flags & 0x200)
def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
print(type(_cell_factory()).__name__)
async def plain():
    return 'plain'
pc = plain()
try:
    pc.__next__
except AttributeError:
    print('coroutines are not iterators')
pc.close()
it = plain().__await__()
try:
    next(it)
except StopIteration as e:
    print('await iterator result', e.value)
async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)
