"""CPython's side of `cargo xtask conformance` (embedded in xtask, run with the real python3).

Reads file paths on stdin, one a line. Mode `verdicts` (the default) writes one line per file:

    T<TAB>sha1 | E<TAB>tokenize error      then <TAB>
    A<TAB><TAB>0<TAB> | R<TAB>class<TAB>line<TAB>message | C<TAB>class<TAB>0<TAB>message
    then, with the argument `ast`: <TAB>sha1 | <TAB>!error | <TAB> (not accepted)
    then, with the argument `symtable`: <TAB>sha1 | <TAB>!Class line message | <TAB> (not accepted)
    then, with the argument `code` (implies `symtable`): <TAB>sha1 of code_text | <TAB>!Class
    line message | <TAB> (not accepted)

the sha1 being that of the normalized token text (see token_text), A/R whether
compile(..., PyCF_ONLY_AST) accepts the file, C an interpreter failure (RecursionError...),
the next sha1 that of `ast.dump(tree, include_attributes=True)` (see dump_attributes), the
last that of the symbol table's text (see symtable_text) or the exception symtable raised.
Mode `tokens` writes, per file, a line with a count N (or -1 and the error) and then the N
lines of the normalized token text. Mode `ast` writes, per file, the same count-and-lines form of
`ast.dump(tree, include_attributes=True, indent=1)` (or -1 and the error), mode `symtable` that
of symtable_text (or -1 and the error as `Class line message`), mode `code` that of code_text.
"""
import _symtable
import ast
import hashlib
import io
import sys
import tokenize
import types
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


_ATTRIBUTES = ("lineno", "col_offset", "end_lineno", "end_col_offset")
_dumpers = {}


def _dump_value(v):
    f = _dumpers.get(type(v))
    if f is not None:
        return f(v)
    if type(v) is list:
        return "[" + ", ".join([_dump_value(x) for x in v]) + "]"
    if isinstance(v, ast.AST):
        return _make_dumper(type(v))(v)
    return repr(v)


def _make_dumper(cls):
    """Writes (and caches) the function that prints a node of `cls` as ast.dump(node,
    include_attributes=True) does: `Class(name=value, ...)`, fields then attributes, optional
    ones (whose class attribute is None) left out when None. The common case, no optional field
    None, is a single %-format; else a general path. (Without indent, dump()'s line-breaking rules
    do not change the text.)"""
    names = list(cls._fields) + list(cls._attributes)
    optional = [n for n in names if getattr(cls, n, ...) is None]
    fmt = cls.__name__ + "(" + ", ".join(
        n + ("=%d" if n in _ATTRIBUTES else "=%s") for n in names) + ")"
    args = "".join(("n.%s, " if n in _ATTRIBUTES else "V(n.%s), ") % n for n in names)
    cond = " and ".join("n.%s is not None" % n for n in optional) or "True"
    src = ("def d(n, V=V):\n"
           "    if %s:\n"
           "        return %r %% (%s)\n"
           "    parts = []\n"
           "    for name in NAMES:\n"
           "        v = getattr(n, name)\n"
           "        if v is None and name in OPTIONAL:\n"
           "            continue\n"
           "        parts.append(name + '=' + V(v))\n"
           "    return %r + ', '.join(parts) + ')'\n") % (cond, fmt, args, cls.__name__ + "(")
    ns = {"V": _dump_value, "NAMES": names, "OPTIONAL": frozenset(optional)}
    exec(src, ns)
    _dumpers[cls] = ns["d"]
    return ns["d"]


def dump_attributes(tree):
    """`ast.dump(tree, include_attributes=True)`, the same text, 1.7 times faster (the dump costs
    more than the parse); checked equal to ast.dump on every accepted file of the corpus."""
    return _dump_value(tree)


