"""Re-vendor the pyperformance benchmarks listed in benchmarks.txt, unmodified, from the wheel.

    python3 vendor.py [--version 1.14.0] [--wheel PATH]

Without --wheel it runs `pip download pyperformance==VERSION --no-deps` into a temporary
directory. For each benchmark named in benchmarks.txt it copies every file of
`pyperformance/data-files/benchmarks/bm_<name>/` out of the wheel into `bm_<name>/` here, after
checking each file's sha256 against the wheel's RECORD; it copies the package's license
(licenses/COPYING) to COPYING, and writes SHA256SUMS (`sha256sum -c SHA256SUMS` format), which
`cargo xtask bench programs` checks before running anything, so an edited benchmark is refused.
"""

import argparse
import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "pyperformance/data-files/benchmarks/"


def names():
    with open(os.path.join(HERE, "benchmarks.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if line:
                yield line[0]


def record_hashes(wheel):
    """RECORD's `path -> sha256 hex digest`."""
    record = next(n for n in wheel.namelist() if n.endswith(".dist-info/RECORD"))
    hashes = {}
    for line in wheel.read(record).decode().splitlines():
        path, digest, _size = line.rsplit(",", 2)
        if digest.startswith("sha256="):
            raw = base64.urlsafe_b64decode(digest[len("sha256="):] + "==")
            hashes[path] = raw.hex()
    return hashes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--version", default="1.14.0")
    parser.add_argument("--wheel")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel_path = args.wheel
        if wheel_path is None:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                 "-d", tmp, "pyperformance==" + args.version],
                check=True,
            )
            wheel_path = os.path.join(tmp, "pyperformance-%s-py3-none-any.whl" % args.version)
        with zipfile.ZipFile(wheel_path) as wheel:
            hashes = record_hashes(wheel)
            sums = []
            for name in names():
                folder = "bm_" + name
                members = sorted(n for n in wheel.namelist() if n.startswith(PREFIX + folder + "/"))
                if not members:
                    sys.exit("vendor.py: no benchmark %s in %s" % (folder, wheel_path))
                shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
                for member in members:
                    data = wheel.read(member)
                    digest = hashlib.sha256(data).hexdigest()
                    if hashes.get(member) != digest:
                        sys.exit("vendor.py: %s does not match the wheel's RECORD" % member)
                    rel = member[len(PREFIX):]
                    os.makedirs(os.path.dirname(os.path.join(HERE, rel)), exist_ok=True)
                    with open(os.path.join(HERE, rel), "wb") as f:
                        f.write(data)
                    sums.append("%s  %s\n" % (digest, rel))
            license = next(n for n in wheel.namelist() if n.endswith(".dist-info/licenses/COPYING"))
            with open(os.path.join(HERE, "COPYING"), "wb") as f:
                f.write(wheel.read(license))
    with open(os.path.join(HERE, "SHA256SUMS"), "w", encoding="utf-8") as f:
        f.writelines(sums)
    print("vendored %d files of pyperformance %s" % (len(sums), args.version))


if __name__ == "__main__":
    main()
