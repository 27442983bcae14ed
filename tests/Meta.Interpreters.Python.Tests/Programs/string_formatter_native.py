# _string natively: the str.format parser behind string.Formatter, (string.py itself needs re, hence enum, which needs str and int subclasses).
import _string

for s in ['plain', 'a{0}b', '{}{}', '{x!r:>{w}}', 'esc {{ and }} done', '{0[key].attr!s}', '{:%Y-%m}', '{{', 'x}}y', '']:
    print(repr(s), list(_string.formatter_parser(s)))
for bad in ['{', '}', 'a{0', '{0!}', '{0!r', '{0:{', '{0!r x}', '{a{b}']:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
for name in ['0', 'name', 'a.b.c', 'x[0][key]', '12[3].y']:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(first), list(rest))
for bad in ['a.', 'a[', 'a[0]b', 'a[]']:
    try:
        first, rest = _string.formatter_field_name_split(bad)
        list(rest)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
