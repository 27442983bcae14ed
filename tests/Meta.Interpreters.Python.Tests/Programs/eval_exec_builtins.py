# eval, exec and compile; str.maketrans/translate and friends; container dunders on the types.
print(eval('1 + 2 * 3'), eval('  x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
ns = {}
exec('def f(a):\n    return a + 1\nz = f(1)', ns)
print(ns['z'], ns['f'](10), '__builtins__' in ns)
code = compile('40 + 2', '<calc>', 'eval')
print(type(code).__name__, eval(code), code.co_filename)
exec(compile('w = 5', 'f.py', 'exec'), ns)
print(ns['w'])
x = 'global x'
print(eval('x'))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    compile('x', 'f', 'bad')
except ValueError as e:
    print(e)
try:
    eval('undefined_name')
except NameError as e:
    print(e)
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcdd'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans({'a': 'b', 98: None}) == {97: 'b', 98: None})
print('Straße'.casefold(), 'a\tb'.isprintable(), 'ab c'.isprintable(), 'abc'.isascii(), 'é'.isascii())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), ''.istitle())
d = {'a': 1}
dict.__setitem__(d, 'b', 2)
dict.__delitem__(d, 'a')
print(d, dict.__getitem__(d, 'b'), dict.__contains__(d, 'b'), dict.__len__(d), list(dict.__iter__(d)))
l = [3, 1]
list.__setitem__(l, 0, 9)
print(l, list.__getitem__(l, 1), list.__len__(l), tuple.__getitem__((1, 2), 0), str.__len__('abc'))
def g():
    pass
print(g.__annotations__)
