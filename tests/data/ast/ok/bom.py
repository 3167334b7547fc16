# A UTF-8 BOM: columns of line 1 do not count it.
x = 1; y = "é"
