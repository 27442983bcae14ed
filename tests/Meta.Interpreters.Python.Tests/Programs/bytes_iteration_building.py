# Building bytes from pieces: join, bytearray accumulation, int.to_bytes and checksums.
chunks = [b"GET ", b"/index.html", b" HTTP/1.1"]
request = b"".join(chunks)
print(request, len(request), request.split(b" "), request.startswith(b"GET"))
buf = bytearray()
for i in range(5):
    buf += i.to_bytes(2, "big")
print(buf, list(buf), bytes(buf).hex(" "))
checksum = sum(request) % 256
print(checksum, bytes([checksum]), request.count(b"/"), request.upper().lower() == request.lower())
print([bytes([c]) for c in b"hi!"], b"%d-%s" % (5, b"x") if False else b"abc"[1:], b"x" in request)
