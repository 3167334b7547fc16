"""CPython's side of `cargo xtask bench parse`: times `tokenize` and `ast.parse` over the files
listed (one path a line) in the file named by argv[1], best of argv[2] runs, and prints one
`name value...` line per figure.

Only the work is timed: every file is read and decoded (as the Rust side decodes it) before the
clock starts. Files on which CPython raises still count: the time until it raised is spent.
"""

import ast
import io
import sys
import time
import tokenize
import warnings


def main():
    list_path, runs = sys.argv[1], int(sys.argv[2])
    with open(list_path, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        # As the Rust side decodes: BOM and PEP 263 cookie, no newline translation.
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            sources.append(data.decode(encoding))
        except (SyntaxError, LookupError, UnicodeDecodeError):
            continue  # reported: the file counts then differ
    total = sum(len(s.encode("utf-8")) for s in sources)

    def time_tokenize():
        errors = 0
        start = time.perf_counter()
        for text in sources:
            try:
                for _ in tokenize.generate_tokens(io.StringIO(text).readline):
                    pass
            except Exception:
                errors += 1
        return time.perf_counter() - start, errors

    def time_ast():
        errors = 0
        start = time.perf_counter()
        for text in sources:
            try:
                ast.parse(text)
            except Exception:
                errors += 1
        return time.perf_counter() - start, errors

    warnings.simplefilter("ignore")
    print("files", len(sources))
    print("bytes", total)
    for name, fn in (("tokenize", time_tokenize), ("ast_parse", time_ast)):
        best, errors = min(fn() for _ in range(runs))
        print(name, best, errors, flush=True)


if __name__ == "__main__":
    main()
