class A:
    pass
class B:
    def __str__(self):
        return 'B-str'
class C:
    def __repr__(self):
        return 'C-repr'
print(str(B()), repr(C()), str(C()), [C()], f'{B()} {C()!r}', '%s %r' % (B(), C()))
print(repr(A()).startswith('<__main__.A object'), str(A) , repr(int), str(type(None)))