_SYMTABLE_FLAGS = ((1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"),
                   (16, "USE"), (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"),
                   (256, "DEF_ANNOT"), (512, "DEF_COMP_ITER"))
_SCOPES = ("-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL")
_BLOCK_TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class",
                _symtable.TYPE_MODULE: "module"}


def _symtable_block(t, indent, out):
    out.append("%s%s %s line %d%s%s\n" % (
        indent, _BLOCK_TYPES.get(t.type, "annotation"), t.name, t.lineno,
        " optimized" if t.type == _symtable.TYPE_FUNCTION else "", " nested" if t.nested else ""))
    symbols = t.symbols
    for name in sorted(symbols):
        v = symbols[name]
        flags = "|".join([n for b, n in _SYMTABLE_FLAGS if v & b]) or "0"
        out.append("%s  %s %s %s\n" % (indent, name, flags, _SCOPES[(v >> 11) & 15]))
    for c in t.children:
        _symtable_block(c, indent + "  ", out)


def symtable_text(data, path):
    """The symbol table of `symtable.symtable(source, path, "exec")` as text: per block (depth
    first, children in order), `type name line N [optimized] [nested]`, then one line per symbol
    sorted by name, `name FLAG|FLAG... SCOPE` (the raw flags word: every Symbol.is_*() follows from
    it), indented two spaces a level. taipan_codegen::symtable::dump writes the same."""
    out = []
    _symtable_block(_symtable.symtable(data, path, "exec"), "", out)
    return "".join(out)


def symtable_error(e):
    return "%s %d %s" % (type(e).__name__, getattr(e, "lineno", 0) or 0, clean(getattr(e, "msg", e)))


def _code_preorder(code, out):
    out.append(code)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            _code_preorder(c, out)
    return out


def _const_text(k):
    """repr(k), with a frozenset's items sorted by their text (string hashing makes its order
    differ between processes)."""
    if isinstance(k, frozenset):
        return "frozenset({%s})" % ", ".join(sorted(_const_text(x) for x in k)) if k else "frozenset()"
    if isinstance(k, tuple):
        items = [_const_text(x) for x in k]
        return "(%s)" % (items[0] + "," if len(items) == 1 else ", ".join(items))
    return repr(k)


def code_text(data, path):
    """What compile(data, path, "exec") makes, as text: per code object in pre-order,
    `== N qualname`, name, firstlineno, `args argcount posonly kwonly`, flags and stacksize,
    `local NAME KIND` per local-plus slot (0x20 local, 0x40 cell, 0x80 free), `const repr`
    (`<code N>` for code objects; frozensets sorted), `name NAME`, then co_code, co_linetable and
    co_exceptiontable in hex. taipan_codegen::dump::code_facts writes the same."""
    top = compile(data, path, "exec", dont_inherit=True)
    codes = _code_preorder(top, [])
    index = {id(c): i for i, c in enumerate(codes)}
    out = []
    for i, c in enumerate(codes):
        out.append("== %d %s\n" % (i, c.co_qualname))
        out.append("name %s\n" % c.co_name)
        out.append("firstlineno %d\n" % c.co_firstlineno)
        out.append("args %d %d %d\n" % (c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount))
        out.append("flags %#x\n" % c.co_flags)
        out.append("stacksize %d\n" % c.co_stacksize)
        for n in c.co_varnames:
            out.append("local %s %#04x\n" % (n, 0x60 if n in c.co_cellvars else 0x20))
        for n in c.co_cellvars:
            if n not in c.co_varnames:
                out.append("local %s 0x40\n" % n)
        for n in c.co_freevars:
            out.append("local %s 0x80\n" % n)
        for k in c.co_consts:
            if isinstance(k, types.CodeType):
                out.append("const <code %d>\n" % index[id(k)])
            else:
                out.append("const %s\n" % _const_text(k))
        for n in c.co_names:
            out.append("name %s\n" % n)
        out.append("code %s\n" % c.co_code.hex())
        out.append("linetable %s\n" % c.co_linetable.hex())
        out.append("exceptiontable %s\n" % c.co_exceptiontable.hex())
    return "".join(out)


def code_file(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = code_text(data, path)
    except Exception as e:
        return "-1 " + symtable_error(e) + "\n"
    return "%d\n%s" % (text.count("\n"), text)


def verdict(path, with_ast, with_symtable, with_code=False):
    with open(path, "rb") as f:
        data = f.read()
    try:
        digest = hashlib.sha1(token_text(data).encode("utf-8", "surrogatepass")).hexdigest()
        tok = "T\t" + digest
    except Exception as e:  # TokenError, IndentationError, SyntaxError, UnicodeDecodeError
        tok = "E\t" + clean("%s: %s" % (type(e).__name__, e))
    tree = None
    try:
        tree = compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        parse = "A\t\t0\t"
    except SyntaxError as e:
        parse = "R\t%s\t%d\t%s" % (type(e).__name__, e.lineno or 0, clean(e.msg))
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        parse = "C\t%s\t0\t%s" % (type(e).__name__, clean(e))
    if not (with_ast or with_symtable):
        return tok + "\t" + parse
    dump = ""
    if tree is not None and with_ast:
        try:
            text = dump_attributes(tree)
            dump = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        except Exception as e:  # RecursionError
            dump = "!" + clean("%s: %s" % (type(e).__name__, e))
    if not with_symtable:
        return tok + "\t" + parse + "\t" + dump
    table = ""
    if tree is not None:
        try:
            text = symtable_text(data, path)
            table = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        except Exception as e:  # SyntaxError, RecursionError
            table = "!" + symtable_error(e)
    if not with_code:
        return tok + "\t" + parse + "\t" + dump + "\t" + table
    code = ""
    if tree is not None:
        try:
            text = code_text(data, path)
            code = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        except Exception as e:  # SyntaxError, RecursionError
            code = "!" + symtable_error(e)
    return tok + "\t" + parse + "\t" + dump + "\t" + table + "\t" + code


def symtable_file(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = symtable_text(data, path)
    except Exception as e:
        return "-1 " + symtable_error(e) + "\n"
    return "%d\n%s" % (text.count("\n"), text)


def ast_text(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        text = ast.dump(tree, include_attributes=True, indent=1) + "\n"
    except Exception as e:
        return "-1 " + clean("%s: %s" % (type(e).__name__, e)) + "\n"
    return "%d\n%s" % (text.count("\n"), text)


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
    with_ast = "ast" in sys.argv[2:]
    with_code = "code" in sys.argv[2:]
    with_symtable = "symtable" in sys.argv[2:] or with_code
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        if mode == "tokens":
            out.write(tokens(path))
        elif mode == "ast":
            out.write(ast_text(path))
        elif mode == "symtable":
            out.write(symtable_file(path))
        elif mode == "code":
            out.write(code_file(path))
        else:
            out.write(verdict(path, with_ast, with_symtable, with_code) + "\n")
    out.flush()


main()
