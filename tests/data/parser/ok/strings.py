'a'
"b"
r'\d'
b'bytes'
rb'x'
u'u'
'''triple
quoted'''
'implicit' "concat"
'a' f'b{c}' 'd'
