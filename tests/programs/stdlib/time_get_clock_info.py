# time.get_clock_info: a namespace describing each clock (asyncio's event loop reads the
# monotonic clock's resolution).
import time

for n in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    print(n, time.get_clock_info(n))
try:
    time.get_clock_info("x")
except ValueError as e:
    print("ValueError", e)
