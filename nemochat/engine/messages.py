"""Engine-side messages, in English and Simplified Chinese.

The engine answers in the language of the request (``Accept-Language``), else the session's
language, else English. Keys are namespaced ``engine.*``; the tuple format matches
``nemochat/catalog`` so the same checks apply.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "engine.bad_json": (
        "The request body is not valid JSON: {error}",
        "请求内容不是有效的 JSON：{error}",
    ),
    "engine.bad_body": ("The request is not valid: {error}", "请求无效：{error}"),
    "engine.check.soft_photo": (
        "Photo {n} ({name}) is only {width}×{height}: it will look soft at {res}.",
        "第 {n} 张照片（{name}）只有 {width}×{height}，在 {res} 下会显得模糊。",
    ),
    "engine.check.soft_photos": (
        "{count} photos are smaller than the {res} frame and will look soft: {list}. "
        "720p suits them better (say “720p”), or upload larger originals.",
        "有 {count} 张照片比 {res} 画面小，会显得模糊：{list}。改成 720p 更合适（说“720p”），"
        "或者上传更大的原图。",
    ),
    "engine.check.no_glyphs": (
        "No font here can draw {chars} in “{text}”: it would not export. Change the text, or "
        "install a font for it (e.g. fonts-noto-cjk).",
        "这里没有字体能显示“{text}”中的 {chars}，无法导出。请修改文字，或安装相应字体"
        "（例如 fonts-noto-cjk）。",
    ),
    "engine.client_id_missing": (
        "The X-Client-Id header is required (any stable id up to 64 characters).",
        "缺少 X-Client-Id 请求头（任意稳定的标识，最多 64 个字符）。",
    ),
    "engine.token_missing": (
        "Missing or invalid token. Get one from /api/auth/anonymous-token.",
        "令牌缺失或无效。请通过 /api/auth/anonymous-token 获取。",
    ),
    "engine.token_expired": (
        "The token has expired. Get a new one from /api/auth/anonymous-token.",
        "令牌已过期。请通过 /api/auth/anonymous-token 重新获取。",
    ),
    "engine.session_not_found": (
        "Session {session} was not found.",
        "未找到会话 {session}。",
    ),
    "engine.bad_host": (
        "This engine only answers requests addressed to 127.0.0.1 or localhost (got Host: {host}).",
        "本引擎只响应发往 127.0.0.1 或 localhost 的请求（收到的 Host：{host}）。",
    ),
    "engine.not_found": ("Not found.", "未找到。"),
    "engine.method": ("Method not allowed.", "不支持该请求方法。"),
    "engine.internal": (
        "The local engine hit an internal error ({error}). Nothing was changed.",
        "本地引擎发生内部错误（{error}），未做任何更改。",
    ),
    "engine.disk_full": (
        "The disk of the computer running the engine is full: nothing was saved. Free some "
        "space and try again.",
        "运行引擎的电脑磁盘已满，未保存任何内容。请释放一些空间后重试。",
    ),
    "engine.storage": (
        "The upload could not be stored on this computer: {error}. Nothing was kept.",
        "上传内容无法保存到本机：{error}。未保留任何内容。",
    ),
    "engine.media.in_use": (
        "Upload {id} is used in the video; remove it from the timeline first.",
        "素材 {id} 正在视频中使用，请先从时间线中移除。",
    ),
    "engine.media.not_found": ("Upload {id} was not found.", "未找到素材 {id}。"),
    "engine.upload.no_files": (
        "No files in the upload (multipart field 'files' or JSON 'urls').",
        "上传中没有文件（multipart 字段 files 或 JSON 的 urls）。",
    ),
    "engine.upload.bad_multipart": (
        "The upload could not be read as multipart form data: {error}",
        "无法按 multipart 表单读取上传内容：{error}",
    ),
    "engine.upload.empty": ("{name} is empty (0 bytes).", "{name} 是空文件（0 字节）。"),
    "engine.upload.unsupported": (
        "{name} is not a supported file. Supported: {formats}.",
        "{name} 不是支持的文件类型。支持：{formats}。",
    ),
    "engine.upload.too_large": (
        "{name} is larger than the limit of {limit}.",
        "{name} 超过了 {limit} 的大小限制。",
    ),
    "engine.upload.bomb": (
        "{name} is too large to decode safely ({pixels} megapixels, limit {limit}).",
        "{name} 尺寸过大，无法安全解码（{pixels} 百万像素，上限 {limit}）。",
    ),
    "engine.upload.animation": (
        "{name} is an animation of {frames} frames at {width}×{height}: {pixels} megapixels to "
        "decode, more than the limit of {limit}. Shorten it or make it smaller.",
        "{name} 是 {frames} 帧、{width}×{height} 的动画：需要解码 {pixels} 百万像素，超过上限 "
        "{limit}。请缩短或缩小它。",
    ),
    "engine.upload.undecodable": (
        "{name} could not be decoded as {kind}: {reason}",
        "{name} 无法作为{kind}解码：{reason}",
    ),
    "engine.upload.too_many": (
        "Too many files in one upload (limit {limit}).",
        "一次上传的文件过多（上限 {limit} 个）。",
    ),
    "engine.url.scheme": (
        "Only http and https links can be uploaded: {url}",
        "只能上传 http 和 https 链接：{url}",
    ),
    "engine.url.private": (
        "{host} is a local or private address; fetching it is not allowed.",
        "{host} 是本机或内网地址，不允许抓取。",
    ),
    "engine.url.resolve": ("Could not resolve {host}.", "无法解析 {host}。"),
    "engine.url.fetch": ("Could not fetch {url}: {error}", "无法获取 {url}：{error}"),
    "engine.url.status": (
        "Fetching {url} failed with HTTP {status}.",
        "获取 {url} 失败，HTTP {status}。",
    ),
    "engine.url.redirects": ("Too many redirects for {url}.", "{url} 重定向次数过多。"),
    "engine.url.timeout": (
        "Fetching {url} took longer than {seconds} s.",
        "获取 {url} 超过了 {seconds} 秒。",
    ),
    "engine.render.too_many": (
        "{count} of your renders are already waiting or running (at most {limit}). Wait for "
        "one to finish, or cancel one, then try again.",
        "你已有 {count} 个渲染在排队或进行中（最多 {limit} 个）。请等其中一个完成或取消一个后再试。",
    ),
    "engine.render.too_big": (
        "The render request is larger than {limit}: a timeline's draft is far smaller. "
        "Nothing was rendered.",
        "渲染请求超过 {limit}，时间线的草稿远比这小。未进行渲染。",
    ),
    "engine.render.bad_id": (
        "The render id must be 1-80 letters, digits, '_', '-' or '.'.",
        "渲染 ID 必须是 1 到 80 个字母、数字、'_'、'-' 或 '.'。",
    ),
    "engine.render.duplicate": (
        "A render with id {id} already exists; use a new id.",
        "ID 为 {id} 的渲染已存在，请使用新的 ID。",
    ),
    "engine.render.invalid_draft": (
        "The draft cannot be rendered: {problems}",
        "该草稿无法渲染：{problems}",
    ),
    "engine.render.not_found": ("Render {id} was not found.", "未找到渲染 {id}。"),
    "engine.render.evicted": (
        "The video of render {id} was removed from the engine's cache to free space; export again.",
        "渲染 {id} 的视频已从引擎缓存中移除以释放空间，请重新导出。",
    ),
    "engine.render.not_ready": (
        "Render {id} has no file yet (status: {status}).",
        "渲染 {id} 尚未生成文件（状态：{status}）。",
    ),
    "engine.render.unavailable": (
        "The local renderer is not available in this installation.",
        "此安装中没有可用的本地渲染器。",
    ),
    "engine.render.interrupted": (
        "The engine stopped twice while rendering this video; giving up.",
        "渲染此视频时引擎两次中断，已放弃。",
    ),
    "engine.render.lost": (
        "The engine stopped while rendering and the draft or its media are gone.",
        "渲染时引擎中断，且草稿或其素材已不存在。",
    ),
    "engine.render.cancelled": ("The render was cancelled.", "渲染已取消。"),
    "engine.render.failed": ("Rendering failed: {error}", "渲染失败：{error}"),
    "engine.agent.unavailable": (
        "The local editing agent is not available in this installation, so I can't edit the video yet.",
        "此安装中没有可用的本地剪辑助手，暂时无法编辑视频。",
    ),
    "engine.agent.failed": (
        "The editing agent failed on this request ({error}). Your project is unchanged.",
        "剪辑助手处理此请求时出错（{error}），项目未做更改。",
    ),
    "engine.agent.timeout": (
        "The editing agent did not finish within {seconds} s, so nothing was changed. Please try again.",
        "剪辑助手未能在 {seconds} 秒内完成，项目未做更改。请重试。",
    ),
    "engine.draft.problem_src": (
        "segment {where} refers to {src}, which is not a file uploaded to this session",
        "片段 {where} 引用了 {src}，它不是上传到本会话的文件",
    ),
    "engine.draft.problem_shape": (
        "the draft must be an object with a 't' list",
        "草稿必须是包含 't' 列表的对象",
    ),
    "engine.serve.listening": (
        "nemochat engine listening on {url} (Ctrl-C to stop)",
        "nemochat 引擎正在监听 {url}（按 Ctrl-C 停止）",
    ),
    "engine.serve.remote_warning": (
        "Warning: binding {host} makes the engine reachable from other machines. Anyone who can reach it can create a token and use it.",
        "警告：绑定 {host} 会让其他机器也能访问本引擎。任何能访问它的人都可以创建令牌并使用。",
    ),
    "engine.serve.remote_refused": (
        "Refusing to bind {host}: it is not a loopback address. Pass --allow-remote to do it anyway.",
        "拒绝绑定 {host}：它不是本机回环地址。如确需绑定，请加上 --allow-remote。",
    ),
}


def pick_lang(*candidates: str | None) -> str:
    """The first candidate that names a language: ``zh`` for any Chinese tag, else ``en``."""
    for value in candidates:
        if not value:
            continue
        value = value.strip().lower()
        if value.startswith("zh"):
            return "zh"
        if value[:1].isalpha():
            return "en"
    return "en"


def msg(key: str, lang: str = "en", /, **fields: object) -> str:
    """The message ``key`` in ``lang`` (``en``/``zh``), formatted with ``fields``."""
    from nemochat.i18n import lookup

    return lookup(key, lang, fields, entries=MESSAGES)
