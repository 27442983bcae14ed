# The native _csv directly (csv.py itself needs io): reading with every dialect option, writing
# with every quoting mode, the registry, errors with CPython's messages.
import _csv as csv


class Excel:
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = csv.QUOTE_MINIMAL


class ExcelTab(Excel):
    delimiter = '\t'


class Unix(Excel):
    lineterminator = '\n'
    quoting = csv.QUOTE_ALL


csv.register_dialect('excel', Excel)
csv.register_dialect('excel-tab', ExcelTab)
csv.register_dialect('unix', Unix)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return ''.join(self.parts)


def read(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        return [row for row in r], r.line_num
    except csv.Error as e:
        return 'Error: %s' % e


print(read(['a,b,c\r\n', '1,2,3\r\n']))
print(read(['"quoted, field",plain\n', '"with ""double"" quotes",x\n']))
print(read(['"multi\n', 'line",end\n', 'next\n']))
print(read(['', '\r\n', 'a\n', ' ']))
print(read(['a;b;c'], delimiter=';'), read(["'a;b';c"], delimiter=';', quotechar="'"))
print(read(['a, b,  c'], skipinitialspace=True), read(['a\\,b,c'], escapechar='\\'), read(['"a\\"b",c'], escapechar='\\', doublequote=False))
print(read(['1,"2",3.5,x'], quoting=csv.QUOTE_NONNUMERIC) if False else read(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC))
print(read(['a,"b,c'], quoting=csv.QUOTE_NONE), read(['"a"b,c']), read(['"a"b,c'], strict=True), read(['"unterminated']))
print(read(['"unterminated'], strict=True), read(['a\x00b']), read([b'bytes']), read(['a\rb']), read(['a,b\r']))
print(read(['x\\\n', 'y'], escapechar='\\'), read(['"x\\\n', 'y"'], escapechar='\\'))
print(read(['a,b'], dialect='excel-tab'), read(['a\tb'], dialect='excel-tab'), read(['a|b'], dialect=Unix, delimiter='|'))

rows = [['a', 'b c', 'd,e', 'f"g', '', None, 1, 2.5, 'line\nbreak'], [''], [None], [], ['x']]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = Sink()
    w = csv.writer(out, quoting=quoting)
    w.writerows(rows)
    print(quoting, repr(out.text()))
out = Sink()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f'])
w = csv.writer(out, delimiter='\t', lineterminator='\n', quotechar="'", doublequote=False, escapechar='^')
w.writerow(["it's", 'tab\there', 'caret^'])
w = csv.writer(out, dialect='unix')
w.writerow(['u', 1])
print(repr(out.text()), w.dialect.lineterminator == '\n', w.dialect.quoting)
for bad in [lambda: csv.writer(Sink(), quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: csv.writer(Sink(), quoting=csv.QUOTE_NONE).writerow(['']),
            lambda: csv.writer(Sink()).writerow(5), lambda: csv.writer(5), lambda: csv.reader(['a'], delimiter='ab'),
            lambda: csv.reader(['a'], quoting=9), lambda: csv.reader(['a'], quotechar=None, quoting=csv.QUOTE_ALL), lambda: csv.get_dialect('nope'),
            lambda: csv.reader(['a'], bogus=1), lambda: csv.field_size_limit('x')]:
    try:
        print(bad())
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, read(['a|"b"'], dialect='pipes'))
csv.unregister_dialect('pipes')
print('pipes' in csv.list_dialects())
old = csv.field_size_limit(5)
print(old, read(['123456']), csv.field_size_limit(old))
class MyDialect:
    delimiter = ':'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(read(['a:b'], dialect=MyDialect), csv.Dialect(MyDialect).delimiter, csv.Dialect(MyDialect, delimiter=';').delimiter)
d = csv.Dialect()
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.strict, d.quoting, repr(d.lineterminator), csv.Dialect(d) is d)
print(type(csv.reader([])).__name__, csv.reader([], delimiter=';').dialect.delimiter, csv.__version__)
