people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].upper(), people)), list(filter(lambda p: p[1] > 26, people)))
print(max([], default="empty"), min(3, 1, 2), max("abc", key=ord))
