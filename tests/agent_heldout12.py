"""Held-out batch 12 for the local agent: written blind, run once, not yet tuned on.

Written 2026-12-03 without reading the parser, its vocabulary, the replies or the earlier
batches (only docs/agent.md, docs/draft.md, ops.py, schema.py, agent_setups.py,
agent_check.py and the Case class); 149 requests (73 Chinese): 31 compound first requests
(15 ZH), 21 follow-ups (10 ZH), 15 questions (7 ZH), 13 negations/corrections (6 ZH), 6
chit-chat (3 ZH), 6 undo/redo (3 ZH), 57 single edits (29 ZH).

Personas: a boutique clothing shop, a marathon organiser, a kindergarten teacher, a coffee
roaster (the "shop" setups), a travel agency, a photographer delivering a client reel, an
online course creator (the "mixed" setup, walk.mp4) and a family reunion.

Labelling choices made without seeing the parser (so a miss may be the label's, not the
agent's):
- colours and size factors are never checked (the agent's hex values and factors are not
  documented), only the op and the other fields;
- a text's ``target`` / ``role`` is left unchecked when one text is meant (index or role
  name the same text);
- a format request for one setting at a time; a fade-in or fade-out is always given a
  length, so its default never matters;
- a compound request that removes a photo and sets a total length expects the removal first
  (the length asked for is the final one, as the plan orders clip changes before exact
  lengths).

First and only run, 2026-12-03 19:03 UTC, after batch 11's fixes: **140/149 = 94.0 %** (EN
72/76 = 94.7 %, ZH 68/73 = 93.2 %). No case was changed after the run.

The 9 misses, by kind: "duplicate photo 3 and make the whole thing 20 seconds" (the duplicate
was planned after the length, so the video came out longer than asked); 黑场再长一点，一秒
(also made every photo longer); 辛苦你啦; 恢复一下刚才撤掉的 (a redo); "should be 1:10 long"
(read as the ratio 1:1); 节奏再快一点嘛 (嘛 read as a question); 标题显示久一点，6秒; "way too
loud, drop it to 15%" (drop read as removing the music); "make forest.jpg the cover". All
fixed in general with new wordings in the tuned corpus; 149/149 now, and the batch is in
``test_held_out_rate``.
"""

from __future__ import annotations

from agent_corpus import Case, op

# media ids, from tests/agent_setups.py
BEACH = "med_0000000000000001"  # photo 1 (clip 0)
CITY = "med_0000000000000002"  # photo 2
DINNER = "med_0000000000000003"  # photo 3
FOREST = "med_0000000000000004"  # photo 4
HARBOR = "med_0000000000000005"  # photo 5
SUNSET = "med_0000000000000006"  # photo 6
SONG = "med_00000000000000a1"  # song.mp3, 95 s
STOREFRONT = "med_0000000000000021"  # shop photo 1
COFFEE = "med_0000000000000022"  # shop photo 2
CAKE = "med_0000000000000023"  # shop photo 3
MENU = "med_0000000000000024"  # shop photo 4
JINGLE = "med_00000000000000a2"  # jingle.mp3, 20 s
WALK = "med_00000000000000b1"  # walk.mp4, 8 s (clip 2 in the "mixed" video)

CREATE = op("create_video")

