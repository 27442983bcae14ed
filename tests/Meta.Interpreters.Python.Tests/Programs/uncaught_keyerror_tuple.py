# A KeyError with a tuple key prints the key's repr.
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
print(grid[(1, 2)])
