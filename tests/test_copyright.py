"""The copyright (verbatim reproduction) detector: catches copied passages, ignores paraphrases,
works on streams through the windows, and lets the policy block, truncate or flag."""

from __future__ import annotations

import asyncio
from pathlib import Path

import openai
import pytest
from openai import OpenAI

from gateway.detectors.copyright import CopyrightDetector, build_index
from policies.findings import TextItem
from tests.conftest import RunningGateway
from tests.fake_upstream import FakeUpstream

# Stand-ins for protected works, written for these tests (a "song" and a "novel" passage).
SONG = """The lantern swings above the harbour wall, and every sailor knows the tune it sings:
come home before the tide has turned to glass, come home before the gulls forget your name.
We counted stars like coins upon the deck, we traded every promise for a map,
and when the northern wind began to speak, we answered it with nothing but our hands.
"""
NOVEL = """Margarethe had always believed that the house on Linden Street kept its own calendar, one in
which Tuesdays lasted longer than Sundays and the clocks in the upstairs hallway argued with each other
about the hour. Her grandfather, who had built the staircase with his own hands, claimed the wood
remembered every footstep, and on winter evenings he would sit on the fourth step from the bottom and
listen, as if the house were about to tell him where he had left his spectacles forty years before.
"""
KOREAN = """바람이 머물던 골목 끝에는 오래된 우체통 하나가 서 있었고 사람들은 그 우체통이 아직도 편지를
기다린다고 믿었다 비가 오는 날이면 할머니는 우산도 없이 그 앞에 서서 오지 않을 답장을 세어 보곤 했다
"""

