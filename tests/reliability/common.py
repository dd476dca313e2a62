"""Steps several scenarios share: calibrating decisions at rest, judging the samples of a run."""

from __future__ import annotations

import collections
from typing import Any

from tests.reliability import workload
from tests.reliability.harness import Checks, log
from tests.reliability.runner import Load, Sample, run_load

# Kinds whose input decision depends only on the prompt text (compared with the calibration). PII
# requests carry values unique to each request, so their text (and classifier score) differs each time.
DECIDED_BY_TEXT = {
    "chat",
    "chat_stream",
    "completions",
    "embeddings",
    "long",
    "injection",
    "injection_stream",
}
PII_KINDS = {"pii", "pii_stream"}
# What a PII request gets while the vault is away: refused before forwarding (503), or its answer
# cannot be restored (502, or an error event in a stream). Never raw PII upstream, never placeholders.
VAULT_DOWN = {
    "error:503:pii_vault_unavailable",
    "error:502:pii_vault_unavailable",
    "stream_error:pii_vault_unavailable",
}


def calibrate(port: int, key: str, run_id: str, first_index: int = 900_000) -> tuple[dict[str, str], Load]:
    """Each distinct prompt once, one at a time: the decision the gateway makes at rest."""
    reqs = workload.calibration(run_id, first_index)
    by_index = {r.index - first_index: r for r in reqs}
    load = Load(
        [("127.0.0.1", port)], key, len(reqs), 1, {"chat": 1}, run_id, build=lambda i, _kind: by_index[i]
    )
    run_load(load)
    expected: dict[str, str] = {}
    for s in load.samples:
        expected[s.prompt_key] = s.outcome
        # The same text decides the same way on every endpoint and streamed or not.
    blocked = sorted(k for k, v in expected.items() if v == "blocked")
    log(f"calibration: {len(expected)} prompts, blocked at rest: {blocked}")
    return expected, load


def calibration_summary(expected: dict[str, str]) -> dict[str, Any]:
    def rate(prefix: str, keys: list[int] | None = None) -> dict[str, Any]:
        ks = [
            k
            for k in expected
            if k.startswith(prefix + ":") and (keys is None or int(k.split(":")[1]) in keys)
        ]
        blocked = [k for k in ks if expected[k] == "blocked"]
        return {"prompts": len(ks), "blocked": len(blocked), "blocked_keys": blocked}

    n_kw = len(workload.KEYWORD_INJECTIONS)
    return {
        "keyword_injections": rate("injection", list(range(n_kw))),
        "classifier_only_injections": rate("injection", list(range(n_kw, len(workload.INJECTIONS)))),
        "clean_prompts_blocked (false positives)": rate("clean"),
        "long_documents_blocked": rate("long"),
        "pii_templates_blocked": rate("pii"),
        "outcomes": dict(collections.Counter(expected.values())),
    }


def mismatches(
    samples: list[Sample], expected: dict[str, str], phases: set[str] | None = None
) -> list[Sample]:
    """Samples whose outcome differs from the calibrated decision for their prompt."""
    out = []
    for s in samples:
        if s.kind not in DECIDED_BY_TEXT or (phases is not None and s.phase not in phases):
            continue
        want = expected.get(s.prompt_key)
        if want is not None and s.outcome != want:
            out.append(s)
    return out


def pii_blocks(samples: list[Sample], records: list[dict[str, Any]]) -> dict[str, Any]:
    """PII requests that were blocked, and by what: a classifier finding on that exact text (a false
    positive worth knowing), a detector error (fail closed), or anything else (a bug)."""
    by_id = {r["request_id"]: r for r in records}
    found: collections.Counter[str] = collections.Counter()
    other: list[str] = []
    for s in samples:
        if s.kind not in PII_KINDS or s.outcome != "blocked":
            continue
        hits = by_id.get(s.request_id, {}).get("rules", [])
        if any(h["action"].endswith("(detector error)") for h in hits):
            found["detector error (fail closed)"] += 1
        elif any(h.get("detector") == "classifier" and h.get("score") is not None for h in hits):
            found[f"classifier finding ({s.prompt_key})"] += 1
        else:
            other.append(s.request_id)
    return {
        "pii_requests": sum(1 for s in samples if s.kind in PII_KINDS),
        "blocked": dict(found),
        "blocked_otherwise": other[:5],
        "ok": not other,
    }


def standard_checks(checks: Checks, samples: list[Sample], label: str = "") -> None:
    """What must hold for every run without injected faults."""
    sfx = f" ({label})" if label else ""
    transport = collections.Counter(s.outcome for s in samples if s.outcome.startswith("transport:"))
    checks.add(f"every request got an HTTP answer{sfx}", not transport, dict(transport))
    # A 503 detector_unavailable is a fail-closed refusal the policy chose (counted with the blocks).
    fivexx = collections.Counter(
        f"{s.status}:{s.outcome}"
        for s in samples
        if s.status >= 500 and not (s.status == 503 and s.outcome == "blocked")
    )
    checks.add(f"no 5xx the gateway caused{sfx}", not fivexx, dict(fivexx))
    problems = [s for s in samples if s.problem]
    checks.add(
        f"every answer well-formed (OpenAI bodies, streams end, PII restored){sfx}",
        not problems,
        [(s.request_id, s.problem) for s in problems[:5]],
    )


def outcomes_by_id(samples: list[Sample]) -> dict[str, str]:
    return {s.request_id: s.outcome for s in samples}
