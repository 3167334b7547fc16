# binascii's uuencode and quoted-printable conversions.
import binascii

for data in [b'', b'a', b'hello world', bytes(range(45))]:
    line = binascii.b2a_uu(data)
    print(line, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(line) == data)
print(binascii.a2b_uu(b''), binascii.a2b_uu('!80  \n'), binascii.a2b_uu(b'`'))
for bad in [b'!\x7f', b'!80xx', b'X' * 46]:
    try:
        print(binascii.a2b_uu(bad))
    except binascii.Error as e:
        print('Error', e)
try:
    binascii.b2a_uu(b'x' * 46)
except binascii.Error as e:
    print('Error', e)
samples = [b'plain text', b'caf\xe9 = ok', b'trailing space \nnext', b'tab\there\t',
           b'.\n.', b'a_b c', b'x' * 100, b'line1\r\nline2 \r\n', b'\x00\x01\xff',
           b'=' * 30, b'y' * 75 + b'\n']
for d in samples:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        q = binascii.b2a_qp(d, **kw)
        print(kw, q, binascii.a2b_qp(q, header=kw.get('header', False)) == d)
for q in [b'=41=42', b'soft=\nbreak', b'soft=\r\nbreak', b'a==b', b'=zz', b'=4', b'x=', b'a_b']:
    print(q, binascii.a2b_qp(q), binascii.a2b_qp(q, True), binascii.a2b_qp(q.decode()))
