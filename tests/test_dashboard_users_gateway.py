"""End to end: `safety-gateway audit add-user` (the real CLI, in its own process) creates a user, and a
running gateway's dashboard signs that user in with that role, without a restart."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx

from tests.fake_upstream import FakeUpstream
from tests.test_dashboard_review_gateway import _start

PW = "added-from-the-cli-1"


def _cli(config: Path, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", "audit", *argv, "--config", str(config)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )


def test_a_user_added_with_the_cli_signs_in_to_the_running_dashboard(
    tmp_path: Path, upstream: FakeUpstream
) -> None:
    gw, config = _start(tmp_path, upstream, "{}")
    try:
        first = httpx.get(gw.root + "/audit/", timeout=30)
        assert 'id="setup"' in first.text and "safety-gateway audit add-user" in first.text
        done = _cli(config, "add-user", "lee", "--role", "security", "--password-stdin", stdin=PW + "\n")
        assert done.returncode == 0, done.stderr
        users_file = tmp_path / "dashboard-users.json"  # beside audit.db, which the config puts beside it
        assert users_file.exists() and stat.S_IMODE(users_file.stat().st_mode) == 0o600
        assert PW not in users_file.read_text()
        again = _cli(config, "add-user", "lee", "--password-stdin", stdin=PW + "\n")
        assert again.returncode == 1 and "--force" in again.stderr
        wrong = _cli(config, "add-user", "park", "--role", "root", "--password-stdin", stdin=PW + "\n")
        assert wrong.returncode == 2 and "unknown role 'root'" in wrong.stderr

        with httpx.Client(base_url=gw.root, timeout=60) as c:
            r = c.post("/audit/login", data={"username": "lee", "password": PW})
            assert r.status_code == 303 and "sgw_audit_session" in c.cookies
            home = c.get("/audit/?lang=en")
            assert home.status_code == 200
            who = home.text.split('class="who"', 1)[1][:120]
            assert "lee" in who and "security" in who
            # the security role may run a chain verification; the report is for admin and compliance
            assert 'id="verify-now"' in c.get("/audit/integrity").text
            assert c.get("/audit/report").status_code == 403
            listed = _cli(config, "list-users")
            assert listed.returncode == 0 and "lee" in listed.stdout and "security" in listed.stdout
            assert _cli(config, "remove-user", "lee").returncode == 0
            gone = c.get("/audit/?lang=en", follow_redirects=True)
            assert 'id="setup"' in gone.text  # signed out, and nobody is left
    finally:
        gw.stop()
