# CPython: only single target (not list) can be annotated
[a]: int
