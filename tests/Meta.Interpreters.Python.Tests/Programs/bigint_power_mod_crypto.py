# Textbook RSA with small primes: modular inverse by pow(e, -1, phi) and big modular powers.
p, q = 1000003, 1000033
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n, d, (e * d) % phi)
msg = int.from_bytes(b"hi!", "big")
cipher = pow(msg, e, n)
plain = pow(cipher, d, n)
print(msg, cipher, plain, plain.to_bytes(3, "big"))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), pow(3, 10 ** 18, 10 ** 9 + 7))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
