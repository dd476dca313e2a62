"""A statistical watermark for text the gateway generates itself (Kirchenbauer et al. 2023).

At every step the vocabulary is split, by a keyed hash of the previous token, into a green list
(a fraction ``gamma``) and the rest, and ``delta`` is added to the green logits. Text written that
way has far more green tokens than chance; the detector counts them with the same tokenizer and
key and reports a z-score. Nothing is stored per response: key + tokenizer are enough to check.

The green list is a keyed integer hash of (previous token, token), evaluated for the whole
vocabulary with a few int64 tensor operations: the same on CPU and CUDA and across torch versions
(a seeded ``randperm`` is not guaranteed to be), and cheap enough to compute at every step.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import logging
import math
import os
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

log = logging.getLogger("safety_gateway.provenance")

ENV_GREENLIST_KEY = "SAFETY_GATEWAY_GREENLIST_KEY"
# The per-request switch in the parameters handed to the in-process model (True/"greenlist" or
# False/"off"); the gateway sets it from policy and must not take it from client bodies.
REQUEST_SWITCH = "safety_gateway_watermark"
DEFAULT_GAMMA = 0.25
DEFAULT_DELTA = 2.0
DEFAULT_THRESHOLD = 4.0

_P = 2**31 - 1  # a prime: multiplication by a non-zero constant permutes 1..P-1
_DOMAIN = b"safety-gateway/greenlist/v1\x00"


@dataclass(frozen=True)
class GreenListConfig:
    key: bytes
    gamma: float = DEFAULT_GAMMA
    delta: float = DEFAULT_DELTA
    enabled: bool = True  # for every request unless the request switches it off

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("green-list watermark key is empty")
        if not 0.0 < self.gamma < 1.0:
            raise ValueError(f"watermark_gamma must be between 0 and 1, got {self.gamma}")
        if not self.delta > 0.0:
            raise ValueError(f"watermark_delta must be positive, got {self.delta}")

    def __repr__(self) -> str:  # never print the key
        return f"GreenListConfig(gamma={self.gamma}, delta={self.delta}, enabled={self.enabled})"

    def active_for(self, params: Mapping[str, Any]) -> bool:
        switch = params.get(REQUEST_SWITCH)
        if switch is None:
            return self.enabled
        return switch is True or switch in ("greenlist", "on")


def greenlist_from_params(
    params: Mapping[str, Any], env: Mapping[str, str] = os.environ, *, name: str = "model"
) -> GreenListConfig | None:
    """From a deployment's ``litellm_params``: ``watermark: greenlist`` turns it on for every request;
    ``watermark_key`` (or ``$SAFETY_GATEWAY_GREENLIST_KEY``) is the secret; ``watermark_gamma`` and
    ``watermark_delta`` tune it. With a key but no ``watermark: greenlist`` the watermark is
    available, off by default, for a per-request switch."""
    mode = params.get("watermark")
    if mode not in (None, False, "off", "none", "greenlist"):
        raise ValueError(
            f"model '{name}': litellm_params.watermark must be 'greenlist' or 'off', got {mode!r}"
        )
    key = params.get("watermark_key") or env.get(ENV_GREENLIST_KEY)
    if not key:
        if mode == "greenlist":
            raise ValueError(
                f"model '{name}': watermark: greenlist needs litellm_params.watermark_key "
                f"or ${ENV_GREENLIST_KEY}"
            )
        return None
    try:
        return GreenListConfig(
            str(key).encode("utf-8"),
            float(params.get("watermark_gamma", DEFAULT_GAMMA)),
            float(params.get("watermark_delta", DEFAULT_DELTA)),
            enabled=mode == "greenlist",
        )
    except ValueError as exc:
        raise ValueError(f"model '{name}': {exc}") from None


def _step_constants(key: bytes, prev: int) -> tuple[int, int, int]:
    h = hmac.new(key, _DOMAIN + int(prev).to_bytes(8, "big", signed=True), hashlib.sha256).digest()
    offset = int.from_bytes(h[0:4], "big") % _P
    m1 = int.from_bytes(h[4:8], "big") % (_P - 1) + 1
    m2 = int.from_bytes(h[8:12], "big") % (_P - 1) + 1
    return offset, m1, m2


def _mix(x: Any, offset: int, m1: int, m2: int) -> Any:
    """Works on Python ints and int64 tensors alike; every intermediate stays below 2**62."""
    x = ((x + offset) % _P) * m1 % _P
    x = x ^ (x >> 16)
    x = x * m2 % _P
    return x ^ (x >> 15)


def _cut(gamma: float) -> int:
    return int(gamma * 2**31)


def is_green(key: bytes, prev: int, token: int, gamma: float = DEFAULT_GAMMA) -> bool:
    return bool(_mix(int(token), *_step_constants(key, prev)) < _cut(gamma))


def green_mask(
    key: bytes, prev: int, vocab_size: int, gamma: float = DEFAULT_GAMMA, device: Any = None
) -> Any:
    import torch

    ids = torch.arange(vocab_size, dtype=torch.int64, device=device)
    return _mix(ids, *_step_constants(key, prev)) < _cut(gamma)


class GreenListProcessor:
    """A transformers ``LogitsProcessor``: adds ``delta`` to the green tokens of each step."""

    def __init__(self, config: GreenListConfig, cache_size: int = 256) -> None:
        self.config = config
        self._cache: OrderedDict[tuple[int, int, str], Any] = OrderedDict()
        self._cache_size = cache_size

    def _bias(self, prev: int, vocab: int, device: Any, dtype: Any) -> Any:
        k = (prev, vocab, str(device))
        bias = self._cache.get(k)
        if bias is None:
            mask = green_mask(self.config.key, prev, vocab, self.config.gamma, device)
            bias = mask.to(dtype) * self.config.delta
            self._cache[k] = bias
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(k)
        return bias

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        vocab = scores.shape[-1]
        rows = [
            self._bias(int(input_ids[b, -1]), vocab, scores.device, scores.dtype)
            for b in range(input_ids.shape[0])
        ]
        return scores + torch.stack(rows)


@dataclass(frozen=True)
class GreenListScore:
    tokens: int  # tokens in the text
    scored: int  # (previous, token) pairs counted; repeats are counted once
    green: int
    green_fraction: float
    gamma: float
    z: float
    p_value: float  # one-sided, normal approximation
    threshold: float
    detected: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def score_token_ids(
    ids: Sequence[int],
    key: bytes,
    gamma: float = DEFAULT_GAMMA,
    threshold: float = DEFAULT_THRESHOLD,
    ignore_repeated: bool = True,
) -> GreenListScore:
    """z-score of the green tokens in ``ids``. The first token is not scored (its predecessor was the
    prompt's last token). Repeated (previous, token) pairs count once, so a repeated phrase cannot
    inflate the score (Kirchenbauer et al., "On the reliability of watermarks", 2023)."""
    seen: set[tuple[int, int]] = set()
    green = scored = 0
    for prev, tok in itertools.pairwise(ids):
        if ignore_repeated:
            if (prev, tok) in seen:
                continue
            seen.add((prev, tok))
        scored += 1
        green += is_green(key, prev, tok, gamma)
    if scored == 0:
        return GreenListScore(len(ids), 0, 0, 0.0, gamma, 0.0, 1.0, threshold, False)
    z = (green - gamma * scored) / math.sqrt(scored * gamma * (1 - gamma))
    p = 0.5 * math.erfc(z / math.sqrt(2))
    return GreenListScore(len(ids), scored, green, green / scored, gamma, z, p, threshold, z >= threshold)


def detect(
    text: str, tokenizer: Any, key: bytes, gamma: float = DEFAULT_GAMMA, threshold: float = DEFAULT_THRESHOLD
) -> GreenListScore:
    ids = tokenizer.encode(text, add_special_tokens=False)
    return score_token_ids(list(ids), key, gamma, threshold)
