# An int subclass carrying a unit in its repr while arithmetic falls back to int.
class Bytes(int):
    def __repr__(self):
        for unit in ["B", "KiB", "MiB", "GiB"]:
            if abs(self) < 1024 or unit == "GiB":
                value = int(self) / 1024 ** ["B", "KiB", "MiB", "GiB"].index(unit)
                return f"{value:.1f}{unit}" if unit != "B" else f"{int(self)}B"
sizes = [Bytes(512), Bytes(2048), Bytes(5 * 1024 ** 2 + 1), Bytes(3 * 1024 ** 3)]
print(sizes, sum(sizes), type(sum(sizes)).__name__, Bytes(10) + 5, type(Bytes(10) + 5).__name__)
print(sorted(sizes, reverse=True)[0], max(sizes) == 3 * 1024 ** 3, Bytes(7) // 2, isinstance(Bytes(1), int), Bytes("42"))
