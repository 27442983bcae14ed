# _socket: socketpair, timeouts, non-blocking, TCP on loopback with makefile, UDP, getaddrinfo, address helpers.
import socket
print(int(socket.AF_INET), int(socket.SOCK_STREAM), repr(socket.AF_INET), socket.has_ipv6)
a, b = socket.socketpair()
a.sendall(b"ping")
print(b.recv(10), a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
b.settimeout(0.05)
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError", e)
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
a.close(); b.close()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
c = socket.create_connection((host, port))
conn, addr = srv.accept()
c.sendall(b"hello over tcp")
print(conn.recv(100), addr[0], c.getpeername() == (host, port))
with conn.makefile("rwb") as f:
    c.sendall(b"line one\nline two\n")
    print(f.readline(), f.readline())
conn.close(); c.close(); srv.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.ntohl(1))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
u.sendto(b"dgram", u.getsockname())
print(u.recvfrom(100)[0])
u.close()
print(u.fileno())
