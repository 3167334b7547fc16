import heapq, bisect

h = []
for x in [5, 1, 4, 2, 3, 9, 0]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
l = [9, 3, 7, 1, 8]
heapq.heapify(l)
print(l, heapq.heapreplace(l, 5), l, heapq.heappushpop(l, 0), l)
print(heapq.nlargest(3, [5, 1, 8, 2, 9]), heapq.nsmallest(2, [5, 1, 8, 2]), list(heapq.merge([1, 4], [2, 3])))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heappush(None, 1)
except TypeError as e:
    print(e)
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3), bisect.bisect_left(a, 2, 2))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
recs = [('a', 1), ('b', 5)]
print(bisect.bisect(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('c', 3), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(e)
