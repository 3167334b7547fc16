while a:
    break
else:
    continue_ = 1
