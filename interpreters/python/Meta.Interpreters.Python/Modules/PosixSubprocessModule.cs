using System.Runtime.InteropServices;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _posixsubprocess.fork_exec (Modules/_posixsubprocess.c) by posix_spawn(3) rather than fork():
/// forking a .NET process is not safe (its runtime threads do not survive into the child), and
/// posix_spawn does what the C child does between fork and exec here: the pipe ends onto 0, 1
/// and 2, pass_fds kept open (every other descriptor of metapy is close-on-exec), the working
/// directory, a new session or process group, SIGPIPE and SIGXFSZ back to their defaults. The
/// executables are tried in order as execve is; a failure raises the OSError in the parent
/// directly instead of through the error pipe. preexec_fn, user, group and umask changes need
/// code to run in the child and are refused.
/// </summary>
public static class PosixSubprocessModule
{
    private const short SetPGroup = 0x2, SetSigDef = 0x4, SetSigMask = 0x8, SetSid = 0x80;

    private static class Libc
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int posix_spawn(out int pid, byte[] path, nint fileActions, nint attributes, nint[] argv, nint envp);

        [DllImport("libc")]
        public static extern int posix_spawn_file_actions_init(nint actions);

        [DllImport("libc")]
        public static extern int posix_spawn_file_actions_destroy(nint actions);

        [DllImport("libc")]
        public static extern int posix_spawn_file_actions_adddup2(nint actions, int fd, int newFd);

        [DllImport("libc")]
        public static extern int posix_spawn_file_actions_addchdir_np(nint actions, byte[] path);

        [DllImport("libc")]
        public static extern int posix_spawnattr_init(nint attributes);

        [DllImport("libc")]
        public static extern int posix_spawnattr_destroy(nint attributes);

        [DllImport("libc")]
        public static extern int posix_spawnattr_setflags(nint attributes, short flags);

        [DllImport("libc")]
        public static extern int posix_spawnattr_setpgroup(nint attributes, int pgroup);

        [DllImport("libc")]
        public static extern int posix_spawnattr_setsigmask(nint attributes, byte[] set);

        [DllImport("libc")]
        public static extern int posix_spawnattr_setsigdefault(nint attributes, byte[] set);

        [DllImport("libc")]
        public static extern int sigemptyset(byte[] set);

        [DllImport("libc")]
        public static extern int sigaddset(byte[] set, int signal);

