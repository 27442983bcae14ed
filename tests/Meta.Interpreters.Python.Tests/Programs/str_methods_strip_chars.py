# strip/lstrip/rstrip with character sets, removeprefix versus lstrip, and whitespace kinds.
print("xxyhelloyxx".strip("xy"), "www.site.com".lstrip("w."), "file.txt.bak".rstrip(".bak"), "file.txt.bak".removesuffix(".bak"))
print(repr("\t\n hi \r\x0b\x0c".strip()), repr("\u00a0nbsp\u00a0".strip()), repr("\u2003em\u2003".strip()))
print("abcabc".lstrip("cba"), "abc".strip(""), "  ".strip() == "", "aaa".rstrip("a") == "")
print("prefix_prefix_x".removeprefix("prefix_"), "prefix_prefix_x".lstrip("prefix_"))
