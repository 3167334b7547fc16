# args: ast -c x=1;del(x)
