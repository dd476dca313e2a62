"""The one text walker over OpenAI request and response shapes.

Every stage that reads or rewrites text in a body goes through these functions, so detection,
transforms, truncation, stream windows and the audit capture agree on what the text is and where
it lives. Locations are ``TextItem`` paths::

    messages[2].content                                 (chat request: string content, any role)
    messages[2].content[1].text                         (chat request: content parts of type "text")
    messages[3].tool_calls[0].function.arguments        (chat request: tool calls in the history)
    prompt / prompt[1] / input / input[0]               (completions / embeddings)
    choices[0].message.content                          (chat response)
    choices[0].message.tool_calls[1].function.arguments (chat response: tool calls, JSON text)
    choices[0].text                                     (completions response)
    choices[0].message.refusal / .reasoning_content / .reasoning / .audio.transcript
    choices[0].message.function_call.arguments / .tool_calls[1].function.name
    choices[0].message.annotations[0].url_citation.title / .url
    choices[0].logprobs.tokens / .top_logprobs          (token lists: checked, never rewritten)

A stream chunk's text is addressed by a :data:`ChannelKey` (choice index, kind, tool index); each
channel maps to the location the same text has in a whole response (:func:`channel_location`).
The fields an answer may carry at all are listed in ``gateway/response_keys.py`` (the rest is
dropped); docs/output-fields.md has the table of what happens to each.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from policies.findings import TextItem
from policies.locations import steps
from policies.request_walk import walk

ChannelKind = Literal[
    "content",  # choices[i].message.content / delta.content
    "text",  # choices[i].text (completions)
    "refusal",
    "reasoning_content",  # DeepSeek, vLLM, litellm
    "reasoning",  # OpenRouter, newer vLLM
    "transcript",  # message.audio.transcript
    "tool",  # tool_calls[k].function.arguments (JSON text)
    "tool_name",  # tool_calls[k].function.name (the model writes it)
    "function_call",  # legacy function_call.arguments
    "function_name",  # legacy function_call.name
    "annotation_title",  # annotations[k].url_citation.title
    "annotation_url",  # annotations[k].url_citation.url
    "logprobs",  # the chosen tokens (chat logprobs.content[].token, completions logprobs.tokens)
    "top_logprobs",  # the alternatives, in document order
    "refusal_logprobs",  # chat logprobs.refusal[].token
    "refusal_top_logprobs",
]
ChannelKey = tuple[int, ChannelKind, int]  # (choice index, kind, tool / annotation index; else 0)

# Token lists repeat the answer token by token (with alternatives the answer does not contain); they
# cannot be rewritten to agree with a redacted answer. They are checked like any text and never
# rewritten: a choice whose text an output rule changes, or whose token lists an output rule finds
# something in, loses its ``logprobs`` (null) and its audio ``data`` (drop_derived).
DERIVED_KINDS: frozenset[ChannelKind] = frozenset(
    {"logprobs", "top_logprobs", "refusal_logprobs", "refusal_top_logprobs"}
)


def set_at(body: Any, location: str, value: str) -> None:
    """Write ``value`` at a location inside ``body`` (grammar: :mod:`policies.locations`). A location
    naming a key (``metadata{"note"}``) renames the key, keeping its place and its value."""
    path = steps(location)
    target = body
    for step in path[:-1]:
        target = target[step]
    last = path[-1]
    if not isinstance(last, tuple):
        target[last] = value
        return
    old = last[0]
    if value == old or old not in target:
        return
    new, n = value, 1
    while new in target:  # two keys rewritten alike (two redactions) must not overwrite each other
        n += 1
        new = f"{value}#{n}"
    entries = [(new if k == old else k, v) for k, v in target.items()]
    target.clear()
    target.update(entries)


# -- whole requests and responses -------------------------------------------------------------------


def request_items(endpoint: str, body: Mapping[str, Any]) -> list[TextItem]:
    """Every piece of text a request carries, with its location and role: every field the table of
    request fields (:mod:`policies.request_fields`) scans, attachments, and anything it does not name."""
    return walk(endpoint, body).items


def response_items(endpoint: str, response: Mapping[str, Any], derived: bool = True) -> list[TextItem]:
    """Every piece of text a (non-streamed) answer carries, in every choice: content, completion text,
    refusal, reasoning, audio transcript, tool-call and legacy function-call names and arguments,
    annotation titles and URLs, and (``derived``) the logprobs token lists (:data:`DERIVED_KINDS`).
    ``endpoint`` is not needed to tell the shapes apart; it is kept for the callers' symmetry."""
    items: list[TextItem] = []
    for i, choice in enumerate(response.get("choices") or []):
        if not isinstance(choice, Mapping):
            continue
        for kind, k, text in _choice_texts(choice, streamed=False):
            if derived or kind not in DERIVED_KINDS:
                items.append(TextItem(channel_location((i, kind, k)), text, "assistant"))
    return items


