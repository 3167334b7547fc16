(
 a,
 b) -> x