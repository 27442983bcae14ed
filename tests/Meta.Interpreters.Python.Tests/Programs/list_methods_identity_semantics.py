# list methods compare by equality (and identity first): remove/index/count with NaN and objects.
nan = float("nan")
items = [nan, 1, 1.0, True, "1"]
print(items.count(1), items.index(True), nan in items, items.count(nan), items.index(nan))
class Always:
    def __eq__(self, other):
        return True
a = Always()
print([1, 2, 3].index(a), a in [5], [4, 5].count(a))
lst = [[1], [1], [2]]
lst.remove([1])
print(lst, lst.index([2]), [1] in lst)
copy = lst[:]
copy[0].append(9)
print(lst, copy, copy is lst, copy[0] is lst[0])
