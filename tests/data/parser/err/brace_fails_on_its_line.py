# CPython: SyntaxError: invalid syntax (line 3)
import unittest
unittest{.main()
