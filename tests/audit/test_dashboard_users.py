"""``audit add-user | list-users | remove-user``: the users file, its errors, and the dashboard reading
it again without a restart."""

from __future__ import annotations

import io
import json
import stat
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient

from audit.config import AuditConfig, open_store
from audit.dashboard.app import create_dashboard
from audit.dashboard.auth import DashboardConfig, DashboardUser, hash_password
from audit.dashboard.users import USERS_FILE_NAME, read_users

from .helpers import run_cli

PW = "correct-horse-9"


def _cfg(tmp_path: Path, **dashboard: object) -> AuditConfig:
    return AuditConfig(
        path="var/audit.db",
        spool_dir="var/spool",
        signing_key="var/k.pem",
        dashboard=DashboardConfig(**dashboard),  # type: ignore[arg-type]
    ).resolved(tmp_path)


def _cli(
    cfg: AuditConfig, monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_cli(cfg, "audit", *argv)


def test_the_users_file_defaults_beside_the_sqlite_database(tmp_path: Path) -> None:
    assert _cfg(tmp_path).dashboard.users_file == str(tmp_path / "var" / USERS_FILE_NAME)
    default = AuditConfig.in_state_dir("state").resolved(tmp_path)
    assert default.dashboard.users_file == str(tmp_path / "state" / USERS_FILE_NAME)
    pg = AuditConfig(sink="postgres", postgres_dsn="postgresql://x@h/db").resolved(tmp_path)
    assert pg.dashboard.users_file == str(tmp_path / USERS_FILE_NAME)
    own = AuditConfig(dashboard=DashboardConfig(users_file="etc/users.json")).resolved(tmp_path)
    assert own.dashboard.users_file == str(tmp_path / "etc" / "users.json")


def test_add_list_remove_and_their_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _cfg(tmp_path, users=[DashboardUser(username="yaml-kim", password_hash=hash_password(PW))])
    path = Path(str(cfg.dashboard.users_file))
    rc, out, err = _cli(
        cfg, monkeypatch, "add-user", "lee", "--role", "security", "--password-stdin", stdin=PW + "\n"
    )
    assert rc == 0 and "added" in out and "no restart" in out, err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert PW not in path.read_text()
    (lee,) = read_users(path)
    assert lee.role == "security" and lee.password_hash.startswith("scrypt$")
    # the same name again: refused unless --force, which replaces password and role
    rc, _, err = _cli(cfg, monkeypatch, "add-user", "lee", "--password-stdin", stdin=PW + "\n")
    assert rc == 1 and "--force" in err
    rc, out, _ = _cli(
        cfg,
        monkeypatch,
        "add-user",
        "lee",
        "--role",
        "admin",
        "--password-stdin",
        "--force",
        stdin="another-pw-1\n",
    )
    assert rc == 0 and "replaced" in out and [u.role for u in read_users(path)] == ["admin"]
    # a name gateway.yaml already lists is not shadowed by the file
    rc, _, err = _cli(cfg, monkeypatch, "add-user", "yaml-kim", "--password-stdin", stdin=PW + "\n")
    assert rc == 1 and "gateway.yaml" in err
    # no terminal and no --password-stdin: a clear error, never a prompt that reads the pipe
    rc, _, err = _cli(cfg, monkeypatch, "add-user", "park", stdin=PW + "\n")
    assert rc == 1 and "--password-stdin" in err
    rc, _, err = _cli(cfg, monkeypatch, "add-user", "park", "--password-stdin", stdin="short\n")
    assert rc == 1 and "8 characters" in err
    rc, out, _ = _cli(cfg, monkeypatch, "list-users", "--json")
    assert rc == 0 and json.loads(out) == [
        {"username": "yaml-kim", "role": "compliance", "source": "gateway.yaml"},
        {"username": "lee", "role": "admin", "source": str(path)},
    ]
    rc, out, _ = _cli(cfg, monkeypatch, "remove-user", "lee")
    assert rc == 0 and read_users(path) == []
    rc, _, err = _cli(cfg, monkeypatch, "remove-user", "lee")
    assert rc == 1 and "no user" in err


@pytest.mark.parametrize("argv", [["--role", "auditor"], ["--role", "ADMIN"]])
def test_an_unknown_role_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        _cli(_cfg(tmp_path), monkeypatch, "add-user", "lee", *argv, "--password-stdin", stdin=PW)
    assert exc.value.code == 2
    assert "unknown role" in capsys.readouterr().err


def test_there_is_no_password_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        _cli(_cfg(tmp_path), monkeypatch, "add-user", "lee", "--password", PW)


async def test_the_running_dashboard_picks_up_added_and_removed_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = _cfg(tmp_path)
    store = open_store(cfg)
    app = create_dashboard(store, cfg.dashboard, cfg.keyring())
    try:
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as c:
            assert 'id="setup"' in (await c.get("/login?lang=en")).text  # nobody yet
            rc, _, err = _cli(
                cfg, monkeypatch, "add-user", "lee", "--role", "security", "--password-stdin", stdin=PW + "\n"
            )
            assert rc == 0, err
            page = (await c.get("/login")).text
            assert 'id="setup"' not in page and 'id="login-submit"' in page
            bad = await c.post("/login", data={"username": "lee", "password": "wrong-password"})
            assert bad.status_code == 401
            r = await c.post("/login", data={"username": "lee", "password": PW})
            assert r.status_code == 303
            home = await c.get("/?lang=en")
            assert home.status_code == 200 and "lee · Role: security" in home.text.replace("role", "Role")
            # a new role counts at the next page; a removed user is signed out
            _cli(
                cfg,
                monkeypatch,
                "add-user",
                "lee",
                "--role",
                "compliance",
                "--password-stdin",
                "--force",
                stdin=PW + "\n",
            )
            assert "compliance" in (await c.get("/?lang=en")).text.split('class="who"')[1][:80]
            _cli(cfg, monkeypatch, "remove-user", "lee")
            gone = await c.get("/?lang=en")
            assert gone.status_code == 200 and 'id="setup"' in gone.text
    finally:
        await store.close()
