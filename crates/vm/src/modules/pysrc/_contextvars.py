"""Context Variables"""
# taipan's _contextvars (CPython's Python/context.c in Python): Context is a mapping of
# ContextVar -> value; a ContextVar's set() writes the current context in place, and
# copy_context()/Context.copy() copy the dict, which gives the copies' isolation that
# CPython's immutable HAMT gives. One interpreter thread, so the current context is a
# module global.

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_GenericAlias = type(list[int])

_NO_DEFAULT = object()


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _MissingType()


class Context:
    __slots__ = ('_data', '_prev', '_entered')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        self._data = {}
        self._prev = None
        self._entered = False
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return self._data[var]

    def __contains__(self, var):
        if type(var) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, key, default=None):
        if type(key) is not ContextVar:
            raise TypeError(f'a ContextVar key was expected, got {key!r}')
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None



_current = None


def _get_context():
    global _current
    if _current is None:
        _current = Context()
    return _current


def copy_context():
    return _get_context().copy()


class ContextVar:
    __slots__ = ('_name', '_default')

    def __new__(cls, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _get_context()._data
        try:
            return data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _get_context()
        data = ctx._data
        old = data.get(self, _MISSING)
        data[self] = value
        return Token._new(ctx, self, old)

    def reset(self, token, /):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _get_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old_value is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _NO_DEFAULT:
            r += f' default={self._default!r}'
        return r + f' at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(_GenericAlias)




class Token:
    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _new(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old_value = old
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    __class_getitem__ = classmethod(_GenericAlias)


del _MissingType
