# A misspelled global function name: the suggestion comes from the module's globals.
def calculate_average(values):
    return sum(values) / len(values)
print(calculate_average([1, 2, 3]))
print(calculate_averag([4, 5]))
