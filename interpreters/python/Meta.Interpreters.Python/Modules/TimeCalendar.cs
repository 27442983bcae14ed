using System.Runtime.InteropServices;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The calendar half of the time module (Modules/timemodule.c): struct_time, gmtime, localtime,
/// mktime, strftime, asctime, ctime and the time zone constants, over the C library's
/// localtime_r/gmtime_r/mktime/strftime as CPython calls them (Linux x86-64 struct tm layout),
/// so zones, DST and every strftime directive are the platform's, as with python3.
/// </summary>
public static class TimeCalendar
{
    // struct tm: nine ints, then long tm_gmtoff at 40 and char* tm_zone at 48.
    private const int TmSize = 56;

    private static readonly string[] Fields =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];

    public static readonly PyType StructTime = StructSequence.NewType("struct_time", "time", Fields, 9);

    private static class Libc
    {
        [DllImport("libc")]
        public static extern IntPtr localtime_r(ref long time, byte[] tm);

        [DllImport("libc")]
        public static extern IntPtr gmtime_r(ref long time, byte[] tm);

        [DllImport("libc")]
        public static extern long mktime(byte[] tm);

        [DllImport("libc")]
        public static extern UIntPtr strftime(byte[] s, UIntPtr max, byte[] format, byte[] tm);

        [DllImport("libc")]
        public static extern void tzset();
    }

    /// <summary>Adds struct_time, the functions and the zone constants to the time module's dict.</summary>
    public static void Install(PyDict d)
    {
        d.Set("struct_time", StructTime);
        Def.Function(d, "gmtime", (a, _) => FromTm(Convert(Seconds(a, "gmtime"), local: false)));
        Def.Function(d, "localtime", (a, _) => FromTm(Convert(Seconds(a, "localtime"), local: true)));
        Def.Function(d, "mktime", MkTime);
        Def.Function(d, "strftime", StrFTime);
        Def.Function(d, "asctime", (a, _) => PyStr.From(AscTime(a.Length == 0 ? Convert(Now(), local: true) : ToTm(a[0], "asctime"))));
        Def.Function(d, "ctime", (a, _) => PyStr.From(AscTime(Convert(Seconds(a, "ctime"), local: true))));
        Zone(d);
    }

    /// <summary>init_timezone: the zones and offsets of January and July of this year.</summary>
    private static void Zone(PyDict d)
    {
        Libc.tzset();
        var year = DateTime.UtcNow.Year;
        var january = Convert(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), local: true);
        var july = Convert(new DateTimeOffset(year, 7, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), local: true);
        var (janOffset, julOffset) = (GmtOffset(january), GmtOffset(july));
        var (janZone, julZone) = (ZoneName(january), ZoneName(july));
        // The standard zone is the one with the smaller offset (southern hemisphere: July).
        var (standard, daylight, stdOffset, dstOffset) = janOffset <= julOffset
            ? (janZone, julZone, janOffset, julOffset)
            : (julZone, janZone, julOffset, janOffset);
        d.Set("timezone", PyInt.From(-stdOffset));
        d.Set("altzone", PyInt.From(-dstOffset));
        d.Set("daylight", PyInt.From(janOffset != julOffset ? 1 : 0));
        d.Set("tzname", PyTuple.Of(PyStr.From(standard), PyStr.From(daylight)));
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>The optional seconds argument (None or absent: now), truncated as CPython's _PyTime_ObjectToTime_t does.</summary>
    private static long Seconds(PyObject[] a, string function)
    {
        if (a.Length > 1)
        {
            throw Errors.TypeError($"{function}() takes at most 1 argument ({a.Length} given)");
        }
        if (a.Length == 0 || a[0] is PyNone)
        {
            return Now();
        }
        if (a[0] is PyFloat f)
        {
            if (double.IsNaN(f.Value))
            {
                throw Errors.ValueError("Invalid value NaN (not a number)");
            }
            var truncated = Math.Truncate(f.Value);
            if (truncated is < long.MinValue or >= long.MaxValue)
            {
                throw Errors.OverflowError("timestamp out of range for platform time_t");
            }
            return (long)truncated;
        }
        return Ops.IndexValue(a[0]);
    }

    private static byte[] Convert(long seconds, bool local)
    {
        var tm = new byte[TmSize];
        var result = local ? Libc.localtime_r(ref seconds, tm) : Libc.gmtime_r(ref seconds, tm);
        if (result == IntPtr.Zero)
        {
            throw Errors.OverflowError("timestamp out of range for platform time_t");
        }
        return tm;
    }

    private static int Field(byte[] tm, int index) => BitConverter.ToInt32(tm, index * 4);

    private static long GmtOffset(byte[] tm) => BitConverter.ToInt64(tm, 40);

    private static string ZoneName(byte[] tm)
    {
        var pointer = new IntPtr(BitConverter.ToInt64(tm, 48));
        return pointer == IntPtr.Zero ? "" : Marshal.PtrToStringUTF8(pointer) ?? "";
    }

    /// <summary>tmtotuple: year, month 1-12, day, hour, minute, second, weekday with Monday 0, day of the year 1-366, isdst.</summary>
    private static PyObject FromTm(byte[] tm) => StructSequence.Make(StructTime,
    [
        PyInt.From(Field(tm, 5) + 1900L), PyInt.From(Field(tm, 4) + 1L), PyInt.From(Field(tm, 3)), PyInt.From(Field(tm, 2)),
        PyInt.From(Field(tm, 1)), PyInt.From(Field(tm, 0)), PyInt.From((Field(tm, 6) + 6) % 7), PyInt.From(Field(tm, 7) + 1L),
        PyInt.From(Field(tm, 8)), PyStr.From(ZoneName(tm)), PyInt.From(GmtOffset(tm)),
    ]);

    /// <summary>gettmarg: a struct_time or a 9-tuple to a struct tm (tm_zone is left null: strftime's %Z then asks the C library).</summary>
    private static byte[] ToTm(PyObject value, string function)
    {
        if (value is not PyTuple tuple)
        {
            throw Errors.TypeError($"Tuple or struct_time argument required");
        }
        if (tuple.Items.Length != 9)
        {
            throw Errors.TypeError($"{function}(): illegal time tuple argument");
        }
        var f = new long[9];
        for (var i = 0; i < 9; i++)
        {
            f[i] = Ops.IndexValue(tuple.Items[i]);
        }
        var tm = new byte[TmSize];
        void Set(int index, long v) => BitConverter.GetBytes((int)v).CopyTo(tm, index * 4);
        Set(5, f[0] - 1900);
        Set(4, f[1] - 1);
        Set(3, f[2]);
        Set(2, f[3]);
        Set(1, f[4]);
        Set(0, f[5]);
        Set(6, (f[6] + 1) % 7);
        Set(7, f[7] - 1);
        Set(8, f[8]);
        if (value is PyTupleSub { Type: var type } structTime && type == StructTime && structTime.Attributes.GetAttribute("tm_gmtoff") is PyInt gmtoff)
        {
            BitConverter.GetBytes(gmtoff.Value).CopyTo(tm, 40);
        }
        return tm;
    }

    /// <summary>checktm as strftime and asctime apply it: out-of-range fields are errors.</summary>
    private static void Check(byte[] tm)
    {
        if (Field(tm, 4) is < 0 or > 11)
        {
            throw Errors.ValueError("month out of range");
        }
        if (Field(tm, 3) is < 1 or > 31)
        {
            throw Errors.ValueError("day of month out of range");
        }
        if (Field(tm, 2) is < 0 or > 23)
        {
            throw Errors.ValueError("hour out of range");
        }
        if (Field(tm, 1) is < 0 or > 59)
        {
            throw Errors.ValueError("minute out of range");
        }
        if (Field(tm, 0) is < 0 or > 61)
        {
            throw Errors.ValueError("seconds out of range");
        }
        if (Field(tm, 7) is < 0 or > 365)
        {
            throw Errors.ValueError("day of year out of range");
        }
    }

    private static PyObject MkTime(PyObject[] a, PyDict? k)
    {
        var tm = ToTm(a.Length == 1 ? a[0] : throw Errors.TypeError($"time.mktime() takes exactly one argument ({a.Length} given)"), "mktime");
        // mktime normalizes the fields; wday set to an impossible value tells failure from the time -1.
        BitConverter.GetBytes(-1).CopyTo(tm, 6 * 4);
        var seconds = Libc.mktime(tm);
        if (seconds == -1 && Field(tm, 6) == -1)
        {
            throw Errors.OverflowError("mktime argument out of range");
        }
        return new PyFloat(seconds);
    }

    private static PyObject StrFTime(PyObject[] a, PyDict? k)
    {
        if (a.Length is < 1 or > 2 || a[0] is not PyStr format)
        {
            throw Errors.TypeError(a.Length is < 1 or > 2
                ? $"strftime() takes at least 1 argument ({a.Length} given)"
                : $"strftime() argument 1 must be str, not {a[0].Type.Name}");
        }
        var tm = a.Length == 2 ? ToTm(a[1], "strftime") : Convert(Now(), local: true);
        Check(tm);
        if (format.Value.Length == 0)
        {
            return PyStr.From("");
        }
        var formatBytes = Encoding.UTF8.GetBytes(format.Value + "\0");
        // strftime returns 0 both for an empty result and a too small buffer: grow until it fits.
        for (var size = 1024; ; size *= 2)
        {
            var buffer = new byte[size];
            var length = (int)Libc.strftime(buffer, (UIntPtr)size, formatBytes, tm);
            if (length > 0 || size >= 256 * format.Value.Length + 1024)
            {
                return PyStr.From(Encoding.UTF8.GetString(buffer, 0, length));
            }
        }
    }

    /// <summary>_asctime: "Sat Nov 21 14:35:00 2026" with the day of the month padded by a space.</summary>
    private static string AscTime(byte[] tm)
    {
        Check(tm);
        string[] days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        string[] months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        return $"{days[Field(tm, 6)]} {months[Field(tm, 4)]} {Field(tm, 3),2} {Field(tm, 2):00}:{Field(tm, 1):00}:{Field(tm, 0):00} {Field(tm, 5) + 1900}";
    }
}
