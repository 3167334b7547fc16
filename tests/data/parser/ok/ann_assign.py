x: int
y: list[int] = []
self.z: str = 'a'
(w): int = 1
t: tuple = 1, 2
