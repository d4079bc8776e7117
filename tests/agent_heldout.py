"""Held-out requests: written before the work they test was tuned, and never tuned on.

Same format as tests/agent_corpus.py. tests/test_agent_corpus.py reports the rate and
requires at least 95 %; a case that fails here is fixed (if at all) by general changes, not
by patterns written for the case, and stays in this file as written. (Three volume answers
were relabelled from 80 % to 100 % when main changed the default music volume.)
"""

from __future__ import annotations

from agent_corpus import Case, op

CREATE = op("create_video")
ANSWER = "answer"

HELD_OUT: list[Case] = [
    # ---- questions are answered, never edits ----------------------------------------------
    Case("is this landscape?", [], intent=ANSWER, reply=["Yes", "16:9"]),
    Case("what format is the video in?", [], intent=ANSWER, reply=["16:9"]),
    Case("how long is each photo on screen?", [], intent=ANSWER, reply=["3 s"]),
    Case("does it have a title?", [], intent=ANSWER, reply=["Hello"]),
    Case("what does the title say?", [], intent=ANSWER, reply=["Hello"]),
    Case("is the music too loud?", [], intent=ANSWER, reply=["100%"]),
    Case("how many pictures are there", [], intent=ANSWER, reply=["6 photos"]),
    Case("is it 30 fps?", [], intent=ANSWER, reply=["Yes", "30 fps"]),
    Case("what resolution is it", [], intent=ANSWER, reply=["1920×1080"]),
    Case("what song is playing?", [], intent=ANSWER, reply=["song.mp3"]),
    Case("现在是横屏还是竖屏？", [], intent=ANSWER, reply=["16:9"]),
    Case("视频有多长？", [], intent=ANSWER, reply=["15.5 s"]),
    Case("一共几张照片", [], intent=ANSWER, reply=["6 张"]),
    Case("有字幕吗", [], intent=ANSWER, reply=["Hello"]),
    Case("背景音乐是哪首歌？", [], intent=ANSWER, reply=["song.mp3"]),
    Case("音量多大", [], intent=ANSWER, reply=["100%"]),
    Case("是4K的吗", [], intent=ANSWER, reply=["1080P"]),
    Case("帧率多少", [], intent=ANSWER, reply=["30"]),
    Case("现在是竖屏吗", [], "shop", intent=ANSWER, reply=["是的"]),
    Case("is it vertical?", [], "shop", intent=ANSWER, reply=["Yes"]),
    Case("how long is the song?", [], "shop", intent=ANSWER, reply=["20 s"]),
    Case("has it got music?", [], "shop", intent=ANSWER, reply=["no music"]),
    Case("总时长是多少秒？", [], "shop", intent=ANSWER, reply=["15 s"]),
    Case("第一张是哪张照片？", [], intent=ANSWER, reply=["beach.jpg"]),
    Case("转场是什么效果", [], intent=ANSWER, reply=["淡入淡出"]),
    # ---- requests phrased as questions are edits ------------------------------------------
    Case("can you make it square?", [op("set_format", aspect="1:1")]),
    Case(
        "could you add the title 'Summer Trip'?",
        [op("add_text", text="Summer Trip")],
        "bare",
    ),
    Case("能不能把音乐关小一点？", [op("edit_music")]),
    Case("可以帮我改成竖屏吗？", [op("set_format", aspect="9:16")]),
    Case("how about 20 seconds?", [op("set_duration", total_ms=20000)]),
    # ---- negations ---------------------------------------------------------------------------
    Case("don't add any music", [], "bare", notes=["negated.music"]),
    Case("不要加音乐", [], "bare", notes=["negated.music"]),
    Case("不用加标题", [], "bare", notes=["negated.text"]),
    Case("别加字幕", [], "bare", notes=["negated.text"]),
    Case("不要转场", [op("set_transition", type="cut")]),
    Case("don't zoom the photos", [op("set_motion", motion="static")]),
    # ---- chit-chat ---------------------------------------------------------------------------
    Case("thanks a lot", [], intent="chitchat"),
    Case("太棒了", [], intent="chitchat"),
    Case("perfect, thanks", [], intent="chitchat"),
    Case("好的谢谢", [], intent="chitchat"),
    # ---- corrections ---------------------------------------------------------------------------
    Case("no, I meant square", [op("set_format", aspect="1:1")], turns=["make it 9:16"]),
    Case("不对，改成方形", [op("set_format", aspect="1:1")], turns=["改成竖屏"]),
    # ---- text ----------------------------------------------------------------------------------
    Case(
        "change the title to Grand Opening Sale",
        [op("edit_text", target=0, text="Grand Opening Sale")],
        "shop",
        reply=["“Grand Opening” → “Grand Opening Sale”"],
    ),
    Case("把八折改成七折", [op("edit_text", target=1, text="全场七折")], "shop"),
    Case(
        "make the caption say 30% off today",
        [op("edit_text", target=1, text="30% off today")],
        "shop",
    ),
    Case("标题改成“盛大开业”", [op("edit_text", target=0, text="盛大开业")], "shop"),
    Case("Title: Summer in Kyoto", [op("add_text", text="Summer in Kyoto")], "bare"),
    Case("标题：京都之夏", [op("add_text", text="京都之夏")], "bare"),
    Case("replace Opening with Launch", [op("edit_text", target=0, text="Grand Launch")], "shop"),
    Case("the title should say Welcome", [op("edit_text", target=0, text="Welcome")]),
    Case("move the title to the top", [op("edit_text", position="top")]),
    Case("字幕放到顶部", [op("edit_text", position="top")], "shop"),
    # ---- photos by what is in them ---------------------------------------------------------
    Case(
        "put the coffee pic first",
        [op("move_clip", clip=1, to=0)],
        "shop",
        notes=["info.by_name"],
        reply=["coffee.png"],
    ),
    Case("delete the cake photo", [op("remove_clips", clips=[2])], "shop"),
    Case("把咖啡那张删掉", [op("remove_clips", clips=[1])], "shop"),
    Case("put the cat pic first", [], notes=["clarify.which_photo"], reply=["beach.jpg"]),
    Case("删掉有狗的那张", [], notes=["clarify.which_photo"]),
    Case("make the dog photo longer", [], notes=["clarify.which_photo"]),
    Case("swap the beach and sunset photos", [op("swap_clips", a=0, b=5)]),
    # ---- length, and a length the user asked for --------------------------------------------
    Case("make the second photo longer", [op("scale_duration", clips=[1])], "shop", reply=["15 s"]),
    Case("slower", [op("scale_duration")], "shop", reply=["15 s"]),
    Case(
        "make it exactly as long as the song",
        [op("set_duration", total_ms=20000), op("set_music")],
        "shop",
    ),
    Case(
        "视频时长和音乐一样长",
        [op("set_duration", total_ms=20000), op("set_music")],
        "shop",
    ),
    Case("半分钟", [op("set_duration", total_ms=30000)]),
    Case("做成半分钟的视频", [CREATE, op("set_duration", total_ms=30000)], "new"),
    Case("一分半", [op("set_duration", total_ms=90000)]),
    Case("make it a minute and a half", [op("set_duration", total_ms=90000)]),
    Case("each photo 2.5 seconds", [op("set_duration", clip_ms=2500)], "bare"),
    Case("第三张五秒", [op("set_duration", clip_ms=5000, clips=[2])]),
    Case("make the video 45 secs", [op("set_duration", total_ms=45000)]),
    Case("twenty five seconds please", [op("set_duration", total_ms=25000)]),
    # ---- format --------------------------------------------------------------------------------
    Case("for instagram reels", [op("set_format", aspect="9:16")]),
    Case("改成B站的横屏", [op("set_format", aspect="16:9")], "shop"),
    Case("60fps", [op("set_format", fps=60)]),
    Case("720p please", [op("set_format", resolution="720p")]),
    # ---- conversation context ----------------------------------------------------------------
    Case(
        "undo that too",
        [],
        turns=["make it 9:16", "add the title 'Hi'", "undo"],
        intent="undo",
    ),
    Case("改回来", [], turns=["改成竖屏"], intent="undo"),
    Case(
        "put back the two photos I deleted",
        [op("add_clips", at=1), op("add_clips", at=2)],
        turns=["remove photos 2 and 3"],
    ),
    Case("把删掉的照片加回来", [op("add_clips", at=0)], turns=["删掉第一张"]),
    Case("bring back the deleted photo", [op("add_clips", at=5)], turns=["remove the last photo"]),
    Case("undo", [], intent="undo"),
    Case("撤销", [], intent="undo"),
    Case(
        "same for the others",
        [op("set_motion", motion="zoom_in", clips=[1, 2, 3, 4, 5])],
        turns=["zoom in on photo 1"],
    ),
    Case(
        "其他几张也一样",
        [op("set_motion", motion="zoom_in", clips=[1, 2, 3, 4, 5])],
        turns=["第一张推近"],
    ),
    # ---- music ---------------------------------------------------------------------------------
    Case("add the song at half volume", [op("set_music", volume=0.5)], "bare"),
    Case(
        "bring the music back at half volume",
        [op("set_music", volume=0.5)],
        turns=["remove the music"],
    ),
    Case("music quieter", [op("edit_music")]),
    Case("音乐小声一点", [op("edit_music")]),
    Case("背景音乐音量调到百分之三十", [op("edit_music", volume=0.3)]),
    Case("no music", [op("remove_music")]),
    Case("去掉音乐", [op("remove_music")]),
    Case("用jingle.mp3做背景音乐", [op("set_music", media="med_00000000000000a2")], "shop"),
    # ---- transitions, motion, fades -----------------------------------------------------------
    Case("fade out at the end", [op("set_video_fade", fade_out_ms=1000)]),
    Case("结尾淡出", [op("set_video_fade", fade_out_ms=1000)]),
    Case("slide transitions", [op("set_transition")]),
    Case("照片都不要动", [op("set_motion", motion="static")]),
    Case("ken burns on every photo", [op("set_motion", motion="drift")]),
    # ---- compound --------------------------------------------------------------------------------
    Case(
        "make it 20 seconds and add the jingle at half volume",
        [op("set_duration", total_ms=20000), op("set_music", volume=0.5)],
        "shop",
    ),
    Case(
        "改成竖屏，时长20秒，标题改成“东京”",
        [
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=20000),
            op("edit_text", text="东京"),
        ],
    ),
    Case(
        "make it 9:16, is there music?", [op("set_format", aspect="9:16")], notes=["answer.music"]
    ),
    Case(
        "加个标题“旅行日记”，有音乐吗？",
        [op("add_text", text="旅行日记")],
        "bare",
        notes=["answer.music"],
    ),
    # ---- typos and mixed language ------------------------------------------------------------
    Case("make it verticle", [op("set_format", aspect="9:16")]),
    Case("add musci", [op("set_music")], "bare"),
    Case("改成9:16 please", [op("set_format", aspect="9:16")]),
    Case("title 改成 'Hello Tokyo'", [op("edit_text", text="Hello Tokyo")]),
    Case("帮我把第二张photo删掉", [op("remove_clips", clips=[1])]),
    Case(
        "make it 15s for tiktok",
        [CREATE, op("set_format", aspect="9:16"), op("set_duration", total_ms=15000)],
        "new",
    ),
]

