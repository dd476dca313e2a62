"""Where the gateway's provenance signing key comes from.

The keys themselves (``Signer``, ``Keyring``, key ids, JWKs) are :mod:`audit.signing`, shared with
the audit chain's checkpoints and re-exported here. This module adds the provenance key's sources:
an explicit PEM path, ``$SAFETY_GATEWAY_SIGNING_KEY_FILE``, ``$SAFETY_GATEWAY_SIGNING_KEY`` (PEM
text) or a key generated once into the state directory.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from audit.signing import (
    Keyring,
    Signer,
    SigningKeyError,
    b64url,
    b64url_decode,
    key_id_of,
    public_jwk_of,
    public_pem_of,
    raw_public,
)

log = logging.getLogger("safety_gateway.provenance")

__all__ = [
    "ENV_KEY_FILE",
    "ENV_KEY_PEM",
    "STATE_FILE_NAME",
    "Keyring",
    "Signer",
    "SigningKeyError",
    "b64url",
    "b64url_decode",
    "find_signer",
    "key_id_of",
    "load_signer",
    "public_jwk_of",
    "public_pem_of",
    "raw_public",
    "write_private_key",
]

ENV_KEY_FILE = "SAFETY_GATEWAY_SIGNING_KEY_FILE"
ENV_KEY_PEM = "SAFETY_GATEWAY_SIGNING_KEY"
STATE_FILE_NAME = "provenance-ed25519.pem"
LABEL = "provenance signing key"


def write_private_key(signer: Signer, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write the PEM with mode 0600, atomically (see :meth:`audit.signing.Signer.save`)."""
    return signer.save(path, overwrite=overwrite)


def find_signer(
    path: str | os.PathLike[str] | None = None,
    *,
    env: Mapping[str, str] = os.environ,
    state_dir: Path | None = None,
) -> Signer | None:
    """The configured key, in ``load_signer``'s order, without generating one (for verifiers)."""
    if path:
        return Signer.from_file(path, label=LABEL)
    if env.get(ENV_KEY_FILE):
        return Signer.from_file(env[ENV_KEY_FILE], label=LABEL)
    if env.get(ENV_KEY_PEM):
        return Signer.from_pem(env[ENV_KEY_PEM].encode(), f"${ENV_KEY_PEM}")
    if state_dir is not None and (Path(state_dir) / STATE_FILE_NAME).exists():
        return Signer.from_file(Path(state_dir) / STATE_FILE_NAME, label=LABEL)
    return None


def load_signer(
    path: str | os.PathLike[str] | None = None,
    *,
    env: Mapping[str, str] = os.environ,
    state_dir: Path | None = None,
) -> Signer:
    """The gateway's signing key: an explicit PEM path, else ``$SAFETY_GATEWAY_SIGNING_KEY_FILE``,
    else ``$SAFETY_GATEWAY_SIGNING_KEY`` (PEM text), else ``state_dir/provenance-ed25519.pem``,
    generated on first use so the embedded default keeps one key across restarts. With no
    ``state_dir`` a generated key lives only as long as the process (logged as a warning)."""
    found = find_signer(path, env=env, state_dir=state_dir)
    if found is not None:
        return found
    signer = Signer.generate()
    if state_dir is None:
        log.warning(
            "no provenance signing key configured; generated key %s for this process only "
            "(signatures will not verify after a restart)",
            signer.key_id,
        )
        return signer
    target = Path(state_dir) / STATE_FILE_NAME
    try:
        write_private_key(signer, target)
    except FileExistsError:
        return Signer.from_file(target, label=LABEL)  # another process generated it first
    except OSError as exc:
        raise SigningKeyError(
            f"cannot write provenance signing key {target}: {exc.strerror or exc}"
        ) from None
    signer.source = str(target)
    log.info("generated provenance signing key %s at %s", signer.key_id, target)
    return signer
