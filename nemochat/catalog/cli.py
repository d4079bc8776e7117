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
    "timeline.diff.text": ("{kind}: {old} → {new}", "{kind}：{old} 改为 {new}"),
    "timeline.diff.timing": ("{kind}: {label} {old} → {new}", "{kind}：{label} {old} 改为 {new}"),
    "timeline.diff.retimed": (
        "{kind}: {count} more clips re-timed",
        "{kind}：另有 {count} 个片段调整了时间",
    ),
    "timeline.diff.volume": (
        "{kind}: {label} volume {old} → {new}",
        "{kind}：{label} 音量 {old} 改为 {new}",
    ),
    "timeline.diff.setting": (
        "{kind}: {label} {key} {old} → {new}",
        "{kind}：{label} 的 {key} {old} 改为 {new}",
    ),
    "timeline.diff.canvas": ("Frame size {old} → {new}", "画面尺寸 {old} 改为 {new}"),
    "timeline.diff.project": ("Project {key}: {old} → {new}", "项目 {key}：{old} 改为 {new}"),
    "timeline.diff.duration": ("Duration {old} → {new}", "时长 {old} 改为 {new}"),
    # --- project layer ------------------------------------------------------------------
    "project.still_working": ("⏳ Still working...", "⏳ 仍在处理中..."),
    "project.export.rendering": (
        "⏳ Rendering your {seconds}s video...",
        "⏳ 正在渲染 {seconds} 秒的视频...",
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
        "回复过程中连接中断。消息不会重复发送；{seconds} 秒后检查项目看看完成了什么...",
    ),
    "project.turn.lost": (
        "No result arrived and the project did not change. You can send the request again.",
        "没有收到结果，项目也没有变化。你可以重新发送这条请求。",
    ),
    "project.upload.nothing": (
        "Nothing to upload: give files or URLs.",
        "没有要上传的内容：请提供文件或链接。",
    ),
    # --- command line ---------------------------------------------------------------------
    "cli.help.description": (
        "Turn photos into videos by talking to your terminal. Without a command, opens the chat.",
        "在终端里对话，把照片变成视频。不带命令时打开聊天。",
    ),
    "cli.help.globals": (
        "global options (before or after the command)",
        "全局选项（可放在命令前或后）",
    ),
    "cli.help.backend": (
        "cloud (NemoVideo) or local (engine on this machine); default auto. Env: NEMOCHAT_BACKEND",
        "cloud（NemoVideo 云端）或 local（本机引擎）；默认 auto。环境变量：NEMOCHAT_BACKEND",
    ),
    "cli.help.lang": (
        "interface language; default auto. Env: NEMOCHAT_LANG",
        "界面语言；默认 auto。环境变量：NEMOCHAT_LANG",
    ),
    "cli.help.session": ("use this session for this run", "本次运行使用此会话"),
    "cli.help.json": ("machine-readable JSON output", "输出机器可读的 JSON"),
    "cli.help.debug": ("show details (tracebacks) on errors", "出错时显示详细信息（调用栈）"),
    "cli.help.version": ("print the version and exit", "显示版本并退出"),
    "cli.help.message": (
        "handle TEXT as if typed in the chat (repeatable)",
        "把 TEXT 当作在聊天中输入的内容处理（可重复）",
    ),
    "cli.help.cmd.upload": ("upload photos, videos, music or URLs", "上传照片、视频、音乐或链接"),
    "cli.help.cmd.status": ("show the project's timeline", "显示项目时间线"),
    "cli.help.cmd.credits": ("show the credit balance", "显示积分余额"),
    "cli.help.cmd.export": (
        "render the video and save it (default: ./output/)",
        "渲染视频并保存（默认保存到 ./output/）",
    ),
    "cli.help.cmd.sessions": ("list the remembered sessions", "列出记住的会话"),
    "cli.help.cmd.new": ("start a new project (session)", "新建项目（会话）"),
    "cli.help.cmd.serve": (
        "run the local engine as a server others can use",
        "以服务器方式运行本地引擎，供其他程序使用",
    ),
    "cli.help.upload.items": ("files or http(s) URLs", "文件或 http(s) 链接"),
    "cli.help.export.output": (
        "file or folder to save to (a folder gets the project's name)",
        "保存到的文件或文件夹（文件夹中以项目名命名）",
    ),
    "cli.help.export.force": ("overwrite an existing file", "覆盖已存在的文件"),
    "cli.help.serve.host": (
        "address to listen on (default 127.0.0.1)",
        "监听地址（默认 127.0.0.1）",
    ),
    "cli.help.serve.port": ("port (default 8765)", "端口（默认 8765）"),
    "cli.help.serve.allow_remote": (
        "allow listening on a non-loopback address",
        "允许监听非本机回环地址",
    ),
    "cli.usage_error": (
        "Usage error: {error}. See: nemochat --help",
        "用法错误：{error}。请查看：nemochat --help",
    ),
    "cli.usage.m_with_command": (
        "-m cannot be combined with a command",
        "-m 不能与命令同时使用",
    ),
    "cli.progress.upload": ("Uploading", "上传中"),
    "cli.progress.render": ("Rendering", "渲染中"),
    "cli.progress.download": ("Downloading", "下载中"),
    "cli.serve.failed": (
        "Cannot listen on {host}:{port}: {error}",
        "无法监听 {host}:{port}：{error}",
    ),
    "cli.backend.local": (
        "Backend: local engine on this machine (private, offline, no account). "
        "Switch: --backend cloud or NEMOCHAT_BACKEND=cloud",
        "后端：本机引擎（私密、离线、无需账号）。切换：--backend cloud 或 NEMOCHAT_BACKEND=cloud",
    ),
    "cli.backend.cloud": (
        "Backend: NemoVideo cloud ({url}). Switch: --backend local or NEMOCHAT_BACKEND=local",
        "后端：NemoVideo 云端（{url}）。切换：--backend local 或 NEMOCHAT_BACKEND=local",
    ),
    "cli.backend.local_failed": (
        "The local engine could not start: {error}. Run with --debug for details, or use --backend cloud.",
        "本机引擎无法启动：{error}。加上 --debug 查看详情，或使用 --backend cloud。",
    ),
    "cli.backend.local_missing": (
        "The local engine is not available in this installation ({error}). Reinstall nemochat or use --backend cloud.",
        "此安装中没有本机引擎（{error}）。请重新安装 nemochat 或使用 --backend cloud。",
    ),
    "cli.sessions.none": (
        "No sessions yet on this server. One is created by the first command that needs it.",
        "此服务器上还没有会话。第一个需要会话的命令会自动创建。",
    ),
    "cli.countdown": ("⏳ Retrying in {seconds}s...", "⏳ {seconds} 秒后重试..."),
    "cli.credits.register": (
        "Register to keep your projects and get more credits: {link}",
        "注册以保留项目并获得更多积分：{link}",
    ),
}
