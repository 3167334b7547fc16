# subprocess: run/Popen/communicate/check_output with pipes, text mode, input, env, cwd,
# return codes, timeouts and a missing program.
import subprocess, sys
r = subprocess.run(["/bin/echo", "hello", "world"], capture_output=True, text=True)
print(repr(r.stdout), r.returncode, repr(r.stderr))
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"piped input\n" * 3)
print(out, err, p.returncode)
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
r = subprocess.run("echo $FOO", shell=True, env={"FOO": "bar"}, stdout=subprocess.PIPE)
print(r.stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True).stdout)
print(subprocess.getoutput("echo x; exit 1"), subprocess.getstatusoutput("exit 4"))
r = subprocess.run(["cat"], input="text in", capture_output=True, text=True)
print(r.stdout, r)
