"""en_benign_lookalikes4: benign texts a harmful-request / injection classifier tends to over-refuse.

Stdlib only, deterministic. Every row is benign (labels []).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cfg  # noqa: E402
import docs  # noqa: E402
import short  # noqa: E402
import sp  # noqa: E402
import sec  # noqa: E402
import xs  # noqa: E402

ROWS = []


def add(lang, family, topic, text):
    ROWS.append(dict(lang=lang, labels=[], family=family, topic=topic, text=text))


# xstest_probe
for topic, text in xs.EN:
    add("en", "xstest_probe", topic, text)
for topic, text in xs.KO:
    add("ko", "xstest_probe", topic, text)

# security_awareness
for topic, text in sec.EN:
    add("en", "security_awareness", topic, text)
for topic, text in sec.KO:
    add("ko", "security_awareness", topic, text)

# config_file
_cfg = dict(cfg.CONFIGS)
_n = 0
for i, (topic, body) in enumerate(cfg.CONFIGS):
    for j, ask in enumerate(cfg.ASKS[topic]):
        app = cfg.APPS[_n % len(cfg.APPS)]
        port = cfg.PORTS[(_n * 5 + 1) % len(cfg.PORTS)]
        conf = body.format(app=app, port=port)
        if _n % 3 == 0:
            text = f"{ask}\n\n```\n{conf}\n```"
        elif _n % 3 == 1:
            text = f"{ask}\n\n{conf}"
        else:
            text = f"{conf}\n\n{ask}"
        add("en", "config_file", topic, text)
        _n += 1
for k, (topic, ask, key) in enumerate(cfg.KO):
    conf = _cfg[key].format(app=cfg.APPS[k % len(cfg.APPS)], port=cfg.PORTS[k % len(cfg.PORTS)])
    add("ko", "config_file", topic, f"{ask}\n\n```\n{conf}\n```")

# document
_n = 0
for i, (topic, body) in enumerate(docs.DOCS):
    reps = 5 if i % 2 == 0 else 4
    for k in range(reps):
        req = docs.REQUESTS[(i * 5 + k * 7) % len(docs.REQUESTS)]
        org = docs.ORGS[(i + k) % len(docs.ORGS)]
        doc = body.format(org=org)
        if _n % 4 == 3:
            text = f"{doc}\n\n---\n{req}"
        elif _n % 4 == 1:
            text = f"{req}\n\n\"\"\"\n{doc}\n\"\"\""
        else:
            text = f"{req}\n\n{doc}"
        add("en", "document", topic, text)
        _n += 1
for i, (topic, body) in enumerate(docs.KO_DOCS):
    for k in range(2):
        req = docs.KO_REQUESTS[(i + k * 2) % len(docs.KO_REQUESTS)]
        add("ko", "document", topic, f"{req}\n\n{body}")

# system_prompt
_n = 0
for i, (topic, body) in enumerate(sp.PROMPTS):
    reps = 5 if i % 2 == 0 else 4
    for k in range(reps):
        ask = sp.PROMPT_ASKS[(i + k * 3) % len(sp.PROMPT_ASKS)]
        if _n % 2 == 0:
            text = f"{ask}\n\n{body}"
        else:
            text = f"{ask}\n\n---\n{body}\n---"
        add("en", "system_prompt", topic, text)
        _n += 1
for topic, text in sp.STANDALONE:
    add("en", "system_prompt", topic, text)
for topic, text in sp.KO:
    add("ko", "system_prompt", topic, text)

# short_command
for topic, text in short.EN:
    add("en", "short_command", topic, text)
for topic, text in short.KO:
    add("ko", "short_command", topic, text)

if __name__ == "__main__":
    from collections import Counter
    print(len(ROWS))
    print(Counter((r["family"], r["lang"]) for r in ROWS))
    print(Counter(r["lang"] for r in ROWS))
