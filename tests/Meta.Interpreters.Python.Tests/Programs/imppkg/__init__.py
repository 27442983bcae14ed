# Package used by import_packages.py: relative imports, __all__, submodules bound on the parent.
from . import alpha
from .alpha import greet
__all__ = ['greet', 'VALUE']
VALUE = 42
_hidden = 'not exported'
