# leading comment

x = 1  # trailing


# between
def f():
    # inside

    return 1
    # after last statement
# dedented comment
y = 2
