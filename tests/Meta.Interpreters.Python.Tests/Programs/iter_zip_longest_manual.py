# zip_longest, pairwise and chunking written with plain iterators.
def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in iters:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def chunks(seq, n):
    it = iter(seq)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk
print(list(zip_longest("abc", [1], fill="-")), list(pairwise([1, 4, 9, 16])), list(chunks(range(7), 3)))
