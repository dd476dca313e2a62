"""Ed25519 signing keys and keyrings: one implementation for audit checkpoints and provenance records.

A :class:`Signer` holds one private key (never logged; only its key id is). A :class:`Keyring`
holds trusted public keys by key id: the current key plus older ones, so what was signed before a
rotation still verifies. The key id is the first 16 hex characters of SHA-256 over the raw 32-byte
public key. Keys are PEM files (PKCS#8 private, SubjectPublicKeyInfo public); a keyring also reads
a JWK or JWK Set (RFC 8037 OKP keys), the format ``/.well-known/jwks.json`` serves.

It lives in ``audit`` because the audit chain needs it and ``audit`` imports nothing of ours; the
gateway's provenance (``gateway/provenance/keys.py``) adds where its key comes from (environment,
state directory) on top.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from audit.keyfile import write_secret_file

log = logging.getLogger("safety_gateway.signing")

__all__ = [
    "Keyring",
    "Signer",
    "SigningKeyError",
    "b64url",
    "b64url_decode",
    "key_id_of",
    "load_public_key",
    "public_jwk_of",
    "public_pem_of",
    "raw_public",
]


class SigningKeyError(ValueError):
    """A key file or PEM text that cannot be used (missing, unreadable, not Ed25519)."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def b64url_decode(text: str) -> bytes:
    # Strict: the standard decoder silently skips characters outside the alphabet.
    if not isinstance(text, str) or not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url text")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(key: Ed25519PublicKey) -> str:
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def public_pem_of(key: Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def public_jwk_of(key: Ed25519PublicKey) -> dict[str, str]:
    # RFC 8037: an Ed25519 public key as an OKP JWK.
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": b64url(raw_public(key)),
        "kid": key_id_of(key),
        "alg": "EdDSA",
        "use": "sig",
    }


