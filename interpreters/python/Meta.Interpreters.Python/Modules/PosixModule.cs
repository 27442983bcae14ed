using System.Runtime.InteropServices;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// posix (Modules/posixmodule.c), the basics os.py and the path modules use: the working
/// directory, listdir, stat/lstat/fstat (stat_result), mkdir/rmdir/unlink/rename/replace,
/// access, file descriptors (open/read/write/close/isatty), environ (bytes, as CPython's posix),
/// putenv/unsetenv, the process ids, umask, strerror, urandom, cpu_count, readlink/symlink,
/// uname, fspath. Calls go to the C library like CPython's do (errno becomes the OSError
/// subclass); struct layouts are those of Linux x86-64. Functions not listed are missing
/// attributes, and _have_functions names only what is implemented (no dir_fd variants).
/// </summary>
public static class PosixModule
{
    internal static class Libc
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int stat(byte[] path, byte[] buf);

        [DllImport("libc", SetLastError = true)]
        public static extern int lstat(byte[] path, byte[] buf);

        [DllImport("libc", SetLastError = true)]
        public static extern int fstat(int fd, byte[] buf);

        [DllImport("libc", SetLastError = true)]
        public static extern int access(byte[] path, int mode);

        [DllImport("libc", SetLastError = true)]
        public static extern int mkdir(byte[] path, int mode);

        [DllImport("libc", SetLastError = true)]
        public static extern int rmdir(byte[] path);

        [DllImport("libc", SetLastError = true)]
        public static extern int unlink(byte[] path);

        [DllImport("libc", SetLastError = true)]
        public static extern int rename(byte[] from, byte[] to);

        [DllImport("libc", SetLastError = true)]
        public static extern int chdir(byte[] path);

        [DllImport("libc", SetLastError = true)]
        public static extern int open(byte[] path, int flags, int mode);

        [DllImport("libc", SetLastError = true)]
        public static extern nint read(int fd, byte[] buf, nint count);

        [DllImport("libc", SetLastError = true)]
        public static extern nint write(int fd, byte[] buf, nint count);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern long lseek(int fd, long offset, int whence);

        [DllImport("libc", SetLastError = true)]
        public static extern int ftruncate(int fd, long length);

        [DllImport("libc", SetLastError = true)]
        public static extern int isatty(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern nint readlink(byte[] path, byte[] buf, nint size);

        [DllImport("libc", SetLastError = true)]
        public static extern int symlink(byte[] target, byte[] link);

        [DllImport("libc", SetLastError = true)]
        public static extern int uname(byte[] buf);

        [DllImport("libc")]
        public static extern int umask(int mask);

        [DllImport("libc")]
        public static extern int getpid();

        [DllImport("libc")]
        public static extern int getppid();

        [DllImport("libc")]
        public static extern int getuid();

        [DllImport("libc")]
        public static extern int geteuid();

        [DllImport("libc")]
        public static extern int getgid();

        [DllImport("libc")]
        public static extern int getegid();

        [DllImport("libc")]
        public static extern nint strerror(int errnum);

        [DllImport("libc", SetLastError = true)]
        public static extern int setenv(byte[] name, byte[] value, int overwrite);

        [DllImport("libc", SetLastError = true)]
        public static extern int unsetenv(byte[] name);
    }

    public static readonly PyType StatResultType = MakeStatResultType();
    private static readonly string[] UnameFields = ["sysname", "nodename", "release", "version", "machine"];

    public static readonly PyType UnameResultType = StructSequence.NewType("uname_result", "posix", UnameFields, UnameFields.Length);

