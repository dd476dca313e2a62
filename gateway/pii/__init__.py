"""PII: detection (presidio registry + fast pattern engine, optional spaCy), transforms
(redact / mask / hash / pseudonymize and restore, streaming and tool calls) and vaults.

See ``docs/pii.md``. Nothing here logs or raises with a raw value.
"""

from .detector import PIIDetector, PIIParams, parse_params, value_hash
from .engine import PIIAnalyzer, Span
from .messages import (
    StreamResponseRestorer,
    pseudonymize_messages,
    replace_texts,
    request_items,
    restore_response,
)
from .recognizers import ALL_ENTITIES, KOREAN_ENTITIES, PATTERN_SPECS, SECRET_ENTITIES
from .transforms import (
    Pseudonymizer,
    Restorer,
    StreamRestorer,
    hash_values,
    mask,
    mask_value,
    redact,
)
from .vault import InMemoryVault, RedisVault, Vault, VaultError

__all__ = [
    "ALL_ENTITIES",
    "KOREAN_ENTITIES",
    "PATTERN_SPECS",
    "SECRET_ENTITIES",
    "InMemoryVault",
    "PIIAnalyzer",
    "PIIDetector",
    "PIIParams",
    "Pseudonymizer",
    "RedisVault",
    "Restorer",
    "Span",
    "StreamResponseRestorer",
    "StreamRestorer",
    "Vault",
    "VaultError",
    "hash_values",
    "mask",
    "mask_value",
    "parse_params",
    "pseudonymize_messages",
    "redact",
    "replace_texts",
    "request_items",
    "restore_response",
    "value_hash",
]
