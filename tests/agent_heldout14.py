"""Held-out batch 14 for the local agent: written blind, run once, not yet tuned on.

Written 2026-12-04 without reading the parser, its vocabulary, the replies or the earlier
batches (only docs/agent.md, docs/draft.md, ops.py, schema.py, agent_setups.py,
agent_check.py, the head of agent_heldout13.py for the format and the Case class); 143
requests (72 Chinese): 28 compound first requests, 20 follow-ups (turns), 14 questions, 15
negations/corrections, 6 chit-chat, 6 undo/redo, 51 single edits across format, length, pace,
motion, fit, transitions, text, music, beat, fades, project name and clips, and 3 requests
that cannot be done offline.

First and only run, 2026-12-04 18:33 UTC: **132/143 = 92.3 %** (EN 68/71 = 95.8 %, ZH
64/72 = 88.9 %). Nothing in this file was changed before or after the run (no crash, no
field-name error); only this docstring was written afterwards.

The 11 misses:
- "Make a 4:5 post, 3.5 seconds a photo, title “Open House” at the top": "3.5 seconds a
  photo" became a 3.5 s video (`total_ms` 3500) instead of 3.5 s per photo.
- 把照片做成方形视频，每张两秒，不要转场，加字幕「第一次来东京」: the agent planned the cuts
  before the 2 s per photo (the documented order: a transition type with no length goes
  first, so each photo really is 2 s); the case lists them as said, and the checker wants
  that order because it makes another video. Most likely the label is what's wrong, not the agent.
- 做一个竖版视频 每张照片3秒半 加上背景音乐: 3秒半 written with a digit was read as 3 s.
- 最后一张也要 after 第一张照片5秒: not understood (same-for-named with 也要).
- 配乐加了没有？ (shop, no music yet): a question, but it added jingle.mp3 as music.
- 标题写的什么来着: not understood (来着 question wording), not answered.
- "and undo the one before that too" after an undo: not understood.
- 帮我生成一段人物走路的视频 (draft): rebuilt the video from the uploads (create_video)
  instead of saying new footage cannot be made offline.
- "fill the whole screen, I don't mind cropping": the "don't" made it blur fill (the
  opposite), and the rest was not understood.
- 头两张各一秒: became a 1 s video (`total_ms` 1000) instead of 1 s for photos 1 and 2.
- 删掉倒数两张: asked which clip instead of removing the last two photos.
"""

from __future__ import annotations

from agent_corpus import Case, op

# media ids, from tests/agent_setups.py
BEACH = "med_0000000000000001"
CITY = "med_0000000000000002"
DINNER = "med_0000000000000003"
FOREST = "med_0000000000000004"
HARBOR = "med_0000000000000005"
SUNSET = "med_0000000000000006"
SONG = "med_00000000000000a1"
STOREFRONT = "med_0000000000000021"
COFFEE = "med_0000000000000022"
CAKE = "med_0000000000000023"
MENU = "med_0000000000000024"
JINGLE = "med_00000000000000a2"
WALK = "med_00000000000000b1"

REST = [1, 2, 3, 4, 5]  # every photo but the first, in the six-photo drafts
CREATE = op("create_video")

