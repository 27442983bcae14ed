# json over the native _json: decoding through the C-style scanner, the string escapers, errors
# with CPython's messages and positions.
import json
import json.decoder
import json.scanner
import _json

print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}}', '[]', '{}', ' [ 1 , 2 ] ',
        '"\\"quoted\\" \\\\ \\/ \\b\\f\\r\\t"', '123456789012345678901234567890', '-0', '0.5e-3', '1E+2', '[NaN, Infinity, -Infinity]',
        '{"k": 1, "k": 2}', '["😀", "x😀y", {"😀": "😀"}]', '[[[[[]]]]]', '"\\ud800"', '"\\ud800\\u0041"', '1.0', '12e']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except ValueError as e:
        print(type(e).__name__, e)
bad = ['', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": }', '{1: 2}', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '[1,]',
       '{"a": 1,}', 'nul', '-', '01', '{"a": 1} x', '[1, "😀", ]', '"😀\\q"', 'tru', '[-]', '{"a":1 "b":2}']
for d in bad:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\nb"', strict=False), json.loads('{"a": 1.5}', parse_float=str), json.loads('[7]', parse_int=lambda s: int(s) * 2))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(_json.scanstring('"hello" rest', 1), _json.scanstring('ab\\ncd"', 0), _json.scanstring('x😀"', 0))
print(_json.encode_basestring_ascii('héllo "w" \\ \n\x01 😀'), _json.encode_basestring('héllo "w" \\ \n\x01 😀'))
print(json.dumps({'a': [1, 2.5, None, True, 'é😀'], 'b': {'c': 'd'}}, sort_keys=True), json.dumps('é😀', ensure_ascii=False))
print(json.dumps([1, {'x': 'y'}], indent=2), json.dumps({'k': 1}, separators=(',', ':')))
s = json.scanner.make_scanner(json.JSONDecoder())
print(s('[1, 2] tail', 0), s('x"y"', 1), s.strict, s.parse_float, s.object_hook)
for args in [('abc', 0), ('', 0), ('[1]', 5)]:
    try:
        print(s(*args))
    except StopIteration as e:
        print('StopIteration', e.value)
try:
    s('[1]', -1)
except ValueError as e:
    print('ValueError', e)
deep = '[' * 100 + ']' * 100
print(len(str(json.loads(deep))))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError', e)
