# base64 and zipfile over binascii and zlib: encodings, a deflated archive's bytes, CRCs.
import base64, zipfile, io
print(base64.b64encode(b"hello"), base64.b64decode(b"aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16decode(b"4142"))
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020,1,1,0,0,0)), "hello zip " * 5)
    z.writestr(zipfile.ZipInfo("b.bin", (2020,1,1,0,0,0)), bytes(range(256)))
print(len(zb.getvalue()), zb.getvalue()[-22:].hex())
with zipfile.ZipFile(io.BytesIO(zb.getvalue())) as z:
    print(z.namelist(), z.read("a.txt"), z.getinfo("b.bin").CRC, z.testzip())
