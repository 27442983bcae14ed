stack = []
for c in "([]{()})":
    if c in "([{":
        stack.append(c)
    else:
        top = stack.pop()
        assert "([{".index(top) == ")]}".index(c)
print("balanced", not stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "(]", "([{}])", "((", ""]])
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x < 3:
        queue.append(x + 10)
print(order)
