for n in [0, 7, -7, 255, 10**20, -(2**70)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n), f'{n:,}')
print(int('-0'), int('007'), str(True) + str(None), int(2.999), int(-0.5))
