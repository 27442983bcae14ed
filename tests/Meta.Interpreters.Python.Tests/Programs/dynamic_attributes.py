class Config:
    pass
c = Config()
for k, v in [('host', 'localhost'), ('port', 8080)]:
    setattr(c, k, v)
print(c.host, c.port, getattr(c, 'user', 'anon'), sorted(vars(c).items()))
delattr(c, 'port')
print(hasattr(c, 'port'), [a for a in dir(c) if not a.startswith('_')])
