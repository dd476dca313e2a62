"""The ``audit:`` section of ``gateway.yaml`` and the factories built from it.

.. code-block:: yaml

    audit:
      enabled: true                 # the only way to switch audit off is false (a start-up warning)
      sink: sqlite                  # sqlite (embedded default) | postgres
      path: var/audit.db            # sqlite file
      postgres_dsn: postgresql://audit@db:5432/gateway   # sink: postgres
      postgres_schema: public       # every audit table lives in this schema
      spool_dir: var/audit-spool    # on-disk spool used while the database is unreachable
      spool_max_bytes: 1073741824   # past this the spool refuses; then audit_failure decides
      signing_key: var/audit-signing.pem   # Ed25519 private key (PEM) for checkpoints
      create_signing_key: true      # generate the key file on first start if missing
      verify_keys: []               # extra public keys trusted by `audit verify` (rotated keys)
      text_mode: redacted           # default for policies that do not say: none | hash | redacted
      text_hash_key_file: var/audit-text-hash.key   # HMAC key for text_mode: hash
      writer_id: null               # chain id prefix; default: host name
      batch_max: 512
      queue_max: 20000
      checkpoint_every: 1000        # records between signed checkpoints
      checkpoint_interval_s: 60
      retry_interval_s: 1.0         # how often a dead database is retried
      retention_days: null          # `audit prune` default cut
      dashboard:                    # see audit.dashboard.auth.DashboardConfig
        users: [{username: kim, password_hash: "scrypt$...", role: compliance}]
        users_file: null            # `audit add-user` writes here; default dashboard-users.json beside path
        sso_header: null            # e.g. X-Forwarded-User; believed only from server.trusted_proxies
        session_secret: null        # set it when several replicas serve the dashboard
        login_throttle: {user_failures: 5, client_failures: 20}   # lock-out (docs/dashboard-security.md)
        secure_cookies: auto        # always: Secure cookies even over plain HTTP

Relative paths are resolved against ``base_dir`` (the directory of ``gateway.yaml``) by
:meth:`AuditConfig.resolved`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from audit.dashboard.auth import DashboardConfig
from audit.record import TextMode
from audit.signing import Keyring, Signer
from audit.sinks.base import AuditSink
from audit.spool import Spool
from audit.writer import AuditWriter


class AuditConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = Field(
        default=True, description="false switches audit off (and the gateway warns at every start)"
    )
    sink: Literal["sqlite", "postgres"] = "sqlite"
    path: str = "audit.db"
    postgres_dsn: str | None = None
    postgres_schema: str = "public"
    connect_timeout_s: float = Field(default=3.0, gt=0)
    spool_dir: str | None = "audit-spool"
    spool_max_bytes: int = Field(default=1 << 30, gt=0)
    signing_key: str | None = "audit-signing.pem"
    create_signing_key: bool = True
    verify_keys: list[str] = Field(default_factory=list)
    text_mode: TextMode = "redacted"
    text_hash_key_file: str | None = Field(
        default=None, description="secret for text_mode: hash (HMAC-SHA256); created on first use if missing"
    )
    writer_id: str | None = None
    batch_max: int = Field(default=512, ge=1)
    queue_max: int = Field(default=20_000, ge=1)
    checkpoint_every: int = Field(default=1000, ge=1)
    checkpoint_interval_s: float = Field(default=60.0, gt=0)
    retry_interval_s: float = Field(default=1.0, gt=0)
    retention_days: int | None = Field(default=None, ge=1)
    dashboard: DashboardConfig = Field(default_factory=DashboardConfig)

    @model_validator(mode="after")
    def _dsn(self) -> AuditConfig:
        if self.sink == "postgres" and not self.postgres_dsn:
            raise ValueError("audit.sink is 'postgres' but audit.postgres_dsn is not set")
        return self

    @classmethod
    def in_state_dir(cls, state_dir: str) -> AuditConfig:
        """What a config without an ``audit:`` section gets: SQLite, spool and keys under the state
        directory (``var/`` beside gateway.yaml unless configured), so no config runs unaudited."""
        return cls(
            path=f"{state_dir}/audit.db",
            spool_dir=f"{state_dir}/audit-spool",
            signing_key=f"{state_dir}/audit-signing.pem",
        )

    def resolved(self, base_dir: str | os.PathLike[str]) -> AuditConfig:
        """A copy with relative file paths made absolute against ``base_dir``."""
        base = Path(base_dir)

        def fix(p: str | None) -> str | None:
            return None if p is None else str(p if Path(p).is_absolute() else base / p)

        from audit.dashboard.users import USERS_FILE_NAME

        # Users added with `audit add-user` live beside the state they guard: the SQLite database's
        # directory (var/ for a config without an audit: section), else beside gateway.yaml.
        home = Path(fix(self.path) or base).parent if self.sink == "sqlite" else base
        users_file = fix(self.dashboard.users_file) or str(home / USERS_FILE_NAME)
        return self.model_copy(
            update={
                "dashboard": self.dashboard.model_copy(update={"users_file": users_file}),
                "path": fix(self.path),
                "spool_dir": fix(self.spool_dir),
                "signing_key": fix(self.signing_key),
                "verify_keys": [fix(k) for k in self.verify_keys],
                "text_hash_key_file": fix(self.text_hash_key_file),
            }
        )

    # -- keys ---------------------------------------------------------------------------------------------
    def signer(self, *, create: bool | None = None) -> Signer | None:
        if not self.signing_key:
            return None
        return Signer.from_file(
            self.signing_key,
            create=self.create_signing_key if create is None else create,
            label="audit signing key",
        )

    def text_hash_key(self) -> bytes | None:
        """The HMAC key for ``text_mode: hash`` (32 random bytes, created with mode 0600 if missing)."""
        if not self.text_hash_key_file:
            return None
        p = Path(self.text_hash_key_file)
        if not p.exists():
            import secrets

            from audit.keyfile import write_secret_file

            try:
                write_secret_file(p, secrets.token_bytes(32))
            except FileExistsError:
                pass  # another process created it first
        return p.read_bytes()

    def keyring(self) -> Keyring:
        """Public keys for verification: the signing key's (if the file exists) and ``verify_keys``."""
        paths = list(self.verify_keys)
        if self.signing_key and Path(self.signing_key).exists():
            paths.append(self.signing_key)
        return Keyring.from_files(paths)


