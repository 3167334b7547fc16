# Python code demonstrating stack operations
x = 10
y = 20
result = x + y * 2

# Corresponding stack operations:
# LOAD_CONST 10 -> Stack: [10]
# STORE_FAST x -> Stack: [], x = 10
# LOAD_CONST 20 -> Stack: [20]
# STORE_FAST y -> Stack: [], y = 20
# LOAD_FAST x -> Stack: [10]
# LOAD_FAST y -> Stack: [10, 20]
# LOAD_CONST 2 -> Stack: [10, 20, 2]
# BINARY_MULTIPLY -> Stack: [10, 40]
# BINARY_ADD -> Stack: [50]
# STORE_FAST result -> Stack: [], result = 50
