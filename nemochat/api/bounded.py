"""Reading a response through a size cap, counting decompressed bytes.

httpx decompresses a whole network chunk at once, so a few KB of gzip can become gigabytes
before any limit is checked. Responses are read raw (``aiter_raw``) and inflated here in
steps of at most ``STEP`` bytes, so memory stays bounded whatever the server sends: a gzip
bomb stops at the cap after a few steps.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

STEP = 64 * 1024


class BodyTooLarge(Exception):
    """The (decompressed) body passed the cap."""


class BadEncoding(Exception):
    """A ``Content-Encoding`` nemochat does not decode, or a corrupt compressed body."""


class Inflater:
    """Decodes ``identity``, ``gzip`` and ``deflate`` in bounded steps."""

    def __init__(self, encoding: str | None) -> None:
        codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise BadEncoding(encoding)
        # 32 + MAX_WBITS: a gzip or a zlib header, detected
        self._z = zlib.decompressobj(32 + zlib.MAX_WBITS) if codings else None

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._z is None:
            if data:
                yield data
            return
        try:
            buf = data
            while buf:
                out = self._z.decompress(buf, STEP)
                if out:
                    yield out
                buf = self._z.unconsumed_tail
                if not out and buf and self._z.eof:
                    break  # trailing bytes after the end of the stream: ignored
        except zlib.error as exc:
            raise BadEncoding(str(exc)) from None


async def iter_decoded(resp: httpx.Response, limit: int) -> AsyncIterator[bytes]:
    """The body's decoded bytes; ``BodyTooLarge`` as soon as more than ``limit`` arrived."""
    inflater = Inflater(resp.headers.get("content-encoding"))
    total = 0
    async for chunk in resp.aiter_raw():
        for piece in inflater.feed(chunk):
            total += len(piece)
            if total > limit:
                raise BodyTooLarge(limit)
            yield piece


async def read_capped(resp: httpx.Response, limit: int, *, truncate: bool = False) -> bytes:
    """The whole decoded body, at most ``limit`` bytes.

    Past the cap: ``BodyTooLarge``, or with ``truncate`` the first ``limit`` bytes (the
    rest is never read; used for error bodies, where the beginning is enough).
    """
    declared = resp.headers.get("content-length", "")
    plain = "content-encoding" not in resp.headers
    if not truncate and plain and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    parts: list[bytes] = []
    try:
        async for piece in iter_decoded(resp, limit):
            parts.append(piece)
    except (BodyTooLarge, BadEncoding):
        if not truncate:
            raise  # with truncate, what arrived before the cap is the body
    return b"".join(parts)
