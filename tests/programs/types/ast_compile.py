# compile() of ast trees: NodeTransformer rewrites run, fix_missing_locations/copy_location,
# modes, literal_eval, unparse, walk/NodeVisitor, and CPython's conversion errors.
import ast

src = '''
def area(w, h):
    return w * h
total = 0
for i in range(1, 4):
    total += area(i, i + 1)
print('total', total)
'''
tree = ast.parse(src)
ns = {}
exec(compile(tree, '<ast>', 'exec'), ns)
print(ns['total'], ns['area'](2, 5), ns['area'].__code__.co_filename)

class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node
    def visit_Constant(self, node):
        if node.value == 'total':
            return ast.Constant('sum')
        return node
new = ast.fix_missing_locations(Swap().visit(tree))
exec(compile(new, '<swapped>', 'exec'), {})
print(ast.unparse(new))

class Count(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
c = Count()
c.visit(tree)
print(c.names)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))

e = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(e)
print(eval(compile(e, '<e>', 'eval')))
print(eval(compile(ast.parse('[x * 2 for x in range(4)]', mode='eval'), '<e>', 'eval')))
i = ast.parse('print("single", 1)', mode='single')
exec(compile(i, '<i>', 'single'))
m = ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))],
               type_ignores=[])
exec(compile(ast.fix_missing_locations(m), '<m>', 'exec'))
print(compile(ast.parse('x'), '<x>', 'exec', ast.PyCF_ONLY_AST).__class__.__name__)
t = compile('a = 1', '<c>', 'exec', flags=ast.PyCF_ONLY_AST)
print(ast.dump(t))
print(ast.dump(compile('(int) -> str', '<f>', 'func_type', ast.PyCF_ONLY_AST)))

def err(f):
    try:
        f()
        print('no error')
    except (TypeError, ValueError, SyntaxError) as ex:
        print(type(ex).__name__, str(ex).split(' at 0x')[0])

L = dict(lineno=1, col_offset=0)
err(lambda: compile(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Name('x', ast.Load(), **L))], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(5, **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Add(), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(None, **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(**L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Pass(**L)]), '<t>', 'exec'))
err(lambda: compile(ast.Module((ast.Pass(**L),), []), '<t>', 'exec'))
err(lambda: compile(ast.Module([None], []), '<t>', 'exec'))
err(lambda: compile(ast.Expression(ast.Name('x', ast.Load(), **L)), '<t>', 'exec'))
err(lambda: compile(ast.Module([], []), '<t>', 'eval'))
err(lambda: compile(ast.Module([ast.Expr(ast.Name(1, ast.Load(), **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Name('x', ast.Add(), **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Name('None', ast.Load(), **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Constant(1, lineno='x', col_offset=0), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.If(ast.Constant(1, **L), [], [], **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Dict([ast.Constant(1, **L)], [], **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [], [], **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.ImportFrom('m', [ast.alias('x', **L)], -1, **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Global([], **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Raise(None, ast.Constant(1, **L), **L)], []), '<t>', 'exec'))
err(lambda: compile(ast.Module([ast.Expr(ast.Constant(1, **L), **L)], []), '<t>', 'func_type'))
def mod(*stmts):
    return ast.Module(list(stmts), [])
N = lambda name, ctx: ast.Name(name, ctx, **L)
err(lambda: compile(mod(ast.Assign([N('x', ast.Load())], ast.Constant(1, **L), **L)), '<t>', 'exec'))
err(lambda: compile(mod(ast.Expr(N('x', ast.Store()), **L)), '<t>', 'exec'))
err(lambda: compile(mod(ast.Assign([ast.Constant(1, **L)], ast.Constant(1, **L), **L)), '<t>', 'exec'))
err(lambda: compile(mod(ast.Delete([N('x', ast.Load())], **L)), '<t>', 'exec'))
err(lambda: compile(mod(ast.Assign([ast.Tuple([N('a', ast.Store()), N('b', ast.Load())], ast.Store(), **L)],
                                   ast.Constant(1, **L), **L)), '<t>', 'exec'))
err(lambda: compile(mod(ast.Expr(ast.NamedExpr(ast.Attribute(N('a', ast.Load()), 'b', ast.Store(), **L),
                                               ast.Constant(1, **L), **L), **L)), '<t>', 'exec'))
err(lambda: compile(mod(ast.For(N('i', ast.Load()), N('r', ast.Load()), [ast.Pass(**L)], [], **L)), '<t>', 'exec'))
ok = mod(ast.Assign([ast.Tuple([N('a', ast.Store()), ast.Starred(N('b', ast.Store()), ast.Store(), **L)], ast.Store(), **L)],
                    ast.Constant((1, 2, 3), **L), **L),
         ast.Expr(ast.Call(N('print', ast.Load()), [N('a', ast.Load()), N('b', ast.Load())], [], **L), **L))
exec(compile(ok, '<ok>', 'exec'))
err(lambda: compile(ast.Module([], []), '<t>', 'bogus'))
err(lambda: compile('x', '<t>', 'bogus', ast.PyCF_ONLY_AST))
err(lambda: compile('x', '<t>', 'exec', 0x8000000))
err(lambda: compile('x = 1 +', '<t>', 'exec', ast.PyCF_ONLY_AST))
err(lambda: ast.parse('def f(:\n  pass'))

print(ast.literal_eval("[1, -2.5, 3+4j, 'a', b'b', (None, True), {'k': {1, 2}}]"))
print(ast.literal_eval(ast.parse('{1: 2}', mode='eval')))
err(lambda: ast.literal_eval('x + 1'))
err(lambda: ast.literal_eval('f()'))
for s in ['a if b else c', 'lambda x, *y, z=1, **k: x', 'f"{x!r:>{w}}"', 'del a[1], b.c',
          'async def f():\n    async with a as b:\n        await c', 'x: int = 1',
          'match p:\n    case [1, *r] | {"k": _}:\n        pass', 'raise E from F',
          'from . import (a as b)', '@d\nclass C(B, metaclass=M):\n    """doc"""']:
    print(ast.unparse(ast.parse(s)))
    print('--')
t = ast.parse('def f():\n    """Doc here."""\n    return 1\n')
print(repr(t.body[0].body[0].value.value))
print(ast.get_source_segment('x = a + b', ast.parse('x = a + b').body[0].value))
n = ast.parse('x\ny').body[1]
ast.increment_lineno(n, 5)
print(n.lineno, n.value.lineno, n.end_lineno)
