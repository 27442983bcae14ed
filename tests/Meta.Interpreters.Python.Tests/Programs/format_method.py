print("{} {} {}".format(1, "a", [2]), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{!r}".format("q"))
print("{:.3f} {:5.1f} {:+} {:,}".format(3.14159, 2.25, 5, 1000000), format(255, "x"), format(3.5, ".2f"), format("s", ">3"))
