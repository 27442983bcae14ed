# Closures: independent counters, nonlocal rebinding, shared cells between inner functions.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = start
    return inc, get, reset

inc_a, get_a, reset_a = make_counter()
inc_b, get_b, _ = make_counter(100, 10)
inc_a(); inc_a(); inc_b()
print(get_a(), get_b())
reset_a()
print(get_a(), inc_a(), get_b())
print(inc_a.__closure__ is not None, len(inc_a.__closure__), inc_a.__code__.co_freevars)
