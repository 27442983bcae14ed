# int()/float() on strings with whitespace, signs, underscores and unicode digits; str of numbers.
print(int(" -42 "), int("+7"), int("1_000"), int("٣٤"), float(" 1e3 "), float("-.5"), float("1_0.2_5"))
for bad in ["1__0", "_1", "1_", "0x10", "4.5", "", " ", "١.٥x"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(float("٣.٥"), str(-0.0), str(1e22), str(1e-7), str(123456789.123456789))