COPIED = (
    "Sure, here are the lyrics: come home before the tide has turned to glass, come home before the gulls "
    "forget your name. We counted stars like coins upon the deck, we traded every promise for a map, and "
    "when the northern wind began to speak, we answered it with nothing but our hands."
)
PARAPHRASE = (
    "The song is about sailors urged to return before the sea freezes over and the birds stop "
    "recognising them; they measured the night sky like money, swapped their vows for directions, and "
    "met the cold wind with only their bare hands."
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("protected")
    (d / "lantern-song.txt").write_text(SONG, encoding="utf-8")
    (d / "books").mkdir()
    (d / "books" / "linden-street.md").write_text(NOVEL, encoding="utf-8")
    (d / "books" / "postbox-ko.txt").write_text(KOREAN, encoding="utf-8")
    (d / "ignored.bin").write_bytes(b"\x00\x01")
    return d


def _detect(corpus: Path, text: str, **params) -> list:
    det = CopyrightDetector({"corpus": str(corpus)})
    return asyncio.run(det.detect([TextItem("out", text, "assistant")], params, "output"))


def test_verbatim_passage_is_found_with_its_span_and_document(corpus: Path) -> None:
    findings = _detect(corpus, COPIED)
    assert len(findings) == 1
    f = findings[0]
    assert f.meta["document"] == "lantern-song.txt" and f.meta["words"] >= 40
    # The span covers the copied run, widened by at most w-1 = 3 words each side (never narrower).
    assert COPIED.index("are the lyrics") <= f.start <= COPIED.index("come home before the tide")
    assert COPIED[: f.end].endswith("nothing but our hands")


def test_reformatted_copy_still_counts(corpus: Path) -> None:
    # Case, punctuation and line breaks changed: still the same words in the same order.
    text = NOVEL.upper().replace(",", "").replace("\n", "\n\n")
    assert _detect(corpus, text)[0].meta["document"] == "books/linden-street.md"


def test_paraphrase_and_short_quotes_are_ignored(corpus: Path) -> None:
    assert _detect(corpus, PARAPHRASE) == []
    # A short quotation (14 words) is below the default threshold of 40 copied words...
    quote = (
        "As the song says, come home before the tide has turned to glass, come home before the gulls, friend."
    )
    assert _detect(corpus, quote) == []
    # ...and a policy can lower it (runs of w + k - 1 = 11 words or more are always found).
    assert _detect(corpus, quote, min_words=8)


def test_korean_passage(corpus: Path) -> None:
    text = "요청하신 글입니다. " + KOREAN.replace("\n", " ")
    assert [f.meta["document"] for f in _detect(corpus, text, min_words=20)] == ["books/postbox-ko.txt"]
    assert (
        _detect(corpus, "골목 끝의 우체통은 비 오는 날마다 할머니가 답장을 기다리던 곳이었다.", min_words=20)
        == []
    )


def test_winnowing_keeps_a_fraction_of_shingles(corpus: Path) -> None:
    index = build_index(corpus)
    shingles = index.total_words - index.k * len(index.documents)
    assert 0 < len(index.fingerprints) < 0.6 * shingles
    assert sorted(index.documents) == ["books/linden-street.md", "books/postbox-ko.txt", "lantern-song.txt"]


def test_params_are_checked() -> None:
    det = CopyrightDetector()
    assert [p.path for p in det.check_params({"min_words": 3, "bogus": 1}, "output")] == [
        ("bogus",),
        ("min_words",),
    ]


POLICY = """
apiVersion: safety-gateway/v1
kind: Policy
metadata: {{name: copyright}}
spec:
  match: {{models: [{model}]}}
  stream_window: {{size: 400, overlap: 120}}
  rules:
    - id: no-verbatim-copies
      direction: output
      detector: copyright
      action: {action}
"""


@pytest.fixture(scope="module")
def gw(
    make_gateway, upstream: FakeUpstream, corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> RunningGateway:
    policy_dir = tmp_path_factory.mktemp("copyright-policies")
    models = []
    for action in ("block", "truncate", "flag"):
        (policy_dir / f"{action}.yaml").write_text(
            POLICY.format(model=f"cr-{action}", action=action).replace(
                "name: copyright", f"name: copyright-{action}"
            ),
            encoding="utf-8",
        )
        models.append(
            f"  - model_name: cr-{action}\n"
            f'    litellm_params: {{model: openai/m, api_base: "{upstream.url("echo")}", api_key: k}}\n'
        )
    config = (
        "model_list:\n" + "".join(models) + f'policy_paths: ["{policy_dir}"]\n'
        f'copyright: {{corpus: "{corpus}"}}\n'
    )
    return make_gateway(config)


def _client(gw: RunningGateway) -> OpenAI:
    return OpenAI(base_url=gw.url, api_key=gw.key("alpha"), max_retries=0, timeout=30)


def test_policy_blocks_a_copy_whole_and_streamed(gw: RunningGateway) -> None:
    client = _client(gw)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="cr-block", messages=[{"role": "user", "content": COPIED}])
    assert "no-verbatim-copies" in info.value.body["message"]
    stream = client.chat.completions.create(
        model="cr-block", stream=True, messages=[{"role": "user", "content": COPIED}]
    )
    received, error = "", None
    try:
        for chunk in stream:
            received += chunk.choices[0].delta.content or "" if chunk.choices else ""
    except openai.APIError as exc:
        error = exc
    assert error is not None and "no-verbatim-copies" in str(error)
    assert "northern wind" not in received
    ok = client.chat.completions.create(model="cr-block", messages=[{"role": "user", "content": PARAPHRASE}])
    assert ok.choices[0].message.content == PARAPHRASE


def test_policy_truncates_where_the_copy_starts(gw: RunningGateway) -> None:
    client = _client(gw)
    whole = client.chat.completions.create(
        model="cr-truncate", messages=[{"role": "user", "content": COPIED}]
    )
    cut = whole.choices[0].message.content
    # Cut where the copy starts (at most three words early, never late).
    assert cut.startswith("Sure,") and "come home" not in cut and COPIED.startswith(cut)
    assert whole.choices[0].finish_reason == "content_filter"
    stream = client.chat.completions.create(
        model="cr-truncate", stream=True, messages=[{"role": "user", "content": COPIED}]
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == cut and chunks[-1].choices[0].finish_reason == "content_filter"


def test_policy_flags_without_changing_the_answer(gw: RunningGateway) -> None:
    raw = _client(gw).chat.completions.with_raw_response.create(
        model="cr-flag", messages=[{"role": "user", "content": COPIED}]
    )
    assert raw.parse().choices[0].message.content == COPIED
    assert (
        "no-verbatim-copies" in raw.headers["x-gateway-policy"]
        and "action=flag" in raw.headers["x-gateway-policy"]
    )
