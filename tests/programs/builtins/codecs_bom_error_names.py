# Errors of the BOM-writing UTF codecs name the codec asked for ('utf-16', 'utf-32'),
# with an error handler as without one.
import codecs

codecs.register_error("test.bytes1", lambda e: (b"\x01", e.end))
codecs.register_error("test.nonascii", lambda e: ("\xe9", e.end))
codecs.register_error("test.record", lambda e: (print(e.encoding, e.start, e.end, e.reason) or "?", e.end))

for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8"]:
    for errors in ["strict", "test.bytes1", "test.nonascii"]:
        try:
            print(enc, errors, "a\udc80b".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, e.encoding, e.start, e.end, e)
    print(enc, "a\udc80b\udc81".encode(enc, "test.record"))
    print(enc, "a\udc80".encode(enc, "surrogatepass"))
