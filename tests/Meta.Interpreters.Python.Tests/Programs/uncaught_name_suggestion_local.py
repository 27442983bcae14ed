# A misspelled local name: CPython suggests the closest variable of the frame.
def total_price(items):
    subtotal = sum(items)
    return subtotl * 1.2
print(total_price([1, 2]))
