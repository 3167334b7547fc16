numbers = [0, 1_000, 0x_ff, 0o17, 0b101, 1.5e-3, 3j, 1_0.0_1]
strings = ['single', "double", '''triple''', r"raw\n", b"\x00bytes", rb"\d", u"unicode"]
escapes = "tab\there \N{BULLET} \u00e9 \U0001F40D \x41 \101"
joined = "implicit" "concatenation" \
    "across lines"
café = "identifiers may be Unicode"
nothing = None, True, False, ..., Ellipsis
