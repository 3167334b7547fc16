x=1 # c
# d
