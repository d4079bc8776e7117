"""The labelled corpus: every request must produce exactly the expected operations.

``CASES`` (tests/agent_corpus.py) are tuned on; ``HELD_OUT`` (tests/agent_heldout.py) are
not — their rate is reported (README, docs/agent.md) and must stay at least 95 %.
"""

from __future__ import annotations

import re

import pytest
from agent_check import check, state
from agent_corpus import CASES, Case
from agent_heldout import HELD_OUT, HELD_OUT_2
from agent_heldout3 import HELD_OUT_3
from agent_heldout4 import HELD_OUT_4
from agent_heldout5 import HELD_OUT_5
from agent_heldout6 import HELD_OUT_6
from agent_heldout7 import HELD_OUT_7
from agent_heldout8 import HELD_OUT_8
from agent_heldout9 import HELD_OUT_9
from agent_heldout10 import HELD_OUT_10
from agent_heldout11 import HELD_OUT_11
from agent_heldout12 import HELD_OUT_12
from agent_heldout13 import HELD_OUT_13
from agent_heldout14 import HELD_OUT_14
from agent_heldout15 import HELD_OUT_15
from agent_heldout16 import HELD_OUT_16
from agent_heldout17 import HELD_OUT_17
from agent_heldout18 import HELD_OUT_18
from agent_heldout19 import HELD_OUT_19
from agent_heldout20 import HELD_OUT_20
from agent_heldout21 import HELD_OUT_21
from agent_heldout22 import HELD_OUT_22
from agent_heldout23 import HELD_OUT_23
from agent_heldout24 import HELD_OUT_24
from agent_heldout25 import HELD_OUT_25
from agent_heldout26 import HELD_OUT_26
from agent_heldout27 import HELD_OUT_27
from agent_heldout28 import HELD_OUT_28
from agent_heldout29 import HELD_OUT_29
from agent_heldout30 import HELD_OUT_30
from agent_heldout31 import HELD_OUT_31
from agent_heldout32 import HELD_OUT_32

from nemochat.engine.agent import respond
from nemochat.engine.draft import validate


def _zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _asks_in_zh(text: str) -> bool:
    """Whether a request is Chinese: it has Chinese outside quotes, and is not an English
    sentence naming Chinese words (three English words or more, at least half as many as
    Chinese characters: "delete the caption that says 全场八折")."""
    outside = re.sub(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|'[^']*'", " ", text)
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in outside)
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\S+\.(?:jpg|png|mp3|mp4|mov)\b", " ", outside))
    if not han:
        return _zh(text) and not words
    return not (len(words) >= 3 and len(words) * 2 >= han)


@pytest.mark.parametrize("case", CASES, ids=[c.text[:40] for c in CASES])
def test_corpus_case(case: Case) -> None:
    ok, detail = check(case)
    assert ok, detail


# every held-out batch, once (each scored once before anything was tuned on it)
HELD = (
    HELD_OUT
    + HELD_OUT_2
    + HELD_OUT_3
    + HELD_OUT_4
    + HELD_OUT_5
    + HELD_OUT_6
    + HELD_OUT_7
    + HELD_OUT_8
    + HELD_OUT_9
    + HELD_OUT_10
    + HELD_OUT_11
    + HELD_OUT_12
    + HELD_OUT_13
    + HELD_OUT_14
    + HELD_OUT_15
    + HELD_OUT_16
    + HELD_OUT_17
    + HELD_OUT_18
    + HELD_OUT_19
    + HELD_OUT_20
    + HELD_OUT_21
    + HELD_OUT_22
    + HELD_OUT_23
    + HELD_OUT_24
    + HELD_OUT_25
    + HELD_OUT_26
    + HELD_OUT_27
    + HELD_OUT_28
    + HELD_OUT_29
    + HELD_OUT_30
    + HELD_OUT_31
    + HELD_OUT_32
)
ALL = CASES + HELD

# held-out cases that miss on purpose or by a labelling conflict (docs/agent.md lists why):
# any other miss is a regression
KNOWN_MISSES = {
    "make a vid from these 6 pics, 4:5, fast pace, push left transitions, no music",
    # batch 14: the same conflict — cuts planned before "2 s each" so each photo is 2 s
    "把照片做成方形视频，每张两秒，不要转场，加字幕「第一次来东京」",
    # batch 16: a caption's box is its plate (the caption design), so it is already so
    "put a box behind the caption",
    # batch 23: "don't change the total length" pins it (docs/agent.md: pinned choices), so
    # the other photos absorb the 5 s; the label changes the photo alone
    "don't change the total length, but make the first photo 5 seconds",
    # batch 28: 节奏快点 while making the video is "faster" (a factor) in the tuned corpus
    # (生成一个小红书视频，节奏快一点) and the fast preset in this label
    "弄个视频，节奏快点，结尾淡出，标提写“周末特价”",
    # batch 31, not fixed yet (found at the end of the session; docs/agent.md lists them): a
    # transition's length said as "of 0.4 s" in a long formal sentence, "it's photo 4" as
    # the answer to a photo described by a clause ("the photo where she blows out the
    # candle" is not asked about), and a text's entrance refused ("I don't want the title to
    # pop in, just fade" removed the title)
    "Make the video from these uploads with fade-to-black transitions of 0.4 s and a total "
    "length of 20.0 s.",
    "it's photo 4",
    "I don't want the title to pop in, just fade",
}


def test_corpus_size_and_languages() -> None:
    zh = [c for c in ALL if _zh(c.text)]
    assert len(ALL) >= 600
    assert 0.4 <= len(zh) / len(ALL) <= 0.6
    assert any(c.notes and c.notes[0].startswith("offline") for c in CASES)


def test_held_out_rate() -> None:
    failed = [(c, d) for c in HELD for ok, d in [check(c)] if not ok]
    rate = 1 - len(failed) / len(HELD)
    assert rate >= 0.95, f"held-out rate {rate:.1%}:\n" + "\n".join(d for _, d in failed)
    new = [d for c, d in failed if c.text not in KNOWN_MISSES]
    assert not new, "held-out cases that passed before now miss:\n" + "\n".join(new)


@pytest.mark.parametrize("case", ALL, ids=[c.text[:40] for c in ALL])
def test_corpus_reply_is_valid_and_in_language(case: Case) -> None:
    draft, media, history = state(case)
    turn = respond(case.text, draft=draft, media=media, language="en", history=history)
    if turn.draft is not None:
        assert validate(turn.draft, media_ids={m.id for m in media}) == []
    zh = _asks_in_zh(case.text)
    assert turn.reply.strip()
    assert not re.search("[\U000f0000-\U000ffffd]", turn.reply), "a placeholder in the reply"
    has_han = _zh(re.sub(r"“[^”]*”", "", turn.reply))  # quoted texts are the user's
    assert has_han == zh or (not zh and has_han and any(ord(c) > 0x3000 for c in case.text)), (
        turn.reply
    )
    calls = [e for e in turn.events if e["type"] == "tool_call"]
    assert len(calls) == len(turn.ops) or not turn.ops
