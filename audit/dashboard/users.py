"""Dashboard users kept in a file of their own, written by ``safety-gateway audit add-user``.

``gateway.yaml`` stays as its author wrote it (comments, layout, ``${VAR}`` references): users added
from the command line go to ``audit.dashboard.users_file`` instead, by default
``dashboard-users.json`` beside the SQLite audit database (the state directory, ``var/`` for a config
without an ``audit:`` section), or beside gateway.yaml for PostgreSQL. The file holds names, roles and
scrypt hashes (``audit.dashboard.auth.hash_password``), never a password; it is written atomically with
mode 0600. The dashboard reads it as well as ``audit.dashboard.users`` and reads it again whenever it
changes, so a user added while the gateway runs can sign in at once, and a user removed (or given
another role) is signed out (or changes role) at their next page.

A name in ``audit.dashboard.users`` wins over the same name in the file (the CLI refuses to add it).

.. code-block:: json

    {"version": 1, "users": [{"username": "kim", "password_hash": "scrypt$...", "role": "compliance",
                               "added_at": "2026-12-02T23:59:00Z"}]}
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from audit.dashboard.auth import DashboardUser

USERS_FILE_NAME = "dashboard-users.json"
FILE_VERSION = 1
MAX_USERNAME = 200
log = logging.getLogger("audit.dashboard")


class UsersFileError(ValueError):
    """The users file cannot be read or is not what ``audit add-user`` writes."""


def check_username(name: str) -> str:
    if not name or len(name) > MAX_USERNAME:
        raise ValueError(f"a user name has 1 to {MAX_USERNAME} characters")
    if any(c.isspace() or not c.isprintable() for c in name):
        raise ValueError(f"user name {name!r} has spaces or control characters")
    return name


def read_users(path: str | os.PathLike[str]) -> list[DashboardUser]:
    """The users in ``path``; [] when it does not exist."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise UsersFileError(f"cannot read {p}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise UsersFileError(f"{p}: not JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("users"), list):
        raise UsersFileError(f'{p}: expected {{"version": 1, "users": [...]}}')
    users: list[DashboardUser] = []
    for i, item in enumerate(data["users"]):
        if not isinstance(item, dict):
            raise UsersFileError(f"{p}: users[{i}] is not an object")
        fields = {k: item[k] for k in ("username", "password_hash", "role") if k in item}
        try:
            users.append(DashboardUser(**fields))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise UsersFileError(f"{p}: users[{i}].{where}: {first['msg']}") from None
    return users


def _entries(path: Path) -> list[dict[str, Any]]:
    """The raw entries (``added_at`` kept) of an existing file, validated as :func:`read_users` does."""
    read_users(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    return [dict(x) for x in data["users"]]


def _write(path: Path, entries: list[dict[str, Any]]) -> None:
    """Atomically: a 0600 temporary file in the same directory, fsynced, then renamed over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"version": FILE_VERSION, "users": entries}, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer at a time (two operators adding users at once must not lose one)."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def add_user(path: str | os.PathLike[str], user: DashboardUser, *, replace: bool = False) -> bool:
    """Add ``user`` to the file (created if missing); True when it replaced a user of that name.
    FileExistsError when the name exists and ``replace`` is false."""
    p = Path(path)
    check_username(user.username)
    with _locked(p):
        entries = _entries(p)
        found = [e for e in entries if e.get("username") == user.username]
        if found and not replace:
            raise FileExistsError(user.username)
        entry = {
            **user.model_dump(),
            "added_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        }
        entries = [e for e in entries if e.get("username") != user.username] + [entry]
        _write(p, entries)
    return bool(found)


def remove_user(path: str | os.PathLike[str], username: str) -> bool:
    """Remove ``username``; False when the file has no such user."""
    p = Path(path)
    with _locked(p):
        entries = _entries(p)
        kept = [e for e in entries if e.get("username") != username]
        if len(kept) == len(entries):
            return False
        _write(p, kept)
    return True


class UserDirectory:
    """The users who may sign in: ``audit.dashboard.users`` and the users file, read again whenever the
    file changes (a ``stat`` per sign-in and per page; no restart). A file that cannot be read is
    logged and counts as empty until it is fixed; the configured users keep working."""

    def __init__(self, configured: list[DashboardUser], path: str | os.PathLike[str] | None) -> None:
        self.configured = {u.username: u for u in configured}
        self.path = Path(path) if path else None
        self._stamp: tuple[int, int, int] | None = None
        self._from_file: dict[str, DashboardUser] = {}
        self._warned: str | None = None

    def _refresh(self) -> None:
        if self.path is None:
            return
        try:
            st = self.path.stat()
        except FileNotFoundError:
            self._stamp, self._from_file = None, {}
            return
        except OSError as exc:
            self._fail(f"cannot read {self.path}: {exc.strerror or exc}")
            return
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("%s is readable by others (mode %o): chmod 600 it", self.path, st.st_mode & 0o777)
        try:
            users = read_users(self.path)
        except UsersFileError as exc:
            self._fail(str(exc))
            return
        self._warned = None
        shadowed = [u.username for u in users if u.username in self.configured]
        if shadowed:
            log.warning(
                "dashboard users %s are in both gateway.yaml and %s: gateway.yaml's entries count",
                ", ".join(shadowed),
                self.path,
            )
        self._from_file = {u.username: u for u in users if u.username not in self.configured}

    def _fail(self, message: str) -> None:
        self._from_file = {}
        if message != self._warned:
            log.error("dashboard users file ignored: %s", message)
            self._warned = message

    def get(self, username: str) -> DashboardUser | None:
        found = self.configured.get(username)
        if found is not None:
            return found
        self._refresh()
        return self._from_file.get(username)

    def __bool__(self) -> bool:
        if self.configured:
            return True
        self._refresh()
        return bool(self._from_file)

    def all(self) -> list[tuple[DashboardUser, str]]:
        """Every user and where it comes from (``gateway.yaml`` or the file's path)."""
        self._refresh()
        return [(u, "gateway.yaml") for u in self.configured.values()] + [
            (u, str(self.path)) for u in self._from_file.values()
        ]