class Signer:
    """One private Ed25519 key. Never logged; only its key id is."""

    def __init__(self, key: Ed25519PrivateKey, source: str = "<memory>") -> None:
        self._key = key
        self.public_key = key.public_key()
        self.key_id = key_id_of(self.public_key)
        self.source = source

    @classmethod
    def generate(cls) -> Signer:
        return cls(Ed25519PrivateKey.generate(), "<generated>")

    @classmethod
    def from_pem(cls, data: bytes, source: str) -> Signer:
        if b"-----BEGIN" in data and b"\n" not in data.strip() and b"\\n" in data:
            data = data.replace(b"\\n", b"\n")  # a PEM pasted into one env line with literal \n
        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise SigningKeyError(f"{source}: not an unencrypted PEM private key ({exc})") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningKeyError(f"{source}: not an Ed25519 private key (got {type(key).__name__})")
        return cls(key, source)

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, create: bool = False, label: str = "signing key"
    ) -> Signer:
        """The key in ``path``. ``create``: generate it first if the file is missing (atomically: when
        several processes start together, the first writer wins and the others load its key).
        ``label`` names the key in errors and warnings, e.g. ``audit signing key``."""
        p = Path(path)
        if create and not p.exists():
            signer = cls.generate()
            try:
                signer.save(p)
                signer.source = str(p)
                return signer
            except FileExistsError:
                pass  # another process created it first: use theirs
        try:
            data = p.read_bytes()
            mode = p.stat().st_mode
        except OSError as exc:
            raise SigningKeyError(f"cannot read {label} {p}: {exc.strerror or exc}") from None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("%s %s is readable by group/others (chmod 600 it)", label, p)
        return cls.from_pem(data, str(p))

    def save(self, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """Write the PEM with mode 0600, atomically: a concurrent reader sees no file or the whole file.

        Without ``overwrite`` an existing file is left alone (``FileExistsError``): two processes
        starting at once must not each write a different key under the same name."""
        return write_secret_file(path, self.private_pem(), overwrite=overwrite)

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def private_pem(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def private_raw(self) -> bytes:
        """The 32-byte seed, for deriving other secrets (never exported)."""
        return self._key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    def public_pem(self) -> str:
        return public_pem_of(self.public_key)

    def public_jwk(self) -> dict[str, str]:
        return public_jwk_of(self.public_key)

    def __repr__(self) -> str:
        return f"Signer(key_id={self.key_id!r}, source={self.source!r})"


def load_public_key(data: bytes, source: str) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM: a public key, or the public half of a private key."""
    key: object
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError) as exc:
            raise SigningKeyError(f"{source}: not a PEM public or private key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningKeyError(f"{source}: not an Ed25519 key (got {type(key).__name__})")
    return key


class Keyring:
    """Trusted public keys, by key id."""

    def __init__(self, keys: Iterable[Ed25519PublicKey] = ()) -> None:
        self.keys: dict[str, Ed25519PublicKey] = {}
        for key in keys:
            self.add(key)

    def add(self, key: Ed25519PublicKey) -> str:
        kid = key_id_of(key)
        self.keys[kid] = key
        return kid

    def add_signer(self, signer: Signer) -> str:
        return self.add(signer.public_key)

    def add_pem(self, data: bytes, source: str = "<pem>") -> str:
        return self.add(load_public_key(data, source))

    def add_file(self, path: str | os.PathLike[str]) -> str:
        """A PEM public or private key, a JWK or a JWK Set (then the first key's id is returned)."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SigningKeyError(f"cannot read key {path}: {exc.strerror or exc}") from None
        if data.lstrip().startswith(b"{"):
            try:
                doc = json.loads(data)
            except ValueError:
                raise SigningKeyError(f"{path}: not valid JSON (expected a JWK or JWKS)") from None
            return self.add_jwks(doc, str(path))[0]
        return self.add_pem(data, str(path))

    def add_jwk(self, jwk: Mapping[str, object], source: str = "<jwk>") -> str:
        x = jwk.get("x")
        if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519" or not isinstance(x, str):
            raise SigningKeyError(f"{source}: not an OKP/Ed25519 JWK")
        try:
            key = Ed25519PublicKey.from_public_bytes(b64url_decode(x))
        except ValueError as exc:
            raise SigningKeyError(f"{source}: bad Ed25519 public key ({exc})") from None
        kid = self.add(key)
        if jwk.get("kid") not in (None, kid):
            raise SigningKeyError(f"{source}: kid {jwk['kid']!r} does not match the key (its id is {kid})")
        return kid

    def add_jwks(self, doc: Mapping[str, object], source: str = "<jwks>") -> list[str]:
        """A JWK Set ``{"keys": [...]}`` or a single JWK."""
        keys = doc.get("keys")
        items = keys if isinstance(keys, list) else [doc]
        out: list[str] = []
        for item in items:
            if not isinstance(item, Mapping):
                raise SigningKeyError(f"{source}: not an OKP/Ed25519 JWK")
            out.append(self.add_jwk(item, source))
        return out

    @classmethod
    def from_signer(cls, signer: Signer, older: Iterable[str | os.PathLike[str]] = ()) -> Keyring:
        ring = cls([signer.public_key])
        for path in older:
            ring.add_file(path)
        return ring

    @classmethod
    def from_files(cls, paths: Iterable[str | os.PathLike[str]]) -> Keyring:
        ring = cls()
        for path in paths:
            ring.add_file(path)
        return ring

    def jwks(self) -> dict[str, list[dict[str, str]]]:
        return {"keys": [public_jwk_of(k) for k in self.keys.values()]}

    def verify(self, key_id: str, data: bytes, signature: bytes) -> bool:
        """Whether ``signature`` over ``data`` is good and by the trusted key ``key_id``."""
        key = self.keys.get(key_id)
        if key is None:
            return False
        try:
            key.verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def __contains__(self, key_id: object) -> bool:
        return key_id in self.keys

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)
