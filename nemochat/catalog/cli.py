"""Messages of the command line, the project layer and the timeline."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- timeline ---------------------------------------------------------------------
    "timeline.summary": (
        "Timeline ({count} tracks): {tracks}",
        "时间线（{count} 条轨道）：{tracks}",
    ),
    "timeline.track": ("{kind}: {labels} ({span})", "{kind}：{labels}（{span}）"),
    "timeline.empty": (
        "The timeline is empty: nothing has been made yet.",
        "时间线是空的：还没有生成任何内容。",
    ),
    "timeline.more": ("+{count} more", "等另外 {count} 个"),
    "timeline.kind.video": ("Video", "视频"),
    "timeline.kind.audio": ("BGM", "背景音乐"),
    "timeline.kind.title": ("Title", "标题"),
    "timeline.kind.caption": ("Caption", "字幕"),
    "timeline.kind.other": ("Track", "轨道"),
    "timeline.kind.clip": ("clip", "片段"),
    "timeline.on": ("on", "开"),
    "timeline.off": ("off", "关"),
    "timeline.diff.added": ("Added {kind}: {label} ({span})", "新增{kind}：{label}（{span}）"),
    "timeline.diff.removed": ("Removed {kind}: {label}", "移除{kind}：{label}"),
    "timeline.diff.text": ("{kind}: {old} → {new}", "{kind}：{old} → {new}"),
    "timeline.diff.timing": ("{kind}: {label} {old} → {new}", "{kind}：{label} {old} → {new}"),
    "timeline.diff.retimed": (
        "{kind}: {count} more clips re-timed",
        "{kind}：另有 {count} 个片段调整了时间",
    ),
    "timeline.diff.volume": (
        "{kind}: {label} volume {old} → {new}",
        "{kind}：{label} 音量 {old} → {new}",
    ),
    "timeline.diff.setting": (
        "{kind}: {label} {key} {old} → {new}",
        "{kind}：{label} 的 {key} {old} → {new}",
    ),
    "timeline.diff.canvas": ("Frame size {old} → {new}", "画面尺寸 {old} → {new}"),
    "timeline.diff.project": ("Project {key}: {old} → {new}", "项目 {key}：{old} → {new}"),
    "timeline.diff.duration": ("Duration {old} → {new}", "时长 {old} → {new}"),
}
