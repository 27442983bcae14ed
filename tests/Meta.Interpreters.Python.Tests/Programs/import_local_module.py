import helper_mod
from helper_mod import square, CONSTANT as C
import helper_mod as hm
print(helper_mod.square(4), square(5), C, hm.greet("x"), helper_mod.__name__)
import math, sys
print(math.floor(2.5), "math" in sys.modules)
try:
    import does_not_exist_mod
except ImportError as e:
    print(type(e).__name__, e)
