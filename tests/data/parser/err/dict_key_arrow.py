# CPython: SyntaxError: ':' expected after dictionary key (line 4)
m = {
    0x0000: 0x0000,
    0x0001-> 0x0001,
}
