# CPython: cannot mix bytes and nonbytes literals
b"a" "b"
