# Long subjects and heavy backtracking: the engine keeps its backtracking on an explicit stack,
# so deep alternations and repeats over long strings must not overflow the host stack.
import re

n = 200000
s = 'ab' * (n // 2)
print(len(re.match(r'(?:a|b)*', s).group()))
print(re.match(r'(a|b)*c', s))
print(re.match(r'(?:ab)*', s).end(), re.match(r'(ab)*', s).span(1))
print(re.fullmatch(r'(?:a|b)*?', s) is not None)
print(len(re.findall(r'a', s)), len(re.split(r'b', s)), len(re.sub(r'(a)(b)', r'\2\1', s)))
print(re.search(r'x', s), re.search(r'ba$', s + 'ba').span())
print(re.match(r'(?:(a)|b)+', s).group(1), re.match(r'(a+|b+)*', s).lastindex)
print(re.search(r'.*?z', 'y' * 3000 + 'z').end(), re.search(r'(.)*z', 'y' * 50000 + 'z').span())
print(re.match(r'(a*)*b', 'a' * 20), re.match(r'(?:a+)+b', 'a' * 18))
print(re.match(r'(x+x+)+y', 'x' * 16))
print(re.match(r'(?>a+)+b', 'a' * 5000), re.match(r'(?:a++)+b', 'a' * 5000))
print(re.search(r'(\w+)\s+\1', 'word ' * 2000 + 'end end').group(1))
print(re.match(r'^(\d+)*$', '1' * 18 + 'x'))
print(len(re.match(r'((?:a|b)(?:c|d))*', 'ac' * 50000).group()))
print(re.match(r'(?:(?=(a))a)*', 'a' * 100000).end())
print(re.match(r'(?:a(?!b))*', 'a' * 100000).end())
print(re.sub(r'\s+', ' ', ' \t\n' * 30000)[:5], len(re.findall(r'\w+', 'word ' * 40000)))
