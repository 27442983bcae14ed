t = 'banana bandana'
print(t.find('an'), t.find('an', 2), t.rfind('an'), t.count('an'), t.count('a', 3), t.index('band'), t.find(''), t.count(''))
print(t.replace('an', 'AN', 2), t.startswith('ban', 7), t.endswith('ana', 0, 6), 'ana' in t)
