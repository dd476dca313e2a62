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
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def click_and_wait(b, element) -> None:
    """Click something that navigates, and wait until the new page replaced the old one."""
    old = b.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(b, 15).until(EC.staleness_of(old))
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