# --- compound first requests: several edits in one message ---------------------------------
COMPOUND: list[Case] = [
    # boutique clothing shop
    Case(
        "can you make an insta post out of these for our new arrivals? 4:5, 12 seconds, "
        "title 'New Arrivals'",
        [
            CREATE,
            op("set_format", aspect="4:5"),
            op("set_duration", total_ms=12000),
            op("add_text", text="New Arrivals"),
        ],
        setup="new",
    ),
    Case(
        "秋冬新款到了，这些图帮我做成竖版的视频，20秒左右，标题就写“秋冬新款”",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=20000),
            op("add_text", text="秋冬新款"),
        ],
        setup="new",
    ),
    Case(
        "square please, and add 'SALE 30% OFF' at the top",
        [op("set_format", aspect="1:1"), op("add_text", text="SALE 30% OFF", position="top")],
        setup="bare",
    ),
    Case(
        "改成4:5，每张照片2秒，所有照片推近",
        [
            op("set_format", aspect="4:5"),
            op("set_duration", clip_ms=2000),
            op("set_motion", motion="zoom_in"),
        ],
        setup="bare",
    ),
    # marathon organiser
    Case(
        "make a 30 sec reel from these, fast paced, with song.mp3",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_pace", pace="fast"),
            op("set_music", media=SONG),
            op("set_duration", total_ms=30000),
        ],
        setup="new",
    ),
    Case(
        "帮我把这些做成一个马拉松宣传视频，快节奏，结尾慢慢淡出两秒，背景音乐用song.mp3",
        [
            CREATE,
            op("set_pace", pace="fast"),
            op("set_video_fade", fade_out_ms=2000),
            op("set_music", media=SONG),
        ],
        setup="new",
    ),
    Case(
        "bump it to 60fps, fade out the music over 4 seconds and sync the cuts to the beat",
        [
            op("set_format", fps=60),
            op("edit_music", fade_out_ms=4000),
            op("beat_sync", on=True),
        ],
    ),
    Case(
        "60帧，标题换成“全程马拉松”，再来个卡点",
        [
            op("set_format", fps=60),
            op("edit_text", text="全程马拉松"),
            op("beat_sync", on=True),
        ],
    ),
    # kindergarten teacher
    Case(
        "turn these pics into a slideshow for the parents, calm pace, and put each photo's "
        "file name on it as a caption",
        [CREATE, op("set_pace", pace="calm"), op("caption_clips", texts=None)],
        setup="new",
    ),
    Case(
        "老师要做个六一儿童节的视频哈，每张照片4秒，慢节奏，开头淡入一秒",
        [
            CREATE,
            op("set_pace", pace="calm"),
            op("set_duration", clip_ms=4000),
            op("set_video_fade", fade_in_ms=1000),
        ],
        setup="new",
    ),
    Case(
        "can u add song.mp3 at half volume and caption the pics 'Painting', 'Snack time', "
        "'Nap', 'Garden', 'Music', 'Goodbye'",
        [
            op("set_music", media=SONG, volume=0.5),
            op(
                "caption_clips",
                texts=["Painting", "Snack time", "Nap", "Garden", "Music", "Goodbye"],
            ),
        ],
        setup="bare",
    ),
    Case(
        "开头从黑屏淡入两秒，音乐音量调到百分之四十，然后把标题删掉",
        [
            op("set_video_fade", fade_in_ms=2000),
            op("edit_music", volume=0.4),
            op("remove_text"),
        ],
    ),
    # coffee roaster
    Case(
        "new roast drop! make a 10 second video w/ these, jingle.mp3 at 40%",
        [CREATE, op("set_duration", total_ms=10000), op("set_music", media=JINGLE, volume=0.4)],
        setup="shopnew",
    ),
    Case(
        "用这几张图做个视频，转场用白场，每张两秒半，配上jingle.mp3",
        [
            CREATE,
            op("set_transition", type="fade_white"),
            op("set_duration", clip_ms=2500),
            op("set_music", media=JINGLE),
        ],
        setup="shopnew",
    ),
    Case(
        "make it 20 seconds and add jingle.mp3 with a 2 second fade-in",
        [op("set_duration", total_ms=20000), op("set_music", media=JINGLE, fade_in_ms=2000)],
        setup="shop",
    ),
    Case(
        "总长12秒，cake那张删掉，标题换成“新豆上市”",
        [
            op("remove_clips", clips=[2]),
            op("set_duration", total_ms=12000),
            op("edit_text", text="新豆上市"),
        ],
        setup="shop",
    ),
    Case(
        "make a roastery promo from these, 8 secs, zoom out on every photo",
        [CREATE, op("set_motion", motion="zoom_out"), op("set_duration", total_ms=8000)],
        setup="shopnew",
    ),
    # travel agency
    Case(
        "Bali package promo - make a video from these with 1 second crossfades and the title "
        "'Escape to Bali' for the first 4 seconds",
        [
            CREATE,
            op("set_transition", type="crossfade", d_ms=1000),
            op("add_text", text="Escape to Bali", d_ms=4000),
        ],
        setup="new",
    ),
    Case(
        "做个一分钟的视频，给每张照片加上文件名当字幕，音乐用song.mp3，音量百分之六十",
        [
            CREATE,
            op("set_duration", total_ms=60000),
            op("caption_clips", texts=None),
            op("set_music", media=SONG, volume=0.6),
        ],
        setup="new",
    ),
    Case(
        "swap photos 1 and 6, give each photo 2.5s, and whip pans between them",
        [
            op("swap_clips", a=0, b=5),
            op("set_transition", type="whip"),
            op("set_duration", clip_ms=2500),
        ],
        setup="bare",
    ),
    Case(
        "第五张移到最前面，转场改成向左滑动，再加个标题“海岛七日游”",
        [
            op("move_clip", clip=4, to=0),
            op("set_transition", type="slide_left"),
            op("add_text", text="海岛七日游"),
        ],
        setup="bare",
    ),
    # photographer, client reel
    Case(
        "for the client reel I need 24 fps, 1.5 second crossfades and a 2 second fade out at "
        "the very end",
        [
            op("set_format", fps=24),
            op("set_transition", type="crossfade", d_ms=1500),
            op("set_video_fade", fade_out_ms=2000),
        ],
        setup="bare",
    ),
    Case(
        "客户那边要4K，标题改成“Lin & Chen Wedding”，音乐小声一点",
        [
            op("set_format", resolution="4k"),
            op("edit_text", text="Lin & Chen Wedding"),
            op("edit_music"),
        ],
    ),
    Case(
        "remove the music, add a 2 second fade to black at the end and rename the project "
        "'Harbor Session - Final'",
        [
            op("remove_music"),
            op("set_video_fade", fade_out_ms=2000),
            op("set_project_title", title="Harbor Session - Final"),
        ],
    ),
    # online course creator
    Case(
        "make a 1:1 video from these for the course page, mute the walk clip and add the "
        "title 'Lesson 3: Posture'",
        [
            CREATE,
            op("set_format", aspect="1:1"),
            op("clip_audio", mute=True),
            op("add_text", text="Lesson 3: Posture"),
        ],
        setup="mixed",
    ),
    Case(
        "用这三个素材做个方形视频，视频原声关掉，加字幕“第一课：基础”",
        [
            CREATE,
            op("set_format", aspect="1:1"),
            op("clip_audio", mute=True),
            op("add_text", text="第一课：基础", role="caption"),
        ],
        setup="mixed",
    ),
    Case(
        "做个视频，walk.mp4从第3秒开始，原声音量调到百分之五十",
        [CREATE, op("trim_clip", clip=2, start_ms=3000), op("clip_audio", volume=0.5)],
        setup="mixed",
    ),
    # family reunion
    Case(
        "family reunion video!! vertical, song.mp3 in the background at 30%, and call it "
        "'Wang Family 2026'",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_music", media=SONG, volume=0.3),
            op("set_project_title", title="Wang Family 2026"),
        ],
        setup="new",
    ),
    Case(
        "家庭聚会的照片，帮我做成一个15秒的视频，顺序反过来，加标题“团圆”",
        [
            CREATE,
            op("reverse_clips"),
            op("set_duration", total_ms=15000),
            op("add_text", text="团圆"),
        ],
        setup="new",
    ),
    Case(
        "duplicate photo 3 and make the whole thing 20 seconds, with hard cuts",
        [
            op("duplicate_clip", clip=2),
            op("set_transition", type="cut"),
            op("set_duration", total_ms=20000),
        ],
        setup="bare",
    ),
    Case(
        "照片都别动，转场时间改成0.8秒，视频总长18秒",
        [
            op("set_motion", motion="static"),
            op("set_transition", d_ms=800),
            op("set_duration", total_ms=18000),
        ],
        setup="bare",
    ),
]

