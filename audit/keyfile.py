"""Secret files created once, atomically, by whichever process gets there first.

Replicas (or two gateways started together on one host) may all find a key missing at start-up.
Each writes a private temporary file (mode 0600, fsynced) and hard-links it into place: the link
fails if the name exists, so exactly one key wins, and a reader never sees a half-written file.
The losers load the winner's key instead of failing (issue: two processes sharing one audit key)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_secret_file(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` with mode 0600. Without ``overwrite`` an existing file is left
    alone and ``FileExistsError`` raised, so the caller can read the file that won."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}-", dir=p.parent)  # mkstemp creates 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, p)
        else:
            os.link(tmp, p)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return p
