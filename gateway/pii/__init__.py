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
    transform_messages,
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
from .stream import StreamFinding, StreamPIIFilter
from .vault import InMemoryVault, RedisVault, Vault, VaultError

__all__ = [
    "ALL_ENTITIES", "KOREAN_ENTITIES", "PATTERN_SPECS", "SECRET_ENTITIES",
    "PIIDetector", "PIIParams", "parse_params", "value_hash", "PIIAnalyzer", "Span",
    "Pseudonymizer", "Restorer", "StreamRestorer", "redact", "mask", "mask_value", "hash_values",
    "InMemoryVault", "RedisVault", "Vault", "VaultError",
    "request_items", "replace_texts", "transform_messages", "pseudonymize_messages",
    "restore_response", "StreamResponseRestorer", "StreamPIIFilter", "StreamFinding",
]
