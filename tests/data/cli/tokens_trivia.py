# args: tokens --trivia
x = (1 +
     2) \
    + 3
