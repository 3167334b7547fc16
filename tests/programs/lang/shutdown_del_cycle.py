# Objects in reference cycles at exit: garbage cycles made while the collector was
# disabled, and cycles hanging off globals, are finalized by the collections of CPython
# 3.11's teardown (PEP 442: every __del__ once, before any cycle is broken; resurrected
# objects are not finalized twice); a weakref that is garbage with its referent calls
# no callback.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        other = self.other.name if self.other is not None else None
        print('del', self.name, '-> other', other)


def pair(x, y):
    a, b = Node(x), Node(y)
    a.other, b.other = b, a
    return a


gc.disable()
pair('garbage-1', 'garbage-2')          # garbage already; no collection until exit
g = pair('global-1', 'global-2')        # reachable from __main__ until teardown

self_ref = Node('self-ref')
self_ref.other = self_ref

saved = []


class Phoenix:
    def __del__(self):
        print('phoenix finalized once, resurrected')
        saved.append(self)


p = Phoenix()
p.me = p


def callback(ref):
    print('weakref callback, referent dead:', ref() is None)


import _weakref
target = Node('weak-target')
target.other = target
wr = _weakref.ref(target, callback)
print('end of main, gc enabled:', gc.isenabled())
