# _posixsubprocess.fork_exec (subprocess's primitive) with os.pipe/read/waitpid, and the descriptor functions.
import _posixsubprocess, os
def run(args, cwd=None, env=None, executable_list=None):
    c2pread, c2pwrite = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    exe = executable_list or tuple(os.path.join(os.fsencode(d), os.fsencode(args[0])) for d in os.get_exec_path())
    try:
        pid = _posixsubprocess.fork_exec([os.fsencode(a) for a in args], exe, True, (), cwd, env,
                                         -1, -1, c2pread, c2pwrite, -1, c2pwrite, errpipe_read, errpipe_write,
                                         True, False, -1, None, None, None, -1, None, True)
    except OSError as e:
        os.close(c2pread); os.close(c2pwrite); os.close(errpipe_read); os.close(errpipe_write)
        return type(e).__name__, e.errno, e.filename
    os.close(c2pwrite)
    os.close(errpipe_write)
    out = b""
    while chunk := os.read(c2pread, 4096):
        out += chunk
    os.close(c2pread)
    os.close(errpipe_read)
    _, status = os.waitpid(pid, 0)
    return out, os.waitstatus_to_exitcode(status), os.WIFEXITED(status), os.WEXITSTATUS(status)
print(run(["echo", "hi", "there"]))
print(run(["sh", "-c", "echo err >&2; exit 3"]))
print(run(["pwd"], cwd=b"/tmp"))
print(run(["sh", "-c", "echo $FOO"], env=[b"FOO=bar", b"PATH=/usr/bin:/bin"]))
print(run(["sh", "-c", "kill -TERM $$"]))
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(r, True)
print(os.get_inheritable(r))
d = os.dup(w)
print(d > w, os.get_inheritable(d), os.dup2(r, d) == d, os.get_inheritable(d))
for fd in (r, w, d):
    os.close(fd)
