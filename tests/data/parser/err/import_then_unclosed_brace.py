# CPython: SyntaxError: invalid syntax (line 2)
import sys{
import os
