import time

t = time.gmtime(0)
print(t)
print(tuple(t), t.tm_year, t.tm_yday, t[6], len(t))
print(time.gmtime(1700000000.9))
print(time.gmtime(-86400))
print(time.asctime(time.gmtime(0)), "|", time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", time.gmtime(1234567890)))
print(time.strftime("%A %B %d %y %I %p", (2021, 12, 25, 18, 30, 0, 5, 359, 0)))
print(time.strftime("", time.gmtime(0)) == "")
st = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, -1))
print(st, st.tm_mon, st.tm_wday)
lt = time.localtime(1700000000)
print(type(lt).__name__, time.mktime(lt) == 1700000000.0)
print(time.mktime(time.localtime(0)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), type(time.tzname).__name__, len(time.tzname))
print(time.thread_time() >= 0, time.thread_time_ns() >= 0, time.monotonic_ns() > 0, time.perf_counter_ns() > 0, time.process_time() >= 0)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError", e)
try:
    time.asctime((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(time.struct_time.n_sequence_fields, time.struct_time.__name__)
