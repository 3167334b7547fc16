# args: ast --mode eval
[x*2 for x in y if x]
