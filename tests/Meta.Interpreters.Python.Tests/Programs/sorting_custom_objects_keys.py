# Sorting objects by attributes with tuple keys, reversed fields and stability.
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 120), Emp("di", "ops", 95), Emp("ed", "eng", 100)]
print(sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
by_dept = {}
for e in sorted(staff, key=lambda e: e.salary, reverse=True):
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(max(staff, key=lambda e: (e.salary, e.name)), min(staff, key=lambda e: e.salary).name)
