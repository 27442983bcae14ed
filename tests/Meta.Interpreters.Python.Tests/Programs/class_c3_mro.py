# C3 linearization: the MRO of diamond and complex hierarchies, and an inconsistent one.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(Z.__bases__ == (K1, K2, K3), K1.__base__.__name__)
try:
    class Bad(A, O, B): pass
    print([k.__name__ for k in Bad.__mro__])
    class Worse(O, A): pass
except TypeError as e:
    print("TypeError:", e)