    public static PyModule Create()
    {
        var m = new PyModule("posix");
        var d = m.Dict;
        Def.Function(d, "getcwd", GetCwd);
        Def.Function(d, "getcwdb", GetCwdB);
        Def.Function(d, "chdir", ChDir);
        Def.Function(d, "listdir", ListDir);
        Def.Function(d, "stat", Stat);
        Def.Function(d, "lstat", LStat);
        Def.Function(d, "fstat", FStat);
        Def.Function(d, "access", Access);
        Def.Function(d, "mkdir", MkDir);
        Def.Function(d, "rmdir", RmDir);
        Def.Function(d, "unlink", Unlink);
        Def.Function(d, "remove", Unlink);
        Def.Function(d, "rename", Rename);
        Def.Function(d, "replace", Rename);
        Def.Function(d, "open", Open);
        Def.Function(d, "read", Read);
        Def.Function(d, "write", Write);
        Def.Function(d, "close", Close);
        Def.Function(d, "isatty", IsATty);
        PosixProcess.AddTo(d);
        Def.Function(d, "lseek", LSeek);
        Def.Function(d, "ftruncate", FTruncate);
        Def.Function(d, "readlink", ReadLink);
        Def.Function(d, "symlink", Symlink);
        Def.Function(d, "uname", Uname);
        Def.Function(d, "umask", Umask);
        Def.Function(d, "getpid", Getpid);
        Def.Function(d, "getppid", Getppid);
        Def.Function(d, "getuid", Getuid);
        Def.Function(d, "geteuid", Geteuid);
        Def.Function(d, "getgid", Getgid);
        Def.Function(d, "getegid", Getegid);
        Def.Function(d, "strerror", StrError);
        Def.Function(d, "urandom", URandom);
        Def.Function(d, "cpu_count", CpuCount);
        Def.Function(d, "fspath", FsPath);
        Def.Function(d, "putenv", PutEnv);
        Def.Function(d, "unsetenv", UnsetEnv);
        Def.Function(d, "_exit", Exit);
        d.Set("environ", Environ());
        d.Set("stat_result", StatResultType);
        d.Set("uname_result", UnameResultType);
        d.Set("error", TypeObjects.OSError);
        d.Set("_have_functions", new PyList([PyStr.From("HAVE_LSTAT")]));
        foreach (var (name, value) in Constants)
        {
            d.Set(name, PyInt.From(value));
        }
        return m;
    }

