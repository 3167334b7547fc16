# CPython: SyntaxError: invalid syntax (line 3)
from a import (
)
