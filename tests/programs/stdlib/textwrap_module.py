# textwrap: wrap, fill, shorten, dedent, indent
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("Hello  world!", width=12))
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.indent("a\n\nb\n", "> ")))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("a-b-c-d-e-f hyphen-ated", 6))
print(textwrap.fill("tab\there", 20, expand_tabs=True, tabsize=4))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [...]")
print(w.wrap(text))
