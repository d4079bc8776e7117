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
    # --- project layer ------------------------------------------------------------------
    "project.still_working": ("⏳ Still working...", "⏳ 仍在处理中……"),
    "project.export.rendering": (
        "⏳ Rendering your {seconds}s video...",
        "⏳ 正在渲染 {seconds} 秒的视频……",
    ),
    "project.export.no_draft": (
        "There is nothing to export yet: the agent has only answered with text so far. "
        "Upload photos and ask for a video first.",
        "还没有可导出的内容：到目前为止智能体只回复了文字。请先上传照片并描述想要的视频。",
    ),
    "project.export.empty": (
        "There is nothing to export yet: the timeline has no clips. Ask for a video first.",
        "还没有可导出的内容：时间线里没有片段。请先让它生成视频。",
    ),
    "project.export.folder": (
        "Cannot create the folder {path}: {error}",
        "无法创建文件夹 {path}：{error}",
    ),
    "project.export.done": ("✅ Video ready: {path}", "✅ 视频已就绪：{path}"),
    "project.session.unknown": (
        "Session {session_id} was not found on this server.",
        "在此服务器上找不到会话 {session_id}。",
    ),
    "project.session.created": (
        "Started a new project (session {session_id}).",
        "已新建项目（会话 {session_id}）。",
    ),
    "project.session.new": (
        "Started a new project (session {session_id}).",
        "已新建项目（会话 {session_id}）。",
    ),
    "project.session.use": ("Now working on session {session_id}.", "现在使用会话 {session_id}。"),
    "project.session.renewed": (
        "The server no longer had the previous session, so a new one was started ({session_id}).",
        "服务器上已没有之前的会话，已新建会话（{session_id}）。",
    ),
    "project.turn.no_reply": (
        "The agent finished without a reply and the timeline did not change. "
        "Try rephrasing, or type status to see the project.",
        "智能体没有回复，时间线也没有变化。请换个说法，或输入 status 查看项目。",
    ),
    "project.turn.watching": (
        "The connection dropped during the reply. Your message is not sent again; "
        "checking the project in {seconds}s to see what was done...",
        "回复过程中连接中断。消息不会重复发送；{seconds} 秒后检查项目看看完成了什么……",
    ),
    "project.turn.lost": (
        "No result arrived and the project did not change. You can send the request again.",
        "没有收到结果，项目也没有变化。你可以重新发送这条请求。",
    ),
    "project.upload.nothing": (
        "Nothing to upload: give files or URLs.",
        "没有要上传的内容：请提供文件或链接。",
    ),
}
