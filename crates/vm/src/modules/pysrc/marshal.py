"""This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.
"""
# taipan's marshal: importlib needs the module to exist; taipan writes and reads no .pyc
# files, so code objects are not marshalled. The other values use CPython's format
# (version 4, without back-references when writing).

version = 4

_NULL, _NONE, _FALSE, _TRUE, _STOP, _ELLIPSIS = b'0', b'N', b'F', b'T', b'S', b'.'


def _w_long(n):
    return (n & 0xFFFFFFFF).to_bytes(4, 'little')


def _dump(v, out):
    t = type(v)
    if v is None:
        out.append(_NONE)
    elif v is False:
        out.append(_FALSE)
    elif v is True:
        out.append(_TRUE)
    elif v is StopIteration:
        out.append(_STOP)
    elif v is Ellipsis:
        out.append(_ELLIPSIS)
    elif t is int:
        if -2**31 <= v < 2**31:
            out.append(b'i' + _w_long(v))
        else:
            sign = -1 if v < 0 else 1
            m = abs(v)
            digits = []
            while m:
                digits.append(m & 0x7FFF)
                m >>= 15
            out.append(b'l' + _w_long(sign * len(digits)))
            out.append(b''.join(d.to_bytes(2, 'little') for d in digits))
    elif t is float:
        import _struct
        out.append(b'g' + _struct.pack('<d', v))
    elif t is complex:
        import _struct
        out.append(b'y' + _struct.pack('<dd', v.real, v.imag))
    elif t is str:
        b = v.encode('utf-8', 'surrogatepass')
        if v.isascii() and len(b) < 256:
            out.append(b'z' + bytes([len(b)]) + b)
        else:
            out.append(b'u' + _w_long(len(b)) + b)
    elif t is bytes or t is bytearray:
        out.append(b's' + _w_long(len(v)) + bytes(v))
    elif t is tuple:
        if len(v) < 256:
            out.append(b')' + bytes([len(v)]))
        else:
            out.append(b'(' + _w_long(len(v)))
        for x in v:
            _dump(x, out)
    elif t is list:
        out.append(b'[' + _w_long(len(v)))
        for x in v:
            _dump(x, out)
    elif t is dict:
        out.append(b'{')
        for k, x in v.items():
            _dump(k, out)
            _dump(x, out)
        out.append(_NULL)
    elif t is set or t is frozenset:
        out.append((b'<' if t is set else b'>') + _w_long(len(v)))
        for x in v:
            _dump(x, out)
    else:
        raise ValueError('unmarshallable object')


def dumps(value, version=version, /):
    out = []
    _dump(value, out)
    return b''.join(out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError('EOF read where object expected')
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def long(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def load(self):
        code = self.take(1)[0]
        flag = code & 0x80
        t = chr(code & 0x7F)
        idx = None
        if flag and t in '([{<>':
            idx = len(self.refs)
            self.refs.append(None)
        v = self._load(t, idx)
        if flag and idx is None:
            self.refs.append(v)
        return v

    def _load(self, t, idx):
        import _struct
        if t == 'N':
            return None
        if t == 'F':
            return False
        if t == 'T':
            return True
        if t == 'S':
            return StopIteration
        if t == '.':
            return Ellipsis
        if t == 'i':
            return self.long()
        if t == 'l':
            n = self.long()
            m = 0
            for k in range(abs(n)):
                m |= int.from_bytes(self.take(2), 'little') << (15 * k)
            return -m if n < 0 else m
        if t == 'g':
            return _struct.unpack('<d', self.take(8))[0]
        if t == 'y':
            return complex(*_struct.unpack('<dd', self.take(16)))
        if t in 'zZ':
            return self.take(self.take(1)[0]).decode('latin-1')
        if t in 'aAt':
            return self.take(self.long()).decode('latin-1')
        if t == 'u':
            return self.take(self.long()).decode('utf-8', 'surrogatepass')
        if t == 's':
            return bytes(self.take(self.long()))
        if t in ')(':
            n = self.take(1)[0] if t == ')' else self.long()
            v = tuple(self.load() for _ in range(n))
        elif t == '[':
            v = []
            if idx is not None:
                self.refs[idx] = v
            for _ in range(self.long()):
                v.append(self.load())
        elif t == '{':
            v = {}
            if idx is not None:
                self.refs[idx] = v
            while self.data[self.pos:self.pos + 1] != b'0':
                k = self.load()
                v[k] = self.load()
            self.pos += 1
        elif t in '<>':
            n = self.long()
            items = [self.load() for _ in range(n)]
            v = set(items) if t == '<' else frozenset(items)
        elif t == 'r':
            return self.refs[self.long()]
        else:
            raise ValueError('bad marshal data (unknown type code)')
        if idx is not None:
            self.refs[idx] = v
        return v


def loads(bytes, /):
    return _Reader(memoryview(bytes).tobytes()).load()


def load(file, /):
    r = _Reader(file.read())
    v = r.load()
    return v
