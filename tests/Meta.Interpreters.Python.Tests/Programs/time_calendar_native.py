import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))
print(time.asctime(t))
print(time.gmtime(0), time.gmtime(86400 * 365.75))
lt = time.localtime(1700000000)
print(lt.tm_isdst in (0, 1), type(time.timezone), len(time.tzname), time.daylight in (0, 1))
print(time.mktime(time.localtime(1700000000)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(time.strftime("%d/%m/%Y", (2021, 12, 31, 0, 0, 0, 4, 365, 0)))
for bad in [(2021, 13, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
print(time.ctime(1700000000)[:3], isinstance(time.localtime(), tuple))
import logging, calendar
print(calendar.timegm(time.gmtime(1234567890)))
