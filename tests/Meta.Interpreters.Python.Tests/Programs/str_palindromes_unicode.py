# Palindrome checks that normalise case and skip punctuation, over several scripts.
def is_palindrome(s):
    cleaned = [c.casefold() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "Was it a car or a cat I saw?",
          "hello", "ÉtÉ", "Straße", "", "12321", "12 3 1"]:
    print(repr(s), is_palindrome(s))
