import os, platform
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0], list(u)[0], repr(u).startswith("posix.uname_result(sysname="))
print(platform.system())
import uuid
print(uuid.UUID('12345678123456781234567812345678'))
