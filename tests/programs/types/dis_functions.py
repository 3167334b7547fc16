# dis over taipan's bytecode: dis.dis of functions (no nested code objects: their addresses
# would differ), get_instructions, Bytecode, code_info, stack_effect.
import dis
import opcode

def sample(x, y):
    return x + y * 2

def branches(a, b=3, *args, k, **kw):
    total = 0
    for i in range(a):
        if i % 2 and b:
            total += i
        elif i > 10:
            break
        else:
            continue
    while total > 100:
        total //= 2
    try:
        total = total / b
    except ZeroDivisionError as e:
        total = -1
    finally:
        kw.clear()
    with open('x') as f, open('y') as g:
        pass
    return (total, args, k, *args, {**kw})

def closure_user():
    v = 1
    def inner():
        return v
    return inner

dis.dis(sample)
dis.dis(branches)
dis.dis(closure_user())
for ins in dis.get_instructions(sample):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset,
          ins.starts_line, ins.is_jump_target)
bc = dis.Bytecode(branches)
print(len(list(bc)), bc.codeobj.co_name, bc.first_line)
for line in dis.code_info(branches).splitlines():
    if not line.startswith('Filename'):
        print(line)
code = sample.__code__
print(code.co_names, code.co_varnames, code.co_consts, code.co_code)
print(list(code.co_lines()))
print(list(code.co_positions())[:6])
print(code.co_exceptiontable, branches.__code__.co_exceptiontable)
print(dis.findlinestarts(code) and list(dis.findlinestarts(code)))
print(dis.findlabels(branches.__code__.co_code))
print(opcode.stack_effect(opcode.opmap['POP_TOP']))
print(opcode.stack_effect(opcode.opmap['BUILD_LIST'], 3))
print(opcode.stack_effect(opcode.opmap['FOR_ITER'], 4), opcode.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=True),
      opcode.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=False))
print(opcode.stack_effect(opcode.opmap['CALL'], 2), opcode.stack_effect(opcode.opmap['MAKE_FUNCTION'], 8))
for bad in [(1, 1), (opcode.opmap['BUILD_LIST'],), (255, 0), (opcode.opmap['POP_TOP'], None, 1)]:
    try:
        if len(bad) == 3:
            opcode.stack_effect(bad[0], bad[1], jump=bad[2])
        else:
            opcode.stack_effect(*bad)
    except ValueError as e:
        print('ValueError', e)
dis.dis('a = b + 1')
dis.dis(compile('x[1] = y.z(2, k=3)', '<s>', 'exec'))
