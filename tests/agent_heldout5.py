"""Held-out batch 5 for the local agent: written blind, run once, never tuned on.

Written 2026-12-03 without reading the parser, its vocabulary or the earlier batches; 166
requests (81 Chinese or mixed Chinese/English): creating, length, per-photo length, pace,
format, motion, transitions, titles and captions, music, whole-video fades, clip edits,
undo/redo, questions, chit-chat, negations, compound requests and multi-turn follow-ups.
First and only run: 143/166 = 86.1 % (EN 72/85 = 84.7 %, ZH 71/81 = 87.7 %).
The 23 misses: 12 did nothing and said so or asked (chit-chat 谢谢啦/太好看了吧/辛苦啦/"thx
a lot!!", undo wordings "oops, undo pls"/"revert the last change"/"ctrl+z", "for youtube,
fix the format", file-name captions, "bring it back at 30%", "put those two back", and "the
first pic shouldn't move", which arguably could also mean "keep it in place"); 6 made a
wrong edit ("fade thru black" → crossfade, 片尾慢慢黑掉3秒 → 3 s total, 前两秒剪掉 → clip
2 s long, "undo one more time" → slower, 恢复刚才撤销的操作 → undo instead of redo,
标题显示到第6秒 → title starting at 6 s); 3 did only part (a 10 s promo lost its length,
音量开一半 lost its volume, "start from scratch" also rebuilt the video from the uploads);
2 had the right ops in a different order than expected (compound requests).
No case was changed after the run.

After that run the misses were fixed in general (new wordings of each kind in the tuned
corpus, tests/agent_corpus.py), and the batch joined the held-out rate check in
tests/test_agent_corpus.py: 165/166 now. The two order-only misses pass because the checker
accepts the planned ops in another order when that makes the identical draft (the agent
plans a transition type before the pace, and a change to the clip list before exact
lengths). Left failing: "put those two back" — the agent puts back exactly city.jpg and
dinner.jpg, as one add_clips per photo; this case expects one op with both, while held-out
batch 1 expects one op per photo for the same request, so both cannot pass.
``PYTHONPATH=.:tests python3 tests/agent_heldout5.py`` prints the rate and the misses.
"""

from __future__ import annotations

from agent_corpus import Case, op

# media ids as in agent_setups.py
BEACH = "med_0000000000000001"
CITY = "med_0000000000000002"
DINNER = "med_0000000000000003"
FOREST = "med_0000000000000004"
HARBOR = "med_0000000000000005"
SUNSET = "med_0000000000000006"
SIX = [BEACH, CITY, DINNER, FOREST, HARBOR, SUNSET]
SONG = "med_00000000000000a1"
WALK = "med_00000000000000b1"
MIXED3 = [BEACH, CITY, WALK]
STOREFRONT = "med_0000000000000021"
COFFEE = "med_0000000000000022"
CAKE = "med_0000000000000023"
MENU = "med_0000000000000024"
SHOP4 = [STOREFRONT, COFFEE, CAKE, MENU]
JINGLE = "med_00000000000000a2"

ANSWER = "answer"
CHAT = "chitchat"
UNDO = "undo"
REDO = "redo"
MAKE = "make a video from these"  # an earlier turn for the "mixed" setup

