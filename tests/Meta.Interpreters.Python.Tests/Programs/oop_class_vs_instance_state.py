# Class attributes shared by instances versus per-instance state; mutation through instances.
class Team:
    members = []
    size_limit = 3
    def __init__(self, name):
        self.name = name
        self.own = []
    def join(self, who):
        if len(self.members) >= self.size_limit:
            raise OverflowError(f"{self.name} full")
        self.members.append(who)
        self.own.append(who)
a, b = Team("a"), Team("b")
a.join("x"); b.join("y")
print(Team.members, a.own, b.own, a.members is b.members)
a.size_limit = 10
b.join("z")
try:
    b.join("w")
except OverflowError as e:
    print("OverflowError:", e)
a.join("w")
print(Team.members, a.size_limit, b.size_limit, Team.size_limit)
