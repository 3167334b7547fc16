a = 'single' "double"
b = '''triple
single''' """triple
double"""
c = r'raw\' ' R"x" u'x' U'x'
d = b'bytes' B"x" rb'x' Rb'x' bR'x' BR'x' br'x'
e = 'esc\'aped' "tab\there" 'line \
continued'
f = ''
g = ""
h = '''a ''b'' "c" '''
