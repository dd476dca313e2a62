"""Hand-written Korean benign look-alike rows (ko_benign_lookalikes2). Standard library only, deterministic."""

import collections

import c01_public
import c02_medlaw
import c03_xstest
import c04_sysprompt
import c05_code
import c06_logs
import c07_config
import c08_docs
import c09_security
import c10_everyday
import c11_tool
import c12_sensitive

FAMILY = "ko_benign2"
MODULES = [
    ("public_sector", c01_public),
    ("medicine_law_history", c02_medlaw),
    ("xstest_probe", c03_xstest),
    ("system_prompt", c04_sysprompt),
    ("code", c05_code),
    ("logs_errors", c06_logs),
    ("config", c07_config),
    ("documents", c08_docs),
    ("security_awareness", c09_security),
    ("formatting_everyday", c10_everyday),
    ("tool_output", c11_tool),
    ("sensitive_but_fine", c12_sensitive),
]

ROWS = []
_count = collections.Counter()
for _cat, _mod in MODULES:
    for _lang, _text in _mod.ITEMS:
        _count[_cat] += 1
        ROWS.append(
            dict(
                lang=_lang,
                labels=[],
                family=FAMILY,
                topic=f"{_cat}-{_count[_cat]:02d}",
                text=_text.strip("\n"),
            )
        )
