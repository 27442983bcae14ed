import sys
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"), sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write("written\n")
print(sys.maxsize, type(sys.path).__name__, sys.version_info[0], sys.version_info[1])
