# An event dispatcher: decorator-based registration, priorities, **kwargs payloads, exceptions isolated per handler.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []

    def on(self, event, priority=0):
        def register(func):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), func))
            self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return func
        return register

    def emit(self, event, **payload):
        results = []
        for priority, _, handler in self.handlers.get(event, []):
            try:
                result = handler(**payload)
            except StopPropagation as stop:
                results.append(f"{handler.__name__} stopped: {stop}")
                break
            except Exception as e:
                self.errors.append((event, handler.__name__, f"{type(e).__name__}: {e}"))
                continue
            results.append(result)
        return results

class StopPropagation(Exception):
    pass

bus = EventBus()

@bus.on("login", priority=10)
def audit(user, **extra):
    return f"audit {user} {sorted(extra)}"

@bus.on("login")
def greet(user, **extra):
    return f"welcome {user}"

@bus.on("login", priority=5)
def check_banned(user, **extra):
    if user == "mallory":
        raise StopPropagation("banned user")
    return "not banned"

@bus.on("purchase")
def charge(user, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"charged {user} {amount:.2f}"

@bus.on("purchase")
def receipt(user, amount, currency="EUR"):
    return f"receipt for {user}: {amount} {currency}"

print(bus.emit("login", user="alice", ip="10.0.0.1", agent="cli"))
print(bus.emit("login", user="mallory"))
print(bus.emit("purchase", user="bob", amount=12.5))
print(bus.emit("purchase", user="bob", amount=-1))
print(bus.emit("purchase", user="bob"))
print(bus.emit("logout", user="alice"))
for err in bus.errors:
    print("error:", err)
print({event: [h[2].__name__ for h in hs] for event, hs in bus.handlers.items()})
print(greet(user="direct call still works"))
