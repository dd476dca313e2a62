"""The processes a scenario runs: fake upstream, gateways, classifier service, private PostgreSQL and
Redis. Each is a real child process with its own log file (the logs are grepped for PII later), and
each can be stopped, killed and started again on the same port, which is what the fault scenarios do.

PostgreSQL and Redis are private instances in a temp dir on free ports: a fault scenario stops them,
so they must never be the shared ones on 5432 / 6379 that other tests use.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Self

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
GATEWAY_BIN = VENV_BIN / "safety-gateway"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env.update(
        {
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "PYTHONUNBUFFERED": "1",
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
        }
    )
    env.update(extra or {})
    return env


def http_status(url: str, timeout: float = 2.0, headers: dict[str, str] | None = None) -> int | None:
    """The status ``url`` answers, or None when nothing answers."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (OSError, urllib.error.URLError):
        return None


def http_get(url: str, headers: dict[str, str] | None = None, timeout: float = 10.0) -> bytes:
    req = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return bytes(resp.read())


class Proc:
    """A child process in its own session (so a kill reaches its children) writing to ``log_path``."""

    def __init__(
        self,
        name: str,
        argv: list[str],
        logdir: Path,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        health_url: str | None = None,
    ) -> None:
        self.name = name
        self.argv = argv
        self.env = child_env(env)
        self.cwd = cwd or REPO
        self.health_url = health_url
        self.log_path = logdir / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, wait: float = 60.0) -> Self:
        log = open(self.log_path, "ab")  # noqa: SIM115 — the child owns it; appended across restarts
        log.write(f"\n==== start {self.starts + 1}: {time.strftime('%H:%M:%S')} ====\n".encode())
        log.flush()
        self.proc = subprocess.Popen(
            self.argv,
            env=self.env,
            cwd=self.cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.starts += 1
        if self.health_url and wait:
            self.wait_ready(wait)
        return self

    def wait_ready(self, timeout: float) -> float:
        assert self.health_url
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if not self.alive:
                raise RuntimeError(
                    f"{self.name} exited with {self.proc.returncode if self.proc else '?'}:\n{self.tail()}"
                )
            if http_status(self.health_url) == 200:
                return time.monotonic() - t0
            time.sleep(0.2)
        raise RuntimeError(
            f"{self.name} not ready at {self.health_url} after {timeout:.0f} s:\n{self.tail()}"
        )

    def tail(self, n: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        return ""

    def signal(self, sig: int) -> None:
        if self.alive:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, sig)

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM (graceful: the gateway flushes its audit writer), then SIGKILL."""
        if self.proc is None:
            return None
        if self.alive:
            self.signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.proc.wait(10)
        return self.proc.returncode

    def kill(self) -> None:
        """SIGKILL: the crash case."""
        if self.alive:
            self.signal(signal.SIGKILL)
            assert self.proc is not None
            self.proc.wait(10)


class PortProc(Proc):
    """A server process listening on ``port``."""

    def __init__(self, name: str, argv: list[str], logdir: Path, port: int, health_path: str) -> None:
        super().__init__(name, argv, logdir, health_url=f"http://127.0.0.1:{port}{health_path}")
        self.port = port


def upstream_proc(
    logdir: Path, port: int | None = None, record: bool = True, name: str = "upstream"
) -> PortProc:
    """The fake upstream; ``record`` keeps the last 200 bodies it received (``GET /_requests``), which
    is how a scenario checks that no raw PII reached an external model."""
    port = port or free_port()
    argv = [sys.executable, "-m", "tests.fake_upstream", "--port", str(port)] + (
        [] if record else ["--no-record"]
    )
    return PortProc(name, argv, logdir, port, "/v1/models")


class GatewayProc(Proc):
    def __init__(
        self,
        name: str,
        config: Path,
        logdir: Path,
        env: dict[str, str] | None = None,
        port: int | None = None,
    ) -> None:
        self.port = port or free_port()
        self.config = config
        super().__init__(
            name,
            [
                str(GATEWAY_BIN),
                "serve",
                "--config",
                str(config),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            logdir,
            env=env,
            cwd=config.parent,
            health_url=f"http://127.0.0.1:{self.port}/readyz",
        )

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def classifier_proc(logdir: Path, port: int | None = None) -> PortProc:
    """``safety-gateway classifier serve`` on CPU (the bundled model)."""
    port = port or free_port()
    argv = [
        str(GATEWAY_BIN),
        "classifier",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--device",
        "cpu",
    ]
    return PortProc("classifier", argv, logdir, port, "/healthz")


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    exe = shutil.which(name)
    if exe is None:
        raise RuntimeError(f"PostgreSQL's {name} not found (/usr/lib/postgresql/*/bin)")
    return exe


def postgres_available() -> bool:
    try:
        _pg_bin("initdb")
        return True
    except RuntimeError:
        return False


class PrivatePostgres:
    """A throw-away cluster (initdb into a temp dir, its own port, trust auth). As root, the server
    runs as the ``postgres`` system user (PostgreSQL refuses to run as root)."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.dir = Path(__import__("tempfile").mkdtemp(prefix="sg-rel-pg-"))
        self.data = self.dir / "data"
        self.log_path = self.dir / "postgres.log"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._run(
            [
                _pg_bin("initdb"),
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            ]
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, argv: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            self._as_user + argv, capture_output=True, text=True, timeout=120, env=child_env()
        )
        if check and proc.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[:2])} failed: {proc.stdout}{proc.stderr}")
        return proc

    def start(self) -> None:
        opts = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c shared_buffers=64MB "
            "-c max_connections=50"
        )
        self._run(
            [
                _pg_bin("pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log_path),
                "-o",
                opts,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        """``fast``: disconnect clients and shut down cleanly; ``immediate``: the crash case."""
        self._run(
            [_pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop"], check=False
        )

    def running(self) -> bool:
        return self._run([_pg_bin("pg_ctl"), "-D", str(self.data), "status"], check=False).returncode == 0

    def destroy(self) -> None:
        if self.running():
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


class PrivateRedis:
    """redis-server on its own port with persistence off (a restart loses everything, the worst case
    for the pseudonym vault)."""

    def __init__(self, logdir: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        exe = shutil.which("redis-server")
        if exe is None:
            raise RuntimeError("redis-server not found")
        self.proc = Proc(
            "redis",
            [
                exe,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(logdir),
            ],
            logdir,
        )

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc.start(wait=0)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.5) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.1)
        raise RuntimeError(f"redis did not start:\n{self.proc.tail()}")

    def stop(self) -> None:
        self.proc.stop()


def redis_available() -> bool:
    return shutil.which("redis-server") is not None
