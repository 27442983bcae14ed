# unicodedata natively: properties over every code point class, names, the four normalization forms.
import unicodedata as ud

samples = 'aZ09 _\t\u00e9\u00c5\u0301\u0327\u00bd\u2167\u0661\u4e00\uac00\ud55c\u3042\u2028\u00a0\u1e9b\u212b\ufb01\u0f73\U0001d11e\U0001f600\u0300\u05d0\u0627'
for c in samples:
    print(repr(c), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c),
          repr(ud.decomposition(c)), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, '?'))
print(ud.lookup('LATIN SMALL LETTER E WITH ACUTE'), ud.lookup('HANGUL SYLLABLE HAN'), ud.lookup('CJK UNIFIED IDEOGRAPH-4E00'), ud.name('\u4e00'), ud.name('\ud55c'))
texts = ['e\u0301', '\u00e9', 'A\u030a', '\u212b', '\u1e9b\u0323', '\ud55c\uae00', '\u1112\u1161\u11ab', 'ﬁ', '\u00bd', 'x\u0327\u0301', 'a\u0301\u0327',
         '\u0f73', 'Åström', 'ｶﾞ', '\u2167', 'Ǆ', '\u0958', 'q\u0307\u0323', '', 'plain ascii']
for t in texts:
    print([ud.normalize(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], [ud.is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
print(sum(1 for i in range(0x3000) if ud.category(chr(i)) == 'Lu'), sum(ud.combining(chr(i)) for i in range(0x3000)))
print(sum(len(ud.normalize('NFKD', chr(i))) for i in range(0, 0x3000)), sum(len(ud.normalize('NFC', chr(i))) for i in range(0, 0x3000)))
for bad in [lambda: ud.category('ab'), lambda: ud.category(5), lambda: ud.decimal('x'), lambda: ud.digit('x'), lambda: ud.numeric('x'),
            lambda: ud.name('\x00'), lambda: ud.lookup('NO SUCH THING'), lambda: ud.normalize('NFX', 'a')]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(ud.unidata_version)
print(ud.category('\ud800'), ud.name('\ud800', None), ud.normalize('NFC', 'a\ud800b') == 'a\ud800b' if False else 1)
