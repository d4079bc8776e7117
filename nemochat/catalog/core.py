"""Messages shared by every part of nemochat."""

MESSAGES: dict[str, tuple[str, str]] = {
    "core.interrupted": ("Interrupted.", "已中断。"),
    "core.insecure_file": (
        "{path} can be read by other users, so it is not used. Fix it with: chmod 600 '{path}'",
        "{path} 可被其他用户读取，因此不会使用。请运行：chmod 600 '{path}'",
    ),
    "core.usage": ("Usage error: {error}", "用法错误：{error}"),
    "core.unexpected": (
        "Something went wrong: {error}. Run again with --debug for details.",
        "出错了：{error}。加上 --debug 重新运行可查看详情。",
    ),
}
