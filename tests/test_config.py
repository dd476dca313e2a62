"""gateway.yaml: every mistake is reported with file, line, column and what is wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gateway.auth import KeyStore, hash_key, parse_keys_env
from gateway.config import DEFAULT_CONFIG, ConfigError, load_config, resolve_path
from tests.conftest import write_config

GOOD = """\
model_list:
  - model_name: a
    litellm_params: {model: openai/x, api_base: "http://127.0.0.1:9/v1"}
"""


def _error(tmp_path: Path, text: str) -> str:
    path = write_config(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(str(path) + ":"), message
    return message


def test_bundled_default_is_valid() -> None:
    cfg = load_config(None)
    assert cfg.source == str(DEFAULT_CONFIG)
    assert cfg.aliases() == ["local-small"]
    entry = cfg.model_list[0]
    assert entry.model_info.zone == "internal"
    assert resolve_path(cfg, entry.litellm_params.model_extra["model_path"]).is_file()


def test_zone_defaults_to_external(tmp_path: Path) -> None:
    # Forgetting the zone must never make a commercial model count as internal.
    cfg = load_config(write_config(tmp_path, GOOD))
    assert cfg.model_list[0].model_info.zone == "external"


def test_unknown_key_with_position(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "servr:\n  port: 1\n")
    assert ":4:1: unknown key 'servr'" in msg


def test_nested_unknown_key(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "server:\n  prot: 1\n")
    assert ":5:3: unknown key 'prot' in server" in msg


def test_bad_type_points_at_value(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "server:\n  port: eighty\n")
    assert ":5:3: server.port:" in msg and "integer" in msg


def test_bad_zone(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD.replace('"}', '"}\n    model_info: {zone: dmz}'))
    assert "model_list.0.model_info.zone" in msg and "'internal' or 'external'" in msg
    assert ":4:" in msg


def test_missing_model_list(tmp_path: Path) -> None:
    msg = _error(tmp_path, "server: {port: 1}\n")
    assert "'model_list' is required" in msg


def test_invalid_yaml_syntax(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "server: [unclosed\n")
    assert "invalid YAML" in msg


def test_duplicate_key(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "default_models: ['*']\ndefault_models: ['a']\n")
    assert ":5:1: duplicate key 'default_models'" in msg and "first defined on line 4" in msg


def test_fallback_to_unknown_model(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "router_settings:\n  fallbacks:\n    - a: [b]\n")
    assert "fallback refers to unknown model 'b'" in msg and ":6:7:" in msg


def test_tenant_pattern_matching_nothing(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "tenants:\n  t1:\n    models: [gpt-5]\n")
    assert "tenant 't1' allows 'gpt-5', which matches no model" in msg


def test_plain_key_instead_of_hash(tmp_path: Path) -> None:
    msg = _error(tmp_path, GOOD + "keys:\n  - key_sha256: sk-plain-secret\n    tenant: t\n")
    assert "64-character hex SHA-256" in msg
    assert "sk-plain-secret" not in msg  # a secret pasted by mistake is not echoed back


def test_missing_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SG_TEST_MISSING", raising=False)
    msg = _error(tmp_path, GOOD.replace("openai/x", '"${SG_TEST_MISSING}"'))
    assert "environment variable SG_TEST_MISSING is not set" in msg and ":3:" in msg


def test_env_expansion_and_os_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SG_TEST_BASE", "http://10.0.0.1:8000/v1")
    monkeypatch.setenv("SG_TEST_KEY", "sk-from-env")
    cfg = load_config(
        write_config(
            tmp_path,
            """\
model_list:
  - model_name: a
    litellm_params: {model: "openai/${SG_TEST_MODEL:-default-model}", api_base: "${SG_TEST_BASE}",
                     api_key: os.environ/SG_TEST_KEY}
""",
        )
    )
    params = cfg.model_list[0].litellm_params
    assert params.model == "openai/default-model"
    assert params.api_base == "http://10.0.0.1:8000/v1" and params.api_key == "sk-from-env"


def test_not_a_mapping(tmp_path: Path) -> None:
    assert "must be a YAML mapping" in _error(tmp_path, "- just\n- a list\n")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.yaml")
    assert "file not found" in str(info.value)


def test_keys_env_parsing() -> None:
    parsed = parse_keys_env("k1=t1, k2=t2,,")
    assert parsed == {hash_key("k1"): "t1", hash_key("k2"): "t2"}
    with pytest.raises(ValueError) as info:
        parse_keys_env("good=t, sk-secret-no-tenant")
    assert "entry 2" in str(info.value) and "sk-secret" not in str(info.value)


def test_keystore_keeps_only_hashes() -> None:
    store = KeyStore({}, {})
    key = store.generate("t")
    assert store.authenticate(f"Bearer {key}", None).tenant == "t"
    assert key not in repr(store.__dict__)


def test_config_check_cli(tmp_path: Path) -> None:
    bad = write_config(tmp_path, GOOD + "servr: 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "config", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and f"{bad}:4:1: unknown key 'servr'" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "config", "check"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0 and "local-small" in proc.stdout


def test_serve_rejects_bad_config_with_position(tmp_path: Path) -> None:
    bad = write_config(tmp_path, GOOD + "server:\n  port: eighty\n")
    proc = subprocess.run(
        [sys.executable, "-m", "gateway", "serve", "--config", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert f"{bad}:5:3: server.port" in proc.stderr
    assert "Traceback" not in proc.stderr
