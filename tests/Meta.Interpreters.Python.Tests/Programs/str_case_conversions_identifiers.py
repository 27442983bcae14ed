# Converting identifiers between snake_case, camelCase, PascalCase and kebab-case.
def words(name):
    out, cur = [], ""
    for i, ch in enumerate(name):
        if ch in "_- ":
            if cur:
                out.append(cur)
            cur = ""
        elif ch.isupper() and cur and not cur[-1].isupper():
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return [w.lower() for w in out]
for name in ["parse_http_response", "parseHttpResponse", "ParseHTTPResponse", "parse-http-response", "x"]:
    w = words(name)
    snake = "_".join(w)
    camel = w[0] + "".join(x.capitalize() for x in w[1:])
    pascal = "".join(x.capitalize() for x in w)
    kebab = "-".join(w)
    print(f"{name:22} {snake:22} {camel:20} {pascal:20} {kebab}")
