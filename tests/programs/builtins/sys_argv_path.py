# sys.argv (argv[0] is the script path as given), sys.path[0] (the script's directory), and the
# other plain sys attributes a program commonly reads.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith("sys_argv_path.py"), type(sys.argv).__name__)
print(sys.path[0].endswith("tests/programs/builtins"), isinstance(sys.path, list))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info >= (3, 11), sys.hexversion >= 0x030B0000)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.maxunicode, sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""), sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
sys.argv.append("added")
print(sys.argv[1:], __name__, sys.modules["__main__"].__name__)
print(type(sys.stdin).__name__, type(sys.stdout).__name__, sys.stdin.readable(), sys.stdout.writable())
