# Case methods of str.
s = "hello World, ÄÖÜ straße"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "abc1".isalnum())
print("123".isdigit(), "12.3".isdigit(), "½".isnumeric(), "٣".isdecimal())
print("   ".isspace(), "".isspace(), "abc".isalpha(), "a b".isalpha())
print("_name".isidentifier(), "1name".isidentifier(), "class".isidentifier())
print("abc".isascii(), "é".isascii(), "abc\n".isprintable(), "abc".isprintable())
