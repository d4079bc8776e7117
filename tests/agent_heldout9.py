"""Held-out batch 9 for the local agent: written blind, run once, not yet tuned on.

Written 2026-12-03 without reading the parser, its vocabulary, the replies or the earlier
batches (only docs/agent.md, docs/draft.md, ops.py, schema.py, agent_setups.py,
agent_check.py and the Case class); 150 requests (77 Chinese, mixed-language ones
included): 31 compound first requests, 21 follow-ups leaning on an earlier turn, 15
questions about the draft, 13 negations/corrections, 6 chit-chat, 6 undo/redo, and 58
single edits across the areas of docs/agent.md (4 of them things it cannot do offline or
photos named by content, expecting no ops). Single edits on the mixed setup carry one
earlier turn that makes the video.

First and only run, 2026-12-03 17:52 UTC, after batch 8's fixes: **137/150 = 91.3 %** (EN
67/73 = 91.8 %, ZH 70/77 = 90.9 %). No case was changed after the run.

The 13 misses, by kind: "keep its sound at 50%" after a trim of walk.mp4 (read as music); 还是
方形吧 read as the question 还是方形？; "longer, like 3 seconds" after a fade-out (read as a
3 s video); "same but to the right" after a slide; 不是12，是16; "keep the 2nd photo still,
no movement" (the second clause made every photo still); "thank u sooo much", 谢谢老板,
可以可以，挺好的; 视频再长一倍 (一倍 had become 1倍 before the words were matched, so 长一倍
never matched); a text "over the last 3 seconds" also made a 3 s video; 方框样式; 踩着音乐的
鼓点 (and 切换 read as "change the song"). All fixed in general, with new wordings in the
tuned corpus; 150/150 now, and the batch is in ``test_held_out_rate``.
"""

from __future__ import annotations

from agent_corpus import Case, op

# media ids, as built in tests/agent_setups.py
BEACH = "med_0000000000000001"  # photo 1, clip 0
CITY = "med_0000000000000002"  # photo 2, clip 1
DINNER = "med_0000000000000003"  # photo 3, clip 2
FOREST = "med_0000000000000004"  # photo 4, clip 3
HARBOR = "med_0000000000000005"  # photo 5, clip 4
SUNSET = "med_0000000000000006"  # photo 6, clip 5
SONG = "med_00000000000000a1"  # song.mp3 (95 s)
STOREFRONT = "med_0000000000000021"  # shop clip 0
COFFEE = "med_0000000000000022"  # shop clip 1
CAKE = "med_0000000000000023"  # shop clip 2
MENU = "med_0000000000000024"  # shop clip 3
JINGLE = "med_00000000000000a2"  # jingle.mp3 (20 s)
WALK = "med_00000000000000b1"  # walk.mp4 (8 s); mixed: beach 0, city 1, walk 2

CREATE = op("create_video")
OTHERS_BUT_0 = [1, 2, 3, 4, 5]