# --- follow-ups: lean on the previous turn ------------------------------------------------
FOLLOW_UPS: list[Case] = [
    Case(
        "move it to the bottom",
        [op("edit_text", position="bottom")],
        setup="bare",
        turns=["add the title 'Spring Sale'"],
    ),
    Case(
        "字再大一点",
        [op("edit_text")],
        setup="bare",
        turns=["加标题“夏季上新”"],
    ),
    Case(
        "hmm no, 2.5",
        [op("set_duration", clip_ms=2500)],
        turns=["each photo 2 seconds"],
    ),
    Case(
        "不对不对，25秒吧",
        [op("set_duration", total_ms=25000)],
        turns=["总时长改成20秒"],
    ),
    Case(
        "do that to the rest too",
        [op("set_motion", motion="zoom_in", clips=[1, 2, 3, 4, 5])],
        setup="bare",
        turns=["zoom in on photo 1"],
    ),
    Case(
        "第五张也这样",
        [op("set_motion", motion="pan_left", clips=[4])],
        setup="bare",
        turns=["第二张向左平移"],
    ),
    Case(
        "at 25% pls",
        [op("edit_music", volume=0.25)],
        setup="bare",
        turns=["add song.mp3 as background music"],
    ),
    Case(
        "再让它淡出三秒",
        [op("edit_music", fade_out_ms=3000)],
        setup="bare",
        turns=["用song.mp3当背景音乐"],
    ),
    Case(
        "wait put those back",
        [op("add_clips", media=[CITY, DINNER], at=1)],
        setup="bare",
        turns=["delete photos 2 and 3"],
    ),
    Case(
        "把刚删的那张放回来",
        [op("add_clips", media=[BEACH], at=0)],
        setup="bare",
        turns=["删掉第一张"],
    ),
    Case(
        "actually make them 0.6s",
        [op("set_transition", d_ms=600)],
        setup="bare",
        turns=["use 1 second crossfades"],
    ),
    Case(
        "再小一点",
        [op("edit_music")],
        turns=["音乐小声一点"],
    ),
    Case(
        "and put it at the top",
        [op("edit_text", position="top")],
        setup="shop",
        turns=["change the caption to '全场七折'"],
    ),
    Case(
        "它放上面吧",
        [op("edit_text", position="top")],
        setup="shop",
        turns=["加字幕“今日特价”"],
    ),
    Case(
        "mute the clip",
        [op("clip_audio", mute=True)],
        setup="mixed",
        turns=["make a video from these"],
    ),
    Case(
        "那段视频的声音关小一点，百分之二十",
        [op("clip_audio", volume=0.2)],
        setup="mixed",
        turns=["用这些做个视频"],
    ),
    Case(
        "have it pop in",
        [op("edit_text", entrance="pop")],
        setup="bare",
        turns=["add the title 'Finish Line'"],
    ),
    Case(
        "黑场再长一点，一秒",
        [op("set_transition", d_ms=1000)],
        setup="bare",
        turns=["照片之间用黑场过渡"],
    ),
    Case(
        "sorry, square actually",
        [op("set_format", aspect="1:1")],
        turns=["make it vertical"],
    ),
    Case(
        "最后一张也是",
        [op("set_duration", clip_ms=5000, clips=[5])],
        setup="bare",
        turns=["第一张5秒"],
    ),
    Case(
        "bring it back at 70%",
        [op("set_music", media=SONG, volume=0.7)],
        setup="bare",
        turns=["add song.mp3 as bgm", "remove the music"],
    ),
]

