# string: constants, Template (which compiles its pattern with re), Formatter, capwords
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
t = string.Template("$who likes ${what}; $$ is a dollar")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1").substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())

class Percent(string.Template):
    delimiter = "%"
print(Percent("%x + %{y}").substitute(x=1, y=2))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
f = string.Formatter()
print(f.format("{0} {x:>5} {1!r}", "a", "b", x=3))
print(list(f.parse("a{0}b{x:3}c")))
