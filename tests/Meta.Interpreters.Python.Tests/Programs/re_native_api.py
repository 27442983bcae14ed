# The re module's Pattern/Match API and messages, compared with CPython.
import copy
import re


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


p = re.compile(r'(?P<word>\w+)\s+(?P<num>\d+)?(x)?')
m = p.search('  hello 42 rest')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(m, m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.group(), m.group(0), m.group(1, 2, 3), m.group('word', 'num'), m[0], m['num'], m[3])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(1), m.end('num'), m.span(3), m.regs)
print(m.expand(r'\g<num>:\1:\g<0>'), m.expand(r'[\2]\n'))
print(attempt(lambda: m.group(4)), attempt(lambda: m.group('nope')), attempt(lambda: m.start(-1)))
print(attempt(lambda: m.expand(r'\9')))
print(copy.copy(m) is m, copy.deepcopy(p) is p, copy.copy(p) is p)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('abc')) == hash(re.compile('abc')))
print(repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))))
print(re.compile(r'a\nb', re.M | re.S | re.X), re.compile(b'a', re.I), re.compile('a', re.A), re.compile('(?u)a'))
print(re.compile('a', re.DEBUG if False else 0), re.compile(b'x', re.L | re.I))
print(type(p).__name__, type(m).__name__, type(p).__module__, re.Pattern, re.Match, re.Pattern[str])
print(attempt(lambda: p.match(12)), attempt(lambda: p.match(b'x')), attempt(lambda: re.match(b'x', 'x')))
print(attempt(lambda: re.compile('(')), attempt(lambda: re.compile('a{2,1}')), attempt(lambda: re.compile('(?P<1>a)')))
print(attempt(lambda: re.compile(r'\p')), attempt(lambda: re.compile('[b-a]')), attempt(lambda: re.compile('*')))
print(attempt(lambda: re.compile('(?<=a+)b')), attempt(lambda: re.sub('a', r'\2', 'a')))
try:
    re.compile('ab(c\nd')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, e.pattern)

# pos and endpos
q = re.compile(r'\w+')
print(q.match('abc def', 4), q.match('abc def', 3), q.search('abc def', 1, 2), q.findall('abc def ghi', 2, 9))
print(q.fullmatch('abc def', 4), q.fullmatch('abc', 0, 2), q.match('abc', -5, 100), q.search('abc', 5))
print(re.compile('^b').search('ab', 1), re.compile('(?m)^b').search('a\nb', 2), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'(?<=a)b').match('ab', 1), re.compile(r'\bb').match('ab', 1))

# scanner and finditer
s = re.compile(r'\d').scanner('a1b22')
print(s.pattern, s.search(), s.search(), s.match(), s.search(), s.search(), s.search())
it = re.finditer(r'(\d)(\d)?', 'a1b22c333')
print([(x.group(), x.groups(), x.span()) for x in it])

# sub and split corner cases
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('(a)|b', r'[\1]', 'abc'))
print(re.sub(r'(?P<w>\w)', r'\g<w>\g<w>', 'ab'), re.sub('a', lambda m: None, 'aba') if False else '',
      re.subn(r'\s+', ' ', ' a  b   c '), re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=-1))
print(re.sub(b'a', b'\\\\', b'xax'), re.sub('a', r'\n\t\\', 'xax'), re.sub(b'(a)', br'<\1>', bytearray(b'aba')))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split('(x)|y', 'axbyc'), re.split(',', 'a,b,c', 1),
      re.split(',', 'a,b', maxsplit=-1), re.split('', 'ab'))
print(attempt(lambda: re.sub('a', lambda m: 5, 'a')), attempt(lambda: re.sub(b'a', lambda m: 'x', b'a')))
print(re.findall('', 'ab'), re.findall('(a)(b)?', 'aab'), re.findall(b'\\d', b'a1 2'))
print(re.escape('a-b.c d\n'), re.escape(b'a.b'))
print(re.purge(), re.fullmatch('a|ab', 'ab'), re.match('a|ab', 'ab'))
print(re.search('(?i)[ǅ-ǆ]+', 'ǄǅǆX'), re.search('(?i)[σ]+', 'ΣσςX'), re.findall('(?i)\u212a', 'kK\u212a'))
print(re.findall(r'\s', '\x1c\x1d\x85\xa0\u2028 \t'), re.findall(r'\d', '1\u0661\u00b2'), re.findall(r'\w', 'a_\u00b2\u2160.'))
print(re.findall(r'(?a)\s', '\x1c\x85 '), re.findall(r'(?a)\w+', 'héllo wörld'))
print(re.findall(r'[^\W\d]+', 'ab1cd_2'), re.findall(r'[\s\S]', 'a\n'), re.findall('[\U0001F600-\U0001F64F]', 'a😀b😃'))
print(re.search('😀(.)', 'x😀y').span(), re.sub('(.)', r'<\1>', 'a😀'), re.split('😀', 'a😀b'))
print(re.match(r'(a)(?:b|(c))*', 'abcb').groups(), re.match(r'((a)|(b))*', 'abab').groups())
print(re.match(r'(?:(a)|(b))*?c', 'abc').groups(), re.match(r'(a?)*', 'aa').groups(), re.match(r'(a?)+?b', 'aab').groups())
print(re.match(r'(?:(?:a|b)*?|x)c', 'abc'), re.match(r'(a|b)*?(b)', 'aab').groups())
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac').groups())
print(re.match(r'(?!(a)b)(a)c', 'ac').groups(), re.match(r'(?:(a)b|ac)', 'ac').groups())
print(re.match(r'(?>(a)b|(a)c)', 'ac').groups(), re.match(r'(?:(x)|y)++z', 'xyz').groups())
print(re.match(r'(a){2}', 'aa').lastindex, re.match(r'(a)(b)?', 'a').lastindex, re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(?P<n>a)(?P=n)', 'aa'), re.match(r'(?i)(?P<n>a)(?P=n)', 'aA'), re.match(r'(a)|\1', 'x'))
