"""Messages of the API client (``nemochat/api``): errors, recovery notices, file checks."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "client.error.unknown": ("The server request failed.", "服务器请求失败。"),
    "client.error.network": (
        "Lost the connection to {host}. Check your network and try again.",
        "与 {host} 的连接中断。请检查网络后重试。",
    ),
    "client.error.connect": (
        "Cannot reach {host}. Check your network (or NEMO_API_URL) and try again.",
        "无法连接 {host}。请检查网络（或 NEMO_API_URL）后重试。",
    ),
    "client.error.timeout": (
        "{host} did not answer in time. Try again in a moment.",
        "{host} 响应超时。请稍后重试。",
    ),
    "client.error.server": (
        "The server refused the request (HTTP {status_text}): {detail}",
        "服务器拒绝了请求（HTTP {status_text}）：{detail}",
    ),
    "client.error.server_status": (
        "The server had a problem (HTTP {status_text}). Try again in a moment.",
        "服务器出现问题（HTTP {status_text}）。请稍后重试。",
    ),
    "client.error.bad_response": (
        "The server sent an answer nemochat does not understand.",
        "服务器返回了 nemochat 无法识别的内容。",
    ),
    "client.error.auth": (
        "Could not sign in to the server, even with a fresh anonymous token. Try again later.",
        "无法登录服务器（已尝试新的匿名令牌）。请稍后再试。",
    ),
    "client.error.token_invalid": (
        "The token in NEMO_TOKEN is invalid or expired. Set a valid token, or unset NEMO_TOKEN to use an anonymous one.",
        "NEMO_TOKEN 中的令牌无效或已过期。请设置有效的令牌，或取消 NEMO_TOKEN 以使用匿名令牌。",
    ),
    "client.error.client_id": (
        "The server rejected this device's client id, even a new one. Try again later.",
        "服务器拒绝了本设备的客户端 ID（新的也被拒绝）。请稍后再试。",
    ),
    "client.error.session": (
        "This project's session no longer exists on the server.",
        "该项目的会话在服务器上已不存在。",
    ),
    "client.error.credits": (
        "You are out of credits. Top up at {link}",
        "积分已用完。请前往 {link} 充值。",
    ),
    "client.error.credits_anonymous": (
        "You are out of credits. Register to get more (your work is kept): {link}",
        "积分已用完。注册即可获得更多积分（作品会保留）：{link}",
    ),
    "client.error.plan": (
        "Your plan does not allow exporting (this is not about credits). Register at {link} to unlock export.",
        "当前套餐不支持导出（与积分无关）。请在 {link} 注册以解锁导出。",
    ),
    "client.error.rate_limited": (
        "The server is busy (rate limit). Wait {seconds} s and try again.",
        "服务器繁忙（请求过于频繁）。请等待 {seconds} 秒后重试。",
    ),
    "client.error.bad_file": ("This file cannot be uploaded.", "该文件无法上传。"),
    "client.error.server_bad_file": (
        "The server does not accept this file ({detail}). Accepted formats: mp4 mov avi webm mkv jpg jpeg png gif webp mp3 wav m4a aac.",
        "服务器不接受该文件（{detail}）。支持的格式：mp4 mov avi webm mkv jpg jpeg png gif webp mp3 wav m4a aac。",
    ),
    "client.error.server_too_large": (
        "The server says the file is too large ({detail}). Compress it or trim it, then try again.",
        "服务器提示文件过大（{detail}）。请压缩或剪短后重试。",
    ),
    "client.error.too_large": (
        "The file is too large. Compress it or trim it, then try again.",
        "文件过大。请压缩或剪短后重试。",
    ),
    "client.error.stream": (
        "The agent reported an error: {detail}",
        "智能体报告了错误：{detail}",
    ),
    "client.error.stalled": (
        "The reply stalled (nothing for {minutes} min). Your message was not sent again; check the project with 'status'.",
        "回复停滞（{minutes} 分钟无响应）。消息不会被重复发送；可用 /status 查看项目。",
    ),
    "client.error.turn_timeout": (
        "The reply took longer than {minutes} min and was stopped. Your message was not sent again.",
        "回复超过 {minutes} 分钟，已停止等待。消息不会被重复发送。",
    ),
    "client.error.render_failed": (
        "The render failed: {reason}",
        "渲染失败：{reason}",
    ),
    "client.error.render_timeout": (
        "The render did not finish within {minutes} min.",
        "渲染未能在 {minutes} 分钟内完成。",
    ),
    "client.error.download": (
        "The video could not be downloaded: {detail}",
        "视频下载失败：{detail}",
    ),
    "client.error.download_no_file": (
        "The server did not send the video file.",
        "服务器没有返回视频文件。",
    ),
    "client.error.download_range": (
        "The server resumed the download at the wrong place; starting over.",
        "服务器续传位置不正确，将重新下载。",
    ),
    "client.error.download_too_big": (
        "The download is larger than the video can be ({limit}); stopped, nothing was saved.",
        "下载内容超出视频应有的大小（{limit}），已停止，未保存任何文件。",
    ),
    "client.error.download_redirect": (
        "The download was redirected to {host}, which nemochat does not download from; nothing was saved.",
        "下载被重定向到 {host}，nemochat 不从该地址下载；未保存任何文件。",
    ),
    "client.error.disk_full": (
        "The disk is full: the video could not be saved in {folder}. Free some space (the partial file was removed) and export again.",
        "磁盘已满：视频无法保存到 {folder}。请清理空间（未完成的文件已删除）后重新导出。",
    ),
    "client.error.download_write": (
        "The video could not be written in {folder} ({error}). Choose another folder with -o.",
        "视频无法写入 {folder}（{error}）。请用 -o 选择其他文件夹。",
    ),
    "client.error.response_too_large": (
        "The server sent an answer larger than {limit}; nemochat stopped reading it. Try again, or check NEMO_API_URL.",
        "服务器返回的内容超过 {limit}，nemochat 已停止读取。请重试，或检查 NEMO_API_URL。",
    ),
    "client.error.event_too_large": (
        "The agent sent a reply event larger than {limit}; nemochat stopped reading. Your message was not sent again; check the project with 'status'.",
        "智能体发送的单条回复超过 {limit}，nemochat 已停止读取。消息没有重复发送；可用 'status' 查看项目。",
    ),
    "client.error.redirected": (
        "The server answered with a redirect (HTTP {status_text}) where the API never redirects; nothing was done. Check NEMO_API_URL.",
        "服务器返回了重定向（HTTP {status_text}），而该 API 从不重定向；未执行任何操作。请检查 NEMO_API_URL。",
    ),
    "client.error.download_incomplete": (
        "The download ended early. Run the export again to resume it.",
        "下载提前中断。再次导出即可继续下载。",
    ),
    # client-side file checks
    "client.file.missing": ("{name}: no such file.", "{name}：文件不存在。"),
    "client.file.unreadable": (
        "{name}: cannot be read ({reason}).",
        "{name}：无法读取（{reason}）。",
    ),
    "client.file.not_regular": ("{name} is not a regular file.", "{name} 不是普通文件。"),
    "client.file.empty": ("{name} is empty.", "{name} 是空文件。"),
    "client.file.unsupported": (
        "{name}: this type is not supported. Accepted formats: {formats}.",
        "{name}：不支持该类型。支持的格式：{formats}。",
    ),
    "client.file.mismatch": (
        "{name} does not contain what its .{ext} extension says.",
        "{name} 的内容与扩展名 .{ext} 不符。",
    ),
    "client.file.too_large": (
        "{name} is {size_mb} MB; the limit is {limit_mb} MB. Compress it or trim it, then try again.",
        "{name} 大小为 {size_mb} MB，上限为 {limit_mb} MB。请压缩或剪短后重试。",
    ),
    "client.file.changed": (
        "{name} changed while it was being uploaded.",
        "{name} 在上传过程中被修改。",
    ),
    # recovery notices (on_notice)
    "client.token.renewed": (
        "Signed in again with a new anonymous token.",
        "已使用新的匿名令牌重新登录。",
    ),
    "client.client_id.renewed": (
        "The server rejected this device id; created a new one.",
        "服务器拒绝了设备 ID，已创建新的 ID。",
    ),
    "client.session.renewed": (
        "The previous session was gone, so a new one was started ({new}).",
        "之前的会话已不存在，已新建会话（{new}）。",
    ),
    "client.rate_limited.wait": (
        "The server asks to slow down; retrying in {seconds} s.",
        "服务器要求降低频率，{seconds} 秒后重试。",
    ),
    "client.render.queued": (
        "Waiting for the render to start: another render is still running.",
        "正在等待渲染开始：另一个渲染还在进行。",
    ),
    "client.render.retrying": (
        "The render failed ({reason}); trying once more.",
        "渲染失败（{reason}），正在重试一次。",
    ),
}
