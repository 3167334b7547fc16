x = [
    1,  # one

    2,
    # alone
]
call(a,
     b)(
)
