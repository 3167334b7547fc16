# Python code
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

# Corresponding AST (simplified)
FunctionDef(
    name='factorial',
    args=arguments(args=[arg('n')]),
    body=[
        If(
            test=Compare(
                left=Name('n'),
                ops=[LtE()],
                comparators=[Num(1)]
            ),
            body=[Return(Num(1))],
            orelse=[
                Return(
                    BinOp(
                        left=Name('n'),
                        op=Mult(),
                        right=Call(
                            func=Name('factorial'),
                            args=[BinOp(Name('n'), Sub(), Num(1))]
                        )
                    )
                )
            ]
        )
    ]
)
