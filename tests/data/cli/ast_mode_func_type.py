# args: ast --mode func_type --attributes -c (int,*str)->bool