# ---- second held-out batch: written at 05:20 after the tuning above, run once, not tuned on --
HELD_OUT_2: list[Case] = [
    Case("is the video landscape or portrait?", [], intent=ANSWER, reply=["16:9"]),
    Case("how many seconds is it", [], "shop", intent=ANSWER, reply=["15 s"]),
    Case("what's the background music?", [], intent=ANSWER, reply=["song.mp3"]),
    Case("are there any captions?", [], "shop", intent=ANSWER, reply=["全场八折"]),
    Case("is it full hd?", [], intent=ANSWER, reply=["1920×1080"]),
    Case("视频是多少秒的", [], intent=ANSWER, reply=["15.5 s"]),
    Case("现在用的是哪首歌", [], intent=ANSWER, reply=["song.mp3"]),
    Case("有几个文字", [], "shop", intent=ANSWER, reply=["Grand Opening"]),
    Case("这个视频是方的吗", [], intent=ANSWER, reply=["不是"]),
    Case("音乐多大声", [], intent=ANSWER, reply=["100%"]),
    Case("could you make it landscape?", [op("set_format", aspect="16:9")], "shop"),
    Case("能把第一张删掉吗", [op("remove_clips", clips=[0])]),
    Case("可以改成25秒吗", [op("set_duration", total_ms=25000)]),
    Case("please no text", [op("remove_text")]),
    Case("别放音乐", [], "bare", notes=["negated.music"]),
    Case("don't put a caption", [], "bare", notes=["negated.text"]),
    Case("cheers", [], intent="chitchat"),
    Case("收到，谢谢", [], intent="chitchat"),
    Case("不是，我要的是16:9", [op("set_format", aspect="16:9")], "shop"),
    Case("sorry, I meant 10 seconds", [op("set_duration", total_ms=10000)]),
    Case(
        "change the caption to Buy one get one free",
        [op("edit_text", target=1, text="Buy one get one free")],
        "shop",
    ),
    Case("把Grand改成Big", [op("edit_text", target=0, text="Big Opening")], "shop"),
    Case("Caption: see you soon", [op("add_text", text="see you soon", role="caption")], "bare"),
    Case("move the cake pic to the front", [op("move_clip", clip=2, to=0)], "shop"),
    Case("把菜单那张删了", [op("remove_clips", clips=[3])], "shop"),
    Case("make the selfie longer", [], "shop", notes=["clarify.which_photo"]),
    Case("make the third photo 4 seconds", [op("set_duration", clip_ms=4000, clips=[2])], "shop"),
    Case("总时长改成半分钟", [op("set_duration", total_ms=30000)]),
    Case("make it two minutes", [op("set_duration", total_ms=120000)]),
    Case("十五秒", [op("set_duration", total_ms=15000)]),
    Case(
        "undo that as well",
        [],
        turns=["make it square", "make it 20 seconds", "undo"],
        intent="undo",
    ),
    Case("变回去", [], turns=["改成方形"], intent="undo"),
    Case(
        "bring back the photos I removed",
        [op("add_clips"), op("add_clips")],
        turns=["remove photos 1 and 2"],
    ),
    Case(
        "do the same to the others",
        [op("set_motion", motion="zoom_out", clips=[0, 2, 3, 4, 5])],
        turns=["zoom out on photo 2"],
    ),
    Case(
        "剩下的也一样",
        [op("set_duration", clip_ms=2000, clips=[1, 2, 3, 4, 5])],
        turns=["第一张2秒"],
    ),
    Case("turn the music down to half", [op("edit_music", volume=0.5)]),
    Case("用jingle做背景音乐，音量一半", [op("set_music", volume=0.5)], "shop"),
    Case("make it vertcal please", [op("set_format", aspect="9:16")]),
    Case("add backgroud music", [op("set_music")], "bare"),
    Case("第二张photo放到最后", [op("move_clip", clip=1, to=5)]),
]
