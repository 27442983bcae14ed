# NameError for a free variable referenced before the enclosing function assigns it.
def outer():
    def inner():
        return value
    result = inner()
    value = 1
    return result
outer()
