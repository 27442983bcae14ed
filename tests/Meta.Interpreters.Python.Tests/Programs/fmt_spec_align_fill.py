# Format specs: fill, alignment, sign, width, zero padding, grouping.
for v in [42, -42, 0]:
    print(f"[{v:<8}] [{v:>8}] [{v:^8}] [{v:*^9}] [{v:=+8}] [{v:08}] [{v: }] [{v:+}]")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xFFFF:_x} {255:#010b}")
print(f"[{'txt':<6}] [{'txt':>6}] [{'txt':^7}] [{'txt':-^9}] [{'long text':.4}]")
print(format(3.5, "<10.2f") + "|", format(-0.0, "+.1f"), format(12, "c"), format(True, "d"), format("x", ""))
