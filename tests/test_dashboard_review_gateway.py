"""The dashboard a reviewer reads, over records a real gateway run wrote (issue 16): PII counted once per
value, the rules that decided shown apart from notice/watermark, times in Korea time, the compliance role
verifying the chain and downloading the signed compliance report, and the first-run page.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from audit.dashboard import hash_password
from tests.conftest import RunningGateway, serve_app, write_config
from tests.fake_upstream import FakeUpstream

PW = "review-password-0001"
KEY = "sk-review"
RRN = "900101-1234568"
EMAIL = "kim.review@example.com"

# Two input rules read the pii detector, as baseline + korea-public-sector do: each value is still one.
POLICY = """\
apiVersion: safety-gateway/v1
kind: Policy
metadata: {name: review, owner: tests}
spec:
  match: {}
  rules:
    - id: pseudonymize-pii
      direction: input
      detector: pii
      params: {entities: [KR_RRN, EMAIL_ADDRESS]}
      action: pseudonymize
    - id: pseudonymize-rrn-again
      direction: input
      detector: pii
      params: {entities: [KR_RRN]}
      action: pseudonymize
    - id: ai-notice
      direction: output
      action: notice
      message: "※ 이 응답은 인공지능(AI)이 생성한 결과물입니다."
    - id: ai-watermark
      direction: output
      action: watermark