def is_derived(location: str) -> bool:
    """Is this the location of a token list (checked, never rewritten in place)?"""
    return ".logprobs." in location


def choice_index(location: str) -> int:
    """``choices[3].message.content`` -> 3."""
    return int(location[len("choices[") :].split("]", 1)[0])


def drop_derived(choice: dict[str, Any]) -> None:
    """A choice whose text was rewritten loses what repeats that text in another form: its logprobs
    (token lists) and the audio that speaks it (``audio.data``; the transcript is what was checked)."""
    if choice.get("logprobs") is not None:
        choice["logprobs"] = None
    for name in ("message", "delta"):
        audio = (choice.get(name) or {}).get("audio") if isinstance(choice.get(name), dict) else None
        if isinstance(audio, dict) and audio.get("data"):
            audio["data"] = ""


# -- the fields, once for whole answers and stream chunks -------------------------------------------

_MESSAGE_STRINGS: tuple[ChannelKind, ...] = ("content", "refusal", "reasoning_content", "reasoning")
_FUNCTION_FIELDS: dict[str, tuple[tuple[ChannelKind, str], ...]] = {  # (kind, key) under "function"
    "tool_calls": (("tool_name", "name"), ("tool", "arguments")),
    "function_call": (("function_name", "name"), ("function_call", "arguments")),
}
_CITATION_FIELDS: tuple[tuple[ChannelKind, str], ...] = (
    ("annotation_title", "title"),
    ("annotation_url", "url"),
)
# (field of logprobs, kind of its chosen tokens, kind of its alternatives): chat answers.
_TOKEN_LISTS: tuple[tuple[str, ChannelKind, ChannelKind], ...] = (
    ("content", "logprobs", "top_logprobs"),
    ("refusal", "refusal_logprobs", "refusal_top_logprobs"),
)

# Where each channel's text lives in a whole answer, under ``choices[i].`` ({k}: tool / annotation).
_LOCATIONS: dict[ChannelKind, str] = {
    "content": "message.content",
    "text": "text",
    "refusal": "message.refusal",
    "reasoning_content": "message.reasoning_content",
    "reasoning": "message.reasoning",
    "transcript": "message.audio.transcript",
    "tool": "message.tool_calls[{k}].function.arguments",
    "tool_name": "message.tool_calls[{k}].function.name",
    "function_call": "message.function_call.arguments",
    "function_name": "message.function_call.name",
    "annotation_title": "message.annotations[{k}].url_citation.title",
    "annotation_url": "message.annotations[{k}].url_citation.url",
    # Token lists have no single string in the body: these names only say where the text came from.
    "logprobs": "logprobs.tokens",
    "top_logprobs": "logprobs.top_logprobs",
    "refusal_logprobs": "logprobs.refusal.tokens",
    "refusal_top_logprobs": "logprobs.refusal.top_logprobs",
}


def _choice_texts(choice: Mapping[str, Any], streamed: bool) -> list[tuple[ChannelKind, int, str]]:
    """(kind, tool / annotation index, text) for one choice of an answer or a chunk. Tool calls are
    numbered by position in a whole answer and by their ``index`` in a stream."""
    out: list[tuple[ChannelKind, int, str]] = []
    if isinstance(choice.get("text"), str):
        out.append(("text", 0, choice["text"]))
    message = choice.get("delta" if streamed else "message")
    if isinstance(message, Mapping):
        out.extend(_message_texts(message, streamed))
    out.extend(_logprob_texts(choice.get("logprobs")))
    return out


def _message_texts(message: Mapping[str, Any], streamed: bool) -> list[tuple[ChannelKind, int, str]]:
    out: list[tuple[ChannelKind, int, str]] = []
    for kind in _MESSAGE_STRINGS:
        if isinstance(message.get(kind), str):
            out.append((kind, 0, message[kind]))
    audio = message.get("audio")
    if isinstance(audio, Mapping) and isinstance(audio.get("transcript"), str):
        out.append(("transcript", 0, audio["transcript"]))
    for k, call in enumerate(_list(message.get("tool_calls"))):
        fn = call.get("function") if isinstance(call, Mapping) else None
        if not isinstance(fn, Mapping):
            continue
        index = _int(call.get("index"), 0) if streamed else k
        for kind, name in _FUNCTION_FIELDS["tool_calls"]:
            if isinstance(fn.get(name), str):
                out.append((kind, index, fn[name]))
    fc = message.get("function_call")
    if isinstance(fc, Mapping):
        for kind, name in _FUNCTION_FIELDS["function_call"]:
            if isinstance(fc.get(name), str):
                out.append((kind, 0, fc[name]))
    for k, note in enumerate(_list(message.get("annotations"))):
        cite = note.get("url_citation") if isinstance(note, Mapping) else None
        if isinstance(cite, Mapping):
            for kind, name in _CITATION_FIELDS:
                if isinstance(cite.get(name), str):
                    out.append((kind, k, cite[name]))
    return out


