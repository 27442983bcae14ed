# operator over the native _operator, and hmac's _compare_digest.
import operator
import _operator
import hmac
import hashlib


class Seq:
    def __len__(self):
        return 3

class Hint:
    def __length_hint__(self):
        return 7

class Idx:
    def __index__(self):
        return 5

print(operator.add(2, 3), operator.sub(2.5, 1), operator.mul('ab', 3), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.pow(2, 100), operator.lshift(1, 70), operator.rshift(-256, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1.0), operator.gt([2], [1]), operator.ge((1,), (1, 0)))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.abs(-3.5), operator.neg(4), operator.pos(-0.0), operator.inv(5), operator.invert(-1))
print(operator.index(True), operator.index(2**80), operator.index(Idx()), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf('hello', 'l'))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.getitem({'k': 'v'}, 'k'), operator.length_hint(Seq()), operator.length_hint(Hint()), operator.length_hint(object(), 4))
x = [1]
y = operator.iadd(x, [2]); z = operator.iconcat(x, [3])
print(x, y is x, z is x, operator.imul('ab', 2), operator.ipow(3, 2), operator.ifloordiv(9, 2), operator.ior({1}, {2}), operator.call(max, 3, 9, key=lambda v: -v))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'), operator.__add__ is operator.add)
for bad in [lambda: operator.concat(1, 2), lambda: operator.index(1.5), lambda: operator.indexOf([1], 2), lambda: operator.add(1),
            lambda: operator.neg('x'), lambda: _operator._compare_digest('a', b'a'), lambda: _operator._compare_digest('é', 'é')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('abc', 'abd'), _operator._compare_digest(bytearray(b'x'), b'x'))
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.compare_digest(b'a', b'a'), hmac.digest(b'k', b'm', 'md5').hex())
h = hmac.new(b'secret', digestmod=hashlib.sha1)
h.update(b'part1'); c = h.copy(); c.update(b'part2')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
