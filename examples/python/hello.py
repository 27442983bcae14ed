"""A first program for metapy: python3 prints the same."""
import sys


def greet(names):
    for index, name in enumerate(names, start=1):
        print(f"{index}. Hello, {name}!")
    return len(names)


count = greet(sys.argv[1:] or ["world", "Meta"])
print(f"greeted {count} {'name' if count == 1 else 'names'}")
