# subprocess with shutil and os: Popen pipes, text communicate with a child interpreter,
# readline from a child, timeouts, call, a signalled child, shell=True.
import subprocess, shutil, os, sys
d = "/tmp/taipan_sp_%d" % os.getpid()
os.mkdir(d)
if True:
    p = os.path.join(d, "x.txt")
    with open(p, "w") as f:
        f.write("data")
    shutil.copy(p, os.path.join(d, "y.txt"))
    shutil.copystat(p, os.path.join(d, "y.txt"))
    print(sorted(os.listdir(d)), open(os.path.join(d, "y.txt")).read())
    print(subprocess.run(["ls"], cwd=d, capture_output=True, text=True).stdout)
    shutil.rmtree(d)
    print(os.path.exists(d))
p = subprocess.Popen([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("lower", timeout=10), p.returncode)
p = subprocess.Popen(["sh", "-c", "echo a; sleep 0.1; echo b"], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.read(), p.wait())
try:
    subprocess.run(["sh", "-c", "sleep 3"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("timeout", e.cmd)
print(subprocess.call(["true"]), subprocess.call(["false"]))
r = subprocess.run(["sh", "-c", "kill -9 $$"])
print(r.returncode)
print(subprocess.run("echo $0", shell=True, capture_output=True, text=True).stdout)
