import imppkg.sub.gamma
raise ValueError('broken on purpose')
