"""Hot reloading: :class:`PolicyStore` keeps the current :class:`PolicySet` and swaps it atomically.

::

    store = PolicyStore(["policies/library/baseline.yaml"], known_detectors=detectors.keys())
    store.start(poll_interval_s=1.0)   # background thread polling the files; or call store.poll()
    policy_set = store.current         # grab once per request: a request finishes on the set it started with
    loop.add_signal_handler(signal.SIGHUP, store.reload)   # not signal.signal: reload takes a lock
    store.status()                     # {"version", "policies", "last_error", "reloads", ...}

The constructor loads synchronously and raises :class:`~policies.loader.PolicyLoadError` when the
initial set is invalid (the gateway must not start without policies). After that a reload that
fails keeps the old set in force, records ``last_error`` (file:line:col text) and increments
``reload_errors``; ``on_reload(ok, store)`` callbacks let the gateway update metrics. Swapping is a
single attribute assignment, so readers never see a half-built set and never wait for a lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from .loader import PolicyLoadError, discover, load_policy_set
from .policyset import PolicySet

Fingerprint = tuple[tuple[str, int, int], ...]


class PolicyStore:
    def __init__(
        self,
        paths: Sequence[str | Path],
        *,
        known_detectors: Collection[str] | None = None,
        on_reload: Callable[[bool, PolicyStore], None] | None = None,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.known_detectors = frozenset(known_detectors) if known_detectors is not None else None
        self._callbacks: list[Callable[[bool, PolicyStore], None]] = [on_reload] if on_reload else []
        self._reload_lock = threading.Lock()  # serialises reloads, never taken by readers
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.last_error_at: float | None = None
        self.reloads = 0
        self.reload_errors = 0
        self._fingerprint = self._scan()
        self._current: PolicySet = load_policy_set(self.paths, known_detectors=self.known_detectors)
        self.loaded_at = time.time()

    # -- reading ----------------------------------------------------------------------------------
    @property
    def current(self) -> PolicySet:
        return self._current

    @property
    def version(self) -> str:
        return self._current.version

    def add_listener(self, callback: Callable[[bool, PolicyStore], None]) -> None:
        self._callbacks.append(callback)

    def status(self) -> dict[str, Any]:
        """What the admin endpoint shows."""
        current = self._current
        return {
            "version": current.version,
            "loaded_at": self.loaded_at,
            "files": list(current.files),
            "policies": [
                {
                    "name": p.name,
                    "file": p.file,
                    "mode": p.mode,
                    "priority": p.priority,
                    "abstract": p.abstract,
                    "rules": len(p.rules),
                }
                for p in current.policies
            ],
            "last_error": self.last_error,
            "last_error_at": self.last_error_at,
            "reloads": self.reloads,
            "reload_errors": self.reload_errors,
        }

    # -- reloading --------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Load the files now. True: a new set is in force; False: the old one stays (see last_error)."""
        with self._reload_lock:
            fingerprint = self._scan()
            try:
                new = load_policy_set(self.paths, known_detectors=self.known_detectors)
            except PolicyLoadError as exc:
                self._fingerprint = fingerprint  # do not retry the same broken content in a loop
                self.last_error = str(exc)
                self.last_error_at = time.time()
                self.reload_errors += 1
                self._notify(False)
                return False
            except Exception as exc:  # never let a reload bug take the policies away
                self._fingerprint = fingerprint
                self.last_error = f"unexpected error while loading policies: {type(exc).__name__}: {exc}"
                self.last_error_at = time.time()
                self.reload_errors += 1
                self._notify(False)
                return False
            self._fingerprint = fingerprint
            self._current = new  # the atomic swap
            self.loaded_at = time.time()
            self.last_error = None
            self.reloads += 1
            self._notify(True)
            return True

    def poll(self) -> bool | None:
        """Reload if any file changed (added, removed, modified). None: nothing changed."""
        if self._scan() == self._fingerprint:
            return None
        return self.reload()

    def start(self, poll_interval_s: float = 1.0) -> None:
        """Poll for changes in a daemon thread until :meth:`stop`."""
        if self._thread is not None:
            return
        self._stop.clear()

        def loop() -> None:
            while not self._stop.wait(poll_interval_s):
                try:
                    self.poll()
                except Exception:  # pragma: no cover - poll() already contains loader errors
                    pass

        self._thread = threading.Thread(target=loop, name="policy-store-poll", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # -- internals --------------------------------------------------------------------------------
    def _scan(self) -> Fingerprint:
        files, errors = discover(self.paths)
        out = []
        for f in files:
            try:
                st = f.stat()
                out.append((str(f), st.st_mtime_ns, st.st_size))
            except OSError:
                out.append((str(f), -1, -1))
        out.extend((e.file, -1, -1) for e in errors)
        return tuple(out)

    def _notify(self, ok: bool) -> None:
        for callback in self._callbacks:
            try:
                callback(ok, self)
            except Exception:
                pass
