# String and bytes literals: quotes, escapes, raw strings, implicit concatenation, triple quotes.
print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', "both ' and \"", 'esc \' quote')
print("tab\there", "new\nline", "back\\slash", "bell\a".encode(), "nul\0".encode(), "\x41\101\u0042\U00000043")
print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", len("\N{SNOWMAN}"))
print(r"raw \n stays", R"\d+", r"\\", r'\'', len(r"\n"))
print("implicit" " concatenation" ' across' """ quote kinds""")
print("parenthesized "
      "multi-line "
      "concatenation")
s = """first line
  second line, indented
last line"""
print(s.splitlines(), len(s))
print("""\
no leading newline""")
print("line continuation \
inside a string")
print(b"bytes", B"upper B", rb"raw \n bytes", br"\x00", b"\x00\xff"[1], b"\101")
print(len("\u00e9"), len("é"), "é" == "\xe9", "e\u0301" == "é")
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\n\t\\"), repr("\x7f\x80"), repr("\u200b"))
print(u"u prefix", U"U prefix")
print(f"{'f'}" "plain" f"{1 + 1}")
print(type(b"" b"x").__name__, b"a" b"b")
print("a" "" "b", "" == "" "")
print("\
")
print(repr("\r\n"), repr("\v\f"), "\'", "\"")