# --- questions about the current draft: answered, never an edit ---------------------------
QUESTIONS: list[Case] = [
    Case("is there music on this?", [], intent="answer"),
    Case("现在是竖屏还是横屏啊", [], intent="answer"),
    Case("how long is it rn?", [], setup="shop", intent="answer"),
    Case("现在字幕写的是啥？", [], setup="shop", intent="answer"),
    Case("how many pics are in there", [], setup="bare", intent="answer"),
    Case("现在帧率多少哈", [], setup="bare", intent="answer"),
    Case("what's the music volume at?", [], intent="answer"),
    Case("有标题吗？", [], intent="answer"),
    Case(
        "is the walk clip muted?",
        [],
        setup="mixed",
        turns=["make a video from these"],
        intent="answer",
    ),
    Case("这个视频分辨率是多少", [], setup="shop", intent="answer"),
    Case("what's the title text again?", [], intent="answer"),
    Case("一共几张照片呀", [], setup="bare", intent="answer"),
    Case("is this already 9:16?", [], setup="shop", intent="answer"),
    Case("背景音乐用的是哪首？", [], intent="answer"),
    Case("what transitions are on it now?", [], setup="bare", intent="answer"),
]

# --- negations and corrections -------------------------------------------------------------
NEGATIONS: list[Case] = [
    Case("don't add any music, just make it 9:16", [op("set_format", aspect="9:16")], setup="bare"),
    Case("不要转场了，直接切", [op("set_transition", type="cut")], setup="bare"),
    Case("no music on this one", [op("remove_music")]),
    Case("第一张别动了", [op("set_motion", motion="static", clips=[0])]),
    Case("please don't crop anything", [op("set_fit", fit="blur")], setup="bare"),
    Case("音乐结尾不要淡出", [op("edit_music", fade_out_ms=0)]),
    Case("actually, let's go with 22 seconds", [op("set_duration", total_ms=22000)]),
    Case("不是横屏，我要方形的", [op("set_format", aspect="1:1")], setup="bare"),
    Case("no title please, just keep the caption", [op("remove_text")], setup="shop"),
    Case("别加字幕，快节奏就行", [op("set_pace", pace="fast")], setup="bare"),
    Case(
        "wait not 12 — 16",
        [op("set_duration", total_ms=16000)],
        turns=["make it 12 seconds"],
    ),
    Case("不要黑边，填满画面", [op("set_fit", fit="crop")]),
    Case("no transitions between the photos pls", [op("set_transition", type="cut")], setup="shop"),
]

