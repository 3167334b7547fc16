import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent
from pkg.mod import *


def local_imports():
    import json
    from re import compile as rc
    return json, rc


class WithImports:
    import __hidden
    from mod import __name as __alias
    import __pkg.sub
