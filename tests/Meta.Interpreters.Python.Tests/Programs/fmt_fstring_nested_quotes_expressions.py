# f-strings with method calls, indexing, conditional expressions, lambdas in parentheses and dict access.
user = {"name": "ada", "langs": ["py", "c"], "age": 36}
print(f"{user['name'].title()} knows {len(user['langs'])} languages: {', '.join(user['langs'])}")
print(f"{'adult' if user['age'] >= 18 else 'minor'} | {(lambda x: x * 2)(21)} | {[i ** 2 for i in range(4)]}")
print(f"{user!r:.20}...", f"{3.14159:{'.'}{'3'}f}", f"{'right':>{2 * 5}}", f"{12:#x}{'-'*3}{0b11}")
width = 8
for label, value in [("alpha", 1.5), ("beta", 22.25)]:
    print(f"{label:<{width}}|{value:>{width}.2f}|{value * 100:>{width}.0f}%")
