

   
	
# c
  # c2
x

