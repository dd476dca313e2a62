"""Properties of the windowed stream check, for any chunking and any window/overlap.

Strict mode: a clean stream comes out exactly as it went in; a stream with a forbidden phrase no
longer than the overlap never releases a single character at or after the phrase's start.
Fast mode: the stream stops no later than one window after the window holding the phrase.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.context import RequestContext
from gateway.stages.policy import PolicyEngine, block_error
from gateway.stages.stream_windows import WindowedOutputCheck
from policies.detectors import builtin_detectors
from policies.store import PolicyStore

PHRASE = "QQZZX"  # letters the filler alphabet never produces

POLICY = """
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: p}
spec:
  rules:
    - id: no-phrase
      direction: output
      detector: keywords
      params: {keywords: [QQZZX]}
      action: block
"""


def _engine(tmp: Path) -> PolicyEngine:
    path = tmp / "p.yaml"
    if not path.exists():
        path.write_text(POLICY, encoding="utf-8")
    store = PolicyStore([path])
    return PolicyEngine(store, builtin_detectors(), SimpleNamespace(by_alias={}))  # type: ignore[arg-type]


def _chunks(text: str, cuts: list[int]) -> list[dict[str, Any]]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    pieces = [text[a:b] for a, b in zip(points, points[1:]) if b > a]
    return [
        {
            "id": "c",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}],
        }
        for p in pieces
    ]


async def _run(
    engine: PolicyEngine, mode: str, window: tuple[int, int], chunks: list[dict[str, Any]]
) -> tuple[str, bool]:
    ctx = RequestContext(request_id="req_x", endpoint="chat.completions")
    check = WindowedOutputCheck(
        engine, ctx, mode, window, on_decision=lambda c, d: None, blocked_error=block_error
    )
    out: list[dict[str, Any]] = []
    for chunk in chunks:
        out.extend(await check.feed(chunk))
        if check.stopped:
            break
    out.extend(await check.finish())
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in out if c["choices"])
    return text, check.stopped


filler = st.text(alphabet="abc def\n", min_size=0, max_size=900)
# Lengths drawn directly (not through random text) so the phrase lands across window boundaries often.
prefix = st.builds(
    lambda n, seed: (seed * 900)[:n],
    st.integers(min_value=0, max_value=700),
    st.text(alphabet="abc def\n", min_size=1, max_size=9),
)
windows = st.integers(min_value=16, max_value=200).flatmap(
    lambda size: st.tuples(st.just(size), st.integers(min_value=len(PHRASE), max_value=size - 1))
)
cuts = st.lists(st.integers(min_value=0, max_value=2000), max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=filler, window=windows, cut=cuts)
def test_clean_stream_is_delivered_unchanged(
    tmp_path_factory, text: str, window: tuple[int, int], cut: list[int]
) -> None:
    engine = _engine(tmp_path_factory.getbasetemp())
    for mode in ("strict", "fast"):
        delivered, stopped = asyncio.run(_run(engine, mode, window, _chunks(text, cut)))
        assert delivered == text and not stopped


@settings(max_examples=300, deadline=None)
@given(before=prefix, after=filler, window=windows, cut=cuts)
def test_strict_never_releases_the_phrase_or_anything_after_it(
    tmp_path_factory, before: str, after: str, window: tuple[int, int], cut: list[int]
) -> None:
    engine = _engine(tmp_path_factory.getbasetemp())
    text = before + PHRASE + after
    delivered, stopped = asyncio.run(_run(engine, "strict", window, _chunks(text, cut)))
    assert stopped
    assert text.startswith(delivered) and len(delivered) <= len(before)


@settings(max_examples=300, deadline=None)
@given(before=prefix, after=filler, window=windows, cut=cuts)
def test_fast_stops_within_one_window_of_the_violation(
    tmp_path_factory, before: str, after: str, window: tuple[int, int], cut: list[int]
) -> None:
    engine = _engine(tmp_path_factory.getbasetemp())
    size, overlap = window
    step = size - overlap
    text = before + PHRASE + after
    chunks = _chunks(text, cut)
    delivered, stopped = asyncio.run(_run(engine, "fast", window, chunks))
    assert stopped and text.startswith(delivered)
    # The first window holding the phrase whole ends at most here; one more window may pass meanwhile,
    # plus the chunk in flight when the verdict arrives.
    end = len(before) + len(PHRASE)
    k = max(0, -(-(end - size) // step))
    violating_end = k * step + size
    longest = max(len(c["choices"][0]["delta"]["content"]) for c in chunks)
    assert len(delivered) <= violating_end + step + longest
