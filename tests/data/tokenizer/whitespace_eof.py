if a:
    b
   