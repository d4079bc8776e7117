"""GUI-speak translation: instructions rewritten for the terminal, content untouched."""

from __future__ import annotations

from nemochat.chat.guitext import LineTranslator, translate_line


def test_click_export_button() -> None:
    tr = translate_line("Done! Click the Export button to download your video.")
    assert tr.text == "Done! type /export to download your video."
    assert tr.offers == {"export"}


def test_chinese_click_export() -> None:
    tr = translate_line("视频已经做好了，点击导出即可下载。")
    assert tr.text == "视频已经做好了，输入 /export即可下载。"
    assert tr.offers == {"export"}
    assert translate_line("请点击“导出”按钮").offers == {"export"}


def test_open_panel_and_preview_offer_timeline() -> None:
    tr = translate_line("Open the timeline panel to see your clips.")
    assert "/status" in tr.text and tr.offers == {"timeline"}
    assert translate_line("You can preview it in the timeline.").offers == {"timeline"}
    assert translate_line("打开时间线面板查看").offers == {"timeline"}
    assert translate_line("可以在时间线上预览效果").offers == {"timeline"}


def test_check_balance_offers_credits() -> None:
    tr = translate_line("Please check your balance before rendering.")
    assert tr.text == "Please type /credits before rendering."
    assert tr.offers == {"credits"}
    assert translate_line("请先查看积分余额").offers == {"credits"}


def test_drag_offers_typing() -> None:
    tr = translate_line("Drag the clip to reorder it.")
    assert tr.text == "Drag the clip to reorder it."  # meaning kept, a tip is offered
    assert tr.offers == {"type_edit"}
    assert translate_line("把片段拖动到开头").offers == {"type_edit"}


def test_quoted_user_content_is_untouched() -> None:
    line = 'Added the title "Click the Export button" at 0s.'
    tr = translate_line(line)
    assert tr.text == line and tr.offers == set()
    zh = "已添加标题「点击导出」。"
    assert translate_line(zh).text == zh
    code = "`click the export button`"
    assert translate_line(code).text == code


def test_plain_text_unchanged() -> None:
    for line in ["I added a warm filter.", "export-ready title added", "积分规则写进片尾了", ""]:
        tr = translate_line(line)
        assert tr.text == line and not tr.offers


def test_streamed_translation_waits_for_whole_lines() -> None:
    lt = LineTranslator()
    assert lt.feed("Now click the Ex") == ""
    assert lt.feed("port button.\nNext") == "Now type /export.\n"
    assert lt.flush() == "Next"
    assert lt.offers == {"export"}


def test_code_fence_left_alone() -> None:
    lt = LineTranslator()
    out = lt.feed("```\nclick the export button\n```\n")
    assert "click the export button" in out and not lt.offers
