from ..alpha import greet
from .. import VALUE
from . import gamma
result = greet() + ' / ' + str(VALUE) + ' / ' + gamma.NAME
