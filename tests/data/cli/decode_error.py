# args: tokens
x = 1
ÿ = 2
