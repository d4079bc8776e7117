"""Held-out batch 3: requests written blind (without reading the parser or its vocabularies).

Same format as tests/agent_corpus.py and tests/agent_heldout.py. Written from the op contract
(agent/ops.py), the draft vocabularies (engine/draft.py), the "Defaults" and "Op schema"
sections of docs/agent.md and the setups in tests/agent_setups.py only. Not wired into the
suite. Fields are left free where several values are reasonable ("a bit quieter"). Multi-op
labels follow the order the request names things (creating first; a total length after
what changes photo lengths).
"""

from __future__ import annotations

from agent_corpus import Case, op

CREATE = op("create_video")
ANSWER = "answer"
SONG = "med_00000000000000a1"
JINGLE = "med_00000000000000a2"
CITY = "med_0000000000000002"

HELD_OUT_3: list[Case] = [
    # ---- format / platform ------------------------------------------------------------------
    Case("can you make this work for Instagram Reels?", [op("set_format", aspect="9:16")]),
    Case("改成抖音的尺寸", [op("set_format", aspect="9:16")]),
    Case(
        "actually I want to put it on YouTube too, make it landscape",
        [op("set_format", aspect="16:9")],
        "shop",
    ),
    Case("要发B站，改成横屏的", [op("set_format", aspect="16:9")], "shop"),
    Case("square please, it's for my IG grid", [op("set_format", aspect="1:1")]),
    Case("做成小红书竖版的", [op("set_format", aspect="9:16")]),
    Case("4:5 for an instagram feed post", [op("set_format", aspect="4:5")]),
    Case("make it 4k at 60fps", [op("set_format", resolution="4k", fps=60)]),
    Case("分辨率720p就行，文件小一点", [op("set_format", resolution="720p")]),
    Case("帧率改成24", [op("set_format", fps=24)]),
    Case("mak it verticle pls", [op("set_format", aspect="9:16")]),
    Case("换成竖屏，不对，还是方的吧", [op("set_format", aspect="1:1")]),
    Case("make it 1:1 - no wait, I meant 4:5", [op("set_format", aspect="4:5")]),
    Case("做成YouTube Shorts", [op("set_format", aspect="9:16")]),
    # ---- total length / per-photo length ------------------------------------------------------
    Case("make the whole thing 30 seconds", [op("set_duration", total_ms=30000)]),
    Case("总长度改成半分钟", [op("set_duration", total_ms=30000)]),
    Case("cut it down to 10 sec", [op("set_duration", total_ms=10000)]),
    Case("整个视频做成一分钟", [op("set_duration", total_ms=60000)]),
    Case("each photo 2 seconds", [op("set_duration", clip_ms=2000, clips=None)]),
    Case("每张图片停留2.5秒", [op("set_duration", clip_ms=2500, clips=None)]),
    Case(
        "keep the first picture on screen for 5 seconds",
        [op("set_duration", clip_ms=5000, clips=[0])],
    ),
    Case("最后一张多停一会儿，4秒", [op("set_duration", clip_ms=4000, clips=[5])]),
    Case("the harbor shot is too short, make it longer", [op("scale_duration", clips=[4])]),
    Case(
        "could you make the photos 2 seconds each?",
        [op("set_duration", clip_ms=2000, clips=None)],
    ),
    # ---- pace ---------------------------------------------------------------------------------
    Case("speed it up a bit", [op("scale_duration", clips=None)]),
    Case("节奏慢一点，太赶了", [op("scale_duration", clips=None)]),
    Case("I want a fast paced vibe, like a hype video", [op("set_pace", pace="fast")]),
    Case("用舒缓的节奏", [op("set_pace", pace="calm")]),
    # ---- motion -------------------------------------------------------------------------------
    Case(
        "add a Ken Burns effect to all the photos", [op("set_motion", motion="drift", clips=None)]
    ),
    Case("no zooming, keep the photos still", [op("set_motion", motion="static", clips=None)]),
    Case("第一张慢慢放大", [op("set_motion", motion="zoom_in", clips=[0])]),
    Case("pan left across the city photo", [op("set_motion", motion="pan_left", clips=[1])]),
    Case("照片都别动了", [op("set_motion", motion="static", clips=None)]),
    Case("zoom out on the last one", [op("set_motion", motion="zoom_out", clips=[5])]),
    Case("第一张用Ken Burns效果", [op("set_motion", motion="drift", clips=[0])]),
    # ---- fit / crop ---------------------------------------------------------------------------
    Case("crop the forest photo so it fills the screen", [op("set_fit", fit="crop", clips=[3])]),
    Case("第二张不要裁剪，完整显示，两边用模糊填充", [op("set_fit", fit="blur", clips=[1])]),
    Case(
        "don't crop the photos, show them whole with black bars",
        [op("set_fit", fit="pad", clips=None)],
        turns=["make it 9:16"],
    ),
    # ---- transitions --------------------------------------------------------------------------
    Case("no transitions, just hard cuts", [op("set_transition", type="cut", clips=None)]),
    Case("转场换成闪白", [op("set_transition", type="fade_white")]),
    Case("use a dip to black between the photos", [op("set_transition", type="fade_black")]),
    Case("转场改成1秒", [op("set_transition", d_ms=1000, clips=None)]),
    Case("whip pan transitions please", [op("set_transition", type="whip")]),
    Case("只把最后一个转场改成黑场", [op("set_transition", type="fade_black", clips=[5])]),
    Case("交叉溶解，每个0.8秒", [op("set_transition", type="crossfade", d_ms=800)]),
    Case("zoom transitions between every photo", [op("set_transition", type="zoom", clips=None)]),
    Case("the tranistions are too slow, make them quicker", [op("set_transition", clips=None)]),
    Case("转厂都换成黑场", [op("set_transition", type="fade_black", clips=None)]),
    # ---- titles and captions ------------------------------------------------------------------
    Case(
        "add the title 'Summer in Lisbon'",
        [op("add_text", text="Summer in Lisbon", role="title")],
        "bare",
    ),
    Case("加个标题：毕业快乐", [op("add_text", text="毕业快乐", role="title")], "bare"),
    Case("加个title：Summer Sale", [op("add_text", text="Summer Sale", role="title")], "bare"),
    Case("change the title to 'Happy Birthday Mia'", [op("edit_text", text="Happy Birthday Mia")]),
    Case("标题改成“周末去哪儿”", [op("edit_text", text="周末去哪儿")]),
    Case("把八折改成七折", [op("edit_text", text="全场七折")], "shop"),
    Case("change 'Grand' to 'Soft' in the title", [op("edit_text", text="Soft Opening")], "shop"),
    Case("make the title bigger", [op("edit_text")]),
    Case("标题字小一点", [op("edit_text")]),
    Case("title in yellow", [op("edit_text")]),
    Case("把标题放到上面", [op("edit_text", position="top")]),
    Case("put the title in the bottom left corner", [op("edit_text", position="bottom_left")]),
    Case("show the title for 5 seconds", [op("edit_text", d_ms=5000)]),
    Case("标题第2秒再出来", [op("edit_text", st_ms=2000)]),
    Case("get rid of the title", [op("remove_text")]),
    Case("remvoe the title pls", [op("remove_text")]),
    Case("字幕不要了", [op("remove_text")], "shop"),
    Case(
        "add a caption at the bottom: 'Book now - link in bio'",
        [op("add_text", text="Book now - link in bio", role="caption")],
        "bare",
    ),
    Case(
        "add a caption 'Open 8am-6pm' at the top",
        [op("add_text", text="Open 8am-6pm", role="caption", position="top")],
        "shop",
    ),
    Case(
        "加一行字幕“第一天 里斯本”，放在最下面",
        [op("add_text", text="第一天 里斯本", role="caption")],
        "bare",
    ),
    Case("标题别改，只把字幕换成“买一送一”", [op("edit_text", text="买一送一")], "shop"),
    Case("字幕改成红色", [op("edit_text")], "shop"),
    # ---- music --------------------------------------------------------------------------------
    Case("add some background music", [op("set_music", media=SONG)], "bare"),
    Case("add some musci", [op("set_music", media=SONG)], "bare"),
    Case("加上背景音乐，音量50%", [op("set_music", media=SONG, volume=0.5)], "bare"),
    Case("the music's a bit loud", [op("edit_music")]),
    Case("音乐小声一点", [op("edit_music")]),
    Case("set the music to 30%", [op("edit_music", volume=0.3)]),
    Case("把music音量调到40%", [op("edit_music", volume=0.4)]),
    Case(
        "fade the music out over the last 3 seconds",
        [op("edit_music", fade_out_ms=3000, fade_in_ms=None)],
    ),
    Case("音乐从歌曲的第30秒开始", [op("edit_music", start_ms=30000)]),
    Case("音乐别淡入，直接开始", [op("edit_music", fade_in_ms=0)]),
    Case("no music please", [op("remove_music")]),
    Case("不要背景音乐了", [op("remove_music")]),
    Case(
        "add the jingle, fade it in over 2 seconds",
        [op("set_music", media=JINGLE, fade_in_ms=2000)],
        "shop",
    ),
    Case("用jingle做背景音乐，声音小一点", [op("set_music", media=JINGLE)], "shop"),
    # ---- whole-video fades --------------------------------------------------------------------
    Case("fade in from black at the start", [op("set_video_fade", fade_in_ms=1000)]),
    Case(
        "开头和结尾都加上淡入淡出，2秒",
        [op("set_video_fade", fade_in_ms=2000, fade_out_ms=2000)],
    ),
    Case("end the video with a 3 second fade to black", [op("set_video_fade", fade_out_ms=3000)]),
    # ---- clip order ---------------------------------------------------------------------------
    Case("move the sunset pic to the beginning", [op("move_clip", clip=5, to=0)]),
    Case("swap the 2nd and 5th photos", [op("swap_clips", a=1, b=4)]),
    Case("删掉第三张", [op("remove_clips", clips=[2])]),
    Case("duplicate the beach photo", [op("duplicate_clip", clip=0)]),
    Case("把照片顺序倒过来", [op("reverse_clips")]),
    Case("put the beach photo after the dinner one", [op("move_clip", clip=0, to=2)]),
    Case("sunset那张放到开头", [op("move_clip", clip=5, to=0)]),
    Case("海滩那张放到最后", [op("move_clip", clip=0, to=5)]),
    Case("get rid of the city and dinner photos", [op("remove_clips", clips=[1, 2])]),
    Case("把蛋糕那张放第一张", [op("move_clip", clip=2, to=0)], "shop"),
    Case("coffee and cake should swap places", [op("swap_clips", a=1, b=2)], "shop"),
    Case("删掉menu那张", [op("remove_clips", clips=[3])], "shop"),
    # ---- project name -------------------------------------------------------------------------
    Case("name the project 'Lisbon 2024'", [op("set_project_title", title="Lisbon 2024")]),
    Case("项目名字叫“周年庆活动”", [op("set_project_title", title="周年庆活动")]),
    # ---- questions: answered, never edits -----------------------------------------------------
    Case("what's the aspect ratio right now?", [], intent=ANSWER, reply=["16:9"]),
    Case("how long is the video", [], intent=ANSWER, reply=["15.5"]),
    Case("how many photos are in it?", [], intent=ANSWER, reply=["6"]),
    Case("which song is that", [], intent=ANSWER, reply=["song.mp3"]),
    Case("现在的标题是什么", [], intent=ANSWER, reply=["Hello"]),
    Case("帧率是多少？", [], intent=ANSWER, reply=["30"]),
    Case("分辨率多少", [], intent=ANSWER, reply=["1080"]),
    Case("音乐音量现在多少", [], intent=ANSWER, reply=["100%"]),
    Case("每张照片放几秒", [], intent=ANSWER, reply=["3"]),
    Case("现在视频多长", [], "shop", intent=ANSWER, reply=["15"]),
    Case("what does the caption say?", [], "shop", intent=ANSWER, reply=["全场八折"]),
    Case("有几张图", [], "shop", intent=ANSWER, reply=["4"]),
    Case("is there any music on it yet?", [], "shop", intent=ANSWER),
    Case("这是竖屏的吗？", [], "shop", intent=ANSWER),
    Case("what's the title say", [], "shop", intent=ANSWER, reply=["Grand Opening"]),
    # ---- negations and multi-part requests ----------------------------------------------------
    Case("make it 9:16 but don't touch the music", [op("set_format", aspect="9:16")]),
    Case(
        "不要转场，照片每张2秒",
        [op("set_transition", type="cut"), op("set_duration", clip_ms=2000, clips=None)],
    ),
    Case(
        "make a tiktok from these, 15s, with the song",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("set_music", media=SONG),
        ],
        "new",
    ),
    Case(
        "用这些照片做个B站视频，加标题“东京五日游”",
        [CREATE, op("set_format", aspect="16:9"), op("add_text", text="东京五日游", role="title")],
        "new",
    ),
    Case(
        "做一个开业宣传视频，竖屏，10秒，配上jingle",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=10000),
            op("set_music", media=JINGLE),
        ],
        "shopnew",
    ),
    Case(
        "帮我做个reels，总共20s",
        [CREATE, op("set_format", aspect="9:16"), op("set_duration", total_ms=20000)],
        "new",
    ),
    Case(
        "add the title 'Road Trip' and some music",
        [op("add_text", text="Road Trip", role="title"), op("set_music", media=SONG)],
        "bare",
    ),
    Case(
        "swap the first two and delete the last one",
        [op("swap_clips", a=0, b=1), op("remove_clips", clips=[5])],
    ),
    Case(
        "make a video from these and mute the walking clip",
        [CREATE, op("clip_audio", mute=True)],
        "mixed",
    ),
    # ---- not an edit: chit-chat, things it cannot see -----------------------------------------
    Case("thanks, looks great!", [], intent="chitchat"),
    Case("delete the photo with my ex in it", []),
    Case("把有猫的那张删掉", []),
    # ---- conversations: undo / redo / context -------------------------------------------------
    Case("undo", [], intent="undo", turns=["make it 9:16"]),
    Case(
        "undo that too",
        [],
        "bare",
        intent="undo",
        turns=["make it 9:16", "add the title 'Hi'", "undo"],
    ),
    Case("改回来", [], intent="undo", turns=["转场换成黑场"]),
    Case("重做", [], intent="redo", turns=["每张照片2秒", "撤销"]),
    Case("no, I meant 25", [op("set_duration", total_ms=25000)], turns=["make it 20 seconds"]),
    Case(
        "do the same for the others",
        [op("set_motion", motion="zoom_in")],
        turns=["zoom in on the first photo"],
    ),
    Case("其他的也一样", [op("set_motion", motion="zoom_in")], turns=["第一张照片慢慢放大"]),
    Case("at half volume", [op("edit_music", volume=0.5)], "bare", turns=["add the song"]),
    Case("音量一半就行", [op("edit_music", volume=0.5)], "bare", turns=["加上背景音乐"]),
    Case(
        "put back the photo I deleted",
        [op("add_clips", media=[CITY], at=1)],
        turns=["remove the city photo", "make it 9:16"],
    ),
    Case(
        "把刚才删掉的照片加回来",
        [op("add_clips", media=[CITY], at=1)],
        turns=["删掉第二张", "音乐小声一点"],
    ),
    Case("a bit more", [op("edit_text")], turns=["make the title bigger"]),
]