    /// <summary>The constants of &lt;fcntl.h&gt;, &lt;unistd.h&gt; and &lt;sysexits.h&gt; on Linux x86-64.</summary>
    private static readonly (string Name, int Value)[] Constants =
    [
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 0x40), ("O_EXCL", 0x80), ("O_NOCTTY", 0x100),
        ("O_TRUNC", 0x200), ("O_APPEND", 0x400), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800), ("O_DSYNC", 0x1000),
        ("O_SYNC", 0x101000), ("O_DIRECTORY", 0x10000), ("O_NOFOLLOW", 0x20000), ("O_CLOEXEC", 0x80000),
        ("O_ACCMODE", 3), ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
    ];

    // ---- paths -------------------------------------------------------------------------------

    /// <summary>os.fspath (posixmodule.c's PyOS_FSPath): str and bytes as they are, else __fspath__().</summary>
    public static PyObject FsPathOf(PyObject o)
    {
        if (o is PyStr or PyBytes)
        {
            return o;
        }
        var method = o.Type.Lookup("__fspath__") ?? throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        var r = Ops.CallMethod(method, o);
        return r is PyStr or PyBytes ? r : throw Errors.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
    }

    private static PyObject FsPath(PyObject[] a, PyDict? k) => FsPathOf(Def.Arg(a, k, 0, "path") ?? throw Errors.TypeError("fspath() missing required argument 'path' (pos 1)"));

    /// <summary>The NUL-terminated file-system bytes of a path argument (UTF-8 with surrogateescape).</summary>
    internal static byte[] PathBytes(PyObject o, out bool isBytes)
    {
        var p = FsPathOf(o);
        isBytes = p is PyBytes;
        var raw = p is PyBytes b ? b.Value : Codecs.Encode(((PyStr)p).Value, "utf-8", "surrogateescape");
        if (Array.IndexOf(raw, (byte)0) >= 0)
        {
            throw Errors.ValueError("embedded null byte");
        }
        var z = new byte[raw.Length + 1];
        raw.CopyTo(z, 0);
        return z;
    }

    private static byte[] PathBytes(PyObject o) => PathBytes(o, out _);

    private static PyObject Decoded(byte[] raw, bool asBytes) =>
        asBytes ? new PyBytes(raw) : PyStr.From(Codecs.Decode(raw, "utf-8", "surrogateescape"));

    private static string StrErrorText(int errno) => Marshal.PtrToStringUTF8(Libc.strerror(errno)) ?? $"Unknown error {errno}";

    /// <summary>posixmodule.c's path_error: the OSError subclass of errno, with the file name.</summary>
    internal static PyError Fail(PyObject? filename = null)
    {
        var errno = Marshal.GetLastPInvokeError();
        PyObject[] args = filename is null
            ? [PyInt.From(errno), PyStr.From(StrErrorText(errno))]
            : [PyInt.From(errno), PyStr.From(StrErrorText(errno)), filename];
        return new PyError((PyException)Ops.Call(TypeObjects.OSError, args));
    }

    // ---- functions ---------------------------------------------------------------------------

    private static PyObject GetCwd(PyObject[] a, PyDict? k) => PyStr.From(Directory.GetCurrentDirectory());

    private static PyObject GetCwdB(PyObject[] a, PyDict? k) => new PyBytes(Encoding.UTF8.GetBytes(Directory.GetCurrentDirectory()));

    private static PyObject ChDir(PyObject[] a, PyDict? k)
    {
        if (Libc.chdir(PathBytes(a[0])) != 0)
        {
            throw Fail(a[0]);
        }
        // Keep .NET's notion of the current directory in step with the process's.
        Directory.SetCurrentDirectory(Directory.GetCurrentDirectory());
        return PyNone.Instance;
    }

    private static PyObject ListDir(PyObject[] a, PyDict? k)
    {
        var arg = Def.Arg(a, k, 0, "path");
        var asBytes = arg is not null && FsPathOf(arg) is PyBytes;
        var path = arg is null or PyNone ? "." : Codecs.Decode(PathBytes(arg)[..^1], "utf-8", "surrogateescape");
        var st = new byte[144];
        var target = arg is null or PyNone ? PyStr.From(".") : arg;
        if (Libc.stat(PathBytes(target), st) != 0)
        {
            throw Fail(target);
        }
        if ((BitConverter.ToUInt32(st, 24) & 0xF000) != 0x4000)
        {
            throw OSErrors.OSErrorFromErrno(20, StrErrorText(20), path);
        }
        var list = new PyList();
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(path))
            {
                var name = Path.GetFileName(entry);
                list.Append(asBytes ? new PyBytes(Codecs.Encode(name, "utf-8", "surrogateescape")) : PyStr.From(name));
            }
        }
        catch (UnauthorizedAccessException)
        {
            throw OSErrors.OSErrorFromErrno(13, StrErrorText(13), path);
        }
        return list;
    }

    private static PyType MakeStatResultType()
    {
        var t = new PyType("stat_result", [TypeObjects.Object], module: "os");
        Def.Slot(t, "__getitem__", StatGetItem);
        Def.Slot(t, "__len__", StatLen);
        Def.Slot(t, "__repr__", StatRepr);
        return t;
    }

    private static readonly string[] StatFields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

    /// <summary>The first ten fields index like the tuple CPython's structseq is (times as ints there).</summary>
    private static PyObject StatGetItem(PyObject[] a, PyDict? k)
    {
        var i = Ops.IndexValue(a[1]);
        if (i < 0)
        {
            i += 10;
        }
        if (i is < 0 or >= 10)
        {
            throw Errors.IndexError("tuple index out of range");
        }
        var self = (PyInstance)a[0];
        return i >= 7 ? self.GetAttribute("_int_" + StatFields[i])! : self.GetAttribute(StatFields[i])!;
    }

    private static PyObject StatLen(PyObject[] a, PyDict? k) => PyInt.From(10);

    private static PyObject StatRepr(PyObject[] a, PyDict? k)
    {
        var self = (PyInstance)a[0];
        var parts = new List<string>();
        foreach (var f in StatFields)
        {
            parts.Add(f + "=" + Ops.Repr(f.EndsWith("time", StringComparison.Ordinal) ? self.GetAttribute("_int_" + f)! : self.GetAttribute(f)!));
        }
        return PyStr.From("os.stat_result(" + string.Join(", ", parts) + ")");
    }

    /// <summary>struct stat of Linux x86-64 to stat_result.</summary>
    private static PyObject StatResult(byte[] b)
    {
        var r = new PyInstance(StatResultType);
        long L(int offset) => BitConverter.ToInt64(b, offset);
        int I(int offset) => BitConverter.ToInt32(b, offset);
        r.SetAttribute("st_dev", PyInt.From(L(0)));
        r.SetAttribute("st_ino", PyInt.From(L(8)));
        r.SetAttribute("st_nlink", PyInt.From(L(16)));
        r.SetAttribute("st_mode", PyInt.From((uint)I(24)));
        r.SetAttribute("st_uid", PyInt.From((uint)I(28)));
        r.SetAttribute("st_gid", PyInt.From((uint)I(32)));
        r.SetAttribute("st_rdev", PyInt.From(L(40)));
        r.SetAttribute("st_size", PyInt.From(L(48)));
        r.SetAttribute("st_blksize", PyInt.From(L(56)));
        r.SetAttribute("st_blocks", PyInt.From(L(64)));
        string[] times = ["st_atime", "st_mtime", "st_ctime"];
        for (var i = 0; i < 3; i++)
        {
            var sec = L(72 + (16 * i));
            var nsec = L(80 + (16 * i));
            r.SetAttribute(times[i], new PyFloat(sec + (nsec * 1e-9)));
            r.SetAttribute(times[i] + "_ns", PyInt.FromBig((new System.Numerics.BigInteger(sec) * 1_000_000_000) + nsec));
            r.SetAttribute("_int_" + times[i], PyInt.From(sec));
        }
        return r;
    }

    private static PyObject Stat(PyObject[] a, PyDict? k)
    {
        var follow = k?.Get("follow_symlinks") is not { } f || Ops.IsTrue(f);
        if (a.Length > 0 && Ops.IsInt(a[0]))
        {
            return FStat(a, k);
        }
        var path = Def.Arg(a, k, 0, "path") ?? throw Errors.TypeError("stat() missing required argument 'path' (pos 1)");
        var buf = new byte[144];
        if ((follow ? Libc.stat(PathBytes(path), buf) : Libc.lstat(PathBytes(path), buf)) != 0)
        {
            throw Fail(path);
        }
        return StatResult(buf);
    }

    private static PyObject LStat(PyObject[] a, PyDict? k)
    {
        var buf = new byte[144];
        if (Libc.lstat(PathBytes(a[0]), buf) != 0)
        {
            throw Fail(a[0]);
        }
        return StatResult(buf);
    }

    private static PyObject FStat(PyObject[] a, PyDict? k)
    {
        var buf = new byte[144];
        if (Libc.fstat((int)Ops.IndexValue(a[0]), buf) != 0)
        {
            throw Fail();
        }
        return StatResult(buf);
    }

    private static PyObject Access(PyObject[] a, PyDict? k) =>
        PyBool.From(Libc.access(PathBytes(a[0]), (int)Ops.IndexValue(a[1])) == 0);

    private static PyObject MkDir(PyObject[] a, PyDict? k)
    {
        var mode = Def.Arg(a, k, 1, "mode") is { } m ? (int)Ops.IndexValue(m) : 0x1FF;
        return Check(Libc.mkdir(PathBytes(a[0]), mode), a[0]);
    }

    private static PyObject Check(int result, PyObject? path)
    {
        if (result != 0)
        {
            throw Fail(path);
        }
        return PyNone.Instance;
    }

    private static PyObject RmDir(PyObject[] a, PyDict? k) => Check(Libc.rmdir(PathBytes(a[0])), a[0]);

    private static PyObject Unlink(PyObject[] a, PyDict? k) => Check(Libc.unlink(PathBytes(a[0])), a[0]);

    private static PyObject Rename(PyObject[] a, PyDict? k)
    {
        if (Libc.rename(PathBytes(a[0]), PathBytes(a[1])) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            PyObject[] args = [PyInt.From(errno), PyStr.From(StrErrorText(errno)), a[0], PyInt.From(0), a[1]];
            throw new PyError((PyException)Ops.Call(TypeObjects.OSError, args));
        }
        return PyNone.Instance;
    }

    private static PyObject Open(PyObject[] a, PyDict? k)
    {
        var flags = (int)Ops.IndexValue(Def.Arg(a, k, 1, "flags")!);
        var mode = Def.Arg(a, k, 2, "mode") is { } m ? (int)Ops.IndexValue(m) : 0x1FF;
        // CPython opens file descriptors non-inheritable (PEP 446).
        var fd = Libc.open(PathBytes(a[0]), flags | 0x80000, mode);
        return fd < 0 ? throw Fail(a[0]) : PyInt.From(fd);
    }

    private static PyObject Read(PyObject[] a, PyDict? k)
    {
        var n = Ops.IndexValue(a[1]);
        if (n < 0)
        {
            throw Errors.ValueError("negative count");
        }
        var buf = new byte[n];
        var got = Libc.read((int)Ops.IndexValue(a[0]), buf, (nint)n);
        return got < 0 ? throw Fail() : new PyBytes(buf[..(int)got]);
    }

    private static PyObject Write(PyObject[] a, PyDict? k)
    {
        var data = BytesMethods.BytesLike(a[1]) ?? throw Errors.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
        var n = Libc.write((int)Ops.IndexValue(a[0]), data, data.Length);
        return n < 0 ? throw Fail() : PyInt.From(n);
    }

    private static PyObject Close(PyObject[] a, PyDict? k) =>
        Libc.close((int)Ops.IndexValue(a[0])) != 0 ? throw Fail() : PyNone.Instance;

    private static PyObject LSeek(PyObject[] a, PyDict? k)
    {
        var r = Libc.lseek((int)Ops.IndexValue(a[0]), Ops.IndexValue(a[1]), (int)Ops.IndexValue(a[2]));
        return r < 0 ? throw Fail() : PyInt.From(r);
    }

    private static PyObject FTruncate(PyObject[] a, PyDict? k) =>
        Libc.ftruncate((int)Ops.IndexValue(a[0]), Ops.IndexValue(a[1])) != 0 ? throw Fail() : PyNone.Instance;

    private static PyObject IsATty(PyObject[] a, PyDict? k) => PyBool.From(Libc.isatty((int)Ops.IndexValue(a[0])) == 1);

    private static PyObject ReadLink(PyObject[] a, PyDict? k)
    {
        var path = PathBytes(a[0], out var asBytes);
        var buf = new byte[4096];
        var n = Libc.readlink(path, buf, buf.Length);
        return n < 0 ? throw Fail(a[0]) : Decoded(buf[..(int)n], asBytes);
    }

    private static PyObject Symlink(PyObject[] a, PyDict? k) => Check(Libc.symlink(PathBytes(a[0]), PathBytes(a[1])), a[0]);

    /// <summary>struct utsname on Linux: five (here six) fields of 65 bytes.</summary>
    private static PyObject Uname(PyObject[] a, PyDict? k)
    {
        var buf = new byte[65 * 6];
        if (Libc.uname(buf) != 0)
        {
            throw Fail();
        }
        var values = new PyObject[UnameFields.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var field = buf.AsSpan(65 * i, 65);
            var len = field.IndexOf((byte)0);
            values[i] = PyStr.From(Encoding.UTF8.GetString(field[..(len < 0 ? 65 : len)]));
        }
        return StructSequence.Make(UnameResultType, values);
    }

    private static PyObject Getpid(PyObject[] a, PyDict? k) => PyInt.From(Libc.getpid());

    private static PyObject Getppid(PyObject[] a, PyDict? k) => PyInt.From(Libc.getppid());

    private static PyObject Getuid(PyObject[] a, PyDict? k) => PyInt.From(Libc.getuid());

    private static PyObject Geteuid(PyObject[] a, PyDict? k) => PyInt.From(Libc.geteuid());

    private static PyObject Getgid(PyObject[] a, PyDict? k) => PyInt.From(Libc.getgid());

    private static PyObject Getegid(PyObject[] a, PyDict? k) => PyInt.From(Libc.getegid());

    private static PyObject Umask(PyObject[] a, PyDict? k) => PyInt.From(Libc.umask((int)Ops.IndexValue(a[0])));

    private static PyObject StrError(PyObject[] a, PyDict? k) => PyStr.From(StrErrorText((int)Ops.IndexValue(a[0])));

    private static PyObject URandom(PyObject[] a, PyDict? k)
    {
        var n = Ops.IndexValue(a[0]);
        if (n < 0)
        {
            throw Errors.ValueError("negative argument not allowed");
        }
        var buf = new byte[n];
        System.Security.Cryptography.RandomNumberGenerator.Fill(buf);
        return new PyBytes(buf);
    }

    private static PyObject CpuCount(PyObject[] a, PyDict? k) => PyInt.From(Environment.ProcessorCount);

    /// <summary>posix.environ: bytes keys and values, a snapshot of the process environment at import (as CPython's).</summary>
    private static PyDict Environ()
    {
        var d = new PyDict();
        var entries = new List<(string, string)>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            entries.Add(((string)e.Key, (string?)e.Value ?? ""));
        }
        entries.Sort((x, y) => string.CompareOrdinal(x.Item1, y.Item1));
        foreach (var (key, value) in entries)
        {
            d.Set(new PyBytes(Codecs.Encode(key, "utf-8", "surrogateescape")), new PyBytes(Codecs.Encode(value, "utf-8", "surrogateescape")));
        }
        return d;
    }

    private static PyObject PutEnv(PyObject[] a, PyDict? k)
    {
        var name = PathBytes(a[0]);
        if (name.Length == 1 || Array.IndexOf(name, (byte)'=') >= 0)
        {
            throw Errors.ValueError("illegal environment variable name");
        }
        return Check(Libc.setenv(name, PathBytes(a[1]), 1), null);
    }

    private static PyObject UnsetEnv(PyObject[] a, PyDict? k) => Check(Libc.unsetenv(PathBytes(a[0])), null);

    private static PyObject Exit(PyObject[] a, PyDict? k)
    {
        Console.Out.Flush();
        Environment.Exit((int)Ops.IndexValue(a[0]));
        return PyNone.Instance;
    }
}