        [DllImport("libc")]
        public static extern nint strerror(int errnum);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_posixsubprocess");
        Def.Function(m.Dict, "fork_exec", ForkExec);
        return m;
    }

    private static byte[] CString(PyObject o)
    {
        var bytes = o is PyBytes b ? b.Value : Codecs.Encode(Ops.Str(PosixModule.FsPathOf(o)), "utf-8", "surrogateescape");
        return Array.IndexOf(bytes, (byte)0) >= 0 ? throw Errors.ValueError("embedded null byte") : [.. bytes, 0];
    }

    private static nint[] NativeStrings(PyObject[] items)
    {
        var pointers = new nint[items.Length + 1];
        for (var i = 0; i < items.Length; i++)
        {
            var bytes = CString(items[i]);
            pointers[i] = Marshal.AllocHGlobal(bytes.Length);
            Marshal.Copy(bytes, 0, pointers[i], bytes.Length);
        }
        return pointers;
    }

    private static void Free(nint[] pointers)
    {
        foreach (var p in pointers)
        {
            if (p != 0)
            {
                Marshal.FreeHGlobal(p);
            }
        }
    }

    private static int Int(PyObject o) => (int)Ops.IndexValue(o);

    /// <summary>fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite,
    /// errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups,
    /// uid, child_umask, preexec_fn, allow_vfork) -> pid.</summary>
    private static PyObject ForkExec(PyObject[] a, PyDict? k)
    {
        if (a.Length != 23)
        {
            throw Errors.TypeError($"fork_exec() takes exactly 23 arguments ({a.Length} given)");
        }
        if (a[21] is not PyNone || a[17] is not PyNone || a[18] is not PyNone || a[19] is not PyNone || Int(a[20]) != -1)
        {
            throw Errors.New(TypeObjects.NotImplementedError, "metapy starts processes with posix_spawn: preexec_fn, user, group and umask changes are not supported");
        }
        var args = Conversions.ToArray(a[0]);
        var executables = Conversions.ToArray(a[1]);
        var cwd = a[4];
        if (cwd is not PyNone)
        {
            // The C child reports a bad working directory with the directory's name.
            var directory = Codecs.Decode(CString(cwd)[..^1], "utf-8", "surrogateescape");
            if (!Directory.Exists(directory))
            {
                throw OSErrors.OSErrorFromErrno(2, "No such file or directory", directory);
            }
        }
        var argv = NativeStrings(args);
        var envp = a[5] is PyNone ? null : NativeStrings(Conversions.ToArray(a[5]));
        var actions = Marshal.AllocHGlobal(256);
        var attributes = Marshal.AllocHGlobal(512);
        try
        {
            Libc.posix_spawn_file_actions_init(actions);
            Libc.posix_spawnattr_init(attributes);
            foreach (var fd in Conversions.ToArray(a[3]))
            {
                // A descriptor duplicated onto itself loses close-on-exec (glibc 2.29).
                Libc.posix_spawn_file_actions_adddup2(actions, Int(fd), Int(fd));
            }
            foreach (var (source, target) in new[] { (Int(a[6]), 0), (Int(a[9]), 1), (Int(a[11]), 2) })
            {
                if (source != -1)
                {
                    Libc.posix_spawn_file_actions_adddup2(actions, source, target);
                }
            }
            if (cwd is not PyNone)
            {
                Libc.posix_spawn_file_actions_addchdir_np(actions, CString(cwd));
            }
            var flags = SetSigMask;
            var empty = new byte[128];
            Libc.sigemptyset(empty);
            Libc.posix_spawnattr_setsigmask(attributes, empty);
            if (Ops.IsTrue(a[14]))
            {
                var defaults = new byte[128];
                Libc.sigemptyset(defaults);
                Libc.sigaddset(defaults, 13);
                Libc.sigaddset(defaults, 25);
                Libc.posix_spawnattr_setsigdefault(attributes, defaults);
                flags |= SetSigDef;
            }
            if (Ops.IsTrue(a[15]))
            {
                flags |= SetSid;
            }
            if (Int(a[16]) >= 0)
            {
                Libc.posix_spawnattr_setpgroup(attributes, Int(a[16]));
                flags |= SetPGroup;
            }
            Libc.posix_spawnattr_setflags(attributes, flags);
            return Spawn(executables, args, argv, envp, actions, attributes);
        }
        finally
        {
            Libc.posix_spawn_file_actions_destroy(actions);
            Libc.posix_spawnattr_destroy(attributes);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attributes);
            Free(argv);
            if (envp is not null)
            {
                Free(envp);
            }
        }
    }

    /// <summary>Each executable in turn, as the child's execve loop: the first error other than ENOENT/ENOTDIR is the one reported.</summary>
    private static PyObject Spawn(PyObject[] executables, PyObject[] args, nint[] argv, nint[]? envp, nint actions, nint attributes)
    {
        var environment = envp is null ? Marshal.ReadIntPtr(NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "environ")) : 0;
        var envHandle = envp is null ? default : GCHandle.Alloc(envp, GCHandleType.Pinned);
        try
        {
            var pointer = envp is null ? environment : envHandle.AddrOfPinnedObject();
            var error = 2;
            var saved = 0;
            foreach (var executable in executables)
            {
                error = Libc.posix_spawn(out var pid, CString(executable), actions, attributes, argv, pointer);
                if (error == 0)
                {
                    return PyInt.From(pid);
                }
                if (error is not (2 or 20) && saved == 0)
                {
                    saved = error;
                }
            }
            error = saved != 0 ? saved : error;
            var name = args.Length > 0 ? args[0] is PyBytes b ? Codecs.Decode(b.Value, "utf-8", "surrogateescape") : Ops.Str(args[0]) : "";
            throw OSErrors.OSErrorFromErrno(error, Marshal.PtrToStringUTF8(Libc.strerror(error)) ?? $"Unknown error {error}", name);
        }
        finally
        {
            if (envHandle.IsAllocated)
            {
                envHandle.Free();
            }
        }
    }
}
