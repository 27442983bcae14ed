# locale over the native _locale (the C library's locale functions).
import locale
import _locale

# The C locale everywhere, so that the output does not depend on the environment.
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC), locale.getencoding())
print(locale.localeconv())
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12))
print(locale.strcoll('a', 'b') < 0, locale.strcoll('b', 'a') > 0, locale.strcoll('x', 'x'), locale.strxfrm('abc'), sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.format_string('%.2f', 1234.5, grouping=True), locale.str(2.5), locale.atof('3.25'), locale.atoi('42'))
print(locale.getlocale(locale.LC_NUMERIC), locale.normalize('en_US'), callable(locale.currency))
for bad in [lambda: locale.setlocale(locale.LC_ALL, 'xx_YY.nope'), lambda: _locale.nl_langinfo(999999), lambda: locale.setlocale(99)]:
    try:
        bad()
    except (locale.Error, ValueError) as e:
        print(type(e).__name__, e)
print(_locale.gettext('hello'), _locale.dgettext(None, 'x'), _locale.CHAR_MAX, _locale.LC_ALL)
