import types, typing, queue, contextvars, os, copy, pickle
from typing import TypeVar
T = TypeVar('T'); K = TypeVar('K')
g = types.GenericAlias(list, int); print(g, g.__origin__, g.__args__, g == list[int])
print(types.GenericAlias(dict, (str, int)))
print(queue.Queue[int], contextvars.ContextVar[int], os.PathLike[str])
print(list[T].__parameters__, dict[K, list[T]].__parameters__, dict[str, int].__parameters__)
print((int | list[T]).__parameters__, (int | str).__parameters__)
print(list[int].__reduce__())
print(copy.copy(list[int]), copy.deepcopy(dict[str, list[int]]))
print(pickle.loads(pickle.dumps(list[int], 2)))
try: types.GenericAlias(list)
except TypeError as e: print(e)
try: types.GenericAlias(list, int, x=1)
except TypeError as e: print(e)
class Sub(types.GenericAlias): pass
s = Sub(tuple, (int, str)); print(type(s).__name__, s)
