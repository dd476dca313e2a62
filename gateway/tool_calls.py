"""Tool calls in an upstream answer, made unambiguous before the output rules read them.

A streamed call is assembled by the client from deltas keyed by ``index``. An upstream can key them
so that the gateway and the client assemble different calls: a second call reusing index 0 under a
new id (a client concatenates it into the first, allowed, call), ``index: -1`` or ``"0"``, no index at
all. :class:`CallIndexer` gives every call of a stream one canonical index per choice (0, 1, 2...) and
rewrites each delta's ``index`` to it, so what the rules check is exactly what the client assembles:

* a delta with a valid index (a non-negative int) belongs to the call last given that index, unless
  it brings a different id: then it starts a new call; an index not seen before starts a new call,
  whatever its id (a reused id never merges a call into another);
* a delta with no usable index continues the choice's latest call, unless it brings a different id:
  then it starts a new call.

Calls of a type other than ``function`` (``custom`` tools: free-form input no rule can parse) are
dropped from answers and chunks (:func:`drop_foreign_calls`): the request table does not let a client
declare them, so an upstream that sends one is not answering this request.
"""

from __future__ import annotations

from typing import Any


def _call_lists(answer: dict[str, Any]) -> list[tuple[dict[str, Any], list[Any]]]:
    out = []
    for choice in answer.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        for key in ("message", "delta"):
            holder = choice.get(key)
            if isinstance(holder, dict) and isinstance(holder.get("tool_calls"), list):
                out.append((holder, holder["tool_calls"]))
    return out


def drop_foreign_calls(answer: dict[str, Any]) -> dict[str, Any]:
    """Remove tool calls whose ``type`` is set and is not ``function`` (and entries that are not objects)."""
    for holder, calls in _call_lists(answer):
        kept = [c for c in calls if isinstance(c, dict) and c.get("type") in (None, "function")]
        if len(kept) != len(calls):
            if kept:
                holder["tool_calls"] = kept
            else:
                del holder["tool_calls"]
    return answer


class CallIndexer:
    """One per stream: canonical call indexes per choice (see the module docstring)."""

    def __init__(self) -> None:
        self.ids: dict[Any, list[str | None]] = {}  # choice -> call id by canonical index
        self.by_index: dict[tuple[Any, int], int] = {}  # (choice, upstream index) -> canonical index
        self.latest: dict[Any, int] = {}  # choice -> canonical index of the latest call

    def fix(self, chunk: dict[str, Any]) -> dict[str, Any]:
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta")
            calls = delta.get("tool_calls") if isinstance(delta, dict) else None
            if not isinstance(calls, list):
                continue
            c = choice.get("index", 0)
            for call in calls:
                if isinstance(call, dict):
                    call["index"] = self._canonical(c, call)
        return chunk

    def _canonical(self, c: Any, call: dict[str, Any]) -> int:
        ids = self.ids.setdefault(c, [])
        raw_id = call.get("id")
        cid = raw_id if isinstance(raw_id, str) and raw_id else None
        up = call.get("index")
        slot = (c, up) if type(up) is int and up >= 0 else None
        latest = self.latest.get(c)
        k: int | None = None
        if slot is not None and slot in self.by_index:
            known = self.by_index[slot]
            k = known if cid is None or ids[known] in (None, cid) else None  # a new id on a used index
        elif slot is None and latest is not None and (cid is None or ids[latest] in (None, cid)):
            k = latest  # no usable index: continues the latest call unless it brings another id
        # Anything else is a new call: an unseen index, even under an id seen before (merging it into
        # that call would let a denied call's arguments ride on an allowed one).
        if k is None:
            k = len(ids)
            ids.append(cid)
        elif cid is not None and ids[k] is None:
            ids[k] = cid
        if slot is not None:
            self.by_index[slot] = k
        self.latest[c] = k
        return k
