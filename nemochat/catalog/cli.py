"""Messages of the command line, the project layer and the timeline."""

MESSAGES: dict[str, tuple[str, str]] = {
    # argparse's own words (kept with argparse's %-placeholders)
    "cli.argparse.usage": ("usage: ", "用法："),
    "cli.argparse.positional": ("positional arguments", "命令"),
    "cli.argparse.options": ("options", "选项"),
    "cli.argparse.help": ("show this help message and exit", "显示帮助并退出"),
    "cli.argparse.invalid_choice": (
        "invalid choice: %(value)r (choose from %(choices)s)",
        "无效的选择：%(value)r（可选：%(choices)s）",
    ),
    "cli.argparse.argument": (
        "argument %(argument_name)s: %(message)s",
        "参数 %(argument_name)s：%(message)s",
    ),
    "cli.argparse.unrecognized": ("unrecognized arguments: %s", "无法识别的参数：%s"),
    "cli.argparse.required": (
        "the following arguments are required: %s",
        "缺少必需的参数：%s",
    ),
    "cli.argparse.one": ("expected one argument", "需要一个值"),
    "cli.argparse.at_least_one": ("expected at least one argument", "至少需要一个值"),
    "cli.argparse.invalid_value": (
        "invalid %(type)s value: %(value)r",
        "无效的 %(type)s 值：%(value)r",
    ),
    "cli.argparse.ambiguous": (
        "ambiguous option: %(option)s could match %(matches)s",
        "有歧义的选项：%(option)s 可能是 %(matches)s",
    ),
    # --- timeline ---------------------------------------------------------------------
    "timeline.summary": (
        "Timeline ({count} tracks): {tracks}",
        "时间线（{count} 条轨道）：{tracks}",
    ),
    "timeline.summary.one": (
        "Timeline (1 track): {tracks}",
        "时间线（1 条轨道）：{tracks}",
    ),
    "timeline.track": ("{kind}: {labels} ({span})", "{kind}：{labels}（{span}）"),
    "timeline.empty": (
        "The timeline is empty: nothing has been made yet.",
        "时间线是空的：还没有生成任何内容。",
    ),
    "timeline.more": ("+{count} more", "另有 {count} 个"),
    "timeline.kind.video": ("Video", "视频"),
    "timeline.kind.audio": ("BGM", "背景音乐"),
    "timeline.kind.title": ("Title", "标题"),
    "timeline.kind.caption": ("Caption", "字幕"),
    "timeline.kind.other": ("Track", "轨道"),
    "timeline.kind.clip": ("clip", "片段"),
    "timeline.on": ("on", "开"),
    "timeline.off": ("off", "关"),
    # draft keys and values named in the change list
    "timeline.key.motion": ("motion", "运动"),
    "timeline.key.transition": ("transition", "转场"),
    "timeline.key.fit": ("fit", "画面适配"),
    "timeline.key.focus": ("focus", "焦点"),
    "timeline.key.position": ("position", "位置"),
    "timeline.key.size": ("size", "大小"),
    "timeline.key.color": ("colour", "颜色"),
    "timeline.key.style": ("style", "样式"),
    "timeline.key.font": ("font", "字体"),
    "timeline.key.fade_in": ("fade-in", "淡入"),
    "timeline.key.fade_out": ("fade-out", "淡出"),
    "timeline.key.mute": ("mute", "静音"),
    "timeline.key.trim": ("start point", "起始位置"),
    "timeline.key.loop": ("loop", "循环"),
    "timeline.key.duck": ("ducking", "自动压低音乐"),
    "timeline.key.title": ("title", "名称"),
    "timeline.key.aspect": ("aspect ratio", "画面比例"),
    "timeline.key.resolution": ("resolution", "分辨率"),
    "timeline.key.fps": ("frame rate", "帧率"),
    "timeline.key.pace": ("pace", "节奏"),
    "timeline.value.auto": ("auto", "自动"),
    "timeline.value.zoom_in": ("zoom in", "推近"),
    "timeline.value.zoom_out": ("zoom out", "拉远"),
    "timeline.value.pan_left": ("pan left", "向左平移"),
    "timeline.value.pan_right": ("pan right", "向右平移"),
    "timeline.value.pan_up": ("pan up", "向上平移"),
    "timeline.value.pan_down": ("pan down", "向下平移"),
    "timeline.value.drift": ("drift", "缓慢漂移"),
    "timeline.value.static": ("still", "静止"),
    "timeline.value.face": ("face", "人脸"),
    "timeline.value.center": ("centre", "居中"),
    "timeline.value.cut": ("cut", "硬切"),
    "timeline.value.crossfade": ("crossfade", "交叉溶解"),
    "timeline.value.fade_black": ("fade through black", "黑场过渡"),
    "timeline.value.fade_white": ("fade through white", "白场过渡"),
    "timeline.value.slide_left": ("slide left", "向左滑入"),
    "timeline.value.slide_right": ("slide right", "向右滑入"),
    "timeline.value.slide_up": ("slide up", "向上滑入"),
    "timeline.value.slide_down": ("slide down", "向下滑入"),
    "timeline.value.push_left": ("push left", "向左推入"),
    "timeline.value.push_right": ("push right", "向右推入"),
    "timeline.value.push_up": ("push up", "向上推入"),
    "timeline.value.push_down": ("push down", "向下推入"),
    "timeline.value.wipe_left": ("wipe left", "向左擦除"),
    "timeline.value.wipe_right": ("wipe right", "向右擦除"),
    "timeline.value.wipe_up": ("wipe up", "向上擦除"),
    "timeline.value.wipe_down": ("wipe down", "向下擦除"),
    "timeline.value.zoom": ("zoom", "缩放"),
    "timeline.value.blur": ("blurred background", "模糊背景"),
    "timeline.value.crop": ("crop", "裁切填满"),
    "timeline.value.pad": ("black bars", "黑边"),
    "timeline.value.top": ("top", "顶部"),
    "timeline.value.bottom": ("bottom", "底部"),
    "timeline.value.top_left": ("top left", "左上"),
    "timeline.value.top_right": ("top right", "右上"),
    "timeline.value.bottom_left": ("bottom left", "左下"),
    "timeline.value.bottom_right": ("bottom right", "右下"),
    "timeline.value.plain": ("plain", "无装饰"),
    "timeline.value.outline": ("outline", "描边"),
    "timeline.value.shadow": ("shadow", "阴影"),
    "timeline.value.box": ("box", "底框"),
    "timeline.value.calm": ("calm", "舒缓"),
    "timeline.value.normal": ("normal", "适中"),
    "timeline.value.fast": ("fast", "快节奏"),
    # colours by name (the local engine's palette); other colours are shown as hex
    "timeline.color.ffffff": ("white", "白色"),
    "timeline.color.000000": ("black", "黑色"),
    "timeline.color.ff3b30": ("red", "红色"),
    "timeline.color.ffd60a": ("yellow", "黄色"),
    "timeline.color.d4af37": ("gold", "金色"),
    "timeline.color.ff9f0a": ("orange", "橙色"),
    "timeline.color.0a84ff": ("blue", "蓝色"),
    "timeline.color.34c759": ("green", "绿色"),
    "timeline.color.ff6fae": ("pink", "粉色"),
    "timeline.color.af52de": ("purple", "紫色"),
    "timeline.color.8e8e93": ("grey", "灰色"),
    "timeline.color.c0c0c0": ("silver", "银色"),
    "timeline.color.32d2f5": ("cyan", "青色"),
    "timeline.diff.added": ("Added {kind}: {label} ({span})", "新增{kind}：{label}（{span}）"),
    "timeline.diff.removed": ("Removed {kind}: {label}", "移除{kind}：{label}"),
    "timeline.diff.moved": (
        "Moved {kind}: {label} {old} → {new}",
        "移动{kind}：{label} {old} 移到 {new}",
    ),
    "timeline.diff.text": ("{kind}: {old} → {new}", "{kind}：{old} 改为 {new}"),
    "timeline.diff.timing": ("{kind}: {label} {old} → {new}", "{kind}：{label} {old} 改为 {new}"),
    "timeline.diff.retimed": (
        "{kind}: {count} more clips re-timed",
        "{kind}：另有 {count} 个片段调整了时间",
    ),
    "timeline.diff.retimed.one": (
        "{kind}: 1 more clip re-timed",
        "{kind}：另有 1 个片段调整了时间",
    ),
    "timeline.diff.volume": (
        "{kind}: {label} volume {old} → {new}",
        "{kind}：{label} 音量 {old} 改为 {new}",
    ),
    "timeline.diff.setting": (
        "{kind}: {label} {key} {old} → {new}",
        "{kind}：{label} 的{key}由 {old} 改为 {new}",
    ),
    "timeline.diff.canvas": ("Frame size {old} → {new}", "画面尺寸 {old} 改为 {new}"),
    "timeline.diff.project": ("Project {key}: {old} → {new}", "项目{key}由 {old} 改为 {new}"),
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
    "project.preview.rendering": (
        "⏳ Rendering a quick preview of your {seconds}s video (480p, half the frame rate)...",
        "⏳ 正在渲染 {seconds} 秒视频的快速预览（480p，帧率减半）...",
    ),
    "project.preview.cloud": (
        "The cloud has no quick preview mode: this preview is a normal render of the {seconds}s "
        "video (it takes as long as an export).",
        "云端没有快速预览模式：这次预览是 {seconds} 秒视频的正常渲染（耗时与导出相同）。",
    ),
    "project.preview.beyond": (
        "The video is {seconds}s long: there is no frame at {at}s.",
        "视频只有 {seconds} 秒：第 {at} 秒没有画面。",
    ),
    "project.cache.local_only": (
        "The render cache belongs to the local engine: this server (the cloud API) has none "
        "to show or clear. Run it with --backend local.",
        "渲染缓存只属于本地引擎：当前服务器（云端 API）没有可显示或清理的缓存。"
        "请使用 --backend local。",
    ),
    "project.session.unknown": (
        "No project {session_id} here. Type /sessions for the list (a number, a short id or a name works).",
        "这里没有项目 {session_id}。输入 /sessions 查看列表（可以用编号、短 ID 或名称）。",
    ),
    "project.session.created": ("New project started.", "已新建项目。"),
    "project.session.new": (
        "New project started ({session_id}).",
        "已新建项目（{session_id}）。",
    ),
    "project.session.use": (
        "Now working on {name} ({session_id}).",
        "现在使用项目 {name}（{session_id}）。",
    ),
    "project.session.ambiguous": (
        "{ref} matches several projects ({ids}). Give more of the id, or its number from /sessions.",
        "{ref} 对应多个项目（{ids}）。请多输入几位 ID，或使用 /sessions 里的编号。",
    ),
    "project.default_name": ("My video", "我的视频"),
    "project.rename.usage": ("Usage: /rename NAME", "用法：/rename 名称"),
    "project.rename.none": (
        "There is no project to rename yet. Drop photos or describe a video first.",
        "还没有可以重命名的项目。请先拖入照片或描述想要的视频。",
    ),
    "project.renamed": ("Renamed the project to {name} ({id}).", "项目已重命名为 {name}（{id}）。"),
    "project.deleted": (
        "Deleted {label} from this computer's list.",
        "已从本机列表中删除 {label}。",
    ),
    "project.deleted.current": (
        "That was the current project: the next thing you do starts a new one.",
        "这是当前项目：接下来的操作会新建一个项目。",
    ),
    "project.upload.duplicate": (
        "{name} is already in the project (as {existing}); it was not added again.",
        "{name} 已在项目中（名为 {existing}），没有重复添加。",
    ),
    "project.upload.duplicate.same": (
        "{name} is already in the project; it was not added again.",
        "{name} 已在项目中，没有重复添加。",
    ),
    "project.media.no_such": (
        "There is no upload {n}: the project has {count}. See /media.",
        "没有第 {n} 个素材：项目里共有 {count} 个。请查看 /media。",
    ),
    "project.media.in_use": (
        "Upload {n} ({name}) is on the timeline. Ask to remove it from the video first, for example: remove photo {n}.",
        "第 {n} 个素材（{name}）正在时间线上。请先让它从视频中移除，例如：删除第 {n} 张照片。",
    ),
    "project.media.cannot_remove": (
        "This server cannot remove uploads.",
        "此服务器不支持删除素材。",
    ),
    "project.media.removed": ("Removed upload {n} ({name}).", "已删除第 {n} 个素材（{name}）。"),
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
    "cli.help.cmd.undo": ("undo the last change to the video", "撤销对视频的上一步修改"),
    "cli.help.cmd.redo": ("redo the change just undone", "重做刚撤销的修改"),
    "cli.help.cmd.credits": ("show the credit balance", "显示积分余额"),
    "cli.help.cmd.export": (
        "render the video and save it (default: ./output/)",
        "渲染视频并保存（默认保存到 ./output/）",
    ),
    "cli.help.cmd.sessions": ("list the remembered sessions", "列出记住的会话"),
    "cli.help.cmd.new": ("start a new project (session)", "新建项目（会话）"),
    "cli.help.cmd.preview": (
        "render a quick low-resolution preview and show it (TIME: the frame at that time)",
        "渲染低分辨率的快速预览并显示（TIME：显示该时间点的画面）",
    ),
    "cli.help.cmd.cache": (
        "show the local engine's render cache; --clear empties it (latest exports are kept)",
        "显示本地引擎的渲染缓存；--clear 清空缓存（保留最近导出的视频）",
    ),
    "cli.help.preview.at": (
        "show the frame at this time, e.g. 12s, 12 or 1:05",
        "显示该时间点的画面，例如 12s、12 或 1:05",
    ),
    "cli.help.cache.clear": (
        "remove everything but each project's latest export",
        "删除除每个项目最近一次导出之外的所有缓存",
    ),
    "cli.help.cmd.media": (
        "list the project's uploads (number, name, kind, size, use)",
        "列出项目的素材（编号、名称、类型、大小、是否使用）",
    ),
    "cli.help.cmd.serve": (
        "run the local engine as a server others can use",
        "以服务器方式运行本地引擎，供其他程序使用",
    ),
    "cli.help.cmd.mcp": (
        "run nemochat as an MCP server on stdio, for agent apps (Claude Desktop, Cursor)",
        "以 stdio 上的 MCP 服务器运行 nemochat，供智能体应用使用（Claude Desktop、Cursor）",
    ),
    "cli.mcp.done": ("Done.", "完成。"),
    "cli.mcp.missing": (
        "The MCP server needs the mcp package ({error}). Install it with: pip install 'nemochat[mcp]'",
        "MCP 服务器需要 mcp 包（{error}）。请安装：pip install 'nemochat[mcp]'",
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
