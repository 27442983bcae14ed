# Per-class counters through classmethods and cls attributes in an inheritance chain.
class Base:
    created = 0
    @classmethod
    def make(cls):
        cls.created += 1
        return cls()
class A(Base): pass
class B(Base): pass
class AA(A): pass
for cls in [A, A, B, AA, Base]:
    cls.make()
print(Base.created, A.created, B.created, AA.created)
print("created" in A.__dict__, "created" in AA.__dict__, "created" in B.__dict__)
