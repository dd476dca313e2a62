"""The dashboard in headless Chromium (Debian ``chromium`` + ``chromium-driver``, driven by selenium):
log in, filter, open a record, export. Skipped when Chromium, chromedriver or selenium is missing.

Screenshots go to ``$AUDIT_SCREENSHOT_DIR`` (default: the test's temporary directory)."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from audit.config import AuditConfig, open_store
from audit.dashboard import DashboardConfig, DashboardUser, create_dashboard, hash_password

from .helpers import write_records

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
selenium = pytest.importorskip("selenium", reason="selenium not installed")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER), reason="Debian chromium + chromium-driver not installed"
)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def _replaced(old):
    """Like ``EC.staleness_of``, but also when chromedriver, asked about a node mid-navigation, answers
    "Node with given id does not belong to the document" instead of a stale-element error (seen in CI)."""

    def check(_driver) -> bool:
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as exc:
            if "does not belong to the document" in str(exc):
                return True
            raise

    return check


def click_and_wait(b, element) -> None:
    """Click something that navigates, and wait until the new page replaced the old one."""
    old = b.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(b, 15).until(_replaced(old))
    WebDriverWait(b, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path):
    import uvicorn
    from starlette.applications import Starlette
    from starlette.routing import Mount

    cfg = AuditConfig(
        path=str(tmp_path / "a.db"), spool_dir=str(tmp_path / "spool"), signing_key=str(tmp_path / "k.pem")
    )
    asyncio.run(write_records(cfg, 60, batch=15))
    store = open_store(cfg)
    dash = DashboardConfig(
        users=[DashboardUser(username="kim", password_hash=hash_password("pw-1234"), role="security")],
        default_lang="ko",
    )
    app = Starlette(routes=[Mount("/audit", app=create_dashboard(store, dash, cfg.keyring()))])
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/audit"
    srv.should_exit = True
    t.join(10)


@pytest.fixture
def browser(tmp_path: Path):
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--lang=ko-KR",
    ):
        opts.add_argument(a)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    opts.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "intl.accept_languages": "ko-KR,ko",
        },
    )
    drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
    drv.downloads = downloads  # type: ignore[attr-defined]
    yield drv
    drv.quit()


def test_login_filter_open_export(server: str, browser, tmp_path: Path) -> None:
    shots = Path(os.environ.get("AUDIT_SCREENSHOT_DIR") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    b = browser
    b.get(server + "/")
    assert "/login" in b.current_url
    b.find_element(By.ID, "username").send_keys("kim")
    b.find_element(By.ID, "password").send_keys("pw-1234")
    b.save_screenshot(str(shots / "audit-01-login.png"))
    click_and_wait(b, b.find_element(By.ID, "login-submit"))
    assert b.find_element(By.ID, "total").text == "60"
    assert b.find_element(By.ID, "chart-days").is_displayed()
    b.save_screenshot(str(shots / "audit-02-overview-ko.png"))

    # filter the records table
    click_and_wait(b, b.find_element(By.ID, "nav-records"))
    b.find_element(By.ID, "f-tenant").send_keys("acme")
    Select(b.find_element(By.ID, "f-decision")).select_by_value("block")
    click_and_wait(b, b.find_element(By.ID, "f-submit"))
    rows = b.find_elements(By.CSS_SELECTOR, "#records tbody tr")
    assert len(rows) == 5 and all("acme" in r.text for r in rows)
    b.save_screenshot(str(shots / "audit-03-records-filtered.png"))

    # open a record
    click_and_wait(b, rows[0].find_element(By.CSS_SELECTOR, "a.open"))
    assert "정상" in b.find_element(By.ID, "chain-status").text
    assert "<PHONE_NUMBER>" in b.find_element(By.ID, "prompt").text
    assert b.find_element(By.ID, "policy").text == "public-sector"
    b.save_screenshot(str(shots / "audit-04-record.png"))

    # export the filtered view
    b.back()
    WebDriverWait(b, 15).until(EC.presence_of_element_located((By.ID, "export-csv"))).click()
    for _ in range(100):
        files = [p for p in b.downloads.glob("*.csv")]
        if files and not list(b.downloads.glob("*.crdownload")):
            break
        time.sleep(0.1)
    assert files, "no CSV downloaded"
    lines = files[0].read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6 and lines[0].startswith("row_id,chain_id")

    # integrity panel, in English
    b.get(server + "/integrity?lang=en")
    click_and_wait(b, b.find_element(By.ID, "verify-now"))
    assert "Intact" in b.find_element(By.ID, "verify-result").text
    b.save_screenshot(str(shots / "audit-05-integrity-en.png"))
    b.get(server + "/")
    assert "Requests per day" in b.page_source
    b.save_screenshot(str(shots / "audit-06-overview-en.png"))


def test_a_login_form_on_another_site_gets_no_session(server: str, browser, tmp_path: Path) -> None:
    """Login CSRF in a real browser: a page on another origin posts valid credentials to the dashboard."""
    import http.server

    page = (
        f'<form method="post" action="{server}/login"><input name="username" value="kim">'
        '<input name="password" value="pw-1234"><button id="go">go</button></form>'
    ).encode()

    class Evil(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    evil = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        b = browser
        b.get(f"http://127.0.0.1:{evil.server_address[1]}/")
        click_and_wait(b, b.find_element(By.ID, "go"))
        assert "Cross-site request refused" in b.page_source
        b.get(server + "/")
        assert "/login" in b.current_url  # no session was set
        assert not any(c["name"] == "sgw_audit_session" for c in b.get_cookies())
    finally:
        evil.shutdown()


# -- layout at common widths (issue 16) -----------------------------------------------------------------
WIDTHS = [(1280, 800), (1366, 768), (1440, 900), (1920, 1080)]
SHOT_AT = {(1366, 768), (1920, 1080)}  # screenshots kept for the docs (docs/screenshots/)
LONG_RULES = [
    "korea-public-sector/kr-resident-registration-number-pseudonymize",
    "baseline/pseudonymize-pii-external",
    "korea-public-sector/block-classified-document-markers",
]
LABELLING = {
    "baseline/ai-notice": "notice",
    "korea-public-sector/ai-notice-ko": "notice",
    "baseline/ai-watermark": "watermark",
}

# Everything that must not happen at any width, measured by the browser that laid the page out.
GEOMETRY_JS = (Path(__file__).parent / "layout_check.js").read_text(encoding="utf-8")


@pytest.fixture
def review_server(tmp_path: Path):
    """Records as a Korean public-sector deployment writes them: every decision, long rule ids, notice and
    watermark rules on every answer, PII in both directions."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.routing import Mount

    from audit.config import open_writer
    from audit.dashboard.report import ReportSource
    from audit.record import PiiCount, RuleHit

    from .conftest import make_record

    cfg = AuditConfig(
        path=str(tmp_path / "a.db"), spool_dir=str(tmp_path / "spool"), signing_key=str(tmp_path / "k.pem")
    )
    decisions = ["pseudonymize", "block", "route", "redact", "flag", "allow", "error"]

    async def fill() -> None:
        w = await open_writer(cfg)
        for i in range(40):
            dec = decisions[i % len(decisions)]
            rules = [
                RuleHit(rule_id=LONG_RULES[j], action=dec, detector="pii", score=0.85, stage="input")
                for j in range(i % 3 + 1)
                if dec not in ("allow", "error")
            ] + [RuleHit(rule_id=r, action=a, stage="output") for r, a in LABELLING.items()]
            rec = make_record(
                i,
                decision=dec,
                rules=tuple(rules),
                request_id=f"req_{i:032x}",
                client_request_id="client-" + "x" * 60,
                pii=(
                    PiiCount(entity_type="KR_RRN", count=1, stage="input"),
                    PiiCount(entity_type="EMAIL_ADDRESS", count=1, stage="input"),
                    PiiCount(entity_type="KR_RRN", count=1, stage="output"),
                ),
                tenant="서울특별시-민원-상담" if i % 2 else "gov-seoul",
            )
            await w.submit(rec)
        await w.close()

    asyncio.run(fill())

    def no_facts() -> Any:
        raise ValueError("not in this test")

    store = open_store(cfg)
    dash = DashboardConfig(
        users=[DashboardUser(username="kim", password_hash=hash_password("pw-1234"), role="compliance")],
        default_lang="ko",
    )
    report = ReportSource(facts=no_facts, signer=lambda: None)
    inner = create_dashboard(store, dash, cfg.keyring(), report=report)
    app = Starlette(routes=[Mount("/audit", app=inner)])
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/audit"
    srv.should_exit = True
    t.join(10)


