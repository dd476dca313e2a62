"""Signed provenance records and the Ed25519 keys behind them (gateway/provenance/keys.py, record.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import stat
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.cli import main
from gateway.provenance.keys import (
    ENV_KEY_FILE,
    ENV_KEY_PEM,
    STATE_FILE_NAME,
    Keyring,
    Signer,
    SigningKeyError,
    b64url,
    load_signer,
    write_private_key,
)
from gateway.provenance.record import (
    ProvenanceError,
    ProvenanceRecord,
    SignedProvenance,
    content_digest,
    now_rfc3339,
    parse_token,
    verify,
)


def record(**kw: object) -> ProvenanceRecord:
    base = {
        "request_id": "req_" + "ab" * 16,
        "model": "local-small",
        "deployment": "local-small#0",
        "zone": "internal",
        "policy_version": "v3-9f2c",
        "created": "2026-11-24T02:51:00.123Z",
        "content_sha256": [content_digest("첫 번째 답변"), content_digest("second")],
        "watermark": True,
    }
    base.update(kw)
    return ProvenanceRecord(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def signer() -> Signer:
    return Signer.generate()


# -- keys ------------------------------------------------------------------------------------------
def test_key_id_is_sha256_of_raw_public_key_and_jwk_round_trips(signer: Signer) -> None:
    raw = signer.public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert signer.key_id == hashlib.sha256(raw).hexdigest()[:16]
    jwk = signer.public_jwk()
    assert jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519" and jwk["kid"] == signer.key_id
    assert base64.urlsafe_b64decode(jwk["x"] + "=") == raw
    ring = Keyring()
    assert ring.add_jwk(jwk) == signer.key_id
    assert ring.verify(signer.key_id, b"data", signer.sign(b"data"))
    assert not ring.verify(signer.key_id, b"other", signer.sign(b"data"))
    assert not ring.verify("0" * 16, b"data", signer.sign(b"data"))  # unknown key id
    with pytest.raises(SigningKeyError, match="kid"):
        Keyring().add_jwk({**jwk, "kid": "feedfeedfeedfeed"})
    pem_ring = Keyring()
    pem_ring.add_pem(signer.public_pem().encode())
    assert list(pem_ring) == [signer.key_id]
    assert "PRIVATE" not in signer.public_pem() and repr(signer).count("BEGIN") == 0


def test_load_signer_order_explicit_then_env_file_then_env_pem(tmp_path: Path) -> None:
    a, b, c = Signer.generate(), Signer.generate(), Signer.generate()
    write_private_key(a, tmp_path / "a.pem")
    write_private_key(b, tmp_path / "b.pem")
    env = {ENV_KEY_FILE: str(tmp_path / "b.pem"), ENV_KEY_PEM: c.private_pem().decode()}
    assert load_signer(tmp_path / "a.pem", env=env).key_id == a.key_id
    assert load_signer(None, env=env).key_id == b.key_id
    assert load_signer(None, env={ENV_KEY_PEM: c.private_pem().decode()}).key_id == c.key_id
    # A Kubernetes secret pasted into one line with literal \n still loads.
    one_line = c.private_pem().decode().replace("\n", "\\n")
    assert load_signer(None, env={ENV_KEY_PEM: one_line}).key_id == c.key_id


def test_generated_key_is_persisted_0600_and_stable_across_restarts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="safety_gateway.provenance"):
        first = load_signer(None, env={}, state_dir=tmp_path / "var")
    path = tmp_path / "var" / STATE_FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "generated" in caplog.text and first.key_id in caplog.text
    assert "PRIVATE KEY" not in caplog.text and b64url(first.private_raw()) not in caplog.text
    again = load_signer(None, env={}, state_dir=tmp_path / "var")  # the next start
    assert again.key_id == first.key_id
    assert len(list((tmp_path / "var").iterdir())) == 1  # no temp files left behind


def test_concurrent_first_starts_agree_on_one_key(tmp_path: Path) -> None:
    ids: list[str] = []
    barrier = threading.Barrier(6)

    def start() -> None:
        barrier.wait()
        ids.append(load_signer(None, env={}, state_dir=tmp_path).key_id)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    on_disk = Signer.from_file(tmp_path / STATE_FILE_NAME).key_id
    assert ids == [on_disk] * 6


def test_no_state_dir_means_a_process_key_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="safety_gateway.provenance"):
        s = load_signer(None, env={})
    assert "for this process only" in caplog.text and s.key_id in caplog.text


def test_bad_key_files_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(SigningKeyError, match=r"cannot read provenance signing key .*missing\.pem"):
        load_signer(tmp_path / "missing.pem", env={})
    (tmp_path / "junk.pem").write_text("not a key")
    with pytest.raises(SigningKeyError, match="not an unencrypted PEM private key"):
        load_signer(tmp_path / "junk.pem", env={})
    rsa_pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (tmp_path / "rsa.pem").write_bytes(rsa_pem)
    with pytest.raises(SigningKeyError, match="not an Ed25519 private key"):
        load_signer(None, env={ENV_KEY_FILE: str(tmp_path / "rsa.pem")})
    with pytest.raises(SigningKeyError, match="SAFETY_GATEWAY_SIGNING_KEY"):
        load_signer(None, env={ENV_KEY_PEM: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"})
    if os.geteuid() != 0:  # root reads anything
        (tmp_path / "locked.pem").write_bytes(Signer.generate().private_pem())
        (tmp_path / "locked.pem").chmod(0)
        with pytest.raises(SigningKeyError, match="cannot read"):
            load_signer(tmp_path / "locked.pem", env={})


# -- records ---------------------------------------------------------------------------------------
def test_sign_parse_verify_round_trip(signer: Signer) -> None:
    signed = record().sign(signer)
    assert signed.record.key_id == signer.key_id
    token = signed.token
    assert token.isascii() and all(c.isalnum() or c in "-_." for c in token)  # header-safe
    parsed = parse_token(token)
    assert parsed == signed and verify(parsed, Keyring([signer.public_key]))
    body = signed.as_dict()
    assert (
        body["request_id"] == "req_" + "ab" * 16
        and body["token"] == token
        and body["signature"] == signed.signature
    )
    assert json.loads(json.dumps(body, ensure_ascii=False)) == body
    assert SignedProvenance.from_dict(json.loads(json.dumps(body))) == signed


def test_canonical_form_is_sorted_compact_utf8() -> None:
    r = record(policy_version="정책-1")
    canonical = r.canonical()
    data = json.loads(canonical)
    assert list(data) == sorted(data)
    assert b", " not in canonical and b": " not in canonical
    assert "정책-1".encode() in canonical
    assert canonical == replace(r).canonical()


def test_any_change_breaks_the_signature(signer: Signer) -> None:
    ring = Keyring([signer.public_key])
    signed = record().sign(signer)
    payload, sig = signed.token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["model"] = "gpt-4o"
    forged_payload = b64url(json.dumps(data, sort_keys=True, separators=(",", ":")).encode())
    assert not verify(parse_token(f"{forged_payload}.{sig}"), ring)
    bad_sig = bytearray(base64.urlsafe_b64decode(sig + "=="))
    bad_sig[5] ^= 1
    assert not verify(parse_token(f"{payload}.{b64url(bytes(bad_sig))}"), ring)
    # Signed by the right key but not canonical (spaces): not something the gateway signs.
    loose = json.dumps(json.loads(signed.record.canonical()), sort_keys=True).encode()
    loose_token = f"{b64url(loose)}.{b64url(signer.sign(loose))}"
    assert not verify(parse_token(loose_token), ring)
    # Another key's signature, or a ring without the key.
    assert not verify(record().sign(Signer.generate()), ring)
    assert not verify(signed, Keyring())


def test_rotation_old_records_verify_with_the_old_public_key(signer: Signer, tmp_path: Path) -> None:
    old = Signer.generate()
    (tmp_path / "old.pub").write_text(old.public_pem())
    ring = Keyring.from_signer(signer, [tmp_path / "old.pub"])
    assert verify(record().sign(old), ring) and verify(record().sign(signer), ring)
    assert {k["kid"] for k in ring.jwks()["keys"]} == {old.key_id, signer.key_id}


def test_sign_refuses_a_record_naming_another_key(signer: Signer) -> None:
    with pytest.raises(ValueError, match="names key"):
        record(key_id="0123456789abcdef").sign(signer)


@pytest.mark.parametrize(
    "token, message",
    [
        ("", "two base64url parts"),
        ("abc", "two base64url parts"),
        ("a.b.c", "two base64url parts"),
        ("é.x", "ASCII"),
        ("!!!.???", "base64url"),
        (f"{b64url(b'{}')}.{b64url(b'short')}", "64 bytes"),
        (f"{b64url(b'[1]')}.{b64url(bytes(64))}", "not a JSON object"),
        (f"{b64url(b'not json')}.{b64url(bytes(64))}", "not JSON"),
        (b64url(b'{"v": 2}') + "." + b64url(bytes(64)), "version"),
        (b64url(b'{"v": 1, "model": "x"}') + "." + b64url(bytes(64)), "missing"),
    ],
)
def test_parse_token_rejects_garbage_clearly(token: str, message: str) -> None:
    with pytest.raises(ProvenanceError, match=message):
        parse_token(token)


def test_parse_token_checks_field_types(signer: Signer) -> None:
    data = json.loads(record().sign(signer).record.canonical())
    for field, bad in [("watermark", "yes"), ("v", True), ("content_sha256", "abc"), ("content_sha256", [1])]:
        payload = b64url(json.dumps({**data, field: bad}).encode())
        with pytest.raises(ProvenanceError, match=field):
            parse_token(f"{payload}.{b64url(bytes(64))}")


def test_body_fields_edited_after_signing_are_refused(signer: Signer) -> None:
    body = record().sign(signer).as_dict()
    with pytest.raises(ProvenanceError, match="do not match"):
        SignedProvenance.from_dict({**body, "zone": "external"})
    with pytest.raises(ProvenanceError, match="no token"):
        SignedProvenance.from_dict({k: v for k, v in body.items() if k != "token"})


def test_content_digest_ignores_marks_but_not_the_notice(signer: Signer) -> None:
    from gateway.provenance.invisible import insert_marks
    from gateway.provenance.notice import append_notice

    text = "A paragraph long enough to carry a mark. It ends here.\n\nAnd a second one, also long enough."
    marked = insert_marks(text, signer, "req_" + "cd" * 16, interval_chars=40)
    assert marked != text and content_digest(marked) == content_digest(text)
    assert content_digest(text) == hashlib.sha256(text.encode()).hexdigest()
    assert content_digest(append_notice(text, "※ 이 답변은 AI가 생성했습니다.")) != content_digest(text)


def test_now_rfc3339_is_utc() -> None:
    assert now_rfc3339().endswith("Z") and "T" in now_rfc3339()


# -- CLI: keygen and public-key ---------------------------------------------------------------------
def test_cli_keygen_and_public_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "k.pem"
    assert main(["watermark", "keygen", str(key)]) == 0
    kid = capsys.readouterr().out.strip()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    signer = Signer.from_file(key)
    assert signer.key_id == kid
    assert main(["watermark", "keygen", str(key)]) == 2  # never overwrites silently
    assert "exists" in capsys.readouterr().err
    assert Signer.from_file(key).key_id == kid

    assert main(["watermark", "public-key", "--key", str(key)]) == 0
    assert capsys.readouterr().out == signer.public_pem()
    assert main(["watermark", "public-key", "--key", str(key), "--format", "jwk"]) == 0
    assert json.loads(capsys.readouterr().out) == signer.public_jwk()

    # From the configuration a `serve` would use: the env var, plus older keys in the JWKS.
    monkeypatch.setenv(ENV_KEY_FILE, str(key))
    monkeypatch.chdir(tmp_path)
    assert main(["watermark", "public-key", "--format", "jwks"]) == 0
    assert json.loads(capsys.readouterr().out) == {"keys": [signer.public_jwk()]}
    monkeypatch.delenv(ENV_KEY_FILE)
    assert main(["watermark", "public-key"]) == 2  # the embedded default has not made a key here yet
    assert "no signing key" in capsys.readouterr().err
    load_signer(None, env={}, state_dir=tmp_path / "var")  # what the embedded default does on first start
    assert main(["watermark", "public-key"]) == 0
    assert "BEGIN PUBLIC KEY" in capsys.readouterr().out

    # A gateway.yaml naming its key and a rotated-out one: the JWKS holds both, the PEM the current.
    old = Signer.generate()
    (tmp_path / "old.pub").write_text(old.public_pem())
    (tmp_path / "gateway.yaml").write_text(
        "model_list:\n  - model_name: m\n    litellm_params: {model: openai/m, api_base: 'http://127.0.0.1:9/v1'}\n"
        "provenance:\n  signing_key: k.pem\n  previous_public_keys: [old.pub]\n"
    )
    cfg = str(tmp_path / "gateway.yaml")
    assert main(["watermark", "public-key", "--config", cfg, "--format", "jwks"]) == 0
    assert {k["kid"] for k in json.loads(capsys.readouterr().out)["keys"]} == {signer.key_id, old.key_id}
    assert main(["watermark", "public-key", "--config", cfg]) == 0
    assert capsys.readouterr().out == signer.public_pem()
    # verify --config trusts the same keys: text marked with the rotated-out key still verifies.
    from gateway.provenance.invisible import insert_marks

    text = "A paragraph that is long enough to carry its own invisible mark, written before the rotation."
    # Signed marks verify with the old public key alone (compact ones need the old private key:
    # tests/test_compact_marks.py).
    (tmp_path / "old.txt").write_text(
        insert_marks(text, old, "req_" + "0" * 32, compact=False), encoding="utf-8"
    )
    assert main(["watermark", "verify", str(tmp_path / "old.txt"), "--config", cfg]) == 0
