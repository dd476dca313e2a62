"""The litellm custom provider ``inprocess/<name>`` over :mod:`gateway.local_model`."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

from litellm.llms.custom_llm import CustomLLM, CustomLLMError
from litellm.types.llms.openai import ChatCompletionUsageBlock
from litellm.types.utils import GenericStreamingChunk, ModelResponse

from gateway.local_model import PROVIDER, LocalModel, LocalModelRegistry, LocalModelUnavailable


def _usage(prompt: int, completion: int) -> ChatCompletionUsageBlock:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


class InProcessLLM(CustomLLM):
    """litellm custom provider ``inprocess/<name>``."""

    def __init__(self, registry: LocalModelRegistry) -> None:
        super().__init__()
        self.registry = registry

    def _get(self, name: str) -> LocalModel:
        try:
            return self.registry.get(name)
        except LocalModelUnavailable as exc:
            raise CustomLLMError(status_code=exc.status, message=str(exc)) from None

    @staticmethod
    def _params(kwargs: dict[str, Any]) -> dict[str, Any]:
        params = dict(kwargs.get("optional_params") or {})
        return params

    async def acompletion(
        self, model: str, messages: list[dict[str, Any]], *args: Any, **kwargs: Any
    ) -> ModelResponse:
        local = self._get(model)
        params = self._params(kwargs)
        loop = asyncio.get_running_loop()
        text, prompt_tokens, completion_tokens, finish = await loop.run_in_executor(
            local.executor, local.generate, messages, params
        )
        response: ModelResponse = kwargs.get("model_response") or ModelResponse()
        response.choices[0].message.content = text
        response.choices[0].finish_reason = cast(Any, finish)  # litellm maps the reason itself
        response.model = model
        cast(Any, response).usage = _usage(prompt_tokens, completion_tokens)  # set at run time, not declared
        return response

    def completion(
        self, model: str, messages: list[dict[str, Any]], *args: Any, **kwargs: Any
    ) -> ModelResponse:
        local = self._get(model)
        text, prompt_tokens, completion_tokens, finish = local.generate(messages, self._params(kwargs))
        response: ModelResponse = kwargs.get("model_response") or ModelResponse()
        response.choices[0].message.content = text
        response.choices[0].finish_reason = cast(Any, finish)  # litellm maps the reason itself
        response.model = model
        cast(Any, response).usage = _usage(prompt_tokens, completion_tokens)  # set at run time, not declared
        return response

    # An async generator, as litellm calls it; its base class annotates a coroutine returning an iterator.
    async def astreaming(  # type: ignore[override]
        self, model: str, messages: list[dict[str, Any]], *args: Any, **kwargs: Any
    ) -> AsyncIterator[GenericStreamingChunk]:
        local = self._get(model)
        params = self._params(kwargs)
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        cancelled = threading.Event()

        stats: dict[str, int] = {}

        def produce() -> None:
            pieces: list[str] = []
            try:
                for piece in local.generate_stream(messages, params, cancelled, stats):
                    if piece:
                        pieces.append(piece)
                        loop.call_soon_threadsafe(queue.put_nowait, ("text", piece))
                completion = len(local.tokenizer.encode("".join(pieces), add_special_tokens=False))
                loop.call_soon_threadsafe(queue.put_nowait, ("end", completion))
            except Exception as exc:  # noqa: BLE001
                loop.call_soon_threadsafe(queue.put_nowait, ("error", exc))

        future = loop.run_in_executor(local.executor, produce)
        try:
            while True:
                kind, value = await queue.get()
                if kind == "text":
                    yield {
                        "text": value,
                        "is_finished": False,
                        "finish_reason": "",
                        "usage": None,
                        "index": 0,
                        "tool_use": None,
                    }
                elif kind == "error":
                    raise CustomLLMError(
                        status_code=500, message=f"generation failed: {type(value).__name__}"
                    )
                else:
                    yield {
                        "text": "",
                        "is_finished": True,
                        "finish_reason": "stop",
                        "index": 0,
                        "tool_use": None,
                        "usage": _usage(stats.get("prompt_tokens", 0), int(value)),
                    }
                    break
        finally:
            cancelled.set()  # the client went away or the stream ended: stop generating
            await asyncio.shield(future)

    def streaming(self, *args: Any, **kwargs: Any) -> Iterator[GenericStreamingChunk]:
        raise CustomLLMError(status_code=400, message="synchronous streaming is not supported in-process")


def register_provider(registry: LocalModelRegistry) -> None:
    """Point litellm's ``inprocess`` provider at ``registry`` (litellm keeps one provider map per
    process: the gateway built last serves the in-process models)."""
    import litellm

    handler = InProcessLLM(registry)
    providers = [p for p in (litellm.custom_provider_map or []) if p.get("provider") != PROVIDER]
    litellm.custom_provider_map = [*providers, {"provider": PROVIDER, "custom_handler": handler}]
    # litellm builds its provider lookup from custom_provider_map once; refresh it after changing.
    from litellm.utils import custom_llm_setup

    custom_llm_setup()
