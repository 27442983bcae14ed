# A state machine for an elevator processing requests, using a dict of transition handlers.
class Elevator:
    def __init__(self):
        self.floor, self.state, self.queue, self.log = 0, "idle", [], []
    def request(self, floor):
        if floor not in self.queue and floor != self.floor:
            self.queue.append(floor)
    def tick(self):
        handler = {"idle": self.on_idle, "moving": self.on_moving, "doors": self.on_doors}[self.state]
        handler()
        self.log.append((self.state, self.floor))
    def on_idle(self):
        if self.queue:
            self.state = "moving"
    def on_moving(self):
        target = self.queue[0]
        self.floor += 1 if target > self.floor else -1
        if self.floor == target:
            self.queue.pop(0)
            self.state = "doors"
    def on_doors(self):
        self.state = "moving" if self.queue else "idle"
e = Elevator()
for f in [3, 1, 3, 5]:
    e.request(f)
for _ in range(14):
    e.tick()
print(e.log)
print(e.floor, e.state, e.queue)
