# The import system: packages, submodules, relative imports, __all__ and star imports,
# sys.modules caching and the errors of failed imports.
import sys
import imppkg.sub.beta
print(imppkg.sub.beta.result)
print(imppkg.alpha.greet())
print(imppkg.__package__, imppkg.sub.beta.__package__, imppkg.alpha.__package__)
print(type(imppkg.__path__).__name__, len(imppkg.__path__))
print(imppkg.sub.beta.__name__, 'imppkg.sub.beta' in sys.modules)
print(sys.modules['imppkg.alpha'] is imppkg.alpha)

from imppkg import *
print(greet is imppkg.greet, VALUE)
print('_hidden' in dir(), 'alpha' in dir())

from imppkg.sub import gamma as g
print(g.NAME)
import imppkg.sub.gamma as g2
print(g2 is g)

try:
    from imppkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)

try:
    import imppkg.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

try:
    import imppkg.alpha.deeper
except ModuleNotFoundError as e:
    print(e)

try:
    import imppkg.broken
except ValueError as e:
    print('ValueError', e, 'imppkg.broken' in sys.modules, 'imppkg.sub.gamma' in sys.modules)

try:
    __import__('imppkg', globals(), level=1)
except ImportError as e:
    print(e)

m = __import__('imppkg.sub.gamma')
print(m.__name__)
m = __import__('imppkg.sub.gamma', globals(), None, ['NAME'])
print(m.__name__)
import builtins
print(builtins.len('abc'), builtins is sys.modules['builtins'])
sys.modules['fake_module'] = 'a string stands in'
import fake_module
print(fake_module)
