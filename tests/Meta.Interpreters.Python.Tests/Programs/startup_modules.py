# The modules importlib and warnings start from: _imp, _warnings, marshal, importlib's own machinery.
import _imp
import importlib
import importlib.util
import marshal
import sys
import warnings

print(bool(_imp.is_builtin("sys")), _imp.is_builtin("json"), _imp.is_frozen("json"), _imp.find_frozen("json"), _imp.lock_held())
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(type(_imp.source_hash(1, b"abc")).__name__, len(_imp.source_hash(1, b"abc")), _imp.source_hash(7, b"x") == _imp.source_hash(7, b"x"))

m = importlib.import_module("collections.abc")
print(m.__name__, m is sys.modules["collections.abc"], importlib.import_module("keyword").iskeyword("def"))
spec = importlib.util.find_spec("email")
print(spec.name, spec.submodule_search_locations is not None, spec.origin.endswith("__init__.py"))
print(importlib.util.find_spec("no_such_module_anywhere"), importlib.util.find_spec("sys").origin)
print(importlib.import_module(".abc", "collections").__name__)

for v in [None, True, False, 0, -1, 2**31, -2**70, 1.5, -0.0, 3j, "", "héllo😀", b"\x00\xff", (), (1, "a", None), [1, [2, 3]], {"k": (1,), 2: [3]}, {1, 2}, frozenset({3}), ...]:
    assert marshal.loads(marshal.dumps(v)) == v, v
print(marshal.loads(b"\xa9\x03\xe9\x01\x00\x00\x00\xda\x01aN"), marshal.version)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)

shown = []
def show(message, category, filename, lineno, file=None, line=None):
    shown.append((category.__name__, str(message), lineno))
warnings.showwarning = show
warnings.warn("plain")
warnings.warn("deprecated here", DeprecationWarning)
for i in range(3):
    warnings.warn("once per line")
warnings.warn(RuntimeWarning("an instance"))
print(shown)
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    warnings.warn("recorded", FutureWarning)
print([(str(w.message), w.category.__name__) for w in caught])
warnings.simplefilter("ignore")
warnings.warn("ignored")
try:
    warnings.warn("bad", category=str)
except TypeError as e:
    print("TypeError", e)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("only once")
print(shown[-1])
