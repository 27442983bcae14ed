# hashlib over the builtin hash modules: every algorithm, incremental updates, copies, parameters.
import hashlib

inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'x' * 127, b'x' * 128, b'x' * 129,
          bytes(range(256)) * 5, b'The quick brown fox jumps over the lazy dog']
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, len(data), h.hexdigest(20), h.hexdigest(200)[-16:], h.digest_size, h.block_size)
        else:
            print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = hashlib.new(name)
    for chunk in (b'ab', b'c' * 100, b'', bytearray(b'xyz'), memoryview(b'q' * 200)):
        h.update(chunk)
        c = h.copy()
        c.update(b'!')
        args = (16,) if name.startswith('shake') else ()
        print(name, 'incremental', h.hexdigest(*args), c.hexdigest(*args))
print(hashlib.md5(b'abc').digest(), hashlib.sha256(string=b'abc').hexdigest()[:8], hashlib.sha1(usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=16, key=b'key' * 10, salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2b(b'x' * 300, key=b'k' * 64).hexdigest(), hashlib.blake2s(b'', key=b'k').hexdigest())
print(hashlib.blake2b(b'tree', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b'tree', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=16, last_node=True).hexdigest())
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.sha256(5), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.blake2s(key=b'k' * 33), lambda: hashlib.new('nope')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
