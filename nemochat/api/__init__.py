"""The async client for the NemoVideo skill API (httpx + httpx-sse).

Nothing above this package knows an error code's number or an envelope's shape; see
``docs/api.md``.
"""

from nemochat.api.client import (
    Credits,
    NemoClient,
    RenderStatus,
    Session,
    UploadedFile,
    new_render_id,
    parse_render,
    safe_name,
    unique_path,
)
from nemochat.api.errors import (
    AuthError,
    BadFileError,
    CreditsError,
    DownloadError,
    FileTooLarge,
    NemoError,
    NetworkError,
    PlanError,
    RateLimited,
    RenderFailed,
    ServerError,
    SessionNotFound,
    StreamError,
    StreamStalled,
    TurnTimeout,
)
from nemochat.api.events import EventDecoder, Heartbeat, TextChunk, ToolCall, ToolResult
from nemochat.api.upload import ACCEPTED, FORMATS, MAX_UPLOAD_BYTES, check_upload_path

__all__ = [
    "ACCEPTED",
    "FORMATS",
    "MAX_UPLOAD_BYTES",
    "AuthError",
    "BadFileError",
    "Credits",
    "CreditsError",
    "DownloadError",
    "EventDecoder",
    "FileTooLarge",
    "Heartbeat",
    "NemoClient",
    "NemoError",
    "NetworkError",
    "PlanError",
    "RateLimited",
    "RenderFailed",
    "RenderStatus",
    "ServerError",
    "Session",
    "SessionNotFound",
    "StreamError",
    "StreamStalled",
    "TextChunk",
    "ToolCall",
    "ToolResult",
    "TurnTimeout",
    "UploadedFile",
    "check_upload_path",
    "new_render_id",
    "parse_render",
    "safe_name",
    "unique_path",
]
