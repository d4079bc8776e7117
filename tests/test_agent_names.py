"""Photos named the way cameras and photo sites name them (``sunset_by_Aitzol_Berasategi.jpg``):
the first word of the name finds the photo, and a word that finds none never claims a move."""

from __future__ import annotations

import pytest

from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.agent.parse import parse
from nemochat.engine.agent.words import Clips, refs

NAMES = [
    "Dragonfly_by_Bolly.jpg",
    "Wine_by_Jakkub_Mede.jpg",
    "aitzgorri_by_Aitzol_Berasategi.jpg",
    "sunset_by_Aitzol_Berasategi.jpg",
    "IMG_0042.jpg",
    "IMG_0043.jpg",
]
MEDIA = [
    MediaInfo(id=f"med_{i:016x}", kind="image", name=n, width=4000, height=3000)
    for i, n in enumerate(NAMES, start=1)
]
CLIPS = Clips(NAMES, ["image"] * len(NAMES))


@pytest.mark.parametrize(
    ("text", "want"),
    [("sunset ", [3]), ("the wine one", [1]), ("dragonfly", [0]), ("img ", None)],
)
def test_the_first_word_of_a_name_finds_the_photo(text: str, want: list[int] | None) -> None:
    assert refs(text, CLIPS) == want


def test_a_word_two_names_start_with_finds_neither() -> None:
    clips = Clips(["sunset_1.jpg", "sunset_2.jpg"], ["image", "image"])
    assert refs("sunset ", clips) is None


@pytest.mark.parametrize(
    "text",
    [
        "sunset photo first",
        "put sunset first",
        "make a 10 second video with the title 'Weekend Light', sunset photo first",
    ],
)
def test_sunset_goes_first(text: str) -> None:
    ops = [o.to_json() for o in parse(text, draft=None, media=MEDIA).ops]
    assert {"op": "move_clip", "clip": 3, "to": 0} in ops


def test_a_name_that_finds_no_photo_claims_nothing() -> None:
    parsed = parse("put cat first", draft=None, media=MEDIA)
    assert not any(o.name == "move_clip" for o in parsed.ops)
    assert not any(n.key.startswith("info.already_there") for n in parsed.notes)
