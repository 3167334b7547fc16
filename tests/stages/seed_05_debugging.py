import dis
import ast
import inspect

# Disassemble bytecode
def debug_bytecode():
    def sample(x, y):
        return x + y * 2

    print("Bytecode:")
    dis.dis(sample)

    print("\nCode object attributes:")
    code = sample.__code__
    print(f"co_names: {code.co_names}")  # Global names
    print(f"co_varnames: {code.co_varnames}")  # Local names
    print(f"co_consts: {code.co_consts}")  # Constants
    print(f"co_code: {code.co_code}")  # Raw bytecode

# Examine AST
def debug_ast():
    source = "x = 1 + 2 * 3"
    tree = ast.parse(source)
    print(ast.dump(tree, indent=2))

# Frame introspection
def debug_frames():
    frame = inspect.currentframe()
    print(f"Function: {frame.f_code.co_name}")
    print(f"Locals: {frame.f_locals}")
    print(f"Globals count: {len(frame.f_globals)}")

debug_bytecode()
debug_ast()
debug_frames()
