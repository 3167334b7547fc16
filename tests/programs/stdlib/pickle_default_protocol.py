# pickle at the default protocol (4: framing reads BytesIO.getbuffer()) round-trips builtins and instances.
import pickle, io
class P:
    def __init__(self): self.a = [1, (2, 3)]; self.b = {"k": None}
for x in [1, "s", [1, 2, {3: 4}], P(), list[int], {1, 2}, (1.5, b"x")]:
    y = pickle.loads(pickle.dumps(x))
    print(type(y).__name__, y if not isinstance(y, P) else vars(y))
print(bytes(io.BytesIO(b"abc").getbuffer()), io.BytesIO(b"abc").getbuffer().tolist())
