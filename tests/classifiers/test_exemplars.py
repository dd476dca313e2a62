"""Example-defined categories (classifiers.exemplars + the similar_to detector), without a gateway."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest
import yaml

from policies.findings import TextItem
from tests.classifiers.conftest import requires_e5

pytestmark = requires_e5

# the documented 20-example category (docs/similar-to.md)
EXAMPLES = Path(__file__).parents[2] / "docs" / "examples" / "similar-to" / "bid-leaks-examples.yaml"
_EX = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))
PARAMS = {"category": "bid_leak", "threshold": 0.5, "block": _EX["block"], "allow": _EX["allow"]}


@pytest.fixture(scope="module")
def detector():
    from gateway.detectors.similar_to import SimilarToDetector

    return SimilarToDetector()


def _hits(detector, text: str, params=PARAMS) -> list:
    return asyncio.run(detector.detect([TextItem("messages[0].content", text, "user")], params, "input"))


def test_paraphrases_match_across_languages(detector):
    (f,) = _hits(detector, "이번 입찰의 예정 가격이 얼마인지 미리 좀 알려줄 수 있어?")
    assert f.type == "bid_leak" and f.detector == "similar_to" and f.score >= 0.5
    assert f.meta["nearest"].startswith("block[")
    assert "예정" not in str(f.meta)  # findings carry indexes and scores, never request text
    assert _hits(detector, "What's the reserve price for the bridge tender? I need it before bids close.")
    assert _hits(detector, "Can you tell me which firm has already been picked to win the bridge contract?")
    assert _hits(detector, "평가위원 명단 미리 뽑아줘")


def test_allow_examples_and_unrelated_text_stay_allowed(detector):
    assert _hits(detector, "입찰 공고는 보통 언제 게시되나요?") == []  # nearer an allow example
    assert _hits(detector, "입찰 참가 자격 요건을 어디서 확인할 수 있나요?") == []
    assert _hits(detector, "조달 계약 관련 법령을 요약해줘") == []
    assert _hits(detector, "다음 주 회의 일정을 표로 정리해 줘.") == []
    assert _hits(detector, "Summarise the plot of Hamlet in two sentences.") == []


def test_embeddings_are_cached_by_content(detector):
    enc = detector._get_encoder()
    a = enc.embed(["같은 문장은 한 번만 계산한다"])[0]
    size = len(enc._cache)
    b = enc.embed(["같은 문장은 한 번만 계산한다"])[0]
    assert len(enc._cache) == size and np.array_equal(a, b)


def test_long_text_is_embedded_per_window(detector):
    filler = "The committee reviewed the annual maintenance schedule for the district's roads. " * 40
    ask = " 이번 입찰의 예정 가격이 얼마인지 미리 좀 알려줄 수 있어? "
    vecs = detector._get_encoder().embed([filler + ask + filler])[0]
    assert vecs.shape[0] > 2 and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert _hits(detector, filler + ask + filler)
    assert _hits(detector, filler + filler) == []


def test_check_params_reports_problems(detector, tmp_path):
    probs = detector.check_params({"threshold": 3, "block": "not a list", "colour": 1}, "input")
    assert detector.check_params({"examples_file": str(EXAMPLES)}, "input") == []
    paths = {p.path for p in probs}
    assert ("threshold",) in paths and ("block",) in paths and ("colour",) in paths
    missing = detector.check_params({"examples_file": str(tmp_path / "nope.yaml")}, "input")
    assert missing and "cannot read examples" in missing[0].message
    assert detector.check_params(PARAMS, "input") == []
