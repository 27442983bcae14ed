# A retry helper with exception filtering, attempts counting and cleanup in finally.
class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0
    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"ok after {self.calls}"
def retry(fn, attempts, retry_on=(ConnectionError,)):
    last = None
    for i in range(attempts):
        try:
            return fn()
        except retry_on as e:
            last = e
            print("retrying:", e)
        finally:
            print("attempt", i + 1, "finished")
    raise RuntimeError(f"gave up after {attempts}") from last
print(retry(Flaky(2), 5))
try:
    retry(Flaky(9), 2)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
print(issubclass(ConnectionError, OSError))