def _logprob_texts(logprobs: Any) -> list[tuple[ChannelKind, int, str]]:
    """The chosen tokens and the alternatives, each joined in document order (a value split across
    tokens is read whole). Chat: ``content`` / ``refusal`` entries; completions: ``tokens`` and
    ``top_logprobs`` (maps token -> logprob)."""
    if not isinstance(logprobs, Mapping):
        return []
    out: list[tuple[ChannelKind, int, str]] = []
    for name, chosen, alternatives in _TOKEN_LISTS:
        entries = [e for e in _list(logprobs.get(name)) if isinstance(e, Mapping)]
        if entries:
            out.append((chosen, 0, "".join(_token_text(e) for e in entries)))
            alts = [a for e in entries for a in _list(e.get("top_logprobs")) if isinstance(a, Mapping)]
            if alts:
                out.append((alternatives, 0, "".join(_token_text(a) for a in alts)))
    tokens = [t for t in _list(logprobs.get("tokens")) if isinstance(t, str)]
    if tokens:
        out.append(("logprobs", 0, "".join(tokens)))
    maps = [m for m in _list(logprobs.get("top_logprobs")) if isinstance(m, Mapping)]
    if maps:
        out.append(("top_logprobs", 0, "".join(str(t) for m in maps for t in m)))
    return out


def _token_text(entry: Mapping[str, Any]) -> str:
    """A token as checked: its text, and its ``bytes`` decoded when they say something else (a client
    can read either)."""
    token = entry.get("token")
    text = token if isinstance(token, str) else ""
    raw = entry.get("bytes")
    if isinstance(raw, list) and raw and all(isinstance(b, int) and 0 <= b < 256 for b in raw):
        decoded = bytes(raw).decode("utf-8", "replace")
        if decoded != text:
            text += decoded
    return text


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


# -- streams ----------------------------------------------------------------------------------------


def channel_location(key: ChannelKey) -> str:
    """Where a stream channel's text lives in the equivalent whole response."""
    index, kind, sub = key
    return f"choices[{index}]." + _LOCATIONS[kind].format(k=sub)


def chunk_pieces(chunk: Mapping[str, Any]) -> list[tuple[ChannelKey, str]]:
    """The non-empty text pieces of one stream chunk, by channel, in order (every choice, every field
    of :data:`ChannelKind`)."""
    out: list[tuple[ChannelKey, str]] = []
    for choice in _list(chunk.get("choices")):
        if not isinstance(choice, Mapping):
            continue
        index = _int(choice.get("index"), 0)
        for kind, sub, text in _choice_texts(choice, streamed=True):
            if text:
                out.append(((index, kind, sub), text))
    return out


def set_chunk_piece(chunk: dict[str, Any], key: ChannelKey, value: str) -> None:
    """Replace one channel's text in a stream chunk (the chunk must carry that channel). The choice's
    token lists and audio data go with it (:func:`drop_derived`); a token-list channel cannot be
    rewritten, so "replacing" it drops them too."""
    index, kind, sub = key
    for choice in chunk.get("choices") or ():
        if _int(choice.get("index"), 0) != index:
            continue
        drop_derived(choice)
        if kind in DERIVED_KINDS:
            continue
        if kind == "text":
            choice["text"] = value
            continue
        delta = choice["delta"]
        if kind in _MESSAGE_STRINGS:
            delta[kind] = value
        elif kind == "transcript":
            delta["audio"]["transcript"] = value
        elif kind in ("tool", "tool_name"):
            for call in delta.get("tool_calls") or ():
                if _int(call.get("index"), 0) == sub:
                    call["function"]["arguments" if kind == "tool" else "name"] = value
        elif kind in ("function_call", "function_name"):
            delta["function_call"]["arguments" if kind == "function_call" else "name"] = value
        else:  # annotation_title / annotation_url
            cite = delta["annotations"][sub]["url_citation"]
            cite["title" if kind == "annotation_title" else "url"] = value
