# The utf-7 codec: direct characters, shift sequences, surrogate pairs, errors, and the
# incremental decoder's consumed count.
import codecs

for s in ['Hello', 'A+B', 'a\u20acb', '~\\', '\U0001f600x-', 'a\ud800b', '\x00\x7f',
          ''.join(chr(c) for c in range(128))]:
    e = s.encode('utf-7')
    print(repr(s), e, e.decode('utf-7') == s)
for b in [b'+', b'+A', b'+AG', b'+AGE', b'a+2D3-b', b'+2D3YAA-', b'+\xff', b'+!', b'\xffa',
          b'+AGEAYgBj', b'+AGEAYgBj-x', b'+-']:
    for final in (False, True):
        try:
            print(b, final, codecs.utf_7_decode(b, 'replace', final))
        except UnicodeDecodeError as e:
            print(b, final, e)
for b in [b'a+2D3-b', b'\xff', b'+AG', b'+!']:
    try:
        b.decode('utf-7')
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
print(b'a\xffb+AGE'.decode('utf-7', 'ignore'), b'\xff'.decode('utf7', 'backslashreplace'))
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+AGEAYgBj-b'], d.decode(b'', True))
print(codecs.lookup('UTF7').name, codecs.utf_7_encode('a+b'))
