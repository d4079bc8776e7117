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
    "chat.files.folder_offer": (
        "{path} is a folder with {count} images ({names}). To add them all, sorted by name: /upload {path}",
        "{path} 是一个文件夹，里面有 {count} 张图片（{names}）。全部添加（按文件名排序）：/upload {path}",
    ),
    "chat.files.folder_offer.one": (
        "{path} is a folder with 1 image ({names}). To add it: /upload {path}",
        "{path} 是一个文件夹，里面有 1 张图片（{names}）。添加它：/upload {path}",
    ),
    "chat.files.folder_empty": (
        "{path} is a folder with no images in it (jpg, png, gif, webp).",
        "{path} 文件夹里没有图片（jpg、png、gif、webp）。",
    ),
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
    "chat.usage.upload": (
        "Usage: upload PATH|URL... (photos, clips or music)",
        "用法：upload 路径|URL...（照片、视频片段或音乐）",
    ),
    "chat.usage.chat": (
        "Say what you want done to the video, e.g. make it 15 seconds",
        "请说明要对视频做什么，例如：做成15秒",
    ),
    "chat.unknown_command.suggest": (
        "Unknown command: {name}. Did you mean {suggestion}? It is in the input line: press"
        " Enter to run it, or edit it.",
        "未知命令：{name}。你是想输入 {suggestion} 吗？已放在输入行：按回车执行，或修改后再发。",
    ),
    "chat.did_you_mean": (
        "Did you mean {suggestion}? Nothing was sent; it is in the input line — press Enter to"
        " send it, or edit it.",
        "你是想输入 {suggestion} 吗？没有发送任何内容；它已放在输入行，按回车发送，或修改后再发。",
    ),
    "chat.usage.delete": (
        "Usage: /delete N (a number, short id or name from /sessions)",
        "用法：/delete 编号（/sessions 里的编号、短 ID 或名称）",
    ),
    "chat.usage.cache": (
        "Usage: /cache to see the local engine's render cache, /cache clear to empty it",
        "用法：/cache 查看本地引擎的渲染缓存，/cache clear 清空缓存",
    ),
    "chat.usage.remove": (
        "Usage: /remove N (the upload's number in /media)",
        "用法：/remove 编号（/media 里的素材编号）",
    ),
    "chat.delete.confirm": (
        "Delete {label} from this computer's list? Type y to confirm; anything else keeps it.",
        "要从本机列表中删除 {label} 吗？输入 y 确认；输入其他内容则保留。",
    ),
    "chat.delete.kept": ("Not deleted.", "未删除。"),
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
    "chat.help.chat": (
        "ask the editing agent for a change (what you type that is not a command)",
        "让编辑助手修改视频（输入的非命令内容都发给它）",
    ),
    "chat.help.upload": (
        "upload files or URLs: /upload PATH|URL ...",
        "上传文件或网址：/upload 路径|网址 ...",
    ),
    "chat.help.status": ("show the timeline", "显示时间线"),
    "chat.resumed": (
        "Continuing “{name}” ({photos} photos, {seconds} s). /new starts another; /sessions"
        " lists them.",
        "继续上次的项目「{name}」（{photos} 张照片，{seconds} 秒）。/new 新建项目；/sessions 查看全部。",
    ),
    # what /undo and /redo say to the agent, in the chat's language (the reply follows it)
    "chat.say.undo": ("undo", "撤销"),
    "chat.say.redo": ("redo", "重做"),
    "chat.help.undo": ("undo the last change", "撤销上一步修改"),
    "chat.help.redo": ("redo the change just undone", "重做刚撤销的修改"),
    "chat.help.credits": ("show your credits", "显示积分"),
    "chat.help.export": (
        "render and download the video: /export [PATH]",
        "渲染并下载视频：/export [路径]",
    ),
    "chat.help.new": ("start a new project (session)", "新建项目（会话）"),
    "chat.help.sessions": ("list your projects (sessions)", "列出项目（会话）"),
    "chat.help.use": (
        "switch project: /use N (number, short id or name)",
        "切换项目：/use 编号（编号、短 ID 或名称）",
    ),
    "chat.help.rename": ("name the current project: /rename NAME", "重命名当前项目：/rename 名称"),
    "chat.help.delete": (
        "forget a project on this computer: /delete N",
        "从本机列表删除项目：/delete 编号",
    ),
    "chat.help.media": ("list the project's uploads", "列出项目的素材"),
    "chat.help.remove": ("remove an upload: /remove N", "删除一个素材：/remove 编号"),
    "chat.help.lang": ("interface language: /lang en|zh|auto", "界面语言：/lang en|zh|auto"),
    "chat.help.open": ("open the last exported video", "打开最近导出的视频"),
    "chat.help.preview": (
        "a quick low-resolution preview: /preview [TIME] (TIME: the frame at that time)",
        "低分辨率快速预览：/preview [时间]（时间：显示该时间点的画面）",
    ),
    "chat.help.cache": (
        "the local engine's render cache: /cache [clear]",
        "本地引擎的渲染缓存：/cache [clear]",
    ),
    "chat.usage.preview": (
        "Usage: /preview [TIME], for example /preview or /preview 12s",
        "用法：/preview [时间]，例如 /preview 或 /preview 12s",
    ),
    "chat.help.clear": ("clear the screen", "清屏"),
    "chat.help.quit": ("quit", "退出"),
    "chat.help.cancel": (
        "stop what is running (typed while an export runs; Ctrl-C does the same)",
        "停止正在进行的操作（导出时输入即可；Ctrl-C 效果相同）",
    ),
    "chat.cancel.nothing": ("Nothing is running.", "没有正在进行的操作。"),
    # --- the loop -------------------------------------------------------------------
    "chat.welcome": (
        "nemochat {version}: drop photos here or describe the video you want. /help for commands.",
        "nemochat {version}：把照片拖进来，或描述你想要的视频。输入 /help 查看命令。",
    ),
    "chat.cancelled": (
        "Cancelled. The server may still finish what it had started.",
        "已取消。服务器可能仍会完成已开始的操作。",
    ),
    "chat.cancelled.render": (
        "Cancelled. The render was told to stop; no video was saved.",
        "已取消。已通知停止渲染，没有保存视频。",
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
    "ui.tool.set_video_fade": ("Fading the video in/out", "设置画面淡入淡出"),
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
    "ui.tool.beat_sync": ("Cutting to the beat", "卡点"),
    "ui.tool.undo": ("Undoing", "撤销"),
    "ui.tool.redo": ("Redoing", "重做"),
    # common cloud agent tools
    "ui.tool.edit_multitrack": ("Editing the timeline", "编辑时间线"),
    "ui.tool.generate_video": ("Generating the video", "生成视频"),
    "ui.tool.generate_video_with_seedance": ("Generating the video", "生成视频"),
    "ui.tool.generate_image": ("Generating an image", "生成图片"),
    "ui.tool.generate_music": ("Generating music", "生成音乐"),
    "ui.tool.generate_audio": ("Generating audio", "生成音频"),
    "ui.tool.generate_speech": ("Generating a voice-over", "生成配音"),
    "ui.tool.text_to_speech": ("Generating a voice-over", "生成配音"),
    "ui.tool.generate_subtitles": ("Adding subtitles", "生成字幕"),
    "ui.tool.add_subtitles": ("Adding subtitles", "添加字幕"),
    "ui.tool.search_music": ("Looking for music", "查找音乐"),
    "ui.tool.analyze_media": ("Looking at your media", "分析素材"),
    "ui.tool.analyze_video": ("Looking at the video", "分析视频"),
    "ui.tool.analyze_image": ("Looking at the photos", "分析图片"),
    "ui.tool.get_draft": ("Reading the timeline", "读取时间线"),
    "ui.tool.get_timeline": ("Reading the timeline", "读取时间线"),
    "ui.tool.upload_media": ("Adding your media", "添加素材"),
    "ui.tool.render_video": ("Rendering", "渲染视频"),
    "ui.tool.export_video": ("Exporting", "导出视频"),
    "ui.progress.upload": ("Uploading", "上传中"),
    "ui.progress.render": ("Rendering", "渲染中"),
    "ui.progress.download": ("Downloading", "下载中"),
    "ui.uploaded": ("Uploaded {count} files: {names}", "已上传 {count} 个文件：{names}"),
    "ui.uploaded.one": ("Uploaded 1 file: {names}", "已上传 1 个文件：{names}"),
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
    "ui.session": ("New project started.", "已新建项目。"),
    "ui.session.new": ("New project started ({session_id}).", "已新建项目（{session_id}）。"),
    "ui.session.use": (
        "Now working on {name} ({session_id}).",
        "现在使用项目 {name}（{session_id}）。",
    ),
    "ui.session.renewed": (
        "The server had lost the project; started a new one ({session_id}).",
        "服务器上的项目已丢失，已新建项目（{session_id}）。",
    ),
    "ui.sessions.title": ("Projects (type /use N to switch):", "项目列表（输入 /use 编号 切换）："),
    "ui.sessions.none": (
        "No projects yet. Drop photos or describe a video to start one.",
        "还没有项目。拖入照片或描述想要的视频即可开始。",
    ),
    "ui.sessions.current": ("(current)", "（当前）"),
    "ui.sessions.untitled": ("(no name yet)", "（未命名）"),
    "ui.sessions.photos": ("{count} photos", "{count} 张照片"),
    "ui.sessions.photos.one": ("1 photo", "1 张照片"),
    "ui.sessions.no_video": ("no video yet", "尚无视频"),
    "ui.ago.now": ("just now", "刚刚"),
    "ui.ago.min": ("{count} min ago", "{count} 分钟前"),
    "ui.ago.hour": ("{count} h ago", "{count} 小时前"),
    "ui.ago.day": ("{count} days ago", "{count} 天前"),
    "ui.ago.day.one": ("yesterday", "昨天"),
    "ui.media.title": ("Uploads ({count}):", "素材（{count} 个）："),
    "ui.media.title.one": ("Uploads (1):", "素材（1 个）："),
    "ui.media.none": (
        "No uploads yet. Drop photos into this window, or type /upload PATH.",
        "还没有素材。把照片拖进此窗口，或输入 /upload 路径。",
    ),
    "ui.media.kind.image": ("photo", "照片"),
    "ui.media.kind.video": ("clip", "视频"),
    "ui.media.kind.audio": ("music", "音频"),
    "ui.media.kind.other": ("file", "文件"),
    "ui.media.on_timeline": ("on the timeline", "在时间线上"),
    "ui.media.unused": ("not used", "未使用"),
    "ui.media.duplicate": ("same as {n}", "与第 {n} 个相同"),
    "ui.media.hint": (
        "/remove N removes one that is not used.",
        "/remove 编号 可删除未使用的素材。",
    ),
    "ui.status.uploads": (
        "Uploaded so far: {names}.",
        "已上传：{names}。",
    ),
    "ui.status.first": (
        "Say what you want, for example: make a 15-second vertical video with calm music.",
        "说出你想要的效果，例如：做一个15秒的竖屏视频，配舒缓的音乐。",
    ),
    "ui.status.first.none": (
        "Drop photos into this window first, then say what video you want.",
        "请先把照片拖进此窗口，然后说出想要的视频。",
    ),
    "ui.timeline.legend": ("Clips: {items}", "片段：{items}"),
    "ui.exported": ("Saved {path}", "已保存 {path}"),
    "ui.exported.already": (
        "Already saved: {path} (same video)",
        "已经保存过：{path}（同一个视频）",
    ),
    "ui.preview.saved": ("Preview: {path}", "预览：{path}"),
    "ui.preview.cloud": (
        "Preview (a normal render from the cloud): {path}",
        "预览（云端的正常渲染）：{path}",
    ),
    "ui.preview.opened": ("Preview opened in the player: {path}", "已在播放器中打开预览：{path}"),
    "ui.preview.frame": ("Frame at {at}:", "第 {at} 的画面："),
    "ui.preview.frames": ("Key frames at {times}:", "关键帧（{times}）："),
    "ui.preview.no_frames": (
        "(The frames cannot be drawn in this terminal; open the file to watch it.)",
        "（此终端无法显示画面；请打开文件观看。）",
    ),
    "ui.cache": (
        "Local engine cache: {bytes} of {limit} ({entries} files; {kept} kept as the projects' latest exports)",
        "本地引擎缓存：已用 {bytes}，上限 {limit}（{entries} 个文件；{kept} 为各项目最近的导出，会保留）",
    ),
    "ui.cache.cleared": (
        "Cleared {removed} files, {freed} freed.",
        "已清理 {removed} 个文件，释放 {freed}。",
    ),
    "ui.cache.none": (
        "No render cache here: it belongs to the local engine.",
        "这里没有渲染缓存：它只属于本地引擎。",
    ),
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
    "ui.toolbar.unlimited": ("unlimited", "不限"),
    "ui.toolbar.local": ("local", "本地"),
    "ui.toolbar.cloud": ("cloud", "云端"),
    "ui.toolbar.key.send": ("Enter send", "回车 发送"),
    "ui.toolbar.key.newline": ("Alt-Enter newline", "Alt-回车 换行"),
    "ui.toolbar.key.cancel": ("Ctrl-C cancel", "Ctrl-C 取消"),
    "ui.toolbar.key.quit": ("Ctrl-D quit", "Ctrl-D 退出"),
    "ui.toolbar.key.help": ("/help", "/help"),
    "ui.toolbar.busy": ("working", "处理中"),
    "ui.search.backward": ("Search history (back): ", "搜索历史（向前）："),
    "ui.search.forward": ("Search history: ", "搜索历史："),
}
