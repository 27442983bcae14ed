# An uncaught exception with an explicit cause prints both; the last line is the outer one.
class StorageError(Exception):
    pass
def load():
    try:
        open_file = {}["handle"]
    except KeyError as e:
        raise StorageError("could not load the record") from e
print("loading")
load()
