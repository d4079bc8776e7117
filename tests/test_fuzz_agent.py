"""The local agent and draft validator under hostile text: no exception, always a valid draft.

``respond`` is pure, so most of this runs in-process with hypothesis; a bounded handful
of examples also goes through the engine's ``/run_sse`` over real HTTP, where the saved
draft must still validate and the stream must stay well-formed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from adversarial import FAST, SLOW, deep, hostile_text, json_values
from hypothesis import given
from hypothesis import strategies as st

from nemochat import config
from nemochat.engine.agent import respond
from nemochat.engine.agent.parse import clauses, normalise, parse
from nemochat.engine.draft import validate
from tests.agent_setups import MEDIA, MIXED, History, bare_draft, full_draft

STARTS = {"none": lambda: None, "bare": bare_draft, "full": full_draft}


def check_turn(turn: Any, media: list[Any]) -> None:
    if turn.draft is not None:
        assert validate(turn.draft, media_ids={m.id for m in media}) == [], turn.draft
    assert turn.events
    for e in turn.events:
        assert e["type"] in ("text", "tool_call", "tool_result")
    assert any(e["type"] == "text" and e["content"].strip() for e in turn.events)
    json.dumps(turn.events)  # lone surrogates would fail here only with ensure_ascii=False
    json.dumps(turn.ops)
    assert turn.history in ("none", "undo", "redo")


@FAST
@given(
    text=hostile_text,
    start=st.sampled_from(sorted(STARTS)),
    media=st.sampled_from(["all", "mixed", "none"]),
    lang=st.sampled_from(["en", "zh-CN"]),
)
def test_agent_answers_any_text_with_a_valid_draft(
    text: str, start: str, media: str, lang: str
) -> None:
    items = {"all": MEDIA, "mixed": MIXED, "none": []}[media]
    draft = STARTS[start]()
    if draft is not None and media != "all":
        draft = None  # a draft only refers to the media it was made from
    history = History([draft] if draft is not None else [])
    turn = respond(text, draft=draft, media=items, language=lang, history=history)
    check_turn(turn, items)


@SLOW
@given(texts=st.lists(hostile_text, min_size=2, max_size=5))
def test_agent_conversation_of_hostile_turns_stays_valid(texts: list[str]) -> None:
    draft: dict | None = None
    history = History()
    for text in ["make a video", *texts, "undo", "redo"]:
        turn = respond(text, draft=draft, media=MEDIA, language="en", history=history)
        check_turn(turn, MEDIA)
        draft = history.commit(turn, draft)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        "add the title " + "字" * 100_000,
        "add a title '" + "\x1b]52;c;SGVsbG8=\x07" * 1000 + "'",
        'add a title "\ud800\udfff\udc80"',
        "make it " + "9" * 5000 + " seconds",
        "make it 1e308 seconds long",
        "photo " + " and photo ".join(str(i) for i in range(2000)),
        "第" + "九" * 500 + "张删掉",
        "\x00" * 10_000,
        "\r\n" * 10_000,
        deep(5000),
        "'" * 50_000,
        "”" * 50_000,
    ],
)
def test_agent_adversarial_examples(text: str) -> None:
    for start in STARTS.values():
        draft = start()
        turn = respond(text, draft=draft, media=MEDIA, language="en", history=History())
        check_turn(turn, MEDIA)


@FAST
@given(text=hostile_text)
def test_parser_pieces_never_raise(text: str) -> None:
    norm, _ = normalise(text)
    assert isinstance(norm, str)
    assert all(isinstance(c, str) for c in clauses(text))
    parsed = parse(text, draft=full_draft(), media=MEDIA)
    assert isinstance(parsed.ops, list)


@FAST
@given(value=json_values)
def test_draft_validator_reports_instead_of_raising(value: Any) -> None:
    problems = validate(value, media_ids={m.id for m in MEDIA})
    assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)
    if not isinstance(value, dict):
        assert problems


@pytest.mark.parametrize("depth", [100, 900])
def test_draft_validator_on_deep_values(depth: int) -> None:
    nested: Any = "x"
    for _ in range(depth):
        nested = {"m": nested}
    draft = full_draft()
    draft["t"][0]["sg"][0]["m"]["name"] = nested
    draft["m"]["title"] = nested
    assert validate(draft, media_ids={m.id for m in MEDIA})


# --- over HTTP: the engine's /run_sse with hostile text ---------------------------------


@pytest.fixture(scope="module")
def engine_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from test_engine_support import jpeg, running

    home = tmp_path_factory.mktemp("engine-home")
    with running(home, heartbeat_interval=0.2, event_delay=0) as api:
        sid = api.new_session()
        r = api.upload(sid, ("a.jpg", jpeg()), ("b.jpg", jpeg(color="blue")))
        assert r.status_code == 200, r.text
        api.sid = sid  # type: ignore[attr-defined]
        ids = {f["id"] for f in r.json()["data"]["files"]}
        api.media_ids = ids  # type: ignore[attr-defined]
        yield api


@SLOW
@given(text=hostile_text.filter(lambda s: s.strip() != ""))
def test_engine_turns_with_hostile_text(engine_api: Any, text: str) -> None:
    safe = text.encode("utf-8", "replace").decode("utf-8")[:20_000]  # JSON bodies are UTF-8
    r, events = engine_api.chat(engine_api.sid, safe)
    assert r.status_code in (200, 400), r.text
    if r.status_code == 200:
        assert events and all(
            e.get("type") in ("text", "tool_call", "tool_result", "heartbeat", "error")
            for e in events
        )
    state = engine_api.state(engine_api.sid).json()["data"]["state"]
    if "draft" in state:
        assert validate(state["draft"], media_ids=engine_api.media_ids) == []


def test_engine_body_with_lone_surrogates_and_deep_json(engine_api: Any) -> None:
    body = (
        b'{"app_name":"nemo_agent","user_id":"me","session_id":"'
        + engine_api.sid.encode()
        + b'","new_message":{"parts":[{"text":"add a title \\ud800 \\udfff"}]}}'
    )
    r = engine_api.post("/run_sse", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code in (200, 400)
    r = engine_api.post(
        "/run_sse", content=deep(100_000).encode(), headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 400 and r.json()["code"] == 400
    r = engine_api.post(
        "/run_sse", content=b"\xff\xfe\x00{bad", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 400
    assert config.home()  # the engine's home is separate; the client's is untouched
