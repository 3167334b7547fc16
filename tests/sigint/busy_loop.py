import sys
print("ready", flush=True)
while True:
    pass
