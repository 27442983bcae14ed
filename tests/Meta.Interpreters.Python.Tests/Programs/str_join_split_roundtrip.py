data = ['alpha', 'beta', '', 'gamma']
joined = '|'.join(data)
print(joined, joined.split('|') == data, joined.split('|', 1), joined.rsplit('|', 1))
print('a b\tc\nd'.split(), '  lead'.split(' '), 'x,,y'.split(','), ''.join(reversed('abc')))
