print("ready", flush=True)
try:
    while True:
        pass
finally:
    print("finally ran", flush=True)
