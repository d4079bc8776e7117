"""Whole-video fades (m.fade_in / m.fade_out): the draft rules, the agent, the reply."""

from __future__ import annotations

from nemochat.engine import draft as dr


def _draft(clips: int = 2) -> dict:
    d = dr.new_draft()
    for i in range(clips):
        dr.track(d, dr.TT_VIDEO)["sg"].append(dr.video_segment(f"med_{i}"))  # type: ignore[index]
    return dr.relayout(d)


def test_validate_checks_whole_video_fades() -> None:
    d = _draft(2)  # 5500 ms
    assert dr.validate(d) == []
    d["m"]["fade_in"], d["m"]["fade_out"] = 1000, 2750
    assert dr.validate(d) == []
    d["m"]["fade_out"] = 2751
    assert any("fade_out" in p and "half" in p for p in dr.validate(d))
    d["m"]["fade_out"] = 0
    d["m"]["fade_in"] = -5
    assert any("m.fade_in" in p for p in dr.validate(d))
    d["m"]["fade_in"] = 1.5
    assert any("m.fade_in" in p for p in dr.validate(d))
    d["m"]["fade_in"] = True
    assert any("m.fade_in" in p for p in dr.validate(d))


def test_relayout_clamps_fades_to_half_the_video() -> None:
    d = _draft(2)
    d["m"]["fade_out"] = 2000
    d["m"]["fade_in"] = 400
    dr.track(d, dr.TT_VIDEO)["sg"].pop()  # 3000 ms left
    dr.relayout(d)
    assert d["m"]["fade_out"] == 1500 and d["m"]["fade_in"] == 400
    assert dr.validate(d) == []
