# shlex (split, quote, join) and difflib (SequenceMatcher, unified_diff, get_close_matches)
import difflib
import shlex

print(shlex.split("a 'b c' \"d e\" f\\ g # not a comment"))
print(shlex.split("a # comment", comments=True))
print(shlex.quote("it's"), shlex.quote("safe"), shlex.quote(""), shlex.join(["a b", "c"]))
try:
    shlex.split("'unterminated")
except ValueError as e:
    print("ValueError", e)
lex = shlex.shlex("x = 1 + y", punctuation_chars=True)
print(list(lex))

a = "one two three four".split()
b = "one three four five".split()
sm = difflib.SequenceMatcher(None, a, b)
print(sm.ratio(), sm.get_opcodes())
print(list(difflib.unified_diff(a, b, "a", "b", lineterm="")))
print(list(difflib.ndiff(["abc\n"], ["abd\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.context_diff(["x\n", "y\n"], ["x\n", "z\n"], "l", "r")))
