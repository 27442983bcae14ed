class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split('-')))
    def __repr__(self):
        return f'Date({self.y}, {self.m:02d}, {self.d:02d})'
    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)
ds = [Date.parse(s) for s in ['2024-05-01', '2023-12-31', '2024-01-15']]
print(sorted(ds), min(ds), max(ds))
