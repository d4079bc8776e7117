"""Why an edit could not be made: a catalog key with fields, in English and Chinese.

An op that cannot be carried out raises :class:`OpFailed` with a key from :data:`REASONS`
and its fields. The tool result carries the key, the fields and the English text (for
logs and other planners); the reply says it in the user's language from the same entry, so
no English string is ever translated back.
"""

from __future__ import annotations

from typing import Any

REASONS: dict[str, tuple[str, str]] = {
    "no_media": ("no photos or video clips are uploaded", "还没有上传照片或视频"),
    "no_clips": ("there are no clips in the video yet", "时间线里还没有素材"),
    "no_clips_text": ("there are no clips to put text on", "时间线里还没有素材，无法加文字"),
    "no_text": ("there's no such text", "没有找到这段文字"),
    "not_audio": ("that isn't an uploaded audio file", "这不是已上传的音频文件"),
    "no_music": ("there's no music", "还没有背景音乐"),
    "not_video": ("only video clips can be trimmed", "只有视频片段可以裁剪开头"),
    "bad_order": ("that isn't an order of the clips", "顺序不对"),
    "nothing_to_add": ("there's nothing to add", "没有可以添加的素材"),
    "no_effect": ("it would not change anything here", "这样改不会产生任何变化"),
    "volume_max": (
        "it is already at full volume (100%), the loudest it goes",
        "已经是最大音量（100%），不能再大了",
    ),
    "volume_min": ("it is already silent (0%)", "已经是静音（0%）了"),
    "no_such_clip": ("there's no clip {k} (there are {n})", "没有第 {k} 段（共 {n} 段）"),
    "too_long": (
        "the video would be longer than the {min}-minute limit",
        "视频会超过 {min} 分钟的上限",
    ),
    "unknown_fit": ("“{fit}” isn't a way to fit photos", "“{fit}”不是照片的适配方式"),
    "unknown_op": ("“{op}” isn't an edit I know", "“{op}”不是可以执行的编辑"),
    "beat_no_music": ("no music to cut to: add a song first", "还没有背景音乐，请先添加一首歌"),
    "beat_none": ("no beat found in the music", "没能在音乐里找到节拍"),
    "other": ("{error}", "{error}"),
}


def say(reason: str, lang: str, fields: dict[str, Any] | None = None) -> str:
    """The reason in ``lang`` ("en" or "zh"); an unknown key says its fields' error."""
    fields = dict(fields or {})
    en, zh = REASONS.get(reason, REASONS["other"])
    fields.setdefault("error", reason)
    return (zh if lang == "zh" else en).format(**fields)


class OpFailed(Exception):
    """An op that cannot be carried out; ``reason`` is a key of :data:`REASONS`."""

    def __init__(self, reason: str, **fields: Any) -> None:
        if reason not in REASONS:
            raise KeyError(f"no reason {reason!r} in the catalog")
        super().__init__(say(reason, "en", fields))
        self.reason = reason
        self.fields = fields

    def result(self) -> dict[str, Any]:
        """The op's failed result: ``ok`` False, the reason key and fields, English text."""
        return {
            "ok": False,
            "reason": self.reason,
            "reason_fields": dict(self.fields),
            "error": str(self),
        }


def failed(reason: str, **fields: Any) -> dict[str, Any]:
    """A failed result without raising (for code that reports rather than stops)."""
    return OpFailed(reason, **fields).result()
