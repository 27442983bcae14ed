# posix and errno natively, through os: directories, stat, file descriptors, errors with their
# errno/filename and OSError subclass, environ, fspath, and the errno tables.
import errno
import os
import posix
import stat

print(errno.ENOENT, errno.EEXIST, errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[2], errno.errorcode[11])
print(len(errno.errorcode) > 100, os.strerror(errno.ENOENT))

base = '/tmp/metapy_posix_test_%d' % os.getpid()
os.mkdir(base)
try:
    print(os.listdir(base), os.path.isdir(base), os.path.exists(base + '/nope'))
    path = os.path.join(base, 'data.bin')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b'hello posix'))
    os.close(fd)
    st = os.stat(path)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), st[6], len(st))
    print(oct(stat.S_IMODE(st.st_mode) & 0o600), type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == int(st.st_mtime))
    fd = os.open(path, os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    os.rename(path, path + '.2')
    print(sorted(os.listdir(base)), os.listdir(base.encode())[0])
    os.symlink(path + '.2', base + '/link')
    print(os.readlink(base + '/link') == path + '.2', stat.S_ISLNK(os.lstat(base + '/link').st_mode))
    print(os.access(path + '.2', os.R_OK), os.access(base + '/nope', os.F_OK))
    for call in (lambda: os.stat(base + '/nope'), lambda: os.mkdir(base), lambda: os.rmdir(path + '.2'),
                 lambda: os.listdir(path + '.2'), lambda: os.open(base + '/x/y', os.O_RDONLY)):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, e.filename == None or e.filename.startswith(base))
    try:
        os.rename(base + '/nope', base + '/other')
    except FileNotFoundError as e:
        print(e.filename.endswith('nope'), e.filename2.endswith('other'))
    os.unlink(base + '/link')
    os.remove(path + '.2')
finally:
    os.rmdir(base)
print(os.path.exists(base))

print(os.fspath('a/b'), os.fspath(b'c'))
class P:
    def __fspath__(self):
        return '/some/where'
print(os.fspath(P()), os.path.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ))
os.environ['METAPY_TEST_VAR'] = 'v1'
print(os.environ['METAPY_TEST_VAR'], os.getenv('METAPY_TEST_VAR'), 'METAPY_TEST_VAR' in os.environ)
del os.environ['METAPY_TEST_VAR']
print(os.getenv('METAPY_TEST_VAR', 'gone'))
print(os.getpid() > 0, os.getcwd() == os.path.abspath('.'), len(os.urandom(8)), os.cpu_count() >= 1)
print(os.uname().sysname, os.name, os.sep, os.curdir, os.pardir, os.linesep == '\n')
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
