# A traffic-light and vending-machine state machine: class-level constants, match on (state, event), transitions log.
class State:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

class Light:
    RED, GREEN, YELLOW = State("RED"), State("GREEN"), State("YELLOW")

def next_light(state, event):
    match (state, event):
        case (Light.RED, "timer"):
            return Light.GREEN
        case (Light.GREEN, "timer"):
            return Light.YELLOW
        case (Light.YELLOW, "timer"):
            return Light.RED
        case (_, "emergency"):
            return Light.RED
        case _:
            raise ValueError(f"no transition from {state} on {event!r}")

state = Light.RED
for event in ["timer", "timer", "emergency", "timer", "timer", "timer", "honk"]:
    try:
        new = next_light(state, event)
        print(f"{state!r:7} --{event}--> {new!r}")
        state = new
    except ValueError as e:
        print("error:", e)

class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "gum": 50}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []
    def handle(self, event, arg=None):
        match self.state, event:
            case ("idle" | "paying"), "coin" if arg in (10, 20, 50, 100):
                self.credit += arg
                self.state = "paying"
                return f"credit {self.credit}"
            case _, "coin":
                return f"rejected coin {arg}"
            case "paying", "select" if arg not in self.PRICES:
                return f"unknown item {arg}"
            case "paying", "select" if self.credit >= self.PRICES[arg]:
                change = self.credit - self.PRICES[arg]
                self.credit = 0
                self.state = "idle"
                return f"vend {arg}, change {change}"
            case "paying", "select":
                return f"need {self.PRICES[arg] - self.credit} more for {arg}"
            case "paying", "cancel":
                refund, self.credit, self.state = self.credit, 0, "idle"
                return f"refund {refund}"
            case state, event:
                return f"ignored {event} while {state}"
    def run(self, events):
        for ev in events:
            result = self.handle(*ev)
            self.log.append(result)
            print(f"{str(ev):18} {self.state:7} {result}")

vm = VendingMachine()
vm.run([("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 50), ("select", "cola"),
        ("coin", 100), ("select", "pizza"), ("cancel",), ("cancel",), ("coin", 50), ("select", "gum")])
print(len(vm.log), vm.credit)
