# SystemExit with a string: printed to stderr, exit code 1.
import sys
print("about to exit")
sys.exit("fatal: configuration missing")
