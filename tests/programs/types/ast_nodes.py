# The _ast classes: hierarchy, _fields/_attributes/__match_args__, the constructor's
# positional and keyword rules and errors, optional-field defaults, __reduce__, singletons.
import ast

print(ast.AST, ast.AST.__module__, ast.AST._fields, ast.AST._attributes)
for cls in [ast.mod, ast.Module, ast.stmt, ast.FunctionDef, ast.expr, ast.BinOp, ast.Name,
            ast.expr_context, ast.Load, ast.operator, ast.Add, ast.arguments, ast.arg,
            ast.keyword, ast.alias, ast.withitem, ast.match_case, ast.pattern, ast.MatchAs,
            ast.excepthandler, ast.ExceptHandler, ast.comprehension, ast.type_ignore,
            ast.TypeIgnore, ast.Constant, ast.Slice]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes,
          cls.__match_args__)
print(ast.Name.__doc__)
print(ast.operator.__doc__)
print(ast.arguments.__doc__)
print(sorted(k for k in vars(ast.FunctionDef) if not k.startswith('__')))
print(sorted(k for k in vars(ast.expr) if not k.startswith('__')))
print(ast.FunctionDef.returns, ast.FunctionDef.type_comment, ast.expr.end_lineno)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

n = ast.Name('x', ast.Load())
print(ast.dump(n), n.id, type(n.ctx).__name__)
n = ast.Name(id='y', ctx=ast.Store(), lineno=3, col_offset=4)
print(ast.dump(n, include_attributes=True), n.lineno, n.end_lineno)
b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
print(ast.dump(ast.Constant(value=5, kind=None, extra='ok')), ast.Constant(5).extra if hasattr(ast.Constant(5), 'extra') else 'no extra')
c = ast.Constant(value=5, extra='ok')
print(c.extra, c.value)
e = ast.Expr()
print(e.__dict__, hasattr(e, 'value'))
f = ast.FunctionDef()
print(f.returns, f.type_comment, hasattr(f, 'body'), hasattr(f, 'name'))
try:
    f.body
except AttributeError as ex:
    print('AttributeError', ex)
for args, kw in [((1, 2, 3), {}), ((1, 2), {'left': 3}), ((), {}), ((1,), {'value': 2})]:
    try:
        cls = ast.BinOp if len(args) != 1 else ast.Expr
        node = cls(*args, **kw)
        print(cls.__name__, 'ok', node.__dict__)
    except TypeError as ex:
        print('TypeError', ex)
try:
    ast.Load(1)
except TypeError as ex:
    print('TypeError', ex)
try:
    ast.Expr(1, 2)
except TypeError as ex:
    print('TypeError', ex)
try:
    ast.AST(1)
except TypeError as ex:
    print('TypeError', ex)
print(ast.AST(x=1).x)

t = ast.parse('a = b')
r = t.body[0].__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
t2 = r[0]()
t2.__dict__.update(t.body[0].__dict__)
t2 = ast.Module([t2], [])
print(ast.dump(t2, include_attributes=True))
l1 = ast.parse('x').body[0].value.ctx
l2 = ast.parse('y').body[0].value.ctx
print(l1 is l2, ast.Load() is ast.Load(), type(l1).__name__)
p1 = ast.parse('a + b').body[0].value.op
p2 = ast.parse('c + d').body[0].value.op
print(p1 is p2)

class MyName(ast.Name):
    _fields = ('id', 'ctx', 'extra')
m = MyName('q', ast.Load(), 7)
print(m.extra, isinstance(m, ast.expr), ast.dump(m))

match ast.parse('f(1, x=2)').body[0].value:
    case ast.Call(ast.Name(fn), [ast.Constant(v)], [ast.keyword('x', ast.Constant(w))]):
        print('matched', fn, v, w)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Str))
print(ast.Num(3).n, type(ast.Num(3)).__name__)
print(ast.iter_fields(ast.Name('a', ast.Load())).__class__.__name__,
      list(ast.iter_fields(ast.Name('a', ast.Load())))[0])
