"""Labelled requests for the local agent: text → the edit operations it must produce.

Each case names a setup (see ``SETUPS`` in tests/test_agent_corpus.py):
  new      no draft yet; six landscape photos and song.mp3 uploaded
  draft    six photos in the timeline (16:9), the title "Hello", song.mp3 as music at 80%
  bare     six photos in the timeline, no text, no music
  nomedia  nothing uploaded, no draft
  mixed    no draft; photos beach.jpg, city.jpg and the clip walk.mp4 (8 s); no audio

``ops`` is the exact sequence of op names, each with the fields that must match (others are
free). ``notes`` are reply note keys that must be present (e.g. "offline.footage").
Photos: 1 beach.jpg, 2 city.jpg, 3 dinner.jpg, 4 forest.jpg, 5 harbor.jpg, 6 sunset.jpg.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Case:
    text: str
    ops: list[tuple[str, dict[str, Any]]]
    setup: str = "draft"
    notes: list[str] = field(default_factory=list)


def op(name: str, **fields: Any) -> tuple[str, dict[str, Any]]:
    return (name, fields)


CREATE = op("create_video")
ALL6 = None

CASES: list[Case] = [
    # ---- creating --------------------------------------------------------------------------
    Case(
        "turn these photos into a 15-second video",
        [CREATE, op("set_duration", total_ms=15000)],
        "new",
    ),
    Case(
        "make a 30 second reel from my 12 travel photos with a calm pace and soft cross-dissolves",
        [
            CREATE,
            op("set_format", aspect="9:16"),
            op("set_pace", pace="calm"),
            op("set_transition", type="crossfade", d_ms=800),
            op("set_duration", total_ms=30000),
        ],
        "new",
    ),
    Case(
        "把这些照片做成10秒的竖屏视频",
        [CREATE, op("set_format", aspect="9:16"), op("set_duration", total_ms=10000)],
        "new",
    ),
    Case("make a video", [CREATE], "new"),
    Case("create a slideshow from my photos", [CREATE], "new"),
    Case("make a TikTok from these", [CREATE, op("set_format", aspect="9:16")], "new"),
    Case(
        "turn my pictures into a YouTube video, 1 minute long",
        [CREATE, op("set_format", aspect="16:9"), op("set_duration", total_ms=60000)],
        "new",
    ),
    Case("用这些照片做一个抖音视频", [CREATE, op("set_format", aspect="9:16")], "new"),
    Case("帮我做一个二十秒的视频", [CREATE, op("set_duration", total_ms=20000)], "new"),
    Case(
        "把照片做成方形视频，每张两秒",
        [CREATE, op("set_format", aspect="1:1"), op("set_duration", clip_ms=2000, clips=None)],
        "new",
    ),
    Case("做成B站横屏视频，4K", [CREATE, op("set_format", aspect="16:9", resolution="4k")], "new"),
    Case(
        "生成一个小红书视频，节奏快一点",
        [CREATE, op("set_format", aspect="9:16"), op("scale_duration", factor=0.75)],
        "new",
    ),
    Case("turn these photos into a video", [], "nomedia", notes=["need_media"]),
    Case("把这些照片做成视频", [], "nomedia", notes=["need_media"]),
    Case(
        "make a 20 second video with music",
        [CREATE, op("set_duration", total_ms=20000), op("set_music")],
        "new",
    ),
    Case(
        "做一个15秒的视频，加上背景音乐",
        [CREATE, op("set_duration", total_ms=15000), op("set_music")],
        "new",
    ),
    Case("make a video from my clips", [CREATE], "mixed"),
    Case(
        "make a 9:16 video without music",
        [CREATE, op("set_format", aspect="9:16")],
        "new",
        notes=["negated.music"],
    ),
    Case("做一个视频，不要音乐", [CREATE], "new", notes=["negated.music"]),
    Case("start over", [op("start_over"), CREATE], "draft"),
    Case("重新开始", [op("start_over"), CREATE], "draft"),
    Case("start over", [op("start_over")], "nomedia"),
    # ---- length and pace ------------------------------------------------------------------
    Case("make it 20 seconds", [op("set_duration", total_ms=20000)]),
    Case("make the video 45 seconds long", [op("set_duration", total_ms=45000)]),
    Case("总时长改成30秒", [op("set_duration", total_ms=30000)]),
    Case("视频改成十五秒", [op("set_duration", total_ms=15000)]),
    Case("2 seconds per photo", [op("set_duration", clip_ms=2000, clips=None)]),
    Case("each photo should be 4 seconds", [op("set_duration", clip_ms=4000, clips=None)]),
    Case("每张2秒", [op("set_duration", clip_ms=2000, clips=None)]),
    Case("每张照片三秒半", [op("set_duration", clip_ms=3500, clips=None)]),
    Case("faster", [op("scale_duration", factor=0.75, clips=None)]),
    Case("slower please", [op("scale_duration", factor=1.33, clips=None)]),
    Case("make it fast-paced", [op("set_pace", pace="fast")]),
    Case("I want a calm, relaxing video", [op("set_pace", pace="calm")]),
    Case("节奏快一点", [op("scale_duration", factor=0.75, clips=None)]),
    Case("节奏慢一点", [op("scale_duration", factor=1.33, clips=None)]),
    Case("快节奏", [op("set_pace", pace="fast")]),
    Case("舒缓一点的节奏", [op("set_pace", pace="calm")]),
    Case("make the second photo longer", [op("scale_duration", clips=[1])]),
    Case("make the last photo 5 seconds", [op("set_duration", clip_ms=5000, clips=[5])]),
    Case("第一张显示4秒", [op("set_duration", clip_ms=4000, clips=[0])]),
    Case("第三张短一点", [op("scale_duration", factor=0.75, clips=[2])]),
    Case("beach.jpg should be 6 seconds", [op("set_duration", clip_ms=6000, clips=[0])]),
    Case("make the video shorter", [op("scale_duration", factor=0.75, clips=None)]),
    Case("视频长一点", [op("scale_duration", factor=1.33, clips=None)]),
    Case("make this photo longer", [], notes=["clarify.which_clip"]),
    Case("make it 0.5 seconds", [], notes=["clarify.too_short"]),
    # ---- format ---------------------------------------------------------------------------
    Case("make it 9:16", [op("set_format", aspect="9:16")]),
    Case("switch to 16:9", [op("set_format", aspect="16:9")]),
    Case("1:1 please", [op("set_format", aspect="1:1")]),
    Case("4:5 for instagram", [op("set_format", aspect="4:5")]),
    Case("format it for Instagram Reels", [op("set_format", aspect="9:16")]),
    Case("make it for TikTok", [op("set_format", aspect="9:16")]),
    Case("for YouTube Shorts", [op("set_format", aspect="9:16")]),
    Case("for YouTube", [op("set_format", aspect="16:9")]),
    Case("as an Instagram post", [op("set_format", aspect="4:5")]),
    Case("square instagram post", [op("set_format", aspect="1:1")]),
    Case("改成竖屏", [op("set_format", aspect="9:16")]),
    Case("横屏", [op("set_format", aspect="16:9")]),
    Case("改成方形的", [op("set_format", aspect="1:1")]),
    Case("发抖音用", [op("set_format", aspect="9:16")]),
    Case("我要发B站", [op("set_format", aspect="16:9")]),
    Case("适合小红书", [op("set_format", aspect="9:16")]),
    Case("export settings: 720p", [op("set_format", resolution="720p")]),
    Case("make it 4K", [op("set_format", resolution="4k")]),
    Case("1080p at 60 fps", [op("set_format", resolution="1080p", fps=60)]),
    Case("帧率改成24", [op("set_format", fps=24)]),
    Case("60帧", [op("set_format", fps=60)]),
    Case("分辨率改成720p", [op("set_format", resolution="720p")]),
    Case("4:3", [op("set_format", aspect="16:9")], notes=["info.aspect_unsupported"]),
    Case("crop the photos to fill the frame", [op("set_format", fit="crop")]),
    Case("don't crop the photos", [op("set_format", fit="blur")]),
    Case("用黑边，不要裁剪", [op("set_format", fit="pad")]),
    # ---- motion ---------------------------------------------------------------------------
    Case("add a Ken Burns effect to all photos", [op("set_motion", motion="drift", clips=None)]),
    Case("zoom in on the first photo", [op("set_motion", motion="zoom_in", clips=[0])]),
    Case("zoom out on every photo", [op("set_motion", motion="zoom_out", clips=None)]),
    Case("pan left on photo 3", [op("set_motion", motion="pan_left", clips=[2])]),
    Case("make the photos static", [op("set_motion", motion="static", clips=None)]),
    Case("no motion on the last photo", [op("set_motion", motion="static", clips=[5])]),
    Case("focus on the face", [op("set_motion", focus="face", clips=None)]),
    Case("on photo 2, focus on the faces", [op("set_motion", focus="face", clips=[1])]),
    Case("所有照片加肯伯恩斯效果", [op("set_motion", motion="drift", clips=None)]),
    Case("第二张推近", [op("set_motion", motion="zoom_in", clips=[1])]),
    Case("最后一张拉远", [op("set_motion", motion="zoom_out", clips=[5])]),
    Case("照片都不要动", [op("set_motion", motion="static", clips=None)]),
    Case("第三张向右平移", [op("set_motion", motion="pan_right", clips=[2])]),
    Case("镜头对准人脸", [op("set_motion", focus="face", clips=None)]),
    Case("让照片动起来", [op("set_motion", motion="auto", clips=None)]),
    Case("pan up on sunset.jpg", [op("set_motion", motion="pan_up", clips=[5])]),
    # ---- transitions ----------------------------------------------------------------------
    Case("use crossfades", [op("set_transition", type="crossfade", clips=None)]),
    Case(
        "1 second crossfades between all photos",
        [op("set_transition", type="crossfade", d_ms=1000, clips=None)],
    ),
    Case("fade to black between photos", [op("set_transition", type="fade_black", clips=None)]),
    Case("no transitions", [op("set_transition", type="cut", clips=None)]),
    Case("hard cuts", [op("set_transition", type="cut", clips=None)]),
    Case(
        "slide left between photo 2 and photo 3",
        [op("set_transition", type="slide_left", clips=[2])],
    ),
    Case("wipe right transitions", [op("set_transition", type="wipe_right", clips=None)]),
    Case("make the transitions longer", [op("set_transition", d_ms=1000, clips=None)]),
    Case("quick transitions", [op("set_transition", d_ms=250, clips=None)]),
    Case("转场用淡入淡出", [op("set_transition", type="crossfade", clips=None)]),
    Case("转场时间改成1秒", [op("set_transition", d_ms=1000, clips=None)]),
    Case("不要转场", [op("set_transition", type="cut", clips=None)]),
    Case("照片之间用黑场过渡", [op("set_transition", type="fade_black", clips=None)]),
    Case("第一张和第二张之间用白场", [op("set_transition", type="fade_white", clips=[1])]),
    Case("转场用向上滑动", [op("set_transition", type="slide_up", clips=None)]),
    Case("transition 0.3 s", [op("set_transition", d_ms=300, clips=None)]),
    # ---- text -----------------------------------------------------------------------------
    Case(
        "add the title 'Urban Dreams' for the first 3 seconds",
        [op("add_text", text="Urban Dreams", role="title", st_ms=0, d_ms=3000)],
        "bare",
    ),
    Case("加标题“你好”", [op("add_text", text="你好", role="title")], "bare"),
    Case(
        'add a caption "Day one" at the bottom',
        [op("add_text", text="Day one", role="caption", position="bottom")],
        "bare",
    ),
    Case(
        "添加字幕「第一天」，放在底部",
        [op("add_text", text="第一天", role="caption", position="bottom")],
        "bare",
    ),
    Case(
        "add a yellow title 'Tokyo' at the top",
        [op("add_text", text="Tokyo", color="#FFD60A", position="top")],
        "bare",
    ),
    Case(
        "add a big red title “Summer”",
        [op("add_text", text="Summer", color="#FF3B30", size=0.11)],
        "bare",
    ),
    Case(
        "add the text 'The End' for the last 2 seconds",
        [op("add_text", text="The End", d_ms=2000)],
        "bare",
    ),
    Case("在结尾加上文字“谢谢观看”", [op("add_text", text="谢谢观看", d_ms=3000)], "bare"),
    Case("add a title saying Hello World", [op("add_text", text="Hello World")], "bare"),
    Case("add a title", [], "bare", notes=["clarify.text"]),
    Case("加个标题", [], "bare", notes=["clarify.text"]),
    Case("make the title bigger", [op("edit_text", target=0, size_factor=1.3)]),
    Case("把标题改大一点", [op("edit_text", target=0, size_factor=1.3)]),
    Case("标题小一点", [op("edit_text", target=0, size_factor=0.77)]),
    Case("move the title to the bottom", [op("edit_text", target=0, position="bottom")]),
    Case("字幕放在底部", [op("edit_text", target=0, position="bottom")]),
    Case("make the title red", [op("edit_text", target=0, color="#FF3B30")]),
    Case("标题改成黄色", [op("edit_text", target=0, color="#FFD60A")]),
    Case("change the title to 'Tokyo Nights'", [op("edit_text", target=0, text="Tokyo Nights")]),
    Case("标题改成“东京之夜”", [op("edit_text", target=0, text="东京之夜")]),
    Case("remove the title", [op("remove_text")]),
    Case("删掉标题", [op("remove_text")]),
    Case("no text please", [op("remove_text")]),
    Case("show the title for 5 seconds", [op("edit_text", target=0, d_ms=5000)]),
    Case(
        "title at the top and make it white",
        [op("edit_text", target=0, position="top", color="#FFFFFF")],
    ),
    Case("remove the title", [], "bare", notes=["info.no_text"]),
    # ---- music ----------------------------------------------------------------------------
    Case("use song.mp3 as background music", [op("set_music", volume=None)], "bare"),
    Case("add background music at 35%", [op("set_music", volume=0.35)], "bare"),
    Case("加背景音乐", [op("set_music")], "bare"),
    Case("用song.mp3做背景音乐，音量百分之三十五", [op("set_music", volume=0.35)], "bare"),
    Case("music volume 50%", [op("edit_music", volume=0.5)]),
    Case("make the music quieter", [op("edit_music", volume_factor=0.7)]),
    Case("quieter", [op("edit_music", volume_factor=0.7)]),
    Case("音乐小声一点", [op("edit_music", volume_factor=0.7)]),
    Case("音量大一点", [op("edit_music", volume_factor=1.4)]),
    Case("louder music", [op("edit_music", volume_factor=1.4)]),
    Case("fade the music in and out", [op("edit_music", fade_in_ms=2000, fade_out_ms=2000)]),
    Case("fade out the music over 3 seconds", [op("edit_music", fade_out_ms=3000)]),
    Case("音乐结尾淡出", [op("edit_music", fade_out_ms=2000)]),
    Case("音乐淡入淡出", [op("edit_music", fade_in_ms=2000, fade_out_ms=2000)]),
    Case("remove the music", [op("remove_music")]),
    Case("去掉背景音乐", [op("remove_music")]),
    Case("不要音乐", [op("remove_music")]),
    Case("add some music", [], "mixed", notes=["need_audio"]),
    Case("加点音乐", [], "mixed", notes=["need_audio"]),
    Case("mute the music", [op("edit_music", volume=0.0)]),
    # ---- clips ----------------------------------------------------------------------------
    Case("remove the last clip", [op("remove_clips", clips=[5])]),
    Case("delete photo 3", [op("remove_clips", clips=[2])]),
    Case("把第二张删掉", [op("remove_clips", clips=[1])]),
    Case("删除最后一张", [op("remove_clips", clips=[5])]),
    Case("remove dinner.jpg", [op("remove_clips", clips=[2])]),
    Case("remove the first two photos", [op("remove_clips", clips=[0, 1])]),
    Case("删掉前两张", [op("remove_clips", clips=[0, 1])]),
    Case("move photo 3 to the start", [op("move_clip", clip=2, to=0)]),
    Case("move the first photo to the end", [op("move_clip", clip=0, to=5)]),
    Case("把第三张移到开头", [op("move_clip", clip=2, to=0)]),
    Case("把第一张放到最后", [op("move_clip", clip=0, to=5)]),
    Case("move sunset.jpg after photo 2", [op("move_clip", clip=5, to=2)]),
    Case("swap 1 and 2", [op("swap_clips", a=0, b=1)]),
    Case("swap the first and last photos", [op("swap_clips", a=0, b=5)]),
    Case("交换第一张和第二张", [op("swap_clips", a=0, b=1)]),
    Case("把第2张和第4张对调", [op("swap_clips", a=1, b=3)]),
    Case("reverse the order", [op("reverse_clips")]),
    Case("顺序反过来", [op("reverse_clips")]),
    Case("remove the second to last photo", [op("remove_clips", clips=[4])]),
    Case("删除倒数第二张", [op("remove_clips", clips=[4])]),
    Case("delete photo 9", [], notes=["clarify.no_such_clip"]),
    Case("remove all photos", [], notes=["clarify.remove_all"]),
    Case("swap them", [], notes=["clarify.which_two"]),
    Case("mute the video clips", [CREATE, op("clip_audio", mute=True)], "mixed"),
    # ---- compound -------------------------------------------------------------------------
    Case(
        "make it 9:16, 20 seconds, and add the title 'Tokyo'",
        [
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=20000),
            op("add_text", text="Tokyo"),
        ],
        "bare",
    ),
    Case(
        "改成竖屏，20秒，并且加标题“东京”",
        [
            op("set_format", aspect="9:16"),
            op("set_duration", total_ms=20000),
            op("add_text", text="东京"),
        ],
        "bare",
    ),
    Case(
        "remove the last photo and make the rest 2 seconds each",
        [op("remove_clips", clips=[5]), op("set_duration", clip_ms=2000, clips=None)],
    ),
    Case(
        "把第二张删掉，然后转场改成黑场",
        [op("remove_clips", clips=[1]), op("set_transition", type="fade_black")],
    ),
    Case(
        "zoom in on photo 1 then pan right on photo 2",
        [
            op("set_motion", motion="zoom_in", clips=[0]),
            op("set_motion", motion="pan_right", clips=[1]),
        ],
    ),
    Case(
        "make the title bigger and move it to the top",
        [op("edit_text", target=0, size_factor=1.3, position="top")],
    ),
    Case(
        "music at 40%, fade out at the end, and use 1 second crossfades",
        [
            op("set_transition", type="crossfade", d_ms=1000),
            op("edit_music", volume=0.4, fade_out_ms=2000),
        ],
    ),
    Case(
        "竖屏，每张3秒，加背景音乐",
        [op("set_format", aspect="9:16"), op("set_duration", clip_ms=3000), op("set_music")],
        "bare",
    ),
    Case("横屏1080p，30帧", [op("set_format", aspect="16:9", resolution="1080p", fps=30)]),
    Case(
        "第一张推近，最后一张拉远",
        [
            op("set_motion", motion="zoom_in", clips=[0]),
            op("set_motion", motion="zoom_out", clips=[5]),
        ],
    ),
    Case(
        "把标题改成红色并且放到顶部", [op("edit_text", target=0, color="#FF3B30", position="top")]
    ),
    Case(
        "don't add music, just make it 10 seconds",
        [op("set_duration", total_ms=10000)],
        "bare",
        notes=["negated.music"],
    ),
    Case(
        "不要转场，每张一秒", [op("set_transition", type="cut"), op("set_duration", clip_ms=1000)]
    ),
    # ---- more natural phrasing ----------------------------------------------------------------
    Case("make it longer, like 25 seconds", [op("set_duration", total_ms=25000)]),
    Case("the photos go by too fast", [op("scale_duration", factor=1.33, clips=None)]),
    Case("视频太长了", [op("scale_duration", factor=0.75, clips=None)]),
    Case("get rid of the first one", [op("remove_clips", clips=[0])]),
    Case("lower the music to 20%", [op("edit_music", volume=0.2, volume_factor=None)]),
    Case("zoom into each photo slowly", [op("set_motion", motion="zoom_in", clips=None)]),
    Case("set fps to 25", [op("set_format", fps=25)]),
    Case("给视频起名叫“东京之旅”", [op("set_project_title", title="东京之旅")]),
    Case('call it "Summer in Rome"', [op("set_project_title", title="Summer in Rome")]),
    Case("视频总长改成一分钟", [op("set_duration", total_ms=60000)]),
    Case(
        "caption 'hello' in the top right corner",
        [op("add_text", text="hello", role="caption", position="top_right")],
    ),
    Case(
        "first photo 5 seconds, the rest 2 seconds",
        [
            op("set_duration", clip_ms=5000, clips=[0]),
            op("set_duration", clip_ms=2000, clips=[1, 2, 3, 4, 5]),
        ],
    ),
    Case(
        "make all photos 3 seconds except the last",
        [op("set_duration", clip_ms=3000, clips=[0, 1, 2, 3, 4])],
    ),
    Case("remove the transition between 3 and 4", [op("set_transition", type="cut", clips=[3])]),
    Case("give it a cinematic feel", [op("set_format", fps=24), op("set_pace", pace="calm")]),
    Case("make it look professional", [], notes=["clarify.vague"]),
    Case("make it more exciting", [op("set_pace", pace="fast")]),
    Case("bring the music back", [op("set_music")], "bare"),
    Case("use the music from 0:30", [op("set_music", start_ms=30000)], "bare"),
    Case("音乐从第30秒开始", [op("edit_music", start_ms=30000)]),
    Case("use harbor.jpg as the cover", [op("move_clip", clip=4, to=0)], notes=["info.cover"]),
    Case("duplicate photo 2", [op("duplicate_clip", clip=1)]),
    Case("shuffle the photos", [op("reorder_clips")]),
    Case("按文件名排序", [op("reorder_clips", order=[0, 1, 2, 3, 4, 5])]),
    Case("按拍摄时间排序", [], notes=["info.sort_date"]),
    Case("标题加粗", [op("edit_text", target=0, style="outline")]),
    Case("音乐不要淡出", [op("edit_music", fade_out_ms=0)]),
    Case("加个音乐，要欢快的", [op("set_music")], "bare", notes=["info.music_mood"]),
    Case("删除第2、3张", [op("remove_clips", clips=[1, 2])]),
    Case("remove photos 2, 3 and 4", [op("remove_clips", clips=[1, 2, 3])]),
    Case("第二张照片时间长一点", [op("scale_duration", factor=1.33, clips=[1])]),
    Case("把最后一张放到第一个", [op("move_clip", clip=5, to=0)]),
    Case("前三张每张一秒", [op("set_duration", clip_ms=1000, clips=[0, 1, 2])]),
    Case("转场慢一点", [op("set_transition", d_ms=1000)]),
    Case("在第2秒加字幕“出发”", [op("add_text", text="出发", role="caption", st_ms=2000)], "bare"),
    Case("第1到3张用推近", [op("set_motion", motion="zoom_in", clips=[0, 1, 2])]),
    Case("第二张和第三张之间不要转场", [op("set_transition", type="cut", clips=[2])]),
    Case("把第三张和第五张调换一下", [op("swap_clips", a=2, b=4)]),
    Case("照片切换快一点", [op("scale_duration", factor=0.75, clips=None)]),
    Case("背景音乐声音小一点", [op("edit_music", volume_factor=0.7)]),
    Case("我想要竖版的", [op("set_format", aspect="9:16")]),
    # ---- out of scope and unknown ---------------------------------------------------------
    Case("generate a video of a cat surfing", [], "new", notes=["offline.footage"]),
    Case("make her smile and wave", [], notes=["offline.footage"]),
    Case("让照片里的人动起来说话", [], notes=["offline.footage"]),
    Case("add a voiceover", [], notes=["offline.voice"]),
    Case("加一段旁白", [], notes=["offline.voice"]),
    Case("auto-generate subtitles", [], notes=["offline.transcribe"]),
    Case("自动生成字幕", [], notes=["offline.transcribe"]),
    Case("remove the background from photo 2", [], notes=["offline.background"]),
    Case("加个滤镜", [], notes=["offline.filters"]),
    Case("make it black and white", [], notes=["offline.filters"]),
    Case("add stickers", [], notes=["offline.effects"]),
    Case("加点特效", [], notes=["offline.effects"]),
    Case("slow motion on photo 2", [], notes=["offline.speed"]),
    Case("use the song from https://example.com/song", [], notes=["offline.links"]),
    Case("用网易云的歌", [], notes=["offline.links"]),
    Case("upscale the photos", [], notes=["offline.enhance"]),
    Case("translate the title into French", [], notes=["offline.translate"]),
    Case("post it to TikTok", [], notes=["offline.publish"]),
    Case(
        "make it 9:16 and add a voiceover",
        [op("set_format", aspect="9:16")],
        notes=["offline.voice"],
    ),
    Case("竖屏，加配音", [op("set_format", aspect="9:16")], notes=["offline.voice"]),
    Case(
        "make it 10 seconds and frobnicate the wibble",
        [op("set_duration", total_ms=10000)],
        notes=["unknown"],
    ),
    Case("改成竖屏，然后随便弄弄", [op("set_format", aspect="9:16")], notes=["unknown"]),
    Case("blorp", [], notes=["unknown"]),
]
