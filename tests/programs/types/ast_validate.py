# compile() of unusual hand-built trees: CPython's validation errors (positions, patterns,
# conversions, int ranges) or a run, never a crash.
import ast
L = dict(lineno=1, col_offset=0)
PL = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
N = lambda n, c=None: ast.Name(n, c or ast.Load(), **L)
C = lambda v: ast.Constant(v, **L)
E = lambda e: ast.Expr(e, **L)
args0 = ast.arguments([], [], None, [], [], None, [])
cases = {
 'starred expr': E(ast.Starred(N('a'), ast.Load(), **L)),
 'await module': E(ast.Await(N('a'), **L)),
 'yield module': E(ast.Yield(None, **L)),
 'return module': ast.Return(None, **L),
 'break outside': ast.Break(**L),
 'continue outside': ast.Continue(**L),
 'nonlocal module': ast.Nonlocal(['x'], **L),
 'dict none key': E(ast.Dict([None, C(1)], [N('d'), C(2)], **L)),
 'fv conv 999': E(ast.JoinedStr([ast.FormattedValue(N('a'), 999, None, **L)], **L)),
 'joined int': E(ast.JoinedStr([C(5)], **L)),
 'big tuple const': E(C(tuple(range(300)))),
 'frozenset const': E(C(frozenset({1, 2}))),
 'matchstar alone': ast.Match(N('x'), [ast.match_case(ast.MatchStar('r', **PL), None, [ast.Pass(**L)])], **L),
 'match value name': ast.Match(N('x'), [ast.match_case(ast.MatchValue(N('y'), **PL), None, [ast.Pass(**L)])], **L),
 'func no args': ast.FunctionDef('f', args0, [ast.Pass(**L)], [], None, None, **L),
 'func args None': ast.FunctionDef('f', None, [ast.Pass(**L)], [], None, None, **L),
 'lambda': E(ast.Lambda(args0, C(1), **L)),
 'class': ast.ClassDef('K', [], [], [ast.Pass(**L)], [], **L),
 'slice load': E(ast.Slice(None, None, None, **L)),
 'subscript slice': E(ast.Subscript(N('a'), ast.Slice(C(1), None, None, **L), ast.Load(), **L)),
 'listcomp nogen': E(ast.ListComp(N('a'), [], **L)),
 'listcomp': E(ast.ListComp(N('a'), [ast.comprehension(N('a', ast.Store()), N('b'), [], 0)], **L)),
 'global dup': ast.Global(['x', 'x'], **L),
 'import star in func': ast.FunctionDef('f', args0, [ast.ImportFrom('os', [ast.alias('*', **L)], 0, **L)], [], None, None, **L),
 'negative lineno': E(ast.Constant(1, lineno=-5, col_offset=-1)),
 'huge lineno': E(ast.Constant(1, lineno=2**40, col_offset=0)),
 'end before start': E(ast.Constant(1, lineno=5, col_offset=3, end_lineno=1, end_col_offset=0)),
 'with': ast.With([ast.withitem(N('a'), ast.Tuple([], ast.Store(), **L))], [ast.Pass(**L)], None, **L),
 'matchclass': ast.Match(N('x'), [ast.match_case(ast.MatchClass(N('K'), [], ['a', 'a'], [ast.MatchAs(None, 'b', **PL), ast.MatchAs(None, 'c', **PL)], **PL), None, [ast.Pass(**L)])], **L),
 'matchmapping dupe': ast.Match(N('x'), [ast.match_case(ast.MatchMapping([C(1), C(1)], [ast.MatchAs(None, None, **PL)]*2, None, **PL), None, [ast.Pass(**L)])], **L),
 'matchas no name with pattern': ast.Match(N('x'), [ast.match_case(ast.MatchAs(ast.MatchAs(None, None, **L), None, **PL), None, [ast.Pass(**L)])], **L),
 'singleton int': ast.Match(N('x'), [ast.match_case(ast.MatchSingleton(5, **PL), None, [ast.Pass(**L)])], **L),
 'call starred kw': E(ast.Call(N('f'), [ast.Starred(N('a'), ast.Load(), **L)], [ast.keyword(None, N('k'), **L)], **L)),
 'compare big': E(ast.Compare(C(1), [ast.Lt()]*3, [C(2), C(3), C(4)], **L)),
 'yield in class': ast.ClassDef('K', [], [], [E(ast.Yield(None, **L))], [], **L),
 'del const': ast.Delete([C(1)], **L),
 'bytes fv': E(ast.JoinedStr([C(b'x')], **L)),
}
for name, st in cases.items():
    m = ast.Module([st], [])
    try:
        code = compile(m, '<w>', 'exec')
        try:
            exec(code, {'x': 1, 'a': [1], 'b': [2], 'd': {}, 'f': print, 'k': {}, 'K': int})
            print(name, 'ran')
        except Exception as e:
            print(name, 'run', type(e).__name__, e)
    except Exception as e:
        print(name, type(e).__name__, e)
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(3000):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
try:
    compile(ast.Expression(e), 's', 'eval')
    print('deep ok')
except RecursionError as ex:
    print('RecursionError', ex)
print(eval(compile(ast.Expression(ast.UnaryOp(ast.USub(), C(2), **L)), 's', 'eval')))
