x = 'ab\
cd
y = 2
