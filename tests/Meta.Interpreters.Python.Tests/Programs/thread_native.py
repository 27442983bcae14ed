# _thread natively and threading on top of it: locks, RLocks, threads taking turns under the GIL
# whenever they block, joins, thread identities.
import _thread
import threading
import time

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('inside', lock.locked())
print(type(lock).__name__, _thread.LockType is type(lock), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1000)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(e)

results = []
guard = threading.Lock()
def work(n):
    for i in range(3):
        with guard:
            results.append((n, i))
        time.sleep(0.001)
threads = [threading.Thread(target=work, args=(n,), name='worker-%d' % n) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results) == [(n, i) for n in range(3) for i in range(3)], [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
ident = []
t = threading.Thread(target=lambda: ident.append(threading.get_ident()))
t.start()
t.join()
print(ident[0] != threading.get_ident(), t.ident == ident[0])
event = threading.Event()
box = []
def waiter():
    event.wait()
    box.append('woken')
w = threading.Thread(target=waiter)
w.start()
time.sleep(0.01)
event.set()
w.join()
print(box)
