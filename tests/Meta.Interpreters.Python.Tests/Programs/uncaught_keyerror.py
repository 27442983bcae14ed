d = {}
d["nope"]
