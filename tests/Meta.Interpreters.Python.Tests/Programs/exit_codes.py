import sys
try:
    sys.exit("message to stderr")
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(0)
