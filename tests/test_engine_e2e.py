"""End to end with the real client (nemochat.api.NemoClient) driving the real engine over
HTTP on 127.0.0.1: upload → chat → state → export (render + download), no mocks."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from test_engine_support import jpeg, running

from nemochat import config


def test_upload_chat_state_export(tmp_path: Path) -> None:
    from nemochat.api import BadFileError, NemoClient, TextChunk

    home = config.home()
    photos = []
    for i, color in enumerate(["red", "green", "blue"]):
        p = tmp_path / f"photo {i}.jpg"
        p.write_bytes(jpeg(96, 64, color))
        photos.append(p)
    bad = tmp_path / "fake.jpg"
    bad.write_bytes(b"definitely not a jpeg, just some words in a file" * 4)

    async def scenario(url: str) -> tuple[Path, str, dict]:
        async with NemoClient(base_url=url, poll_interval=(0.05, 0.2), home=home) as client:
            session = await client.create_session("en")
            files = await client.upload_files(session.session_id, photos)
            assert [f.filename for f in files] == [p.name for p in photos]
            assert all(f.width == 96 and f.height == 64 for f in files)
            with pytest.raises(BadFileError) as info:
                await client.upload_files(session.session_id, [bad])
            assert "fake.jpg" in info.value.message("en")
            text = ""
            async for event in client.chat(
                session.session_id, "make a 16:9 video, 1 second per photo"
            ):
                if isinstance(event, TextChunk):
                    text += event.text
            state = await client.state(session.session_id)
            assert state["draft"]["t"][0]["sg"], state
            status = await client.wait_render(session.session_id, state["draft"])
            assert status.status == "completed" and status.url
            out = await client.download(status, tmp_path / "out.mp4")
            return out, text, state

    with running(home, login=False) as api:
        out, text, state = asyncio.run(scenario(api.url))
    assert text.strip()
    assert out.exists() and not list(tmp_path.glob("*.part"))
    import av

    with av.open(io.BytesIO(out.read_bytes())) as c:
        stream = c.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (
            state["draft"]["m"]["width"],
            state["draft"]["m"]["height"],
        )
        frames = sum(1 for _ in c.decode(stream))
    assert frames / float(stream.average_rate) == pytest.approx(
        state["draft"]["d"] / 1000, abs=0.15
    )
