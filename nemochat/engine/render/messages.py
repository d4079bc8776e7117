"""Renderer messages in English and Simplified Chinese (same tuple format as nemochat/catalog).

A ``RenderError`` carries a key and fields; fields that are ``(english, chinese)`` tuples are
themselves translated, so "photo 3" reads "第 3 张照片" in Chinese.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "render.label.photo": ("photo {n} ({name})", "第 {n} 张照片（{name}）"),
    "render.label.clip": ("clip {n} ({name})", "第 {n} 个视频片段（{name}）"),
    "render.label.music": ("music {n} ({name})", "第 {n} 段音乐（{name}）"),
    "render.media_missing": (
        "{what} is not available: the file is missing.",
        "{what}不可用：文件不存在。",
    ),
    "render.media_bad": (
        "{what} could not be decoded: {error}",
        "{what}无法解码：{error}",
    ),
    "render.media_kind": (
        "{what} is not a supported {kind} file.",
        "{what}不是支持的文件类型（{kind}）。",
    ),
    "render.heic": (
        "{what} is a HEIC photo and no HEIC decoder is installed (pip install pillow-heif), "
        "or convert it to JPEG.",
        "{what}是 HEIC 照片，但未安装 HEIC 解码器（pip install pillow-heif），或请先转换为 JPEG。",
    ),
    "render.too_long": (
        "The video is {seconds} s long; videos are limited to {limit} minutes.",
        "视频长 {seconds} 秒，超过了 {limit} 分钟的上限。",
    ),
    "render.no_font": (
        'No font can draw the text "{text}" (missing: {chars}). Change the text, or install a '
        "font for this language (e.g. fonts-noto-cjk).",
        "没有字体能显示文字“{text}”（缺少：{chars}）。请修改文字，或安装这种语言的字体"
        "（例如 fonts-noto-cjk）。",
    ),
    "render.empty": (
        "The draft has nothing to render: add photos or clips first.",
        "草稿中没有可渲染的内容：请先添加照片或视频。",
    ),
    "render.bad_draft": ("The draft could not be read: {error}", "无法读取草稿：{error}"),
    "render.write_failed": (
        "The video could not be written: {error}",
        "无法写入视频：{error}",
    ),
    "render.cancelled": ("The render was cancelled.", "渲染已取消。"),
}
