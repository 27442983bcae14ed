# int.from_bytes, and ipaddress (pure Python from the Lib) on top of it.
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'), int.from_bytes(bytearray(b'\x00\x80'), byteorder='big', signed=True))
print(int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'little'))
try:
    int.from_bytes(b'\x01', 'middle')
except ValueError as e:
    print(e)
import ipaddress
a = ipaddress.ip_address('192.168.0.1')
print(a, int(a), a + 1, ipaddress.ip_address(3232235521) == a, a.version)
n = ipaddress.ip_network('10.0.0.0/30')
print(n, n.num_addresses, n.prefixlen)