"""


def _start(tmp: Path, upstream: FakeUpstream, dashboard: str) -> tuple[RunningGateway, Path]:
    from gateway.app import create_app
    from gateway.auth import KeyStore, hash_key
    from gateway.config import load_config

    (tmp / "policy.yaml").write_text(POLICY, encoding="utf-8")
    config = write_config(
        tmp,
        f"""
        model_list:
          - model_name: echo
            litellm_params: {{model: openai/m, api_base: "{upstream.url("echo,tag=review")}", api_key: k}}
            model_info: {{zone: external, license: apache-2.0}}
        policy_paths: [policy.yaml]
        provenance: {{state_dir: var}}
        audit:
          sink: sqlite
          path: audit.db
          spool_dir: spool
          signing_key: audit.pem
          dashboard: {dashboard}
        """,
    )
    app = create_app(load_config(config), KeyStore({hash_key(KEY): "alpha"}, {}))
    return serve_app(app, {KEY: "alpha"}), config


def _login(gw: RunningGateway, user: str) -> httpx.Client:
    c = httpx.Client(base_url=gw.root, timeout=120)
    r = c.post("/audit/login", data={"username": user, "password": PW})
    assert r.status_code == 303 and "sgw_audit_session" in c.cookies
    return c


def _jsonl(c: httpx.Client, want: int, **query: str) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 15
    while True:
        r = c.get("/audit/export", params={"format": "jsonl", **query})
        assert r.status_code == 200
        out = [json.loads(x) for x in r.text.splitlines() if x.strip()]
        if len(out) >= want or time.monotonic() > deadline:
            return out
        time.sleep(0.2)


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory, upstream: FakeUpstream) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("review")
    h = hash_password(PW)
    users = (
        f'{{users: [{{username: kim, password_hash: "{h}", role: compliance}}, '
        f'{{username: lee, password_hash: "{h}", role: security}}]}}'
    )
    gw, config = _start(tmp, upstream, users)
    try:
        r = httpx.post(
            f"{gw.url}/chat/completions",
            json={
                "model": "echo",
                "messages": [{"role": "user", "content": f"주민번호 {RRN}, 메일 {EMAIL}"}],
            },
            headers={"authorization": f"Bearer {KEY}"},
            timeout=60,
        )
        assert r.status_code == 200, r.text
        kim = _login(gw, "kim")
        (rec,) = _jsonl(kim, 1, request_id=r.headers["x-request-id"])
        yield {"gw": gw, "config": config, "tmp": tmp, "kim": kim, "record": rec}
        kim.close()
    finally:
        gw.stop()


def test_pii_once_and_deciding_rules_apart(reviewed: dict[str, Any]) -> None:
    kim: httpx.Client = reviewed["kim"]
    rec = reviewed["record"]
    # the auditor counted each value once, though two rules read the same RRN
    pii = {(p["entity_type"], p.get("stage")): p["count"] for p in rec["pii"]}
    assert pii[("KR_RRN", "input")] == 1 and pii[("EMAIL_ADDRESS", "input")] == 1, pii
    hits = {h["rule_id"]: h["action"] for h in rec["rules"]}
    assert {"review/ai-notice", "review/ai-watermark", "review/pseudonymize-pii"} <= set(hits), hits

    page = kim.get("/audit/records", params={"request_id": rec["request_id"]}).text
    (row,) = re.findall(r"<tr><td class=\"time\">.*?</tr>", page, re.S)
    rules_cell = re.search(r'<td class="rules">(.*?)</td>', row, re.S).group(1)
    deciding, _, labelling = rules_cell.partition('class="labelling"')
    assert "review/pseudonymize-pii" in deciding and "review/ai-notice" not in deciding
    assert "review/ai-notice" in labelling and "review/ai-watermark" in labelling
    pii_cell = re.search(r'<td class="pii">(.*?)</td>', row, re.S).group(1)
    assert "KR_RRN×1" in pii_cell and "EMAIL_ADDRESS×1" in pii_cell and "×2" not in pii_cell

    # times in Korea time, and the page says so
    started = datetime.fromisoformat(rec["started_at"].replace("Z", "+00:00"))
    kst = started.astimezone(ZoneInfo("Asia/Seoul")).strftime("%Y-%m-%d %H:%M:%S")
    assert f'<td class="time">{kst}</td>' in row
    assert "Asia/Seoul (UTC+09:00)" in page and "(Asia/Seoul)" in page
    en = kim.get("/audit/records", params={"request_id": rec["request_id"], "lang": "en"}).text
    assert started.strftime("%Y-%m-%d %H:%M:%S") in en and "UTC (UTC+00:00)" in en
    kim.get("/audit/", params={"lang": "ko"})

    # the record view: two tables
    row_id = re.search(r'href="/audit/records/(\d+)" class="open"', row).group(1)
    view = kim.get(f"/audit/records/{row_id}").text
    findings = re.search(r'<tbody id="findings">(.*?)</tbody>', view, re.S).group(1)
    labels = re.search(r'<tbody id="labelling">(.*?)</tbody>', view, re.S).group(1)
    assert "review/pseudonymize-pii" in findings and "review/ai-notice" not in findings
    assert "review/ai-notice" in labels and "review/ai-watermark" in labels

    # the CSV export: deciding rules in "rules", the labelling ones in "annotations"
    out = kim.get("/audit/export", params={"format": "csv", "request_id": rec["request_id"]}).text
    (line,) = list(csv.DictReader(io.StringIO(out)))
    assert "review/pseudonymize-pii:pseudonymize" in line["rules"] and "notice" not in line["rules"]
    assert "review/ai-notice:notice" in line["annotations"] and "review/ai-watermark" in line["annotations"]
    assert line["pii"].count("KR_RRN:1") == 1

    # overview: the rule chart names the rule in full and counts the request once
    ov = kim.get("/audit/").text
    assert re.search(r">review/pseudonymize-rrn-again<title>review/pseudonymize-rrn-again</title>", ov)
    assert re.search(r"<title>review/pseudonymize-rrn-again\s+1</title>", ov)


def test_compliance_role_verifies_and_downloads_the_signed_report(reviewed: dict[str, Any]) -> None:
    gw: RunningGateway = reviewed["gw"]
    kim: httpx.Client = reviewed["kim"]
    r = kim.get("/audit/integrity")
    assert 'id="verify-now"' in r.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
    r = kim.post("/audit/integrity", data={"csrf": csrf}, follow_redirects=True)
    assert 'id="verify-result" class="ok"' in r.text

    assert 'id="nav-report"' in kim.get("/audit/report").text
    today = datetime.now(ZoneInfo("Asia/Seoul")).date().isoformat()
    period = {"since": today, "until": today}
    r = kim.get("/audit/report", params={**period, "format": "pdf", "lang": "ko"})
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"] == "application/zip" and "attachment" in r.headers["content-disposition"]
    out = reviewed["tmp"] / "download"
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        names = sorted(z.namelist())
        z.extractall(out)
    pdf = next(n for n in names if n.endswith(".pdf"))
    assert names == [pdf, pdf + ".sig"] and (out / pdf).read_bytes().startswith(b"%PDF")
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway",
            "compliance",
            "verify",
            str(out / pdf),
            "--config",
            str(reviewed["config"]),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    # the report alone, its signature in a header; tampering is caught
    r = kim.get("/audit/report", params={**period, "format": "html", "lang": "en", "package": "file"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "compliance report" in r.text.lower()
    (out / "r.html").write_bytes(r.content)
    (out / "r.html.sig").write_text(r.headers["x-report-signature"])
    args = [sys.executable, "-m", "gateway", "compliance", "verify", str(out / "r.html")]
    ok = subprocess.run([*args, "--config", str(reviewed["config"])], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (out / "r.html").write_bytes(r.content.replace(b"</html>", b"<!-- x --></html>"))
    bad = subprocess.run([*args, "--config", str(reviewed["config"])], capture_output=True, text=True)
    assert bad.returncode == 1

    # security may not; a cross-site fetch is refused; a bad period says so
    lee = _login(gw, "lee")
    r = lee.get("/audit/report", params=period)
    assert r.status_code == 403 and 'id="nav-report"' not in r.text
    lee.close()
    r = kim.get(
        "/audit/report",
        params=period,
        headers={"sec-fetch-site": "cross-site", "sec-fetch-mode": "cors", "sec-fetch-dest": "empty"},
    )
    assert r.status_code == 403 and "attachment" not in r.headers.get("content-disposition", "")
    r = kim.get("/audit/report", params={"since": today, "until": "2020-01-01"})
    assert r.status_code == 400 and 'id="report-error"' in r.text

    events = _jsonl(kim, 3, kind="dashboard")
    got = [(e["labels"]["event"], e["actor"], e["decision"]) for e in events]
    assert ("report", "kim", "allow") in got and ("report", "lee", "block") in got
    assert ("verify", "kim", "allow") in got and ("report_page", "kim", "allow") in got
    assert any(e["labels"].get("format") == "pdf" for e in events if e["labels"]["event"] == "report")


def test_first_run_page(tmp_path: Path, upstream: FakeUpstream) -> None:
    gw, _ = _start(tmp_path, upstream, "{}")
    try:
        for path in ("/audit/", "/audit/login", "/audit/records"):
            r = httpx.get(gw.root + path, follow_redirects=True, timeout=30)
            assert r.status_code == 200 and 'id="setup"' in r.text, path
            assert "safety-gateway audit add-user kim --role compliance" in r.text
            assert "safety-gateway audit hash-password" in r.text and "password_hash" in r.text
            assert 'id="login-submit"' not in r.text
    finally:
        gw.stop()
    help_text = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "--help"], capture_output=True, text=True, timeout=60
    ).stdout
    assert "hash-password" in help_text and "add-user" in help_text  # the commands the page names exist


def test_dashboard_csv_is_escaped_like_audit_export(reviewed: dict[str, Any]) -> None:
    """One escaping function for both CSV exports: a client id that a spreadsheet would read as a formula."""
    gw: RunningGateway = reviewed["gw"]
    kim: httpx.Client = reviewed["kim"]
    r = httpx.post(
        f"{gw.url}/chat/completions",
        json={"model": "echo", "messages": [{"role": "user", "content": "hello"}]},
        headers={"authorization": f"Bearer {KEY}", "x-request-id": "-2-3-cmd"},
        timeout=60,
    )
    assert r.status_code == 200
    rid = r.headers["x-request-id"]
    _jsonl(kim, 1, request_id=rid)
    (dash,) = list(
        csv.DictReader(
            io.StringIO(kim.get("/audit/export", params={"format": "csv", "request_id": rid}).text)
        )
    )
    cli = subprocess.run(
        [sys.executable, "-m", "gateway", "audit", "export", "--format", "csv", "--request-id", rid,
         "--config", str(reviewed["config"])],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    (exported,) = list(csv.DictReader(io.StringIO(cli.stdout)))
    assert dash["client_request_id"] == exported["client_request_id"] == "'-2-3-cmd"
    assert dash == exported


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("=1+1", "'=1+1"),
        ("  @SUM(A1)", "'  @SUM(A1)"),
        ("\uff1dcmd", "'\uff1dcmd"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (None, ""),
        (3, 3),
    ],
)
def test_csv_safe(cell: object, want: object) -> None:
    from audit.query import csv_safe

    assert csv_safe(cell) == want


def test_compliance_role_verifies_a_copied_paragraph_against_the_audit(reviewed: dict[str, Any]) -> None:
    """The dashboard's "verify a text": each paragraph of a Korean answer, pasted alone, is checked
    against the 128-bit digests its audit record keeps; an edited one is reported as changed."""
    gw: RunningGateway = reviewed["gw"]
    kim: httpx.Client = reviewed["kim"]
    paragraphs = [
        "여권 재발급은 가까운 구청에서 신청할 수 있습니다.",
        "준비물:",
        "- 기존 여권.\n- 여권용 사진 1매.",
        "수수료는 유효기간과 면수에 따라 다릅니다.",
        "급하면 긴급여권을 신청하세요.",
    ]
    r = httpx.post(
        f"{gw.url}/chat/completions",
        json={"model": "echo", "messages": [{"role": "user", "content": "\n\n".join(paragraphs)}]},
        headers={"authorization": f"Bearer {KEY}"},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    rid = r.headers["x-request-id"]
    answer = r.json()["choices"][0]["message"]["content"]
    blocks = [b for b in answer.split("\n\n") if any(p[:6] in b for p in paragraphs)]
    assert len(blocks) == 5
    _jsonl(kim, 1, request_id=rid)  # the record is written

    page = kim.get("/audit/verify")
    assert page.status_code == 200 and 'id="nav-verify"' in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    for block in blocks:
        res = kim.post("/audit/verify?lang=en", data={"csrf": csrf, "text": block})
        assert res.status_code == 200
        assert 'id="text-verify-result" class="ok"' in res.text, res.text[-3000:]
        assert f"request_id={rid}" in res.text and "audit record (128-bit digest)" in res.text
    edited = kim.post("/audit/verify?lang=en", data={"csrf": csrf, "text": blocks[3].replace("면수", "쪽수")})
    assert 'class="bad"' in edited.text and "Changed: the text is not" in edited.text
    assert kim.post("/audit/verify", data={"csrf": "wrong", "text": blocks[0]}).status_code == 400
    # the check is audited, the pasted text is not
    events = _jsonl(kim, 1, kind="dashboard")
    checks = [e for e in events if e["labels"].get("event") == "verify_text"]
    assert len(checks) >= 6 and {e["labels"]["exit_code"] for e in checks} >= {"0", "4"}
    assert all(blocks[0][:10] not in json.dumps(e, ensure_ascii=False) for e in checks)
