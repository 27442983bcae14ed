# _signal and select: handlers, their checks, raise_signal, select/poll on descriptors.
import signal, select, selectors, os
print(signal.getsignal(signal.SIGINT), int(signal.getsignal(signal.SIGTERM)), int(signal.getsignal(signal.SIGPIPE)), int(signal.getsignal(signal.SIGCHLD)))
print(signal.strsignal(2), signal.strsignal(15), len(signal.valid_signals()), int(signal.Signals.SIGINT), repr(signal.SIGTERM), signal.SIGINT == 2)
for args in [(99, signal.SIG_IGN), (signal.SIGKILL, signal.SIG_IGN), (2, 5)]:
    try:
        signal.signal(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KI', repr(e))
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
print(int(old), signal.getsignal(signal.SIGUSR1) is not None)
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored", int(signal.getsignal(signal.SIGINT)))
signal.signal(signal.SIGINT, signal.default_int_handler)

print(select.select([], [], [], 0), isinstance(selectors.DefaultSelector(), selectors.BaseSelector))
p = select.poll()
p.register(1, select.POLLOUT)
print(p.poll(0))
sel = selectors.PollSelector()
key = sel.register(1, selectors.EVENT_WRITE, data="out")
print(key.fd, key.events == selectors.EVENT_WRITE, [(k.data, mask) for k, mask in sel.select(0)])
sel.unregister(1)
sel.close()
print(select.select([], [1], [], 0.01)[1])