HELD_OUT_9: list[Case] = [
    # --- compound first requests ---
    Case(
        "hey can u turn these into a 20 sec vertical video w/ the title 'Our Big Day'",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=20000),
            op("add_text", text="Our Big Day", role="title"),
        ],
        setup="new",
    ),
    Case(
        "用这些照片做个30秒的视频，慢节奏，加上背景音乐",
        [
            CREATE,
            op("set_pace", pace="calm"),
            op("set_duration", total_ms=30000),
            op("set_music", media=SONG),
        ],
        setup="new",
    ),
    Case(
        "Make a TikTok from these and cut it to the beat of song.mp3",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_music", media=SONG),
            op("beat_sync", on=True),
        ],
        setup="new",
    ),
    Case(
        "做个每两拍切一次的卡点视频，竖屏",
        [
            CREATE,
            op("set_music", media=SONG),
            op("beat_sync", on=True, every=2),
            op("set_format", aspect="9:16"),
        ],
        setup="new",
    ),
    Case(
        "square video please, 12 seconds, no transitions, and ken burns on everything",
        [
            CREATE,
            op("set_format", aspect="1:1"),
            op("set_transition", type="cut"),
            op("set_duration", total_ms=12000),
            op("set_motion", motion="drift", clips=None),
        ],
        setup="new",
    ),
    Case(
        "for my bakery — vertical, 15 seconds, title 'Fresh Bread Daily', and jingle.mp3 "
        "as the music",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("add_text", text="Fresh Bread Daily", role="title"),
            op("set_music", media=JINGLE),
        ],
        setup="shopnew",
    ),
    Case(
        "帮我把店里的照片做成一个15秒的竖屏视频，配上jingle.mp3，音量百分之六十",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("set_music", media=JINGLE, volume=0.6),
        ],
        setup="shopnew",
    ),
    Case(
        "做一个一分钟的视频，转场用黑场过渡，结尾淡出",
        [
            CREATE,
            op("set_transition", type="fade_black"),
            op("set_duration", total_ms=60000),
            op("set_video_fade", fade_out_ms=1000),
        ],
        setup="new",
    ),
    Case(
        "Make a 25-second video, 4:5 for an Instagram post, with the caption "
        "'Open House Sunday' at the bottom",
        [
            CREATE,
            op("set_format", aspect="4:5"),
            op("set_duration", total_ms=25000),
            op("add_text", text="Open House Sunday", role="caption"),
        ],
        setup="new",
    ),
    Case(
        "照片做成视频，方形，每张照片都加肯伯恩斯效果，标题“海边的夏天”",
        [
            CREATE,
            op("set_format", aspect="1:1"),
            op("set_motion", motion="drift", clips=None),
            op("add_text", text="海边的夏天", role="title"),
        ],
        setup="new",
    ),
    Case(
        "make a video from these, mute the clip and put the title 'Weekend Walk' on it",
        [
            CREATE,
            op("clip_audio", mute=True),
            op("add_text", text="Weekend Walk", role="title"),
        ],
        setup="mixed",
    ),
    Case(
        "用这些做个竖屏视频，视频原声静音",
        [CREATE, op("set_format", aspect="9:16"), op("clip_audio", mute=True)],
        setup="mixed",
    ),
    Case(
        "vertical, 18 seconds, and zoom out on the last photo",
        [
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=18000),
            op("set_motion", motion="zoom_out", clips=[5]),
        ],
        setup="bare",
    ),
    Case(
        "改成方形，总时长20秒，第一张和第二张之间用白场",
        [
            op("set_format", aspect="1:1"),
            op("set_transition", type="fade_white", clips=[1]),
            op("set_duration", total_ms=20000),
        ],
        setup="bare",
    ),
    Case(
        "change the title to 'Happy 30th Sarah!' and turn the music down to 50%",
        [op("edit_text", text="Happy 30th Sarah!"), op("edit_music", volume=0.5)],
        setup="draft",
    ),
    Case(
        "结尾淡出2秒，标题改成“毕业快乐”，音乐从第15秒开始",
        [
            op("set_video_fade", fade_out_ms=2000),
            op("edit_text", text="毕业快乐"),
            op("edit_music", start_ms=15000),
        ],
        setup="draft",
    ),
    Case(
        "swap the first and last photos, then 2 seconds each",
        [op("swap_clips", a=0, b=5), op("set_duration", clip_ms=2000, clips=None)],
        setup="bare",
    ),
    Case(
        "删掉第三张，然后每张照片2.5秒",
        [op("remove_clips", clips=[2]), op("set_duration", clip_ms=2500, clips=None)],
        setup="bare",
    ),
    Case(
        "add jingle.mp3 at 40% and make the whole thing 20 seconds",
        [op("set_music", media=JINGLE, volume=0.4), op("set_duration", total_ms=20000)],
        setup="shop",
    ),
    Case(
        "把标题改成“开业大吉”，字幕放到顶部",
        [op("edit_text", text="开业大吉"), op("edit_text", position="top")],
        setup="shop",
    ),
    Case(
        "make a slideshow for my class, 40 seconds, calm pace, with song.mp3 at 30%",
        [
            CREATE,
            op("set_pace", pace="calm"),
            op("set_duration", total_ms=40000),
            op("set_music", media=SONG, volume=0.3),
        ],
        setup="new",
    ),
    Case(
        "给我做个小红书视频，快节奏，标题“周末探店”",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_pace", pace="fast"),
            op("add_text", text="周末探店", role="title"),
        ],
        setup="new",
    ),
    Case(
        "make a video, fade in from black at the start, and name the project 'Iceland 2026'",
        [
            CREATE,
            op("set_video_fade", fade_in_ms=1000),
            op("set_project_title", title="Iceland 2026"),
        ],
        setup="new",
    ),
    Case(
        "把照片做成9比16的视频，所有照片都推近，加字幕“谢谢观看”",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_motion", motion="zoom_in", clips=None),
            op("add_text", text="谢谢观看", role="caption"),
        ],
        setup="new",
    ),
    Case(
        "can you make it square and sync the cuts to the music, every 2 beats?",
        [op("set_format", aspect="1:1"), op("beat_sync", on=True, every=2)],
        setup="draft",
    ),
    Case(
        "把第二张移到最后，转场时间改成1秒",
        [op("move_clip", clip=1, to=5), op("set_transition", d_ms=1000)],
        setup="bare",
    ),
    Case(
        "delete the menu photo, make the caption say '20% off everything' and add a 1s "
        "fade out at the end",
        [
            op("remove_clips", clips=[3]),
            op("edit_text", text="20% off everything"),
            op("set_video_fade", fade_out_ms=1000),
        ],
        setup="shop",
    ),
    Case(
        "帮我做个二十五秒的视频，转场用甩镜，配乐用song.mp3",
        [
            CREATE,
            op("set_transition", type="whip"),
            op("set_duration", total_ms=25000),
            op("set_music", media=SONG),
        ],
        setup="new",
    ),
    Case(
        "put these together into a vertical video, skip the first 2 seconds of walk.mp4 "
        "and keep its sound at 50%",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("trim_clip", clip=2, start_ms=2000),
            op("clip_audio", volume=0.5),
        ],
        setup="mixed",
    ),
    Case(
        "make个vertical的video，15秒，加title“Bali Diary”",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("add_text", text="Bali Diary", role="title"),
        ],
        setup="new",
    ),
    Case(
        "所有照片静止不动，不要转场，总长12秒",
        [
            op("set_motion", motion="static", clips=None),
            op("set_transition", type="cut"),
            op("set_duration", total_ms=12000),
        ],
        setup="bare",
    ),
    # --- follow-ups (turns) ---
    Case(
        "hmm no, 24",
        [op("set_duration", total_ms=24000)],
        setup="bare",
        turns=["make it 20 seconds"],
    ),
    Case(
        "其他的也一样",
        [op("set_motion", motion="zoom_out", clips=OTHERS_BUT_0)],
        setup="bare",
        turns=["第一张拉远"],
    ),
    Case(
        "put it at the top",
        [op("edit_text", position="top")],
        setup="bare",
        turns=["add the title 'Open House'"],
    ),
    Case(
        "actually bring it back at 40%",
        [op("set_music", media=SONG, volume=0.4)],
        setup="draft",
        turns=["remove the music"],
    ),
    Case(
        "不对，还是方形吧",
        [op("set_format", aspect="1:1")],
        setup="bare",
        turns=["改成竖屏"],
    ),
    Case(
        "make them 0.8 seconds",
        [op("set_transition", d_ms=800)],
        setup="bare",
        turns=["fade to black between the photos"],
    ),
    Case(
        "音量调到百分之六十",
        [op("edit_music", volume=0.6)],
        setup="bare",
        turns=["用song.mp3做背景音乐"],
    ),
    Case(
        "every 4 beats instead",
        [op("beat_sync", on=True, every=4)],
        setup="draft",
        turns=["cut to the beat"],
    ),
    Case(
        "改成“周年特惠”",
        [op("edit_text", text="周年特惠")],
        setup="bare",
        turns=["加标题“周末特惠”"],
    ),
    Case(
        "longer, like 3 seconds",
        [op("set_video_fade", fade_out_ms=3000)],
        setup="bare",
        turns=["fade out at the end"],
    ),
    Case(
        "same but to the right",
        [op("set_transition", type="slide_right")],
        setup="bare",
        turns=["slide left between the photos"],
    ),
    Case(
        "make it outlined",
        [op("edit_text", style="outline")],
        setup="bare",
        turns=["add a caption 'Day 1 – Lisbon'"],
    ),
    Case(
        "其他几张也这样",
        [op("set_motion", motion="pan_left", clips=[0, 1, 3, 4, 5])],
        setup="bare",
        turns=["第三张向左平移"],
    ),
    Case(
        "要从歌的第20秒开始",
        [op("edit_music", start_ms=20000)],
        setup="bare",
        turns=["加背景音乐"],
    ),
    Case(
        "same for the others",
        [op("set_duration", clip_ms=5000, clips=OTHERS_BUT_0)],
        setup="bare",
        turns=["make the first photo 5 seconds"],
    ),
    Case(
        "再小点，30%",
        [op("edit_music", volume=0.3)],
        setup="draft",
        turns=["音乐音量调到50%"],
    ),
    Case(
        "put it back pls",
        [op("add_clips", media=[CITY])],
        setup="bare",
        turns=["delete photo 2"],
    ),
    Case(
        "and 60fps too",
        [op("set_format", fps=60)],
        setup="bare",
        turns=["make it vertical"],
    ),
    Case(
        "声音开一半就好",
        [op("edit_music", volume=0.5)],
        setup="shop",
        turns=["加上jingle.mp3"],
    ),
    Case(
        "不是12，是16",
        [op("set_duration", total_ms=16000)],
        setup="new",
        turns=["用这些照片做个视频", "总长改成12秒"],
    ),
    Case(
        "at 25% please",
        [op("edit_music", volume=0.25)],
        setup="bare",
        turns=["use song.mp3 as background music"],
    ),
    # --- questions about the current draft ---
    Case("is this landscape or portrait right now?", [], setup="bare", intent="answer"),
    Case("how long's the video at the moment", [], setup="draft", intent="answer"),
    Case("这个视频现在一共几秒啊", [], setup="draft", intent="answer"),
    Case("有背景音乐吗", [], setup="bare", intent="answer"),
    Case("what does the title say right now?", [], setup="draft", intent="answer"),
    Case("how many pics are in it?", [], setup="bare", intent="answer"),
    Case("现在是多少帧的？", [], setup="bare", intent="answer"),
    Case("what's the caption?", [], setup="shop", intent="answer"),
    Case("现在是什么比例的", [], setup="bare", intent="answer"),
    Case("which song is it using?", [], setup="draft", intent="answer"),
    Case("第三张是哪张照片？", [], setup="bare", intent="answer"),
    Case("are there any transitions between the photos?", [], setup="bare", intent="answer"),
    Case("分辨率是多少呀", [], setup="draft", intent="answer"),
    Case("字幕写的是什么", [], setup="shop", intent="answer"),
    Case("音乐音量现在多大？", [], setup="draft", intent="answer"),
    # --- negations and corrections ---
    Case(
        "no transitions pls, just straight cuts", [op("set_transition", type="cut")], setup="bare"
    ),
    Case("照片都别动了", [op("set_motion", motion="static", clips=None)], setup="bare"),
    Case("不要裁剪照片", [op("set_fit", fit="blur")], setup="bare"),
    Case("I don't want any music on this", [op("remove_music")], setup="draft"),
    Case("不要标题了", [op("remove_text")], setup="draft"),
    Case("don't fade the music out", [op("edit_music", fade_out_ms=0)], setup="draft"),
    Case("音乐开头别淡入", [op("edit_music", fade_in_ms=0)], setup="draft"),
    Case(
        "keep the 2nd photo still, no movement",
        [op("set_motion", motion="static", clips=[1])],
        setup="bare",
    ),
    Case("actually make it 4:5", [op("set_format", aspect="4:5")], setup="bare"),
    Case("不是横屏，我要竖的", [op("set_format", aspect="9:16")], setup="bare"),
    Case(
        "10 second video from these, no text on it please",
        [CREATE, op("set_duration", total_ms=10000)],
        setup="new",
    ),
    Case("别裁照片，加黑边就行", [op("set_fit", fit="pad")], setup="bare"),
    Case(
        "don't cut to the beat anymore",
        [op("beat_sync", on=False)],
        setup="draft",
        turns=["cut to the beat"],
    ),
    # --- chit-chat ---
    Case("omg love it 😍", [], setup="draft", intent="chitchat"),
    Case("thank u sooo much", [], setup="draft", intent="chitchat"),
    Case("perfect, exactly what i wanted", [], setup="draft", intent="chitchat"),
    Case("谢谢老板", [], setup="draft", intent="chitchat"),
    Case("好看！👍", [], setup="draft", intent="chitchat"),
    Case("可以可以，挺好的", [], setup="draft", intent="chitchat"),
    # --- undo / redo ---
    Case("undo that", [], setup="bare", turns=["make it square"], intent="undo"),
    Case("撤回", [], setup="bare", turns=["删掉最后一张"], intent="undo"),
    Case(
        "redo pls",
        [],
        setup="bare",
        turns=["add the title 'Test'", "undo"],
        intent="redo",
    ),
    Case("重做一下", [], setup="bare", turns=["改成竖屏", "撤销"], intent="redo"),
    Case(
        "undo once more",
        [],
        setup="bare",
        turns=["make it vertical", "add the title 'Hi'", "undo"],
        intent="undo",
    ),
    Case("不对，撤销刚才的", [], setup="draft", turns=["remove the music"], intent="undo"),
    # --- single edits: length, per-photo length, pace ---
    Case("can you stretch it to 45 seconds?", [op("set_duration", total_ms=45000)], setup="bare"),
    Case("总长度改成二十二秒", [op("set_duration", total_ms=22000)], setup="bare"),
    Case("每张照片停留四秒", [op("set_duration", clip_ms=4000, clips=None)], setup="bare"),
    Case(
        "make the harbor photo 6 seconds long",
        [op("set_duration", clip_ms=6000, clips=[4])],
        setup="bare",
    ),
    Case("倒数第二张放5秒", [op("set_duration", clip_ms=5000, clips=[4])], setup="bare"),
    Case("前两张每张一秒半", [op("set_duration", clip_ms=1500, clips=[0, 1])], setup="bare"),
    Case("slower pls, it's rushing", [op("scale_duration", clips=None)], setup="bare"),
    Case("视频再长一倍", [op("scale_duration", factor=2.0, clips=None)], setup="bare"),
    Case(
        "make the cake pic 4 seconds",
        [op("set_duration", clip_ms=4000, clips=[2])],
        setup="shop",
    ),
    # --- format, resolution, fps, fit ---
    Case("vertcal pls", [op("set_format", aspect="9:16")], setup="bare"),
    Case("make it 4K", [op("set_format", resolution="4k")], setup="bare"),
    Case("分辨率降到720p", [op("set_format", resolution="720p")], setup="bare"),
    Case("帧率25", [op("set_format", fps=25)], setup="bare"),
    Case("crop the pics to fill the whole frame", [op("set_fit", fit="crop")], setup="bare"),
    # --- motion ---
    Case("第四张向上平移", [op("set_motion", motion="pan_up", clips=[3])], setup="bare"),
    Case(
        "ken burns on photo 2 and 3",
        [op("set_motion", motion="drift", clips=[1, 2])],
        setup="bare",
    ),
    Case("镜头都对准人脸", [op("set_motion", focus="face")], setup="bare"),
    # --- transitions ---
    Case(
        "push left transitions between all the photos",
        [op("set_transition", type="push_left", clips=None)],
        setup="bare",
    ),
    Case("所有转场改成白场", [op("set_transition", type="fade_white", clips=None)], setup="bare"),
    Case(
        "wipe down between photo 4 and 5",
        [op("set_transition", type="wipe_down", clips=[4])],
        setup="bare",
    ),
    Case(
        "第五张和第六张之间不要转场",
        [op("set_transition", type="cut", clips=[5])],
        setup="bare",
    ),
    Case("zoom transitions pls", [op("set_transition", type="zoom")], setup="bare"),
    # --- text: add, change, style, position, timing, remove, caption each clip ---
    Case(
        "add a title saying Welcome Home",
        [op("add_text", text="Welcome Home", role="title")],
        setup="bare",
    ),
    Case(
        "在第3秒加字幕“出发啦”",
        [op("add_text", text="出发啦", role="caption", st_ms=3000)],
        setup="bare",
    ),
    Case(
        "add 'See you next week!' over the last 3 seconds",
        [op("add_text", text="See you next week!", d_ms=3000)],
        setup="bare",
    ),
    Case("标题放到左上角", [op("edit_text", position="top_left")], setup="draft"),
    Case("标题从第2秒到第5秒", [op("edit_text", st_ms=2000, d_ms=3000)], setup="draft"),
    Case(
        "can the title slide in instead of fading?",
        [op("edit_text", entrance="slide")],
        setup="draft",
    ),
    Case("标题加个描边", [op("edit_text", style="outline")], setup="draft"),
    Case("标题用方框样式", [op("edit_text", style="box")], setup="shop"),
    Case("把Hello换成“生日快乐”", [op("edit_text", text="生日快乐")], setup="draft"),
    Case("get rid of the caption", [op("remove_text")], setup="shop"),
    Case("给每张照片加上文件名", [op("caption_clips", texts=None)], setup="bare"),
    Case(
        "caption the four photos 'Welcome', 'Espresso', 'Cakes', 'Menu'",
        [op("caption_clips", texts=["Welcome", "Espresso", "Cakes", "Menu"])],
        setup="shop",
    ),
    # --- music, beat sync, whole-video fades ---
    Case("音乐音量调到百分之二十", [op("edit_music", volume=0.2)], setup="draft"),
    Case("music音量调成50%", [op("edit_music", volume=0.5)], setup="draft"),
    Case(
        "fade the song out over the last 4 seconds",
        [op("edit_music", fade_out_ms=4000)],
        setup="draft",
    ),
    Case("音乐从第45秒开始放", [op("edit_music", start_ms=45000)], setup="draft"),
    Case("照片切换踩着音乐的鼓点", [op("beat_sync", on=True)], setup="draft"),
    Case("fade in from black, 2 seconds", [op("set_video_fade", fade_in_ms=2000)], setup="bare"),
    Case("结尾慢慢变黑，两秒", [op("set_video_fade", fade_out_ms=2000)], setup="bare"),
    # --- video clips' sound and trim ---
    Case(
        "cut the first 3 seconds off walk.mp4",
        [op("trim_clip", clip=2, start_ms=3000)],
        setup="mixed",
        turns=["make a video"],
    ),
    Case(
        "视频片段的声音调到百分之三十",
        [op("clip_audio", volume=0.3)],
        setup="mixed",
        turns=["做个视频"],
    ),
    Case(
        "the video clip should only be 4 seconds",
        [op("set_duration", clip_ms=4000, clips=[2])],
        setup="mixed",
        turns=["make a video"],
    ),
    # --- clip order, removal, duplicates, swap ---
    Case("move sunset.jpg to the front", [op("move_clip", clip=5, to=0)], setup="bare"),
    Case("把第一张放到最后", [op("move_clip", clip=0, to=5)], setup="bare"),
    Case("最后两张不要了", [op("remove_clips", clips=[4, 5])], setup="bare"),
    Case("duplicate the forest pic", [op("duplicate_clip", clip=3)], setup="bare"),
    Case("第二张和第五张换个位置", [op("swap_clips", a=1, b=4)], setup="bare"),
    Case("play them in reverse order", [op("reverse_clips")], setup="bare"),
    Case("用harbor.jpg做封面", [op("move_clip", clip=4, to=0)], setup="bare"),
    Case("把menu.png移到第一张", [op("move_clip", clip=3, to=0)], setup="shop"),
    # --- project name ---
    Case(
        "name the project “Spring Recital 2026”",
        [op("set_project_title", title="Spring Recital 2026")],
        setup="bare",
    ),
    Case("项目名改成“王家婚礼”", [op("set_project_title", title="王家婚礼")], setup="bare"),
    # --- things it cannot do offline, photos named by content ---
    Case("add a voiceover of me saying welcome", [], setup="bare"),
    Case("给照片加个复古滤镜", [], setup="bare"),
    Case("put the photo of my dog first", [], setup="bare"),
    Case("把有我们店员的那张放最后", [], setup="shop"),
]

if __name__ == "__main__":
    from agent_check import report

    report(HELD_OUT_9)
