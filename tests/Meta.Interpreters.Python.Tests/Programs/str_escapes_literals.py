s = 'line1\nline2\ttab \\ backslash \'q\' "dq"'
print(s)
print(repr(s))
print(r'raw \n stays', len(r'\n'), '\x41\u0042\103', b'bytes\x01')
print('''triple
quoted''', """also""", 'a' 'b' 'c')