HELD_OUT_5: list[Case] = [
    # ---- creating a video -------------------------------------------------------------
    Case("turn these pics into a video pls", [op("create_video", media=SIX)], "new"),
    Case(
        "make me a tiktok with these photos 😊",
        [op("create_video", media=SIX), op("set_format", aspect="9:16")],
        "new",
    ),
    Case(
        "make a square video for my feed, 12 seconds",
        [
            op("create_video", media=SIX),
            op("set_format", aspect="1:1"),
            op("set_duration", total_ms=12000),
        ],
        "new",
    ),
    Case(
        "make a 10 second promo from these with the jingle as music",
        [
            op("create_video", media=SHOP4),
            op("set_duration", total_ms=10000),
            op("set_music", media=JINGLE),
        ],
        "shopnew",
    ),
    Case("make a video from everything i uploaded", [op("create_video", media=MIXED3)], "mixed"),
    Case("make a video but no music", [op("create_video", media=SIX)], "new"),
    Case(
        "把这几张图做成一个30秒的视频",
        [op("create_video", media=SIX), op("set_duration", total_ms=30000)],
        "new",
    ),
    Case(
        "帮忙用这些图做个发小红书的视频",
        [op("create_video", media=SIX), op("set_format", aspect="9:16")],
        "new",
    ),
    Case(
        "用这些照片做个横屏视频，要发B站",
        [op("create_video", media=SHOP4), op("set_format", aspect="16:9")],
        "shopnew",
    ),
    Case(
        "新店开业，麻烦把这些照片做成视频，配上音乐",
        [op("create_video", media=SHOP4), op("set_music", media=JINGLE)],
        "shopnew",
    ),
    Case("let's start from scratch", [op("start_over")]),
    Case("全部清空，重新开始吧", [op("start_over")]),
    # ---- total length -----------------------------------------------------------------
    Case("can it be 25s total?", [op("set_duration", total_ms=25000)]),
    Case("make the video one minute long", [op("set_duration", total_ms=60000)]),
    Case("make it twice as long", [op("scale_duration", factor=2.0)]),
    Case("总长度改成12秒", [op("set_duration", total_ms=12000)]),
    Case("视频控制在十五秒", [op("set_duration", total_ms=15000)]),
    Case("时长改为半分钟", [op("set_duration", total_ms=30000)]),
    Case("把视频缩短一半", [op("scale_duration", factor=0.5)]),
    # ---- per photo --------------------------------------------------------------------
    Case("each pic 2 sec", [op("set_duration", clip_ms=2000, clips=None)]),
    Case("make the first photo 5 seconds", [op("set_duration", clip_ms=5000, clips=[0])]),
    Case(
        "the last pic should stay on screen longer, like 4s",
        [op("set_duration", clip_ms=4000, clips=[5])],
    ),
    Case("每张图片停留三秒半", [op("set_duration", clip_ms=3500, clips=None)]),
    Case("第二张放4秒", [op("set_duration", clip_ms=4000, clips=[1])]),
    Case("前两张每张一秒", [op("set_duration", clip_ms=1000, clips=[0, 1])]),
    # ---- pace -------------------------------------------------------------------------
    Case("speed it up a little", [op("scale_duration", factor=0.75)]),
    Case("make it fast-paced and snappy", [op("set_pace", pace="fast")]),
    Case("make the pacing calm and relaxed", [op("set_pace", pace="calm")]),
    Case("slow it down pls, the photos go by too quick", [op("scale_duration")]),
    Case("照片播得再快一点", [op("scale_duration", factor=0.75)]),
    Case("改成慢节奏", [op("set_pace", pace="calm")]),
    Case("我想要快节奏的，动感一点", [op("set_pace", pace="fast")]),
    # ---- format -----------------------------------------------------------------------
    Case("make it vertcal for reels", [op("set_format", aspect="9:16")]),
    Case(
        "gonna upload it to youtube, can you fix the format",
        [op("set_format", aspect="16:9")],
        "shop",
    ),
    Case("square pls", [op("set_format", aspect="1:1")]),
    Case("改成竖屏的", [op("set_format", aspect="9:16")]),
    Case("要发抖音，画面比例调一下", [op("set_format", aspect="9:16")]),
    Case("横屏 16:9", [op("set_format", aspect="16:9")], "shop"),
    Case("改成树屏吧", [op("set_format", aspect="9:16")]),
    Case("分辨率调到4K", [op("set_format", resolution="4k")]),
    # ---- motion -----------------------------------------------------------------------
    Case(
        "give all the pics that slow ken burns move",
        [op("set_motion", motion="drift", clips=None)],
    ),
    Case("slowly zoom out on the last pic", [op("set_motion", motion="zoom_out", clips=[5])]),
    Case(
        "pan right across the harbor photo",
        [op("set_motion", motion="pan_right", clips=[4])],
    ),
    Case(
        "keep all photos still, no movement",
        [op("set_motion", motion="static", clips=None)],
    ),
    Case("第一张慢慢放大", [op("set_motion", motion="zoom_in", clips=[0])]),
    Case(
        "所有照片都加上缓慢推进的效果",
        [op("set_motion", motion="zoom_in", clips=None)],
    ),
    Case("最后两张向左平移", [op("set_motion", motion="pan_left", clips=[4, 5])]),
    Case("所有照片都保持静止", [op("set_motion", motion="static", clips=None)]),
    # ---- transitions ------------------------------------------------------------------
    Case("change the transitions to fade thru black", [op("set_transition", type="fade_black")]),
    Case("make the crossfades 1 sec", [op("set_transition", d_ms=1000)]),
    Case("dip to white between the photos", [op("set_transition", type="fade_white")]),
    Case(
        "between photo 2 and 3 use a wipe to the right",
        [op("set_transition", type="wipe_right", clips=[2])],
    ),
    Case("不要转场效果了，全部硬切", [op("set_transition", type="cut")]),
    Case("转场时长改成0.8秒", [op("set_transition", d_ms=800)]),
    Case(
        "第三张和第四张之间用白场过渡",
        [op("set_transition", type="fade_white", clips=[3])],
    ),
    Case("转场都换成甩镜", [op("set_transition", type="whip")]),
    Case(
        "转厂还是用淡入淡出吧",
        [op("set_transition", type="crossfade")],
        turns=["hard cuts please"],
    ),
    # ---- titles and captions ----------------------------------------------------------
    Case(
        'add caption "best beach day ever" at the bottom',
        [op("add_text", text="best beach day ever", role="caption", position="bottom")],
        "bare",
    ),
    Case(
        "title: Road Trip 2024",
        [op("add_text", text="Road Trip 2024", role="title")],
        "bare",
    ),
    Case(
        "add text saying Happy Birthday Mom",
        [op("add_text", text="Happy Birthday Mom")],
        "bare",
    ),
    Case("change the title to 'Hi there'", [op("edit_text", text="Hi there")]),
    Case("title to the top pls", [op("edit_text", position="top")]),
    Case(
        "the title should say Grand Reopening, not Grand Opening",
        [op("edit_text", text="Grand Reopening")],
        "shop",
    ),
    Case(
        "caption the four photos 'Our shop', 'Fresh coffee', 'Cakes', 'Menu'",
        [op("caption_clips", texts=["Our shop", "Fresh coffee", "Cakes", "Menu"])],
        "shop",
    ),
    Case(
        'call the project "Bakery Launch"',
        [op("set_project_title", title="Bakery Launch")],
        "shop",
    ),
    Case("加个标题“我们的夏天”", [op("add_text", text="我们的夏天", role="title")], "bare"),
    Case(
        "底部加一行字幕：周末愉快",
        [op("add_text", text="周末愉快", role="caption", position="bottom")],
        "bare",
    ),
    Case(
        "最后3秒加上文字「感谢观看」",
        [op("add_text", text="感谢观看", st_ms=12500, d_ms=3000)],
        "bare",
    ),
    Case(
        "每张图下面显示它的文件名",
        [op("caption_clips", texts=None)],
        "bare",
    ),
    Case("把字幕里的八折改成七折", [op("edit_text", text="全场七折")], "shop"),
    Case("标题显示到第6秒", [op("edit_text", d_ms=6000)], "shop"),
    Case(
        "加个caption: Open 7 days",
        [op("add_text", text="Open 7 days", role="caption")],
        "bare",
    ),
    Case("标提改成“夏日特卖”", [op("edit_text", text="夏日特卖")]),
    # ---- music ------------------------------------------------------------------------
    Case("pls add some background music", [op("set_music", media=SONG)], "bare"),
    Case(
        "add song.mp3 but keep it low, like 20%",
        [op("set_music", media=SONG, volume=0.2)],
        "bare",
    ),
    Case("music volume 60%", [op("edit_music", volume=0.6)]),
    Case("fade the music out over the last 3 seconds", [op("edit_music", fade_out_ms=3000)]),
    Case("配个背景音乐吧🎵", [op("set_music", media=SONG)], "bare"),
    Case("音乐声音小一点", [op("edit_music")]),
    Case("背景音乐音量调到百分之四十", [op("edit_music", volume=0.4)]),
    Case("音乐开头淡入2秒", [op("edit_music", fade_in_ms=2000)]),
    Case("不要背景音乐了", [op("remove_music")]),
    Case(
        "背景音乐就用jingle那个，音量开一半",
        [op("set_music", media=JINGLE, volume=0.5)],
        "shop",
    ),
    # ---- whole-video fades / loop -----------------------------------------------------
    Case("fade to black at the very end", [op("set_video_fade", fade_out_ms=1000)]),
    Case("start the video from black, 2 sec fade", [op("set_video_fade", fade_in_ms=2000)]),
    Case("make it loop seamlessly, no fade at the end", [op("set_video_fade", fade_out_ms=0)]),
    Case(
        "fade the whole video in and out",
        [op("set_video_fade", fade_in_ms=1000, fade_out_ms=1000)],
    ),
    Case("片尾慢慢黑掉，3秒", [op("set_video_fade", fade_out_ms=3000)]),
    Case("开头加个淡入", [op("set_video_fade", fade_in_ms=1000)]),
    Case("结尾不要淡出，直接结束", [op("set_video_fade", fade_out_ms=0)]),
    # ---- clips ------------------------------------------------------------------------
    Case("delete photos 3 to 5", [op("remove_clips", clips=[2, 3, 4])]),
    Case("get rid of the last two", [op("remove_clips", clips=[4, 5])]),
    Case("take out the forest one", [op("remove_clips", clips=[3])]),
    Case("remvoe the last photo", [op("remove_clips", clips=[5])]),
    Case("move the sunset pic to the front", [op("move_clip", clip=5, to=0)]),
    Case("put photo 1 at the end", [op("move_clip", clip=0, to=5)]),
    Case("swap photos 2 and 4", [op("swap_clips", a=1, b=3)]),
    Case("switch the first and the last pic", [op("swap_clips", a=0, b=5)]),
    Case(
        "now sort them by file name",
        [op("reorder_clips", order=[5, 4, 3, 2, 1, 0])],
        "bare",
        turns=["reverse the order of the photos"],
    ),
    Case("mute the video clip", [op("clip_audio", mute=True)], "mixed", turns=[MAKE]),
    Case(
        "cut the first 3 seconds off walk.mp4",
        [op("trim_clip", clip=2, start_ms=3000)],
        "mixed",
        turns=[MAKE],
    ),
    Case("把harbor那张删了", [op("remove_clips", clips=[4])]),
    Case("把第五张挪到第二张的位置", [op("move_clip", clip=4, to=1)]),
    Case("beach和city对调一下", [op("swap_clips", a=0, b=1)]),
    Case("把第二张复制一份", [op("duplicate_clip", clip=1)]),
    Case("照片顺序倒过来", [op("reverse_clips")]),
    Case("walk.mp4 不要原声", [op("clip_audio", mute=True)], "mixed", turns=[MAKE]),
    Case(
        "那段视频前两秒剪掉",
        [op("trim_clip", clip=2, start_ms=2000)],
        "mixed",
        turns=[MAKE],
    ),
    # ---- undo / redo ------------------------------------------------------------------
    Case("oops, undo pls", [], intent=UNDO, turns=["make it 9:16"]),
    Case("take that back", [], intent=UNDO, turns=["remove the 2nd photo"]),
    Case("revert the last change", [], intent=UNDO, turns=["make it square"]),
    Case("ctrl+z", [], intent=UNDO, turns=["make it 9:16"]),
    Case("actually redo that", [], intent=REDO, turns=["make it 9:16", "undo"]),
    Case(
        "undo one more time",
        [],
        intent=UNDO,
        turns=["make it 9:16", "add the title 'Rome'", "undo"],
    ),
    Case("撤销上一步", [], intent=UNDO, turns=["改成竖屏"]),
    Case("刚才那个不要了，撤回", [], intent=UNDO, turns=["转场改成黑场"]),
    Case("恢复刚才撤销的操作", [], intent=REDO, turns=["改成方形", "撤销"]),
    # ---- questions (must not change the draft) ----------------------------------------
    Case("how long is it rn?", [], intent=ANSWER),
    Case("is it vertical or horizontal?", [], intent=ANSWER),
    Case("how many pics are in the video?", [], intent=ANSWER),
    Case("did you add music already?", [], intent=ANSWER),
    Case("what's the title text?", [], intent=ANSWER),
    Case("is the music at full volume?", [], intent=ANSWER),
    Case("现在总共几秒？", [], intent=ANSWER),
    Case("是方的吗", [], intent=ANSWER),
    Case("一共用了几张图", [], intent=ANSWER),
    Case("背景音乐是哪首", [], intent=ANSWER),
    Case("现在标题叫啥", [], intent=ANSWER),
    Case("字幕写的是什么内容", [], intent=ANSWER, setup="shop"),
    # ---- chit-chat --------------------------------------------------------------------
    Case("thx a lot!!", [], intent=CHAT),
    Case("this looks amazing 😍", [], intent=CHAT),
    Case("perfect, thank you so much", [], intent=CHAT),
    Case("谢谢啦～", [], intent=CHAT),
    Case("太好看了吧", [], intent=CHAT),
    Case("好的好的", [], intent=CHAT),
    Case("辛苦啦🙏", [], intent=CHAT),
    Case("不错不错👍", [], intent=CHAT),
    # ---- negations --------------------------------------------------------------------
    Case("don't put any music on it", [], "bare"),
    Case("标题就不用加了", [], "bare"),
    Case("no text on it please", [op("remove_text")]),
    Case("make it 9:16 but don't add music", [op("set_format", aspect="9:16")], "bare"),
    Case("不用配乐，做成20秒就行", [op("set_duration", total_ms=20000)], "bare"),
    Case("the first pic shouldn't move", [op("set_motion", motion="static", clips=[0])]),
    Case("第二张不要有运镜", [op("set_motion", motion="static", clips=[1])]),
    Case("don't change the length, just make it vertical", [op("set_format", aspect="9:16")]),
    # ---- compound requests ------------------------------------------------------------
    Case(
        "make it square, 12 seconds, and add a caption 'new menu' at the bottom",
        [
            op("set_format", aspect="1:1"),
            op("set_duration", total_ms=12000),
            op("add_text", text="new menu", role="caption", position="bottom"),
        ],
        "bare",
    ),
    Case(
        "remove the last photo and make the rest 2s each",
        [op("remove_clips", clips=[5]), op("set_duration", clip_ms=2000)],
    ),
    Case(
        "static photos, hard cuts, fast pace",
        [
            op("set_motion", motion="static", clips=None),
            op("set_transition", type="cut"),
            op("set_pace", pace="fast"),
        ],
    ),
    Case(
        "make a vertical video from these, 15 seconds, with song.mp3 as the music",
        [
            op("create_video", media=SIX),
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=15000),
            op("set_music", media=SONG),
        ],
        "new",
    ),
    Case(
        "改成横屏，标题改成“盛大开业”",
        [op("set_format", aspect="16:9"), op("edit_text", text="盛大开业")],
        "shop",
    ),
    Case(
        "改成竖屏，每张2秒，再加上背景音乐",
        [
            op("set_format", aspect="9:16"),
            op("set_duration", clip_ms=2000),
            op("set_music", media=SONG),
        ],
        "bare",
    ),
    Case(
        "把转场改成黑场，然后总长20秒",
        [op("set_transition", type="fade_black"), op("set_duration", total_ms=20000)],
        "bare",
    ),
    Case(
        "第一张推近，最后一张拉远",
        [
            op("set_motion", motion="zoom_in", clips=[0]),
            op("set_motion", motion="zoom_out", clips=[5]),
        ],
    ),
    Case(
        "加标题“春季新品”，放在顶部",
        [op("add_text", text="春季新品", role="title", position="top")],
        "bare",
    ),
    Case(
        "结尾加个淡出，删掉第一张，音乐音量调到50%",
        [
            op("set_video_fade", fade_out_ms=1000),
            op("remove_clips", clips=[0]),
            op("edit_music", volume=0.5),
        ],
    ),
    # ---- multi-turn follow-ups --------------------------------------------------------
    Case(
        "do the same for the others",
        [op("set_motion", motion="zoom_in", clips=[1, 2, 3, 4, 5])],
        "bare",
        turns=["zoom in on the first photo"],
    ),
    Case(
        "same for the rest",
        [op("set_transition", type="slide_left", clips=[2, 3, 4, 5])],
        "bare",
        turns=["slide left between photo 1 and 2"],
    ),
    Case(
        "at half volume pls",
        [op("edit_music", volume=0.5)],
        "bare",
        turns=["add song.mp3 as background music"],
    ),
    Case(
        "bring it back at 30%",
        [op("set_music", media=SONG, volume=0.3)],
        turns=["remove the music"],
    ),
    Case("sorry i meant square", [op("set_format", aspect="1:1")], turns=["make it 4:5"]),
    Case(
        "put those two back",
        [op("add_clips", media=[CITY, DINNER])],
        "bare",
        turns=["remove photos 2 and 3"],
    ),
    Case(
        "其余的也这样",
        [op("set_duration", clip_ms=5000, clips=[1, 2, 3, 4, 5])],
        "bare",
        turns=["第一张照片放5秒"],
    ),
    Case(
        "音量一半就行",
        [op("edit_music", volume=0.5)],
        "bare",
        turns=["加背景音乐"],
    ),
    Case(
        "字再大一点",
        [op("edit_text")],
        "bare",
        turns=["加标题“周年庆”"],
    ),
    Case(
        "这个也撤销",
        [],
        intent=UNDO,
        turns=["改成竖屏", "加标题“罗马”", "撤销"],
    ),
    Case(
        "不对，我是说1比1",
        [op("set_format", aspect="1:1")],
        turns=["改成4:5"],
    ),
]


def main() -> None:
    from agent_check import report

    report(HELD_OUT_5)


if __name__ == "__main__":
    main()
