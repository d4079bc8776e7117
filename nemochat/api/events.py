"""The events of one agent turn, decoded from either SSE form.

Typed form: ``{"type": "text"|"tool_call"|"tool_result"|"heartbeat", …}``.
Google ADK Event JSON: ``content.parts[]`` with ``text`` / ``functionCall`` /
``functionResponse``; with streaming, ``partial`` chunks are followed by one non-partial
event repeating the full text, which must not be shown twice. ``{"error": …}`` and
``errorMessage`` end the turn with ``StreamError``. Empty or unparseable data is a heartbeat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nemochat.api.envelope import loads
from nemochat.api.errors import StreamError, scrub


@dataclass
class TextChunk:
    text: str  # new text to show (ADK partial/final de-duplicated)


@dataclass
class ToolCall:
    name: str
    args: dict = field(default_factory=dict)


@dataclass
class ToolResult:
    name: str
    result: object = None


@dataclass
class Heartbeat:
    pass


TurnEvent = TextChunk | ToolCall | ToolResult | Heartbeat


class EventDecoder:
    """Turns the ``data`` of each SSE event into zero or more turn events (stateful: dedup)."""

    def __init__(self) -> None:
        self._streamed = ""  # text shown from ADK partial chunks since the last full event

    def feed(self, data: str) -> list[TurnEvent]:
        if not data.strip():
            return [Heartbeat()]
        try:
            obj = loads(data)
        except (ValueError, RecursionError):  # deep nesting raises RecursionError
            return [Heartbeat()]
        if not isinstance(obj, dict):
            return [Heartbeat()]
        if isinstance(obj.get("type"), str):
            return self._typed(obj)
        return self._adk(obj)

    def _typed(self, obj: dict[str, Any]) -> list[TurnEvent]:
        kind = obj["type"]
        if kind == "text":
            text = obj.get("content", obj.get("text", ""))
            return [TextChunk(text)] if isinstance(text, str) and text else []
        if kind == "tool_call":
            args = obj.get("args", obj.get("arguments", {}))
            return [ToolCall(str(obj.get("name", "")), args if isinstance(args, dict) else {})]
        if kind == "tool_result":
            return [ToolResult(str(obj.get("name", "")), obj.get("result", obj.get("content")))]
        if kind == "heartbeat":
            return [Heartbeat()]
        if kind == "error":
            raise StreamError(detail=scrub(obj.get("message") or obj.get("content") or "error"))
        return []

    def _adk(self, obj: dict[str, Any]) -> list[TurnEvent]:
        if obj.get("error"):
            raise StreamError(detail=scrub(obj["error"]))
        if obj.get("errorMessage") or obj.get("errorCode"):
            raise StreamError(detail=scrub(obj.get("errorMessage") or obj.get("errorCode")))
        content = obj.get("content")
        parts = content.get("parts") if isinstance(content, dict) else None
        if not isinstance(parts, list):
            return []
        out: list[TurnEvent] = []
        texts: list[str] = []
        for part in parts:
            if not isinstance(part, dict):
                continue
            if isinstance(part.get("text"), str) and not part.get("thought"):
                texts.append(part["text"])
            call = part.get("functionCall")
            if isinstance(call, dict):
                args = call.get("args")
                out.append(
                    ToolCall(str(call.get("name", "")), args if isinstance(args, dict) else {})
                )
            resp = part.get("functionResponse")
            if isinstance(resp, dict):
                out.append(ToolResult(str(resp.get("name", "")), resp.get("response")))
        text = "".join(texts)
        if obj.get("partial"):
            self._streamed += text
            if text:
                out.insert(0, TextChunk(text))
            return out
        if text:
            shown, self._streamed = self._streamed, ""
            if shown and text.startswith(shown):
                text = text[len(shown) :]
            elif shown and text.strip() == shown.strip():
                text = ""
            if text:
                out.insert(0, TextChunk(text))
        return out
