# A small CSV parser handling quotes and escaped quotes, then aggregation.
raw = '''name,city,amount
"Smith, J",Boston,10.5
Lee,"New ""York""",3
Kim,Boston,7.25
'''
def parse_line(line):
    fields, field, quoted, i = [], "", False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"' and i + 1 < len(line) and line[i + 1] == '"':
                field += '"'; i += 1
            elif c == '"':
                quoted = False
            else:
                field += c
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append(field); field = ""
        else:
            field += c
        i += 1
    fields.append(field)
    return fields
rows = [parse_line(l) for l in raw.strip().splitlines()]
header, body = rows[0], rows[1:]
records = [dict(zip(header, r)) for r in body]
print(records)
by_city = {}
for r in records:
    by_city[r["city"]] = by_city.get(r["city"], 0) + float(r["amount"])
print(by_city)