HELD_OUT_14: list[Case] = [
    # ── compound first requests (English) ─────────────────────────────────────────────
    Case(
        "hey, could you make a 20 sec vertical clip out of these pics, slow paced, with "
        "the title 'Lisbon Diaries'?",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_pace", pace="calm"),
            op("set_duration", total_ms=20000),
            op("add_text", text="Lisbon Diaries", role="title"),
        ],
        setup="new",
    ),
    Case(
        "Need a square Instagram post from my shop photos — 12 seconds, hard cuts, and put "
        "'Now Open' as the title",
        [
            CREATE,
            op("set_format", aspect="1:1"),
            op("set_duration", total_ms=12000),
            op("set_transition", type="cut"),
            op("add_text", text="Now Open", role="title"),
        ],
        setup="shopnew",
    ),
    Case(
        "turn these into a TikTok, 2 seconds each photo, cut to the beat of song.mp3",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", clip_ms=2000, clips=None),
            op("set_music", media=SONG),
            op("beat_sync", on=True),
        ],
        setup="new",
    ),
    Case(
        "make a 4K video with ken burns on every photo",
        [CREATE, op("set_format", resolution="4k"), op("set_motion", motion="drift", clips=None)],
        setup="new",
    ),
    Case(
        "Can u make a 15s reel w/ my song and a big title “Road Trip!!”",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("set_music", media=SONG),
            op("add_text", text="Road Trip!!", role="title"),
        ],
        setup="new",
    ),
    Case(
        "I want a calm 30-second slideshow, dip to white between the photos, and song.mp3 at 40%",
        [
            CREATE,
            op("set_pace", pace="calm"),
            op("set_duration", total_ms=30000),
            op("set_transition", type="fade_white"),
            op("set_music", media=SONG, volume=0.4),
        ],
        setup="new",
    ),
    Case(
        "Make a travel video: start with the sunset photo, 18 seconds total, no motion on "
        "the photos",
        [
            CREATE,
            op("move_clip", clip=5, to=0),
            op("set_duration", total_ms=18000),
            op("set_motion", motion="static", clips=None),
        ],
        setup="new",
    ),
    Case(
        "make a vertical video with the photos in reverse order, each one 2.5 seconds",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("reverse_clips"),
            op("set_duration", clip_ms=2500, clips=None),
        ],
        setup="new",
    ),
    Case(
        "Create a 25 second video for YouTube Shorts, whip pans between photos and a caption "
        "'link in bio'",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=25000),
            op("set_transition", type="whip"),
            op("add_text", text="link in bio", role="caption"),
        ],
        setup="new",
    ),
    Case(
        "1 minute video please, fast pace, with music",
        [
            CREATE,
            op("set_pace", pace="fast"),
            op("set_duration", total_ms=60000),
            op("set_music", media=SONG),
        ],
        setup="new",
    ),
    Case(
        "make a 10 second promo from the shop pics with the jingle at half volume, and end "
        "it with a fade to black",
        [
            CREATE,
            op("set_duration", total_ms=10000),
            op("set_music", media=JINGLE, volume=0.5),
            op("set_video_fade", fade_out_ms=1000),
        ],
        setup="shopnew",
    ),
    Case(
        "Make a 4:5 post, 3.5 seconds a photo, title “Open House” at the top",
        [
            CREATE,
            op("set_format", aspect="4:5"),
            op("set_duration", clip_ms=3500, clips=None),
            op("add_text", text="Open House", role="title", position="top"),
        ],
        setup="new",
    ),
    Case(
        "slideshow of everything, 20s, zoom in on the first photo and pan right on the last one",
        [
            CREATE,
            op("set_duration", total_ms=20000),
            op("set_motion", motion="zoom_in", clips=[0]),
            op("set_motion", motion="pan_right", clips=[5]),
        ],
        setup="new",
    ),
    Case(
        "make a vertical video with these, mute walk.mp4, title 'Weekend'",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("clip_audio", mute=True),
            op("add_text", text="Weekend", role="title"),
        ],
        setup="mixed",
    ),
    # ── compound first requests (Chinese) ─────────────────────────────────────────────
    Case(
        "帮我把这些照片做成一个15秒的抖音视频，加上背景音乐，标题写“周末去海边”",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("set_music", media=SONG),
            op("add_text", text="周末去海边", role="title"),
        ],
        setup="new",
    ),
    Case(
        "做个横屏的店铺宣传片，20秒，转场用黑场，结尾淡出",
        [
            CREATE,
            op("set_format", aspect="16:9"),
            op("set_duration", total_ms=20000),
            op("set_transition", type="fade_black"),
            op("set_video_fade", fade_out_ms=1000),
        ],
        setup="shopnew",
    ),
    Case(
        "做一个30秒的慢节奏视频，每张照片都加肯伯恩斯效果，配上song.mp3，音量百分之五十",
        [
            CREATE,
            op("set_pace", pace="calm"),
            op("set_duration", total_ms=30000),
            op("set_motion", motion="drift", clips=None),
            op("set_music", media=SONG, volume=0.5),
        ],
        setup="new",
    ),
    Case(
        "把照片做成方形视频，每张两秒，不要转场，加字幕「第一次来东京」",
        [
            CREATE,
            op("set_format", aspect="1:1"),
            op("set_duration", clip_ms=2000, clips=None),
            op("set_transition", type="cut"),
            op("add_text", text="第一次来东京", role="caption"),
        ],
        setup="new",
    ),
    Case(
        "卡点视频，竖屏，每两拍切一次",
        [
            CREATE,
            op("set_music", media=SONG),
            op("beat_sync", on=True, every=2),
            op("set_format", aspect="9:16"),
        ],
        setup="new",
    ),
    Case(
        "帮我做个小红书视频，12秒，第一张慢慢推近，最后一张拉远",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=12000),
            op("set_motion", motion="zoom_in", clips=[0]),
            op("set_motion", motion="zoom_out", clips=[5]),
        ],
        setup="new",
    ),
    Case(
        "用店里的照片做个12秒视频，加上jingle.mp3，标题“新品上市”，用白场过渡",
        [
            CREATE,
            op("set_duration", total_ms=12000),
            op("set_music", media=JINGLE),
            op("add_text", text="新品上市", role="title"),
            op("set_transition", type="fade_white"),
        ],
        setup="shopnew",
    ),
    Case(
        "做一个一分钟的视频，开头淡入，快节奏，配上音乐",
        [
            CREATE,
            op("set_video_fade", fade_in_ms=1000),
            op("set_pace", pace="fast"),
            op("set_duration", total_ms=60000),
            op("set_music", media=SONG),
        ],
        setup="new",
    ),
    Case(
        "照片做成视频，总共18秒，顺序反过来，转场用向左滑动",
        [
            CREATE,
            op("set_duration", total_ms=18000),
            op("reverse_clips"),
            op("set_transition", type="slide_left"),
        ],
        setup="new",
    ),
    Case(
        "做一个竖版视频 每张照片3秒半 加上背景音乐",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", clip_ms=3500, clips=None),
            op("set_music", media=SONG),
        ],
        setup="new",
    ),
    Case(
        "用这两张照片和walk.mp4做个视频，视频原声静音，加标题“城市漫步”",
        [CREATE, op("clip_audio", mute=True), op("add_text", text="城市漫步", role="title")],
        setup="mixed",
    ),
    Case(
        "帮我做个视频,20s,照片之间快速甩镜,每张都不要动",
        [
            CREATE,
            op("set_duration", total_ms=20000),
            op("set_transition", type="whip"),
            op("set_motion", motion="static", clips=None),
        ],
        setup="new",
    ),
    Case(
        "帮我做一个十五秒的树屏视频，加个标题“开业大吉”",  # 树屏: an IME slip for 竖屏
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("add_text", text="开业大吉", role="title"),
        ],
        setup="new",
    ),
    Case(
        "make个vlog，9:16，用song.mp3当BGM，每张1.5秒",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_music", media=SONG),
            op("set_duration", clip_ms=1500, clips=None),
        ],
        setup="new",
    ),
    # ── follow-ups (English) ──────────────────────────────────────────────────────────
    Case(
        "now make it vertical and 20 seconds",
        [op("set_format", aspect="9:16"), op("set_duration", total_ms=20000)],
        setup="new",
        turns=["make a video from these"],
    ),
    Case(
        "keep it low, like 30%",
        [op("edit_music", volume=0.3)],
        setup="bare",
        turns=["add song.mp3 as background music"],
    ),
    Case(
        "do that to the rest too",
        [op("set_motion", motion="zoom_in", clips=REST)],
        turns=["zoom in on the first photo"],
    ),
    Case(
        "and photo 5 as well",
        [op("set_motion", motion="pan_left", clips=[4])],
        turns=["pan left on photo 2"],
    ),
    Case(
        "hmm actually put those back",
        [op("add_clips", media=[CITY, DINNER], at=1)],
        turns=["delete photos 2 and 3"],
    ),
    Case(
        "hmm put that up top instead",
        [op("edit_text", role="caption", position="top")],
        turns=["add a caption 'Day one' at the bottom"],
    ),
    Case(
        "make those a full second long",
        [op("set_transition", d_ms=1000)],
        turns=["use fade to black between the photos"],
    ),
    Case(
        "and let it fade out slowly over 3 secs",
        [op("edit_music", fade_out_ms=3000)],
        setup="shop",
        turns=["add the jingle"],
    ),
    Case(
        "wait I want it back, but at half the volume",
        [op("set_music", media=SONG, volume=0.5)],
        turns=["remove the music"],
    ),
    Case(
        "and add the title 'Spring Menu' for the first 4 seconds",
        [op("add_text", text="Spring Menu", role="title", d_ms=4000)],
        setup="new",
        turns=["make a 15 second video"],
    ),
    # ── follow-ups (Chinese) ──────────────────────────────────────────────────────────
    Case(
        "改成方形的，再加个标题“旅行日记”",
        [op("set_format", aspect="1:1"), op("add_text", text="旅行日记", role="title")],
        setup="new",
        turns=["把这些照片做成视频"],
    ),
    Case(
        "其他的也一样",
        [op("set_motion", motion="zoom_in", clips=[0, 2, 3, 4, 5])],
        turns=["第二张推近"],
    ),
    Case(
        "第四张也这样",
        [op("set_motion", motion="pan_right", clips=[3])],
        turns=["第一张向右平移"],
    ),
    Case(
        "把它加回来",
        [op("add_clips", media=[DINNER], at=2)],
        turns=["删掉第三张"],
    ),
    Case(
        "音量调到百分之四十",
        [op("edit_music", volume=0.4)],
        setup="shop",
        turns=["加上jingle.mp3做背景音乐"],
    ),
    Case(
        "放到顶部",
        [op("edit_text", target=0, position="top")],
        setup="bare",
        turns=["加标题“出发啦”"],
    ),
    Case(
        "它们都改成1秒",
        [op("set_transition", d_ms=1000)],
        setup="bare",
        turns=["转场用黑场"],
    ),
    Case(
        "把刚删的那张加回去",
        [op("add_clips", media=[SUNSET], at=5)],
        turns=["删除最后一张"],
    ),
    Case(
        "最后一张也要",
        [op("set_duration", clip_ms=5000, clips=[5])],
        setup="bare",
        turns=["第一张照片5秒"],
    ),
    Case(
        "再大一点",
        [op("edit_text", target=0, text=None)],
        setup="shop",
        turns=["把标题改成“Grand Opening Sale”"],
    ),
    # ── questions (answered, never an edit) ───────────────────────────────────────────
    Case("how long's the video rn?", [], intent="answer"),
    Case("does it have music?", [], intent="answer"),
    Case("what's the title text again?", [], setup="shop", intent="answer"),
    Case("how many photos are in it?", [], intent="answer"),
    Case("is this in portrait mode?", [], intent="answer"),
    Case("what fps is it at?", [], intent="answer"),
    Case("how loud is the music?", [], intent="answer"),
    Case("现在视频多长了？", [], intent="answer"),
    Case("配乐加了没有？", [], setup="shop", intent="answer"),
    Case("现在是横的还是竖的？", [], intent="answer"),
    Case("里面有几张图片", [], intent="answer"),
    Case("标题写的什么来着", [], setup="shop", intent="answer"),
    Case("分辨率多少啊", [], intent="answer"),
    Case("转场是什么效果？", [], intent="answer"),
    # ── negations and corrections ─────────────────────────────────────────────────────
    Case("no, I meant 1:1", [op("set_format", aspect="1:1")], turns=["make it 9:16"]),
    Case(
        "wait, not 12, 16",
        [op("set_duration", total_ms=16000)],
        setup="bare",
        turns=["make it 12 seconds"],
    ),
    Case("no zooming on the first photo", [op("set_motion", motion="static", clips=[0])]),
    Case(
        "make a 10 second video, no music, no transitions",
        [CREATE, op("set_duration", total_ms=10000), op("set_transition", type="cut")],
        setup="new",
    ),
    Case("the photos shouldn't be cropped", [op("set_fit", fit="blur")]),
    Case(
        "actually make it 25 seconds",
        [op("set_duration", total_ms=25000)],
        turns=["make it 20 seconds"],
    ),
    Case("no text on it please", [op("remove_text", target=None, role=None)]),
    Case("不是，我要方形的", [op("set_format", aspect="1:1")], turns=["改成竖屏"]),
    Case(
        "不是12秒，是20秒",
        [op("set_duration", total_ms=20000)],
        setup="bare",
        turns=["总时长改成12秒"],
    ),
    Case("第三张不要动", [op("set_motion", motion="static", clips=[2])]),
    Case("音乐不要淡出", [op("edit_music", fade_out_ms=0)]),
    Case("做个视频，不要音乐，也别加标题", [CREATE], setup="new"),
    Case("不要裁剪，用黑边", [op("set_fit", fit="pad")]),
    Case(
        "不对，我说的是每张3秒",
        [op("set_duration", clip_ms=3000, clips=None)],
        setup="bare",
        turns=["每张照片2秒"],
    ),
    Case("不要卡点了", [op("beat_sync", on=False)], turns=["卡点"]),
    # ── chit-chat ─────────────────────────────────────────────────────────────────────
    Case("cheers, that's spot on", [], intent="chitchat"),
    Case("omg love it 😍😍", [], intent="chitchat"),
    Case("alright cool", [], intent="chitchat"),
    Case("谢谢你呀", [], intent="chitchat"),
    Case("做得不错👍", [], intent="chitchat"),
    Case("棒棒哒～", [], intent="chitchat"),
    # ── undo / redo ───────────────────────────────────────────────────────────────────
    Case("nope, revert that", [], turns=["make it 9:16"], intent="undo"),
    Case(
        "and undo the one before that too",
        [],
        turns=["make it square", "make it 30 seconds", "undo"],
        intent="undo",
    ),
    Case("actually redo that", [], turns=["make it square", "undo"], intent="redo"),
    Case("撤回一下", [], turns=["删掉第二张"], intent="undo"),
    Case("返回上一步", [], setup="bare", turns=["加标题“你好”"], intent="undo"),
    Case("刚才撤销的恢复一下", [], turns=["改成竖屏", "撤销"], intent="redo"),
    # ── cannot be done offline (named as not done) ────────────────────────────────────
    Case(
        "make it vertical and also generate some extra footage of the beach",
        [op("set_format", aspect="9:16")],
        notes=["offline.footage"],
    ),
    Case("can you animate the people in the photos so they wave?", [], notes=["offline.footage"]),
    Case("帮我生成一段人物走路的视频", [], notes=["offline.footage"]),
    # ── single edits (English) ────────────────────────────────────────────────────────
    Case("can we do 4:5 for the insta feed?", [op("set_format", aspect="4:5")]),
    Case("bump it up to 4k", [op("set_format", resolution="4k")]),
    Case("make the whole thing 45 secs long", [op("set_duration", total_ms=45000)]),
    Case(
        "each picture should stay on screen for 4 seconds",
        [op("set_duration", clip_ms=4000, clips=None)],
    ),
    Case("make the last photo a bit longer", [op("scale_duration", clips=[5])]),
    Case("speed it up a lil", [op("scale_duration", clips=None)]),
    Case("give it a chill, relaxed vibe", [op("set_pace", pace="calm")]),
    Case("slow zoom out on the harbor pic", [op("set_motion", motion="zoom_out", clips=[4])]),
    Case("fill the whole screen, I don't mind cropping", [op("set_fit", fit="crop")]),
    Case("swtich to hard cuts", [op("set_transition", type="cut")]),
    Case(
        "wipe to the right between photos 3 and 4",
        [op("set_transition", type="wipe_right", clips=[3])],
    ),
    Case(
        "put 'Best of 2026' as the title",
        [op("add_text", text="Best of 2026", role="title")],
        setup="bare",
    ),
    Case("title should pop in", [op("edit_text", target=0, entrance="pop")]),
    Case("keep the tittle up for 6 secs", [op("edit_text", target=0, d_ms=6000)]),
    Case(
        "make the title our brand colour #E63946",
        [op("edit_text", target=0, color="#E63946")],
        setup="shop",
    ),
    Case("throw song.mp3 on as the soundtrack", [op("set_music", media=SONG)], setup="bare"),
    Case("start the song from 1:05", [op("edit_music", start_ms=65000)]),
    Case("sync the photo changes to the beat", [op("beat_sync", on=True)]),
    Case(
        "fade in from black at the beginning, 2 seconds",
        [op("set_video_fade", fade_in_ms=2000)],
    ),
    Case("remove the fade at the end of the video", [op("set_video_fade", fade_out_ms=0)]),
    Case("name the project “Kyoto Spring”", [op("set_project_title", title="Kyoto Spring")]),
    Case("get rid of the dinner pic", [op("remove_clips", clips=[2])]),
    Case("put the forest one right after the beach", [op("move_clip", clip=3, to=1)]),
    Case(
        "rearrange them as 6, 5, 4, 1, 2, 3",
        [op("reorder_clips", order=[5, 4, 3, 0, 1, 2])],
    ),
    Case("duplicate the sunset shot", [op("duplicate_clip", clip=5)]),
    # ── single edits (Chinese) ────────────────────────────────────────────────────────
    Case("帮我换成竖版的", [op("set_format", aspect="9:16")]),
    Case("改成24帧", [op("set_format", fps=24)]),
    Case("视频总长控制在半分钟", [op("set_duration", total_ms=30000)]),
    Case("头两张各一秒", [op("set_duration", clip_ms=1000, clips=[0, 1])]),
    Case("把第一张延长到5秒", [op("set_duration", clip_ms=5000, clips=[0])], setup="shop"),
    Case("节奏放慢一点", [op("scale_duration", clips=None)]),
    Case("所有照片都来点肯伯恩斯", [op("set_motion", motion="drift", clips=None)]),
    Case("第二张对准人脸", [op("set_motion", focus="face", clips=[1])]),
    Case("两边留黑边就行", [op("set_fit", fit="pad")]),
    Case("专场用黑场", [op("set_transition", type="fade_black")]),  # 专场: a slip for 转场
    Case("用向上推的转场", [op("set_transition", type="push_up")]),
    Case("转场时间改成0.8秒", [op("set_transition", d_ms=800, clips=None)]),
    Case("标题换成“夏日限定”", [op("edit_text", target=0, text="夏日限定")]),
    Case("字幕挪到顶部", [op("edit_text", role="caption", position="top")], setup="shop"),
    Case("在结尾加上文字“感谢观看”", [op("add_text", text="感谢观看")], setup="bare"),
    Case("每张图下面标上它的文件名", [op("caption_clips", texts=None)], setup="bare"),
    Case("背景因乐音量调到60%", [op("edit_music", volume=0.6)]),  # 因乐: a slip for 音乐
    Case("每小节换一张", [op("beat_sync", on=True, every=4)]),
    Case("结尾慢慢黑下去", [op("set_video_fade", fade_out_ms=1000)]),
    Case("项目名字改成“三亚五日游”", [op("set_project_title", title="三亚五日游")]),
    Case("把海边那张放到最后", [op("move_clip", clip=0, to=5)]),
    Case("第四张复制一份", [op("duplicate_clip", clip=3)]),
    Case("删掉倒数两张", [op("remove_clips", clips=[4, 5])]),
    Case("把城市那张删了", [op("remove_clips", clips=[1])]),
    Case("把title改成“Summer Sale”", [op("edit_text", target=0, text="Summer Sale")]),
    Case("music小声一点", [op("edit_music")]),
]


def report() -> None:
    """Run the batch through the shared checker and print the rates and every miss."""
    from agent_check import report as _report

    _report(HELD_OUT_14)


if __name__ == "__main__":
    report()
