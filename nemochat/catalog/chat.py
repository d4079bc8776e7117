"""Messages of the interactive chat (``chat.*``) and the terminal UI (``ui.*``).

Chinese strings avoid East-Asian ambiguous-width glyphs (… — → • “ ” and box drawing),
because terminals disagree about their width and the chrome would misalign.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- GUI-speak rewrites (inserted into agent text) ---------------------------------
    "chat.gui.type_export": ("type /export", "输入 /export"),
    "chat.gui.see_timeline": ("see the timeline with /status", "输入 /status 查看时间线"),
    "chat.gui.type_credits": ("type /credits", "输入 /credits 查看积分"),
    "chat.offer.export": (
        "Ready to export? Type /export (or just say: export).",
        "准备好导出了吗？输入 /export（或直接说：导出）。",
    ),
    "chat.offer.type_edit": (
        "There is nothing to drag here: just type the change, for example: move photo 2 to the start.",
        "这里不需要拖动，直接输入想要的修改即可，例如：把第 2 张照片移到开头。",
    ),
    "chat.hint.export": (
        "(If you meant to export the video, type /export.)",
        "（如果你想导出视频，请输入 /export。）",
    ),
    "chat.hint.credits": (
        "(To see your credits, type /credits.)",
        "（查看积分请输入 /credits。）",
    ),
    "chat.hint.status": (
        "(To see the timeline, type /status.)",
        "（查看时间线请输入 /status。）",
    ),
    "chat.hint.upload": (
        "(To upload, drop files here or type /upload PATH.)",
        "（上传文件：把文件拖进来，或输入 /upload 路径。）",
    ),
    # --- dropped files --------------------------------------------------------------
    "chat.files.missing": ("File not found: {path}", "找不到文件：{path}"),
    "chat.files.folder": (
        "{path} is a folder. Drop the files inside it instead.",
        "{path} 是一个文件夹，请拖入其中的文件。",
    ),
    "chat.files.glued": (
        "These look like several paths stuck together: {path}. Drop the files one at a time.",
        "这看起来是几个粘在一起的路径：{path}。请一次拖入一个文件。",
    ),
    "chat.files.kept": (
        "Nothing was sent. Your input is kept: fix the path or remove it, then press Enter.",
        "没有发送任何内容。输入已保留：请修正或删除该路径后再按回车。",
    ),
    "chat.files.hint_ssh": (
        "You are connected over SSH: the file must be on this machine, not on your own computer.",
        "你正在通过 SSH 连接：文件必须在这台机器上，而不是你自己的电脑上。",
    ),
    "chat.files.hint_quotes": (
        "Some terminals (VS Code) drop characters such as & # ! from dragged names; check the real file name.",
        "有些终端（如 VS Code）拖入时会删掉 & # ! 等字符，请核对真实的文件名。",
    ),
    "chat.upload.how": (
        "Drop image files into this window, or type /upload PATH or /upload URL.",
        "把图片文件拖进此窗口，或输入 /upload 路径 或 /upload 网址。",
    ),
    # --- commands -------------------------------------------------------------------
    "chat.unknown_command": (
        "Unknown command: {name}. Type /help for the list.",
        "未知命令：{name}。输入 /help 查看命令列表。",
    ),
    "chat.usage.use": (
        "Usage: /use SESSION_ID (see /sessions)",
        "用法：/use 会话ID（见 /sessions）",
    ),
    "chat.usage.lang": ("Usage: /lang en|zh|auto", "用法：/lang en|zh|auto"),
    "chat.lang.set": ("Language: {lang}", "界面语言：{lang}"),
    "chat.lang.auto": ("automatic", "自动"),
    "chat.open.none": (
        "Nothing has been exported in this chat yet. Type /export first.",
        "本次对话还没有导出任何文件。请先输入 /export。",
    ),
    "chat.open.done": ("Opening {path}", "正在打开 {path}"),
    "chat.open.failed": (
        "Could not open the file. It is here: {path}",
        "无法打开文件。文件位置：{path}",
    ),
    "chat.help.title": (
        "Type what you want in English or Chinese, or drop photos into this window. Commands:",
        "用中文或英文说出你想要的效果，或把照片拖进此窗口。命令：",
    ),
    "chat.help.aliases": ("also", "别名"),
    "chat.help.keys": (
        "Keys: Enter send | Alt-Enter or Ctrl-J new line | Ctrl-R search history | Tab complete | Ctrl-X Ctrl-E editor | Ctrl-C cancel | Ctrl-D quit",
        "按键：回车 发送 | Alt-回车 或 Ctrl-J 换行 | Ctrl-R 搜索历史 | Tab 补全 | Ctrl-X Ctrl-E 编辑器 | Ctrl-C 取消 | Ctrl-D 退出",
    ),
    "chat.help.help": ("show this help", "显示此帮助"),
    "chat.help.upload": (
        "upload files or URLs: /upload PATH|URL ...",
        "上传文件或网址：/upload 路径|网址 ...",
    ),
    "chat.help.status": ("show the timeline", "显示时间线"),
    "chat.help.credits": ("show your credits", "显示积分"),
    "chat.help.export": (
        "render and download the video: /export [PATH]",
        "渲染并下载视频：/export [路径]",
    ),
    "chat.help.new": ("start a new project (session)", "新建项目（会话）"),
    "chat.help.sessions": ("list your sessions", "列出会话"),
    "chat.help.use": ("switch to a session: /use ID", "切换会话：/use ID"),
    "chat.help.lang": ("interface language: /lang en|zh|auto", "界面语言：/lang en|zh|auto"),
    "chat.help.open": ("open the last exported video", "打开最近导出的视频"),
    "chat.help.clear": ("clear the screen", "清屏"),
    "chat.help.quit": ("quit", "退出"),
    # --- the loop -------------------------------------------------------------------
    "chat.welcome": (
        "nemochat {version}: drop photos here or describe the video you want. /help for commands.",
        "nemochat {version}：把照片拖进来，或描述你想要的视频。输入 /help 查看命令。",
    ),
    "chat.cancelled": (
        "Cancelled. The server may still finish what it had started.",
        "已取消。服务器可能仍会完成已开始的操作。",
    ),
    "chat.cancelled.reply": (
        "Reply cancelled. The server may still finish the edit; type /status to check.",
        "已取消回复。服务器可能仍会完成这次修改，输入 /status 查看。",
    ),
    "chat.ctrl_c_hint": (
        "Press Ctrl-C again within 2 seconds to quit (or Ctrl-D).",
        "2 秒内再按一次 Ctrl-C 退出（或按 Ctrl-D）。",
    ),
    "chat.confirm_exit": (
        "An upload or render is still running. Quit anyway? [y/N] ",
        "还有上传或渲染正在进行。仍要退出吗？[y/N] ",
    ),
    "chat.bye": ("Bye.", "再见。"),
    "chat.plain_fallback": (
        "(This terminal cannot run the full prompt; using plain line input.)",
        "（此终端无法使用完整输入界面，已改用普通行输入。）",
    ),
    "chat.editor_failed": ("Could not start the editor: {error}", "无法启动编辑器：{error}"),
    # --- UI rendering ---------------------------------------------------------------
    "ui.prompt": ("nemo> ", "nemo> "),
    "ui.still_working": (
        "⏳ Still working... ({minutes} min)",
        "⏳ 仍在处理中...（{minutes} 分钟）",
    ),
    "ui.tool.running": ("{label}", "{label}"),
    "ui.tool.generic": ("Working: {name}", "处理中：{name}"),
    "ui.tool.thinking": ("Thinking", "思考中"),
    # readable labels for the agent's tools (local engine names; unknown names are humanised)
    "ui.tool.create_video": ("Making the video", "生成视频"),
    "ui.tool.start_over": ("Starting over", "重新开始"),
    "ui.tool.set_format": ("Setting the format", "设置画幅"),
    "ui.tool.set_project_title": ("Naming the project", "设置项目名称"),
    "ui.tool.set_duration": ("Setting the length", "设置时长"),
    "ui.tool.scale_duration": ("Changing the length", "调整时长"),
    "ui.tool.set_pace": ("Setting the pace", "设置节奏"),
    "ui.tool.set_motion": ("Setting the motion", "设置镜头运动"),
    "ui.tool.set_fit": ("Fitting the photos", "设置画面适配"),
    "ui.tool.set_transition": ("Setting transitions", "设置转场"),
    "ui.tool.add_text": ("Adding text", "添加文字"),
    "ui.tool.caption_clips": ("Adding captions", "添加字幕"),
    "ui.tool.edit_text": ("Editing text", "修改文字"),
    "ui.tool.remove_text": ("Removing text", "删除文字"),
    "ui.tool.set_music": ("Adding music", "添加音乐"),
    "ui.tool.edit_music": ("Adjusting the music", "调整音乐"),
    "ui.tool.remove_music": ("Removing music", "删除音乐"),
    "ui.tool.clip_audio": ("Adjusting clip audio", "调整片段声音"),
    "ui.tool.trim_clip": ("Trimming a clip", "剪辑片段"),
    "ui.tool.remove_clips": ("Removing clips", "删除片段"),
    "ui.tool.move_clip": ("Moving a clip", "移动片段"),
    "ui.tool.swap_clips": ("Swapping clips", "交换片段"),
    "ui.tool.reorder_clips": ("Reordering clips", "调整片段顺序"),
    "ui.tool.duplicate_clip": ("Duplicating a clip", "复制片段"),
    "ui.tool.reverse_clips": ("Reversing the order", "倒转顺序"),
    "ui.tool.add_clips": ("Adding clips", "添加片段"),
    "ui.tool.undo": ("Undoing", "撤销"),
    "ui.tool.redo": ("Redoing", "重做"),
    "ui.tool.edit_multitrack": ("Editing the timeline", "编辑时间线"),
    "ui.tool.generate_video": ("Generating the video", "生成视频"),
    "ui.progress.upload": ("Uploading", "上传中"),
    "ui.progress.render": ("Rendering", "渲染中"),
    "ui.progress.download": ("Downloading", "下载中"),
    "ui.uploaded": ("Uploaded {count} file(s): {names}", "已上传 {count} 个文件：{names}"),
    "ui.changes": ("What changed:", "修改内容："),
    "ui.changes.none": (
        "The reply ended without text and the timeline did not change.",
        "回复没有文字，时间线也没有变化。",
    ),
    "ui.credits": (
        "Credits: {available} available, {frozen} reserved, {total} in total",
        "积分：可用 {available}，冻结 {frozen}，共 {total}",
    ),
    "ui.credits.local": (
        "Local engine: no credits needed.",
        "本地引擎：不需要积分。",
    ),
    "ui.credits.bind": (
        "To get more credits, sign in here: {url}",
        "要获取更多积分，请在这里登录：{url}",
    ),
    "ui.session": ("Session: {session_id}", "会话：{session_id}"),
    "ui.session.new": ("New session: {session_id}", "新会话：{session_id}"),
    "ui.session.use": ("Now using session {session_id}", "已切换到会话 {session_id}"),
    "ui.session.renewed": (
        "The server had lost the session; started a new one: {session_id}",
        "服务器上的会话已丢失，已新建会话：{session_id}",
    ),
    "ui.sessions.title": ("Sessions:", "会话列表："),
    "ui.sessions.none": ("No sessions yet.", "还没有会话。"),
    "ui.sessions.current": ("(current)", "（当前）"),
    "ui.exported": ("Saved {path}", "已保存 {path}"),
    "ui.exported.details": ("{size}, {duration}", "{size}，{duration}"),
    "ui.exported.size": ("{size}", "{size}"),
    "ui.timeline.axis": ("time", "时间"),
    "ui.seconds": ("{value}s", "{value} 秒"),
    "ui.error": ("Error: {message}", "错误：{message}"),
    "ui.toolbar.backend": ("backend", "后端"),
    "ui.toolbar.session": ("session", "会话"),
    "ui.toolbar.credits": ("credits", "积分"),
    "ui.toolbar.queued": ("queued", "待传"),
    "ui.toolbar.lang": ("lang", "语言"),
    "ui.toolbar.none": ("none", "无"),
    "ui.toolbar.local": ("local", "本地"),
    "ui.toolbar.cloud": ("cloud", "云端"),
    "ui.toolbar.keys": (
        "Enter send  Alt-Enter newline  Ctrl-C cancel  Ctrl-D quit  /help",
        "回车 发送  Alt-回车 换行  Ctrl-C 取消  Ctrl-D 退出  /help",
    ),
    "ui.toolbar.busy": ("working", "处理中"),
}
