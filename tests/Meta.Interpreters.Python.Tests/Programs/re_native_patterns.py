# Differential test of the re module over many patterns: match, search, fullmatch, findall,
# finditer spans, sub, split, groups, lastindex/lastgroup, with str and bytes subjects.
import re

PATTERNS = [
    r'a', r'abc', r'a*', r'a+', r'a?', r'a*?', r'a+?', r'a??', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a{1,3}?',
    r'.', r'.*', r'.+?', r'^a', r'a$', r'^$', r'\Aab', r'ab\Z', r'\bab', r'ab\b', r'\Bb', r'b\B',
    r'[abc]', r'[^abc]', r'[a-c]+', r'[^a-c]+', r'[\d]', r'[\D]+', r'\d+', r'\D+', r'\s+', r'\S+', r'\w+', r'\W+',
    r'[\w.-]+@[\w.-]+', r'(a)(b)?', r'(a|b)+', r'(a|ab)(c|bcd)(d*)', r'(?:a|b)*c', r'(a*)+', r'(a*)*', r'(a|)+b',
    r'(?P<x>a)(?P<y>b)?', r'(?P<x>a)(?P=x)', r'(a)\1', r'(a+)\1', r'(?i)(a)\1', r'(a)(?(1)b|c)', r'(a)?(?(1)b|c)',
    r'(?=a)a', r'(?!a).', r'(?<=a)b', r'(?<!a)b', r'(?<=ab)c', r'x(?=y)', r'(?>a+)b', r'a++b', r'a*+a', r'(?:ab)++',
    r'(?:ab)*+c', r'a?+b', r'a{1,2}+', r'(?i)abc', r'(?i)[a-z]+', r'(?i)[^a-z]+', r'(?m)^\w', r'(?m)\w$', r'(?s).+',
    r'(?x) a  b # comment', r'(?a)\w+', r'(?u)\w+', r'\x41', r'\u00e9', r'[\u00e0-\u00ff]+', r'\t', r'\n', r'\\',
    r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'((a)|b)+', r'(a)|(b)', r'(?:(a)|b)*', r'((a)(b))*', r'(a(b)?)+',
    r'(.*?)-(.*)', r'(.*)-(.*)', r'<.*?>', r'<.*>', r'\d{3}-\d{4}', r'(\d+)\.(\d+)', r'[-+]?\d*\.?\d+',
    r'(\w+)\s(\w+)', r'^(\w+)=(.*)$', r'\s*,\s*', r'(,)', r'x*', r'|a', r'a|', r'()', r'(?:)', r'(?:x*)*',
    r'(a*?)b', r'a{0}', r'a{0,0}', r'(ab|a)(bc|c)?', r'[]a]', r'[a-]', r'[-a]', r'[\]]', r'[^]]', r'[.]', r'\.',
    r'(?i)ß', r'(?i)ſ', r'(?i)K', r'(?i)[k]', r'(?i)[ǅ]', r'İ', r'(?i)ΣΑΣ', r'(?i)σ', r'[ΑΒΓ]+',
    r'\d+(?:\.\d+)?', r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', r'(?:(?P<a>a)|(?P<b>b))+',
    r'(a|b)*?c', r'(?:a+|b+)*c', r'(?:a|b|c|d|e)+f', r'(x)?y', r'(x)?(?(1)y|z)', r'^(?:(\d+)|(\w+))$',
    r'\b\w+\b', r'\B\w+\B', r'(?<=\d)(?=(\d{3})+$)', r'[a-z]+(?=\d)', r'(?<![a-z])\d+', r'((?<=a)b|c)+',
]
SUBJECTS = ['', 'a', 'ab', 'abc', 'aaa', 'aab', 'abab', 'ababc', 'abcd', 'xaay', 'a-b-c', 'hello world',
            'foo@bar.com x', '12.5 and 3', '555-1234', 'key=value', 'a1b22c333', 'ÀÉÎõü', 'ßSSſsKkK',
            'Σας σας', '  a , b ,c ', '<a><b>', 'aA', 'x\ny\nz\n', 'xy z', '2024-01-15', '1234567', 'ǅǆǄ', 'İi']

def show(x):
    if isinstance(x, re.Match):
        return 'M%r%r%r%r' % (x.span(), x.groups(), x.lastindex, x.lastgroup)
    return repr(x)

def attempt(f):
    try:
        return show(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

count = 0
for p in PATTERNS:
    try:
        c = re.compile(p)
    except re.error as e:
        print(p, 'error', e)
        continue
    out = []
    for s in SUBJECTS:
        out.append(attempt(lambda: c.match(s)))
        out.append(attempt(lambda: c.search(s)))
        out.append(attempt(lambda: c.fullmatch(s)))
        out.append(attempt(lambda: c.findall(s)))
        out.append(attempt(lambda: [m.span() for m in c.finditer(s)]))
        out.append(attempt(lambda: c.sub('<\\g<0>>', s)))
        out.append(attempt(lambda: c.subn(lambda m: '[%s]' % m.group(), s, count=2)))
        out.append(attempt(lambda: c.split(s)))
        out.append(attempt(lambda: c.search(s, 1, 4)))
        count += 9
    print(p, hash(tuple(out)) == hash(tuple(out)), '|'.join(out))

BYTES_PATTERNS = [rb'a+', rb'\w+', rb'(?i)abc', rb'[\x80-\xff]+', rb'(?L)\w+', rb'(?Li)k', rb'\s', rb'(a)(b)?', rb'\d+']
for p in BYTES_PATTERNS:
    c = re.compile(p)
    for s in [b'', b'abc', b'ABC aab', b'\xe9\xff x', b'12 k K']:
        print(p, s, attempt(lambda: c.search(s)), attempt(lambda: c.findall(s)), attempt(lambda: c.sub(b'-', s)),
              attempt(lambda: c.search(bytearray(s))))
        count += 4
print('checks', count)