def test_layout_at_common_widths(review_server: str, browser, tmp_path: Path) -> None:
    """No badge on two lines, nothing out of its panel or the window, no chart label cut off, at 1280,
    1366×768, 1440 and 1920 px, in Korean and English; screenshots for the docs."""
    shots = Path(os.environ.get("AUDIT_SCREENSHOT_DIR") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    b = browser
    b.get(review_server + "/login")
    b.find_element(By.ID, "username").send_keys("kim")
    b.find_element(By.ID, "password").send_keys("pw-1234")
    click_and_wait(b, b.find_element(By.ID, "login-submit"))
    b.get(review_server + "/integrity")
    click_and_wait(b, b.find_element(By.ID, "verify-now"))  # the compliance role may verify
    assert "정상" in b.find_element(By.ID, "verify-result").text
    b.get(review_server + "/records?request_id=req_" + f"{0:032x}")
    record = b.find_element(By.CSS_SELECTOR, "a.open").get_attribute("href")

    pages = {
        "overview": "/?lang={lang}",
        "records": "/records?lang={lang}",
        "record": record.split("/audit", 1)[1] + "?lang={lang}",
        "integrity": "/integrity?lang={lang}",
        "report": "/report?lang={lang}",
    }
    problems: list[str] = []
    checked = 0
    for w, h in WIDTHS:
        b.set_window_size(w, h)
        for lang in ("ko", "en"):
            for name, path in pages.items():
                b.get(review_server + path.format(lang=lang))
                assert b.find_element(By.ID, "zone").text  # every page says which time zone it shows
                found = b.execute_script(GEOMETRY_JS)
                problems += [f"{w}x{h} {lang} {name}: {p}" for p in found]
                checked += 1
                if (w, h) in SHOT_AT and (lang == "ko" or name == "overview"):
                    b.save_screenshot(str(shots / f"dashboard-{name}-{lang}-{w}x{h}.png"))
    assert checked == len(WIDTHS) * 2 * len(pages)
    assert not problems, "\n".join(problems[:40])

    # The checks themselves can fail: a page that is too wide for its window is reported.
    b.set_window_size(1280, 800)
    b.get(review_server + "/records?lang=ko")  # Korean breaks between any two syllables
    b.execute_script("document.querySelector('main').style.minWidth = '2400px'")
    assert any("sideways" in p for p in b.execute_script(GEOMETRY_JS))
    b.execute_script(
        "const t = document.querySelector('.tag'); t.style.width = '1.2em'; t.style.whiteSpace = 'normal'"
    )
    assert any("wraps onto" in p for p in b.execute_script(GEOMETRY_JS))
