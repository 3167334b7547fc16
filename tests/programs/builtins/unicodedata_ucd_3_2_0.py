# unicodedata.ucd_3_2_0: the Unicode 3.2.0 database (IDNA, stringprep), and normalization
# leaving code points unassigned in the database alone.
import unicodedata
from unicodedata import ucd_3_2_0 as old

print(old.unidata_version, unicodedata.unidata_version)
print(type(old).__name__, type(old).__module__, type(old) is unicodedata.UCD)
try:
    unicodedata.UCD()
except TypeError as e:
    print(type(e).__name__, e)

# Code points whose properties changed since 3.2.0, and ones assigned after it.
for cp in [0x41, 0xB2, 0x1369, 0x2070, 0x0F3A, 0x0221, 0x0234, 0x20B0, 0x1FBF7, 0xE0100,
           0x1F600, 0x9FA6, 0x0558, 0x2F868, 0x00AD, 0x200B, 0x3000, 0xFF21, 0x1D7CE]:
    c = chr(cp)
    for db in (old, unicodedata):
        print(hex(cp), db.unidata_version, db.category(c), repr(db.bidirectional(c)),
              db.combining(c), db.east_asian_width(c), db.mirrored(c),
              repr(db.decomposition(c)), db.decimal(c, None), db.digit(c, None),
              db.numeric(c, None), db.name(c, None))

for name in ["LATIN CAPITAL LETTER A", "GRINNING FACE", "DIGIT SEVEN"]:
    for db in (old, unicodedata):
        try:
            print(name, ascii(db.lookup(name)))
        except KeyError as e:
            print(name, type(e).__name__, e)

texts = ['\u0041\u030a\u0323', 'e\u0301\u0327', '\u1100\u1161\u11a8', '\ufb01', 'A\u0308\u0304',
         '\u0f71\u0f72', '\u0b47\u0b3e', chr(0x2f868) + chr(0x2f874) + chr(0x2f91f),
         'a\u0558b', '\u1e9b\u0323', 'Ko\u0308ln \u2460 \u00bd', '\U0001d400\U0001f600']
for t in texts:
    for db in (old, unicodedata):
        print(db.unidata_version, ascii(t),
              ascii([db.normalize(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]),
              [db.is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

# stringprep and the IDNA codec are built on it.
import stringprep
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'),
      stringprep.map_table_b2('\u00c5'), stringprep.in_table_d1('\u05d0'))
print('www.Ünïcödé.example'.encode('idna'), b'xn--ncd-kla1b3d.example'.decode('idna'))
