# os.stat_result: int times in the sequence, float/ns times, st_blksize/st_blocks/st_rdev as
# named fields beyond it; getmtime/getatime; a stat_result made from a 10-sequence.
import os, stat
d = "/tmp/taipan_os_stat_%d" % os.getpid()
os.mkdir(d)
f = os.path.join(d, "f")
with open(f, "wb") as fh:
    fh.write(b"x" * 5000)
os.utime(f, ns=(1_000_000_000_123_456_789, 1_200_000_000_987_654_321))
st = os.stat(f)
print(st.st_atime, st.st_mtime, st[7], st[8], type(st.st_ctime).__name__)
print(st.st_atime_ns, st.st_mtime_ns, type(st.st_ctime_ns).__name__)
print(st.st_blksize > 0, st.st_blocks > 0, st.st_rdev, len(st), st.n_sequence_fields, st.n_fields, st.n_unnamed_fields)
print(os.path.getmtime(f), os.path.getatime(f))
print(stat.S_ISREG(st.st_mode), st.st_size, tuple(st)[6:9])
r = repr(st)
print(r[:r.index("(")], "st_atime=1000000000" in r, "st_mtime=1200000000," in r)
fake = os.stat_result(range(10))
print(fake.st_mtime, fake.st_atime_ns, fake[8])
e = next(os.scandir(d))
print(e.stat().st_mtime_ns, e.stat(follow_symlinks=False).st_mtime)
os.unlink(f)
os.rmdir(d)
