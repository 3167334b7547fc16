"""CPython's side of `cargo xtask conformance` (embedded in xtask, run with the real python3).

Reads file paths on stdin, one a line. Mode `verdicts` (the default) writes one line per file:

    T<TAB>sha1 | E<TAB>tokenize error      then <TAB>
    A<TAB><TAB>0<TAB> | R<TAB>class<TAB>line<TAB>message | C<TAB>class<TAB>0<TAB>message

the sha1 being that of the normalized token text (see token_text), A/R whether
compile(..., PyCF_ONLY_AST) accepts the file, C an interpreter failure (RecursionError...).
Mode `tokens` writes, per file, a line with a count N (or -1 and the error) and then the N
lines of the normalized token text.
"""
import ast
import hashlib
import io
import sys
import tokenize
import warnings

warnings.simplefilter("ignore")


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def clean(s):
    return " ".join(str(s).split("\t")).replace("\n", " ").replace("\r", " ")


def merged_tokens(data):
    """tokenize's tokens, with one deviation from the C tokenizer undone: its NAME pattern is
    `\\w+`, which stops at combining marks (category Mn/Mc) that identifiers may contain, leaving
    NAME, ERRORTOKEN, NAME pieces; adjacent pieces that together form an identifier are merged."""
    toks = []
    for tok in tokenize.tokenize(io.BytesIO(data).readline):
        if toks and tok.type in (tokenize.NAME, tokenize.ERRORTOKEN):
            prev = toks[-1]
            if (prev[0] == tokenize.NAME and prev[2] == tok.start
                    and (prev[3] + tok.string).isidentifier()):
                toks[-1] = (tokenize.NAME, prev[1], tok.end, prev[3] + tok.string)
                continue
        toks.append((tok.type, tok.start, tok.end, tok.string))
    return toks


def token_text(data):
    """One line per token, `TYPE sl,sc el,ec text`, tokenize's own positions; ENCODING and the
    empty NEWLINE/NL tokens are left out (the comparison side documents why)."""
    out = []
    for kind, start, end, string in merged_tokens(data):
        if kind == tokenize.ENCODING:
            continue
        if kind in (tokenize.NEWLINE, tokenize.NL) and string == "":
            continue
        out.append("%s %d,%d %d,%d %s\n" % (tokenize.tok_name[kind], start[0], start[1],
                                              end[0], end[1], esc(string)))
    return "".join(out)


def verdict(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        digest = hashlib.sha1(token_text(data).encode("utf-8", "surrogatepass")).hexdigest()
        tok = "T\t" + digest
    except Exception as e:  # TokenError, IndentationError, SyntaxError, UnicodeDecodeError
        tok = "E\t" + clean("%s: %s" % (type(e).__name__, e))
    try:
        compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        parse = "A\t\t0\t"
    except SyntaxError as e:
        parse = "R\t%s\t%d\t%s" % (type(e).__name__, e.lineno or 0, clean(e.msg))
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        parse = "C\t%s\t0\t%s" % (type(e).__name__, clean(e))
    return tok + "\t" + parse


def tokens(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = token_text(data)
    except Exception as e:
        return "-1 " + clean("%s: %s" % (type(e).__name__, e)) + "\n"
    return "%d\n%s" % (text.count("\n"), text)


def main():
    sys.setrecursionlimit(20000)
    mode = sys.argv[1] if len(sys.argv) > 1 else "verdicts"
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        if mode == "tokens":
            out.write(tokens(path))
        else:
            out.write(verdict(path) + "\n")
    out.flush()


main()
