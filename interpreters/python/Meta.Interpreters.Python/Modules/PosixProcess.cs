using System.Runtime.InteropServices;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The process and descriptor functions of posix that subprocess uses (Modules/posixmodule.c):
/// pipe (close-on-exec, as PEP 446 makes new descriptors), dup, dup2, get/set_inheritable,
/// waitpid with the W* status macros and waitstatus_to_exitcode, kill.
/// </summary>
public static class PosixProcess
{
    private const int FdCloexec = 1, FGetFd = 1, FSetFd = 2, OCloexec = 0x80000;

    private static class Libc
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int pipe2(int[] fds, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int dup(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int dup3(int fd, int fd2, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fcntl(int fd, int cmd, int arg);

        [DllImport("libc", SetLastError = true)]
        public static extern int waitpid(int pid, out int status, int options);

        [DllImport("libc", SetLastError = true)]
        public static extern int kill(int pid, int sig);
    }

    public static void AddTo(PyDict d)
    {
        d.Set("WNOHANG", PyInt.From(1));
        d.Set("WUNTRACED", PyInt.From(2));
        Def.Function(d, "pipe", Pipe);
        Def.Function(d, "dup", Dup);
        Def.Function(d, "dup2", Dup2);
        Def.Function(d, "get_inheritable", (a, k) => PyBool.From((Checked(Libc.fcntl(Fd(a[0]), FGetFd, 0)) & FdCloexec) == 0));
        Def.Function(d, "set_inheritable", SetInheritable);
        Def.Function(d, "waitpid", WaitPid);
        Def.Function(d, "kill", (a, k) => { Checked(Libc.kill(Fd(a[0]), Fd(a[1]))); return PyNone.Instance; });
        Def.Function(d, "WIFEXITED", (a, k) => PyBool.From((Status(a) & 0x7f) == 0));
        Def.Function(d, "WEXITSTATUS", (a, k) => PyInt.From((Status(a) >> 8) & 0xff));
        Def.Function(d, "WIFSIGNALED", (a, k) => PyBool.From((Status(a) & 0x7f) is not (0 or 0x7f)));
        Def.Function(d, "WTERMSIG", (a, k) => PyInt.From(Status(a) & 0x7f));
        Def.Function(d, "WIFSTOPPED", (a, k) => PyBool.From((Status(a) & 0xff) == 0x7f));
        Def.Function(d, "WSTOPSIG", (a, k) => PyInt.From((Status(a) >> 8) & 0xff));
        Def.Function(d, "waitstatus_to_exitcode", WaitStatusToExitCode);
    }

    private static int Fd(PyObject o) => (int)Ops.IndexValue(o);

    private static int Status(PyObject[] a) => (int)Ops.IndexValue(a[0]);

    private static int Checked(int result) => result < 0 ? throw PosixModule.Fail() : result;

    private static PyObject Pipe(PyObject[] a, PyDict? k)
    {
        var fds = new int[2];
        Checked(Libc.pipe2(fds, OCloexec));
        return PyTuple.Of(PyInt.From(fds[0]), PyInt.From(fds[1]));
    }

    /// <summary>dup: the new descriptor is not inheritable (PEP 446).</summary>
    private static PyObject Dup(PyObject[] a, PyDict? k)
    {
        var fd = Checked(Libc.dup(Fd(a[0])));
        Checked(Libc.fcntl(fd, FSetFd, FdCloexec));
        return PyInt.From(fd);
    }

    private static PyObject Dup2(PyObject[] a, PyDict? k)
    {
        var fd = Fd(a[0]);
        var fd2 = Fd(a[1]);
        var inheritable = Def.Arg(a, k, 2, "inheritable") is not { } i || Ops.IsTrue(i);
        if (fd == fd2)
        {
            // dup3 refuses equal descriptors; dup2 only checks that the descriptor is open.
            Checked(Libc.fcntl(fd, FGetFd, 0));
            return PyInt.From(fd2);
        }
        return PyInt.From(Checked(Libc.dup3(fd, fd2, inheritable ? 0 : OCloexec)));
    }

    private static PyObject SetInheritable(PyObject[] a, PyDict? k)
    {
        var fd = Fd(a[0]);
        var flags = Checked(Libc.fcntl(fd, FGetFd, 0));
        Checked(Libc.fcntl(fd, FSetFd, Ops.IsTrue(a[1]) ? flags & ~FdCloexec : flags | FdCloexec));
        return PyNone.Instance;
    }

    /// <summary>waitpid(pid, options) -> (pid, status), retried on EINTR.</summary>
    private static PyObject WaitPid(PyObject[] a, PyDict? k)
    {
        int result;
        int status;
        while ((result = Libc.waitpid(Fd(a[0]), out status, Fd(a[1]))) < 0)
        {
            if (Marshal.GetLastPInvokeError() != 4)
            {
                throw PosixModule.Fail();
            }
        }
        return PyTuple.Of(PyInt.From(result), PyInt.From(status));
    }

    /// <summary>waitstatus_to_exitcode: the exit code, or minus the signal that ended the process.</summary>
    private static PyObject WaitStatusToExitCode(PyObject[] a, PyDict? k)
    {
        var status = Status(a);
        var signal = status & 0x7f;
        if (signal == 0)
        {
            return PyInt.From((status >> 8) & 0xff);
        }
        if (signal != 0x7f)
        {
            return PyInt.From(-signal);
        }
        throw Errors.ValueError($"process stopped by delivery of signal {(status >> 8) & 0xff}");
    }
}
