# An exception escaping three frames: traceback and exit code 1.
def level3(d):
    return d["key"]
def level2(d):
    return level3(d) + 1
def level1():
    print("starting")
    return level2({"other": 1})
level1()
