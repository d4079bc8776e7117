"""What an edit means for the export, said when the edit is made (not at export time):

- a photo with fewer pixels than the frame shows of it will look soft;
- a title or caption with characters no installed or bundled font can draw would fail the
  export (render/text.py ``undrawable``).

Only what the edit brought is said: a new soft photo, a text that is new or changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent.model import MediaInfo
from nemochat.engine.draft_model import Key, Timeline
from nemochat.engine.messages import msg

_RES = {720: "720p", 1080: "1080p", 2160: "4K"}


def notes(
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    media: Sequence[MediaInfo],
    lang: str,
) -> list[str]:
    if not isinstance(after, dict) or not isinstance(after.get(Key.META), dict):
        return []
    out: list[str] = []
    sizes = {m.id: (m.width, m.height) for m in media if m.width and m.height}
    # by name, not number: a soft photo that only moved (photo 4 → photo 3) is not news
    known = {name for _, name, _, _ in dr.soft_photos(before, sizes)} if before else set()
    tl = Timeline(after)
    res = _RES.get(min(tl.width, tl.height), f"{tl.width}×{tl.height}")
    soft = [x for x in dr.soft_photos(after, sizes) if x[1] not in known]
    if len(soft) > 2:  # one line for many, not one per photo
        listed = "、" if lang == "zh" else ", "
        items = [f"{name} {w}×{h}" for _, name, w, h in soft[:6]]
        more = len(soft) - len(items)
        text = listed.join(items) + (f"{listed}…(+{more})" if more else "")
        out.append(msg("engine.check.soft_photos", lang, count=len(soft), res=res, list=text))
    else:
        for n, name, w, h in soft:
            out.append(
                msg("engine.check.soft_photo", lang, n=n, name=name, width=w, height=h, res=res)
            )
    old_texts = {t.text for t in Timeline(before).texts} if before else set()
    for t in tl.texts:
        text = t.text
        if not text or text in old_texts:
            continue
        from nemochat.engine.render.text import undrawable

        missing = undrawable(text, t.font)
        if missing:
            shown = text if len(text) <= 30 else text[:29] + "…"
            out.append(msg("engine.check.no_glyphs", lang, chars=missing, text=shown))
    return out
