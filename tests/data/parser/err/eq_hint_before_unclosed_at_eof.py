# CPython: SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (line 3)
if __name__ == "__main__":
    unittest.main( (verbosity=2)
