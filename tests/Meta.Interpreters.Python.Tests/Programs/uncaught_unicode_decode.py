# UnicodeDecodeError escaping: the message names the codec, byte and position.
data = b"abc\xff"
print(data[:3].decode())
print(data.decode("utf-8"))
