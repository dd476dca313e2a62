"""ROWS for ko_document_injections: hand-written documents, each with one or more
(request, slot, injection, benign-replacement) variants. See lib.py and ext.py."""
import importlib

from ext import EXT
from lib import build

_MODULES = ["docs_" + c for c in "abcdefghijklmnop"]

ROWS = []
_counters = {}
for _name in _MODULES:
    _mod = importlib.import_module(_name)
    ROWS.extend(build(_mod.DOCS, _counters, _name, EXT))
