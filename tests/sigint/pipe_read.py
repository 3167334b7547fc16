# os.read of a pipe nobody writes to: Ctrl-C interrupts the read (PEP 475: KeyboardInterrupt,
# not InterruptedError).
import os

r, w = os.pipe()
print("ready", flush=True)
os.read(r, 10)
