# Re-raising, bare raise in nested handlers, and the handled exception after the except block.
import sys

def handler():
    try:
        raise KeyError("first")
    except KeyError:
        print("inside:", sys.exc_info()[0].__name__)
        try:
            raise ValueError("second")
        except ValueError:
            print("nested:", sys.exc_info()[0].__name__)
        print("back:", sys.exc_info()[0].__name__)
        raise
try:
    handler()
except KeyError as e:
    print("reraised", repr(e))
print("after:", sys.exc_info())

def err_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return f"NameError: {e}"
print(err_var_cleared())
