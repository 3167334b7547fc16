# CPython: SyntaxError: trailing comma not allowed without surrounding parentheses (line 2)
from a import b,