# --- chit-chat -----------------------------------------------------------------------------
CHITCHAT: list[Case] = [
    Case("perfect, the client's gonna love this", [], intent="chitchat"),
    Case("谢谢啦，辛苦辛苦", [], intent="chitchat"),
    Case("awesome thank u!!", [], setup="shop", intent="chitchat"),
    Case("棒棒哒👍", [], setup="bare", intent="chitchat"),
    Case("nice, that's exactly what I wanted", [], setup="bare", intent="chitchat"),
    Case("好嘞，辛苦你啦", [], setup="shop", intent="chitchat"),
]

# --- undo / redo ---------------------------------------------------------------------------
HISTORY: list[Case] = [
    Case("nah undo that", [], turns=["make it 9:16"], intent="undo"),
    Case("撤回一下", [], turns=["删掉标题"], intent="undo"),
    Case(
        "go back one step",
        [],
        setup="bare",
        turns=["add the title 'Race Day'", "make the title bigger"],
        intent="undo",
    ),
    Case("恢复一下刚才撤掉的", [], setup="bare", turns=["改成方形", "撤销"], intent="redo"),
    Case("redo pls", [], turns=["remove the music", "undo"], intent="redo"),
    Case("刚才那步不要了，退回去", [], setup="shop", turns=["总时长改成20秒"], intent="undo"),
]

