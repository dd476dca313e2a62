"""Values split between two consecutive items: the runner reads each join (policies/runner.py, ``seams``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from policies.compiled import Invocation
from policies.detectors import ClassificationMarkerDetector, SecretsDetector
from policies.findings import Detector, Finding, TextItem
from policies.runner import SEAM_CHARS, run_invocation


def _items(*texts: str) -> list[TextItem]:
    return [TextItem(f"messages[{i}].content", t, "user") for i, t in enumerate(texts)]


async def _run(detector: Detector, texts: Sequence[str]) -> list[Finding]:
    inv = Invocation(detector.name, {}, "input", ("r",))
    found = await run_invocation(inv, _items(*texts), {detector.name: detector}, None)
    assert isinstance(found, list)
    return found


async def test_a_marker_split_between_two_messages_is_found_in_both() -> None:
    texts = ["보고서 첫 줄입니다. 대", "외비\n제목: 청사 이전 계획"]
    found = await _run(ClassificationMarkerDetector(), texts)
    spans = {(f.location, f.start, f.end) for f in found}
    assert spans == {("messages[0].content", len(texts[0]) - 1, len(texts[0])), ("messages[1].content", 0, 2)}
    assert all(f.type == "KR_RESTRICTED" and f.meta.get("across_items") for f in found)


async def test_offsets_hold_when_the_left_item_is_longer_than_a_seam() -> None:
    left = "x" * (SEAM_CHARS * 3) + " password=Hx7#q"
    found = await _run(SecretsDetector(), [left, "P2v!Lm9zR4w 입니다"])
    halves = {f.location: (f.start, f.end) for f in found}
    assert halves["messages[0].content"] == (left.index("password"), len(left))
    assert halves["messages[1].content"][0] == 0


async def test_what_lies_within_one_item_is_reported_once() -> None:
    found = await _run(SecretsDetector(), ["key AKIAIOSFODNN7EXAMPLE", "next message"])
    assert [(f.location, f.type) for f in found] == [("messages[0].content", "AWS_ACCESS_KEY")]


async def test_two_values_that_only_touch_at_the_join_are_not_one() -> None:
    # each half alone is ordinary; joined they are no marker either
    assert await _run(ClassificationMarkerDetector(), ["대", "한민국 외교부"]) == []


class _Counting:
    """A detector that does not read seams: called once, with the items only."""

    name = "counting"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    async def detect(
        self, items: Sequence[TextItem], params: Mapping[str, Any], direction: Any
    ) -> list[Finding]:
        self.calls.append([i.location for i in items])
        return []


async def test_detectors_that_do_not_read_seams_run_once_on_the_items() -> None:
    d = _Counting()
    await _run(d, ["a", "b", "c"])
    assert d.calls == [["messages[0].content", "messages[1].content", "messages[2].content"]]


async def test_a_value_found_in_one_item_is_not_read_on_into_the_next() -> None:
    # "…@example.com" + "x_note…" would read as "…@example.comx": the address is already found whole
    from gateway.pii.detector import PIIDetector

    found = await _run(PIIDetector(salt=b"t"), ["연락처 minsu.kim82@example.com", "xyz 다음 메시지"])
    assert [(f.location, f.start, f.end) for f in found] == [("messages[0].content", 4, 27)]


async def test_json_keys_are_not_joined_to_the_texts_around_them() -> None:
    items = [
        TextItem("x_note", "대", "user"),
        TextItem('body{"외비"}', "외비", "user"),  # a key's own item: a name, not the next text
    ]
    inv = Invocation("classification_marker", {}, "input", ("r",))
    d = ClassificationMarkerDetector()
    assert await run_invocation(inv, items, {d.name: d}, None) == []
