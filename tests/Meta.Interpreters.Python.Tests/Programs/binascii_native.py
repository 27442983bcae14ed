# binascii natively: hex with separators, base64 (lenient and strict), uuencode, crc32, crc_hqx,
# and the errors.
import binascii

print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abc'), binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', ':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', b' ', -2))
print(binascii.unhexlify(b'01abFF'), binascii.a2b_hex('414243'))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', e)
print(binascii.b2a_base64(b'hello world'), binascii.b2a_base64(b'', newline=False), binascii.b2a_base64(b'\xff\xfe', newline=False))
print(binascii.a2b_base64(b'aGVsbG8gd29ybGQ=\n'), binascii.a2b_base64('aGV sbG8='), binascii.a2b_base64(b'YQ=='), binascii.a2b_base64(b'YQ==YQ=='))
for bad, strict in [(b'YQ', False), (b'Y', False), (b'YQ=a', True), (b'Y!Q==', True), (b'=YQ==', True)]:
    try:
        binascii.a2b_base64(bad, strict_mode=strict)
    except binascii.Error as e:
        print('Error', e)
print(binascii.b2a_uu(b'Cat'), binascii.b2a_uu(b''), binascii.b2a_uu(b'', backtick=True), binascii.a2b_uu(binascii.b2a_uu(b'hello uu')))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''), binascii.crc_hqx(b'hello', 0))
print(issubclass(binascii.Error, ValueError))
