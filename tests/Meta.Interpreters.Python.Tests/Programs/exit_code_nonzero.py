import sys
print('partial output')
sys.exit(4)