def open_store(cfg: AuditConfig) -> AuditSink:
    """The configured store. It connects lazily (first call, or ``await store.open()``). The store
    keeps ``cfg`` as ``store.config`` so the CLI can find the verification keys from a store alone."""
    sink: AuditSink
    if cfg.sink == "postgres":
        from audit.sinks.postgres import PostgresSink

        assert cfg.postgres_dsn
        sink = PostgresSink(
            cfg.postgres_dsn, schema=cfg.postgres_schema, connect_timeout=cfg.connect_timeout_s
        )
    else:
        from audit.sinks.sqlite import SQLiteSink

        sink = SQLiteSink(cfg.path)
    sink.config = cfg
    return sink


async def open_writer(cfg: AuditConfig, sink: AuditSink | None = None) -> AuditWriter:
    """Build and start the writer the gateway uses (one per process)."""
    signer = cfg.signer()
    writer_id = cfg.writer_id or _default_writer_id()
    spool = (
        Spool(cfg.spool_dir, _spool_name(writer_id), max_bytes=cfg.spool_max_bytes) if cfg.spool_dir else None
    )
    writer = AuditWriter(
        sink or open_store(cfg),
        spool,
        signer,
        writer_id=writer_id,
        batch_max=cfg.batch_max,
        queue_max=cfg.queue_max,
        checkpoint_every=cfg.checkpoint_every,
        checkpoint_interval_s=cfg.checkpoint_interval_s,
        retry_interval_s=cfg.retry_interval_s,
    )
    return await writer.start()


def _default_writer_id() -> str:
    import socket

    return socket.gethostname() or "gateway"


def _spool_name(writer_id: str) -> str:
    # one spool directory per live process; dead ones are adopted by whoever starts next
    import secrets

    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in writer_id)[:60]
    return f"{safe}-{os.getpid()}-{secrets.token_hex(3)}"