# --- single edits across the areas ---------------------------------------------------------
SINGLES: list[Case] = [
    # total length
    Case(
        "can we stretch it to forty-five seconds?",
        [op("set_duration", total_ms=45000)],
        setup="bare",
    ),
    Case("整个视频拉到一分半吧", [op("set_duration", total_ms=90000)], setup="bare"),
    Case("the video should be 1:10 long", [op("set_duration", total_ms=70000)]),
    # per photo
    Case("each pic 1.5 sec", [op("set_duration", clip_ms=1500)], setup="bare"),
    Case(
        "make the menu one 5 seconds", [op("set_duration", clip_ms=5000, clips=[3])], setup="shop"
    ),
    Case("第二张延长到6秒", [op("set_duration", clip_ms=6000, clips=[1])], setup="bare"),
    Case("最后两张每张一秒", [op("set_duration", clip_ms=1000, clips=[4, 5])], setup="bare"),
    # pace
    Case("节奏再快一点嘛", [op("scale_duration", factor=0.75)]),
    Case("calm pace please", [op("set_pace", pace="calm")], setup="bare"),
    # format, resolution, fps
    Case("9:16 pls", [op("set_format", aspect="9:16")], setup="bare"),
    Case("要发小红书，比例改一下", [op("set_format", aspect="9:16")], setup="bare"),
    Case(
        "gonna post it to the Instagram feed, 4:5 please",
        [op("set_format", aspect="4:5")],
        setup="bare",
    ),
    Case("分辨率降到720p", [op("set_format", resolution="720p")]),
    # fit
    Case("照片上下加黑边，别裁", [op("set_fit", fit="pad")], setup="shop"),
    # motion
    Case("ken burns on everything", [op("set_motion", motion="drift")], setup="bare"),
    Case("第三张给个拉远的效果", [op("set_motion", motion="zoom_out", clips=[2])], setup="bare"),
    Case(
        "pan right on the harbor shot",
        [op("set_motion", motion="pan_right", clips=[4])],
        setup="bare",
    ),
    Case("keep the camera on people's faces", [op("set_motion", focus="face")]),
    # transitions
    Case("转场全部换成闪白", [op("set_transition", type="fade_white")], setup="bare"),
    Case(
        "wipe left between 4 and 5",
        [op("set_transition", type="wipe_left", clips=[4])],
        setup="bare",
    ),
    Case(
        "第二张和第三张之间不要转场",
        [op("set_transition", type="cut", clips=[2])],
        setup="bare",
    ),
    # add text
    Case(
        "add a caption 'Booking code BALI26' at the bottom",
        [op("add_text", text="Booking code BALI26", role="caption", position="bottom")],
        setup="bare",
    ),
    Case(
        "字幕“冲刺”从第5秒开始出现",
        [op("add_text", text="冲刺", role="caption", st_ms=5000)],
        setup="bare",
    ),
    Case(
        "add the text 'Thank you for coming' for the last 3 seconds",
        [op("add_text", text="Thank you for coming", st_ms=12500, d_ms=3000)],
        setup="bare",
    ),
    Case("加个标题：欢迎来到向日葵班", [op("add_text", text="欢迎来到向日葵班")], setup="bare"),
    # change text
    Case(
        "change 'Grand Opening' to 'Now Roasting'",
        [op("edit_text", text="Now Roasting")],
        setup="shop",
    ),
    Case("标题放到左上角", [op("edit_text", position="top_left")]),
    Case(
        "title should start at 4s and end at 8s",
        [op("edit_text", st_ms=4000, d_ms=4000)],
    ),
    Case("字幕改成描边的", [op("edit_text", style="outline")], setup="shop"),
    Case("标题显示久一点，6秒", [op("edit_text", d_ms=6000)]),
    # caption each photo
    Case(
        "caption them 'Our shop', 'Pour over', 'Fresh cake', 'Menu'",
        [op("caption_clips", texts=["Our shop", "Pour over", "Fresh cake", "Menu"])],
        setup="shop",
    ),
    # remove text
    Case("把“全场八折”那行删了", [op("remove_text")], setup="shop"),
    # music
    Case(
        "背景音乐就放song.mp3吧，音量20%",
        [op("set_music", media=SONG, volume=0.2)],
        setup="bare",
    ),
    Case("music's way too loud, drop it to 15%", [op("edit_music", volume=0.15)]),
    Case("背景音乐从45秒的地方开始", [op("edit_music", start_ms=45000)]),
    Case("add the jingle as background music", [op("set_music", media=JINGLE)], setup="shop"),
    Case("音乐淡入改成两秒半", [op("edit_music", fade_in_ms=2500)]),
    # beat sync
    Case("make the cuts land on every beat", [op("beat_sync", on=True, every=1)]),
    Case("每四拍换一张照片", [op("beat_sync", on=True, every=4)]),
    # whole-video fades
    Case("片尾渐隐到黑，3秒", [op("set_video_fade", fade_out_ms=3000)], setup="bare"),
    Case("start it from black, 2s", [op("set_video_fade", fade_in_ms=2000)], setup="bare"),
    # video clips
    Case(
        "walk.mp4剪掉前1.5秒",
        [op("trim_clip", clip=2, start_ms=1500)],
        setup="mixed",
        turns=["用这些做个视频"],
    ),
    Case(
        "make the walk clip 5 seconds",
        [op("set_duration", clip_ms=5000, clips=[2])],
        setup="mixed",
        turns=["make a video from these"],
    ),
    # clip order, removal, duplicates
    Case("move sunset to the front", [op("move_clip", clip=5, to=0)], setup="bare"),
    Case("把第2张和第5张换一下", [op("swap_clips", a=1, b=4)], setup="bare"),
    Case("get rid of photos 3 to 5", [op("remove_clips", clips=[2, 3, 4])], setup="bare"),
    Case("把city那张复制一份", [op("duplicate_clip", clip=1)], setup="bare"),
    Case("sort them alphabetically", [op("reorder_clips", order=[2, 1, 3, 0])], setup="shop"),
    Case("顺序改成6、5、4、1、2、3", [op("reorder_clips", order=[5, 4, 3, 0, 1, 2])], setup="bare"),
    Case("删掉倒数第三张", [op("remove_clips", clips=[3])], setup="bare"),
    Case("make forest.jpg the cover", [op("move_clip", clip=3, to=0)], setup="bare"),
    # project name
    Case("项目名字改成“小葵班期末汇报”", [op("set_project_title", title="小葵班期末汇报")]),
    # photos named by content the agent cannot see
    Case("move the photo with grandma in it to the start", [], setup="bare"),
    Case("把那张有蛋糕的放最后", [], setup="bare"),
    Case(
        "make it 9:16 and put the group photo first",
        [op("set_format", aspect="9:16")],
        setup="bare",
    ),
    # offline limits
    Case("can you add a voiceover reading the course intro?", []),
    Case("帮我加个滤镜，复古一点", []),
]

HELD_OUT_12: list[Case] = [
    *COMPOUND,
    *FOLLOW_UPS,
    *QUESTIONS,
    *NEGATIONS,
    *CHITCHAT,
    *HISTORY,
    *SINGLES,
]

if __name__ == "__main__":
    from agent_check import report

    report(HELD_OUT_12)
