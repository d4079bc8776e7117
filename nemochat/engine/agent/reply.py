"""Replies in the language of the request: what changed, what was not done, what to try next.

Every sentence comes from ``MESSAGES`` (key → (English, Chinese)), the agent's own catalog:
the agent answers in the language of each request, not the interface's, so it does not go
through ``nemochat.i18n.t``.
"""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from nemochat.engine import draft as dr
from nemochat.engine.agent import beat, reasons
from nemochat.engine.agent import ops as O
from nemochat.engine.agent.parse import Note

MESSAGES: dict[str, tuple[str, str]] = {
    # what changed
    "op.create_video": ("Made a video from {what}", "用 {what}做成了视频"),
    "what.photos": ("{n} photos", "{n} 张照片"),
    "what.photo": ("1 photo", "1 张照片"),
    "what.videos": ("{n} video clips", "{n} 段视频"),
    "what.video": ("1 video clip", "1 段视频"),
    "what.and": (" and ", "和"),
    "op.start_over": ("Started over with an empty timeline", "已清空时间线，重新开始"),
    "op.set_format": ("set the format to {fmt}", "画面设为 {fmt}"),
    "op.set_project_title": ("named the project \u201c{title}\u201d", "项目命名为“{title}”"),
    "op.set_duration.total": ("set the length to {total}", "总时长设为 {total}"),
    "op.set_duration.clips": ("set {which} to {each} each", "{which}每段设为 {each}"),
    "op.set_duration.one": ("set {which} to {d}", "{which}设为 {d}"),
    "length.kept": (
        "; kept the video at {total} as you asked — the other photos got shorter",
        "；总时长按你的要求保持 {total}，其他照片相应变短",
    ),
    "length.changed": (
        "; the video is now {total} (was {was})",
        "；视频现在 {total}（原来 {was}）",
    ),
    "length.restore": (
        " — say “make it {say}” to go back to {pinned}",
        "——说“改成{say}”可以恢复到 {pinned}",
    ),
    "now_each": (" (now {d})", "（现在 {d}）"),
    "info.count_mismatch": (
        "You mentioned {said} photos; I used the {have} that are uploaded — upload more to add them.",
        "你提到 {said} 张照片；目前上传了 {have} 张，已全部使用——可以继续上传来添加。",
    ),
    "op.scale_duration.longer": ("made {which} longer", "{which}变长了"),
    "op.scale_duration.shorter": ("made {which} shorter", "{which}变短了"),
    "op.set_pace": ("set a {pace} pace", "节奏设为{pace}"),
    "pace.calm": ("calm", "舒缓"),
    "pace.normal": ("normal", "适中"),
    "pace.fast": ("fast", "快"),
    "op.set_motion": ("set {which} to {motion}", "{which}的镜头运动设为{motion}"),
    "op.set_motion.focus": ("aimed the motion of {which} at {focus}", "{which}的镜头对准{focus}"),
    "focus.face": ("faces", "人脸"),
    "focus.center": ("the centre", "画面中心"),
    "focus.auto": ("the subject", "主体"),
    "op.set_fit": ("photos {fit}", "照片{fit}"),
    "fit.auto": (
        "are now framed around their subject, filling the frame",
        "现在自动构图：围绕主体铺满画面",
    ),
    "fit.blur": (
        "are now shown whole over a blurred copy of themselves",
        "现在完整显示，两边用模糊背景填充",
    ),
    "fit.crop": ("are now cropped to fill the frame", "现在裁剪铺满画面"),
    "fit.pad": ("are now shown whole with black bars", "现在完整显示并加黑边"),
    "op.set_transition": ("added {type} ({d}) {where}", "在{where}加了{type}（{d}）"),
    "op.set_transition.cut": ("switched to straight cuts {where}", "{where}改为直接切换"),
    "op.set_transition.length": (
        "transitions {where} now take {d} (were {was})",
        "{where}的转场时长 {was} → {d}",
    ),
    "op.set_transition.changed": (
        "transitions {where}: {was_type} → {type} ({d})",
        "{where}的转场：{was_type} → {type}（{d}）",
    ),
    "where.all": ("between {n} clips", "全部 {n} 段素材之间"),
    "where.all_photos": ("between the {n} photos", "全部 {n} 张照片之间"),
    "where.into": ("before clip {k}", "第 {k} 段之前"),
    "where.into_photo": ("before photo {k}", "第 {k} 张之前"),
    "op.add_text": (
        "added the {role} \u201c{text}\u201d ({span}, {pos})",
        "添加了{role}“{text}”（{span}，{pos}）",
    ),
    "op.caption_clips": ("added a caption to each of {n} clips", "给 {n} 段素材各加了一条字幕"),
    "op.edit_text": ("changed {which}: {what}", "修改了{which}：{what}"),
    "op.edit_text.words": ("{role} changed: “{old}” → “{new}”", "{role}已修改：“{old}” → “{new}”"),
    "op.remove_text": ("removed {which}", "删除了{which}"),
    "role.title": ("title", "标题"),
    "role.caption": ("caption", "字幕"),
    "role.text": ("text", "文字"),
    "text.all": ("all texts", "所有文字"),
    "text.all.title": ("the titles", "标题"),
    "text.all.caption": ("the captions", "字幕"),
    "text.named": ("the {role} “{text}”", "{role}“{text}”"),
    "text.one": ("\u201c{text}\u201d", "“{text}”"),
    "text.replaced": (", replacing {text}", "，替换了{text}"),
    "text.stacked": (
        ", stacked with {text} so they don't overlap",
        "，与{text}上下排开，互不遮挡",
    ),
    "text.after": (
        ", after {text} (no room beside it)",
        "，排在{text}之后出现（同一位置放不下）",
    ),
    "change.text": ("text \u201c{text}\u201d", "文字改为“{text}”"),
    "change.position": ("position {pos}", "位置{pos}"),
    "change.size": ("size {size} of the frame height", "大小为画面高度的 {size}"),
    "change.color": ("colour {color}", "颜色{color}"),
    "change.style": ("style {style}", "样式 {style}"),
    "change.entrance": ("entrance {entrance}", "入场 {entrance}"),
    "style.bold": ("bold", "粗体"),
    "style.outline": ("outlined", "描边"),
    "style.box": ("on a box", "带底框"),
    "style.caption": ("caption on a plate", "字幕底色"),
    "style.subtitle": ("subtitle", "电影字幕"),
    "style.plain": ("plain", "无修饰"),
    "style.shadow": ("shadow", "阴影"),
    "entrance.fade": ("fade and rise", "淡入上浮"),
    "entrance.slide": ("slide in", "滑入"),
    "entrance.pop": ("pop", "弹出"),
    "change.timing": ("shown {span}", "显示时间{span}"),
    "op.set_music": (
        "added \u201c{name}\u201d as background music at {vol}",
        "把“{name}”设为背景音乐，音量 {vol}",
    ),
    "op.edit_music": ("music: {what}", "音乐：{what}"),
    "music.volume": ("volume {vol}", "音量 {vol}"),
    "music.volume_change": ("volume {a} → {b}", "音量 {a} → {b}"),
    "music.fade_in": ("fade-in {d}", "淡入 {d}"),
    "music.fade_out": ("fade-out {d}", "淡出 {d}"),
    "op.remove_music": ("removed the background music", "去掉了背景音乐"),
    "op.clip_audio.mute": ("muted the sound of {n} video clips", "静音了 {n} 段视频的原声"),
    "op.clip_audio.volume": ("set the sound of {n} video clips", "调整了 {n} 段视频的原声"),
    "op.remove_clips": ("removed {which}", "删除了{which}"),
    "left": (" ({n} left)", "（剩 {n} 段）"),
    "op.move_clip": ("moved {which} to position {to}", "把{which}移到第 {to} 位"),
    "op.move_clip.start": ("moved {which} to the start", "把{which}移到了开头"),
    "op.move_clip.end": ("moved {which} to the end", "把{which}移到了最后"),
    "op.swap_clips.named": (
        "swapped {na} and {nb} (positions {a} and {b})",
        "交换了 {na} 和 {nb}（第 {a} 和第 {b} 位）",
    ),
    "op.swap_clips": ("swapped clips {a} and {b}", "交换了第 {a} 段和第 {b} 段"),
    "op.reorder_clips": ("reordered the clips: {names}", "调整了素材顺序：{names}"),
    "op.duplicate_clip": ("repeated clip {k} right after itself", "在第 {k} 段后面复制了一段"),
    "music.start": ("starting {t} into the song", "从歌曲第 {t} 开始"),
    "info.music_mood": (
        "I can't pick music by mood offline — I only use songs you upload{which}.",
        "离线模式无法按风格挑选音乐——只能用你上传的歌曲{which}。",
    ),
    "which.song": (" (now \u201c{name}\u201d)", "（当前是“{name}”）"),
    "op.video_fade_in": (
        "the video now fades in from black over the first {d}",
        "视频开头从黑场淡入（{d}）",
    ),
    "op.video_fade_out": (
        "the video now fades out to black over the last {d}",
        "视频结尾淡出到黑场（{d}）",
    ),
    "op.video_fade_in.off": ("removed the fade-in at the start", "去掉了开头的淡入"),
    "op.video_fade_out.off": ("removed the fade-out at the end", "去掉了结尾的淡出"),
    "video_fade.clamped": (
        " (shortened to half the video, the longest a fade can be)",
        "（已缩短为视频长度的一半，这是淡入淡出的上限）",
    ),
    "video_fade.music": (
        "the music fades out with it (fade-out {d})",
        "背景音乐也随之淡出（淡出 {d}）",
    ),
    "describe.video_fade": (
        "Whole video: fade in {fi}, fade out {fo}.",
        "整段视频：开头淡入 {fi}，结尾淡出 {fo}。",
    ),
    "diff.video_fade": ("fade in/out of the video", "视频开头/结尾淡入淡出"),
    "info.already_there": ("Clip {k} is already there.", "第 {k} 段已经在那个位置了。"),
    "info.one_song": (
        "There's only one song uploaded; upload another (drag it in or /upload PATH) and name it to switch.",
        "目前只上传了一首歌；再上传一首（拖进终端或 /upload 路径）并说出文件名即可更换。",
    ),
    "clarify.which_song": ("Which song should I use: {names}?", "要用哪一首：{names}？"),
    "clarify.what": (
        "What should I change — the title, the music, or a photo (which one)? For example: \u201cmake the title bigger\u201d, \u201cremove photo 2\u201d.",
        "要改哪一部分——标题、音乐，还是某张照片（第几张）？例如：“把标题改大一点”、“删掉第二张”。",
    ),
    "hint.help": (
        "Say \u201cwhat can you do\u201d to see what I understand.",
        "说“你能做什么”可以看看我能听懂哪些说法。",
    ),
    "info.cover": (
        "The first clip is what most players show as the cover.",
        "大多数播放器会把第一段作为封面。",
    ),
    "info.sort_date": (
        "I don't know when the photos were taken, so I can't sort by date; I can sort by file name or move them one by one.",
        "我不知道照片的拍摄时间，无法按日期排序；可以按文件名排序，或逐张移动。",
    ),
    "clarify.vague": (
        "What would you like to change — length, pace, format, motion, transitions, text or music?",
        "想改哪方面——时长、节奏、画面比例、动态效果、转场、文字还是音乐？",
    ),
    "op.trim_clip": (
        "clip {k} now starts {t} into its video ({d} long)",
        "第 {k} 段改为从视频的第 {t} 开始（时长 {d}）",
    ),
    "op.reverse_clips": ("reversed the order of the clips", "把素材顺序倒过来了"),
    "op.add_clips": ("added {n} clips", "加入了 {n} 段素材"),
    "op.add_clips.named": ("put {names} in at position {where}", "把 {names} 放在第 {where} 位"),
    "op.failed": ("couldn't {what}: {why}", "没能{what}：{why}"),
    "op.already": ("{what} (already so, nothing changed)", "{what}（本来就是这样，未改动）"),
    "which.all": ("all clips", "所有素材"),
    "which.one": ("clip {k}", "第 {k} 段"),
    "which.photo": ("photo {k}", "第 {k} 张"),
    "which.photos": ("photos {ks}", "第 {ks} 张"),
    "which.all_photos": ("all photos", "所有照片"),
    "which.names": (" ({names})", "（{names}）"),
    "which.many": ("clips {ks}", "第 {ks} 段"),
    "pos.auto": ("centre, clear of the subject", "居中（避开主体）"),
    "pos.top": ("top", "顶部"),
    "pos.point": ("{y}% down the frame", "画面 {y}% 高处"),
    "pos.center": ("centre", "居中"),
    "pos.bottom": ("bottom", "底部"),
    "pos.top_left": ("top left", "左上"),
    "pos.top_right": ("top right", "右上"),
    "pos.bottom_left": ("bottom left", "左下"),
    "pos.bottom_right": ("bottom right", "右下"),
    "span": ("{a}–{b}", "{a}–{b}"),
    "now": ("Now: {summary}.", "现在：{summary}。"),
    "summary": (
        "{aspect} {w}×{h}, {fps} fps, {total}, {items}",
        "{aspect} {w}×{h}，{fps} fps，{total}，{items}",
    ),
    "count.clips": ("{n} clips", "{n} 段素材"),
    "count.clip": ("1 clip", "1 段素材"),
    "count.photos": ("{n} photos", "{n} 张照片"),
    "count.photo": ("1 photo", "1 张照片"),
    "summary.music": ("music \u201c{name}\u201d {vol}", "音乐“{name}” {vol}"),
    "summary.texts": ("{n} texts", "{n} 条文字"),
    "summary.text": ("1 text", "1 条文字"),
    "sep": ("; ", "；"),
    "list": (", ", "、"),
    # motions
    "motion.auto": ("automatic camera moves", "自动动态效果"),
    "motion.zoom_in": ("a slow zoom in", "缓慢推近"),
    "motion.zoom_out": ("a slow zoom out", "缓慢拉远"),
    "motion.pan_left": ("a pan to the left", "向左平移"),
    "motion.pan_right": ("a pan to the right", "向右平移"),
    "motion.pan_up": ("a pan upwards", "向上平移"),
    "motion.pan_down": ("a pan downwards", "向下平移"),
    "motion.drift": ("a gentle Ken Burns drift", "轻柔的肯·伯恩斯效果"),
    "motion.static": ("no motion (static)", "静止"),
    # transitions
    "tr.crossfade": ("crossfades", "淡入淡出转场"),
    "tr.fade_black": ("fades through black", "黑场过渡"),
    "tr.fade_white": ("fades through white", "白场过渡"),
    "tr.zoom": ("zoom transitions", "缩放转场"),
    "tr.whip": ("whip pans", "快速甩镜转场"),
    "tr.slide": ("slides ({dir})", "滑动转场（{dir}）"),
    "tr.push": ("pushes ({dir})", "推移转场（{dir}）"),
    "tr.wipe": ("wipes ({dir})", "擦除转场（{dir}）"),
    "dir.left": ("left", "向左"),
    "dir.right": ("right", "向右"),
    "dir.up": ("up", "向上"),
    "dir.down": ("down", "向下"),
    # notes
    "unknown": (
        "I didn't understand \u201c{part}\u201d, so I left that out.",
        "我没理解“{part}”，这部分没有处理。",
    ),
    "offline.footage": (
        "I can't generate new footage offline; I can animate your photos with camera moves, transitions, text and music.",
        "离线模式无法生成新的画面；我可以用动态效果、转场、文字和音乐让你的照片动起来。",
    ),
    "offline.voice": (
        "I can't record or synthesise a voice-over offline; upload an audio file and I'll use it as the soundtrack.",
        "离线模式无法生成配音；你可以上传一段音频，我会把它用作配乐。",
    ),
    "offline.transcribe": (
        "I can't transcribe speech into subtitles offline; type the captions you want and I'll place them.",
        "离线模式无法识别语音生成字幕；把字幕内容告诉我，我来添加。",
    ),
    "offline.background": (
        "I can't remove or replace photo backgrounds offline.",
        "离线模式无法抠图或更换背景。",
    ),
    "offline.filters": (
        "Colour filters and grading aren't available offline yet; I can change motion, transitions, text and music.",
        "离线模式暂不支持滤镜和调色；我可以调整动态效果、转场、文字和音乐。",
    ),
    "offline.effects": (
        "Stickers and visual effects aren't available offline.",
        "离线模式不支持贴纸和特效。",
    ),
    "offline.speed": (
        "Slow motion, speed ramps and reverse playback aren't available offline; I can make clips longer or shorter.",
        "离线模式不支持慢动作、变速和倒放；我可以调整每段的时长。",
    ),
    "offline.links": (
        "I can't fetch anything from links or streaming services; upload the file itself (drag it into the terminal or /upload PATH).",
        "我无法从链接或音乐平台获取内容；请直接上传文件（拖进终端，或输入 /upload 路径）。",
    ),
    "offline.enhance": (
        "I can't upscale or enhance photos offline; I can export at 720p, 1080p or 4K.",
        "离线模式无法增强画质；可以导出 720p、1080p 或 4K。",
    ),
    "offline.fonts": (
        "Only the built-in sans-serif font is available; I can change the text's size, colour, position, style (bold, outlined, on a box, caption plate, subtitle) and how it comes in (fade, slide, pop).",
        "目前只有内置的无衬线字体；可以调整文字的大小、颜色、位置、样式（粗体、描边、底框、字幕底色、电影字幕）和入场方式（淡入、滑入、弹出）。",
    ),
    "offline.translate": (
        "I can't translate text offline; give me the exact words and I'll use them.",
        "离线模式无法翻译；请直接告诉我要显示的文字。",
    ),
    "offline.publish": (
        "I can't post to other sites; export the video with /export and share the file.",
        "我无法直接发布到其他平台；用 /export 导出视频后再分享。",
    ),
    "need_media": (
        "There are no photos yet. Drag photos into the terminal or type /upload PATH, then tell me what to make.",
        "还没有照片。把照片拖进终端，或输入 /upload 路径，然后告诉我想做什么。",
    ),
    "need_audio": (
        "There's no music file uploaded, and I have no music library offline. Upload an MP3/M4A/WAV (drag it in or /upload PATH) and I'll use it.",
        "还没有上传音乐文件，离线模式也没有音乐库。上传一个 MP3/M4A/WAV（拖进终端或 /upload 路径），我就把它设为配乐。",
    ),
    "clarify.text": (
        "What should the {role} say? For example: add the {role} 'Summer 2024'.",
        "{role}要写什么？例如：加{role}“2024 夏天”。",
    ),
    "clarify.which_photo": (
        "I can't see what's in the photos, so I don't know which one is “{said}”. Which one do you mean: {clips}?",
        "我看不到照片的内容，不知道“{said}”是哪一张。是哪一张：{clips}？",
    ),
    "info.by_name": (
        "I took “{said}” to be {name} (photo {k}).",
        "“{said}”我理解为 {name}（第 {k} 张）。",
    ),
    "info.song_length": (
        "The song “{name}” is {d} long, so the video is now that long too.",
        "歌曲“{name}”长 {d}，视频也改成了这个长度。",
    ),
    "info.song_length_unknown": (
        "I don't know how long “{name}” is, so I left the length as it is.",
        "不知道“{name}”有多长，所以时长没有改。",
    ),
    "info.nothing_deleted": (
        "Every uploaded photo is already in the video — there's nothing to put back.",
        "所有上传的照片都已经在视频里了，没有可以放回的。",
    ),
    "info.put_back_count": (
        "You said {said}, but {n} of the uploads were missing from the video, so I put back those {n}.",
        "你说的是 {said} 张，但视频里只少了 {n} 个上传的文件，所以放回了这 {n} 个。",
    ),
    "info.keep_length_conflict": (
        "Making every photo longer or shorter changes the length, so I couldn't also keep it the same — the new length is above.",
        "所有照片一起变长或变短，总时长就没法保持不变——新的时长见上。",
    ),
    "info.music_was_missing": (
        "There was no music yet, so I added “{name}” with that setting.",
        "之前还没有音乐，所以加上了“{name}”并按你说的设置。",
    ),
    "clarify.same_what": (
        "The same as what? My last change wasn't about particular photos — say what to change, e.g. “zoom in on all photos”.",
        "和什么一样？上一次修改不是针对某几张照片的——请直接说要改什么，例如“所有照片都推近”。",
    ),
    "clarify.which_clip": (
        "Which clip do you mean — a number from 1 to {n}, or all of them?",
        "你指的是哪一段？请说第 1 到第 {n} 段中的哪一段，或者全部。",
    ),
    "clarify.which_two": (
        "Which two clips should I swap? For example: swap 1 and 3 (there are {n}).",
        "要交换哪两段？例如：交换第 1 张和第 3 张（共 {n} 段）。",
    ),
    "clarify.where_move": (
        "Where should it go? For example: move photo 3 to the start, or after photo 5 (there are {n}).",
        "要移到哪里？例如：把第 3 张移到开头，或移到第 5 张后面（共 {n} 段）。",
    ),
    "clarify.no_such_clip": (
        "There's no such clip — the video has {n}. Which one do you mean?",
        "没有这一段——视频共有 {n} 段。你指的是哪一段？",
    ),
    "clarify.remove_all": (
        "That would remove every clip. Did you mean to start over? Say \u201cstart over\u201d to clear the timeline.",
        "这样会删掉所有素材。是想重新开始吗？说“重新开始”即可清空时间线。",
    ),
    "clarify.too_short": (
        "{seconds:g} s is too short for {n} clips. How long should the video be?",
        "{seconds:g} 秒放不下 {n} 段素材。视频要多长？",
    ),
    "clarify.too_long": (
        "{seconds} s is longer than I can make (10 minutes at most). How long should it be?",
        "{seconds} 秒太长了（最长 10 分钟）。视频要多长？",
    ),
    "info.export": (
        "To export, type /export — I'll render the MP4 on this computer.",
        "导出请输入 /export，我会在本机渲染 MP4。",
    ),
    "info.export_later": (
        "OK, no export yet. Keep editing; when you're ready, type /export (or just say export).",
        "好的，先不导出。可以继续修改，准备好了输入 /export（或直接说“导出”）。",
    ),
    "info.no_text": (
        "There's no title or caption yet — say e.g. add the title 'Tokyo'.",
        "还没有标题或字幕——例如说：加标题“东京”。",
    ),
    "info.no_music": ("There's no background music yet.", "还没有背景音乐。"),
    "info.photo_no_start": (
        "A photo has no start point to move — only video clips can start later. To show a "
        "photo for less time, say e.g. “make photo 1 2 seconds”.",
        "照片没有可以调整的起点，只有视频片段可以从中间开始。想让照片显示得短一些，可以说"
        "“第一张改成2秒”。",
    ),
    "info.no_video_clips": (
        "There are no video clips with their own sound in the timeline.",
        "时间线里没有带原声的视频片段。",
    ),
    "info.music_pick": (
        "You uploaded {count} audio files; I used \u201c{name}\u201d — name another to switch.",
        "你上传了 {count} 个音频，我用了“{name}”——说出别的文件名即可更换。",
    ),
    "info.nothing_new": (
        "All your uploads are already in the video.",
        "所有上传的素材都已经在视频里了。",
    ),
    "info.aspect_unsupported": (
        "{aspect} isn't one of the formats I make (16:9, 9:16, 1:1, 4:5); I used {closest}.",
        "不支持 {aspect}（可选 16:9、9:16、1:1、4:5），已改用 {closest}。",
    ),
    "info.fps_unsupported": (
        "{fps} fps isn't supported (24, 25, 30 or 60); I used {closest}.",
        "不支持 {fps} fps（可选 24、25、30、60），已改用 {closest}。",
    ),
    "negated.music": ("OK, no music.", "好的，不加音乐。"),
    "negated.text": ("OK, no text.", "好的，不加文字。"),
    "negated.generic": ("OK, I left \u201c{part}\u201d as it is.", "好的，“{part}”保持不变。"),
    "already": ("That's already how it is — nothing to change.", "已经是这样了，无需修改。"),
    "nothing": ("I didn't change anything.", "这次没有做任何修改。"),
    # intents
    "greet": (
        "Hi! Upload photos (drag them in or /upload PATH) and tell me what to make, e.g. \u201cturn these photos into a 15-second vertical video\u201d.",
        "你好！上传照片（拖进终端或 /upload 路径），然后告诉我想做什么，例如“把这些照片做成15秒的竖屏视频”。",
    ),
    "help": (
        "I edit your video offline. You can ask, for example:\n"
        "- \u201cturn these photos into a 15-second 9:16 video\u201d, \u201cmake it calm\u201d, \u201c2 seconds per photo\u201d\n"
        "- \u201cformat for YouTube\u201d, \u201c4K\u201d, \u201c60 fps\u201d\n"
        "- \u201cKen Burns on all photos\u201d, \u201czoom in on the second photo\u201d, \u201cfocus on the face\u201d\n"
        "- \u201cfade to black between photos\u201d, \u201c1 s crossfades\u201d\n"
        "- \u201cadd the title 'Tokyo' for the first 3 seconds\u201d, \u201cmake the title bigger and yellow\u201d, \u201ccaption at the bottom\u201d\n"
        "- \u201cuse song.mp3 as background music at 35%\u201d, \u201cfade the music out\u201d, \u201cremove the music\u201d\n"
        "- \u201cremove the last photo\u201d, \u201cmove photo 3 to the start\u201d, \u201cswap 1 and 2\u201d\n"
        "- \u201cundo\u201d, \u201credo\u201d, \u201cdescribe the timeline\u201d, \u201cstart over\u201d\n"
        "I can't generate new footage, voice-overs or filters offline.",
        "我可以离线编辑你的视频。例如可以说：\n"
        "- “把这些照片做成15秒的竖屏视频”、“节奏慢一点”、“每张2秒”\n"
        "- “做成B站横屏”、“4K”、“60帧”\n"
        "- “所有照片加肯伯恩斯效果”、“第二张推近”、“对准人脸”\n"
        "- “照片之间用黑场过渡”、“转场1秒”\n"
        "- “加标题“东京”显示前3秒”、“把标题改大一点、改成黄色”、“字幕放在底部”\n"
        "- “用 song.mp3 做背景音乐，音量35%”、“音乐淡出”、“去掉音乐”\n"
        "- “把最后一张删掉”、“把第三张移到开头”、“交换第一张和第二张”\n"
        "- “撤销”、“重做”、“描述一下时间线”、“重新开始”\n"
        "离线模式无法生成新画面、配音或滤镜。",
    ),
    "history.one_step": (
        "I go one step at a time — say \u201c{what}\u201d again for the next one.",
        "每次只退一步——再说一次“{what}”即可继续。",
    ),
    "undo.word": ("undo", "撤销"),
    "redo.word": ("redo", "重做"),
    "undo.none": ("There's nothing to undo.", "没有可以撤销的操作。"),
    "redo.none": ("There's nothing to redo.", "没有可以重做的操作。"),
    "undo.done": ("Undone: {what}.", "已撤销：{what}。"),
    "redo.done": ("Redone: {what}.", "已重做：{what}。"),
    "diff.none": ("no visible change", "没有可见变化"),
    "diff.format": ("format {a} → {b}", "画面 {a} → {b}"),
    "diff.length": ("length {a} → {b}", "时长 {a} → {b}"),
    "diff.clips": ("photos and clips {a} → {b}", "素材 {a} → {b} 段"),
    "diff.photos": ("photos {a} → {b}", "照片 {a} → {b} 张"),
    "diff.order": ("clip order", "素材顺序"),
    "diff.texts": ("texts {a} → {b}", "文字 {a} → {b} 条"),
    "diff.text_style": ("text changes", "文字样式"),
    "diff.music": ("music", "音乐"),
    "diff.music_gone": ("the music “{name}” is gone", "去掉了音乐“{name}”"),
    "diff.music_back": ("the music “{name}” is back", "音乐“{name}”回来了"),
    "diff.music_volume": ("music volume {a} → {b}", "音乐音量 {a} → {b}"),
    "diff.motion": ("how the photos move", "照片的动态效果"),
    "diff.transitions": ("the effects between photos", "照片之间的过渡效果"),
    "diff.clip_lengths": ("how long each photo shows", "每张照片的时长"),
    "diff.resolution": ("resolution {a} → {b}", "分辨率 {a} → {b}"),
    "diff.fps": ("frame rate {a} → {b} fps", "帧率 {a} → {b} fps"),
    "diff.text": ("{role} “{a}” → “{b}”", "{role}“{a}” → “{b}”"),
    "diff.text_gone": ("the {role} “{text}” is gone", "去掉了{role}“{text}”"),
    "diff.text_added": ("the {role} “{text}” is back", "{role}“{text}”回来了"),
    "diff.text_look": ("the look of the {role} “{text}”", "{role}“{text}”的样式"),
    "describe.empty": ("The timeline is empty.", "时间线是空的。"),
    "describe.uploads": (
        "{n} uploads are ready ({names}); say e.g. \u201cturn these photos into a 15-second video\u201d.",
        "已上传 {n} 个文件（{names}）；可以说“把这些照片做成15秒的视频”。",
    ),
    "describe.head": (
        "{aspect} ({w}×{h}), {res}, {fps} fps, {total} in total.",
        "{aspect}（{w}×{h}），{res}，{fps} fps，总长 {total}。",
    ),
    "describe.clip": ("{k}. {name} — {span}, {motion}{tr}", "{k}. {name} — {span}，{motion}{tr}"),
    "describe.tr": (", {type} in", "，{type}进入"),
    "describe.music": (
        "Music: \u201c{name}\u201d at {vol}, fade in {fi}, fade out {fo}.",
        "音乐：“{name}”，音量 {vol}，淡入 {fi}，淡出 {fo}。",
    ),
    "describe.nomusic": ("No music.", "没有音乐。"),
    "describe.text": (
        "{role} \u201c{text}\u201d — {span}, {pos}",
        "{role}“{text}” — {span}，{pos}",
    ),
    "start_over.empty": (
        "Started over: the timeline is empty. Upload photos and tell me what to make.",
        "已重新开始：时间线已清空。上传照片后告诉我想做什么。",
    ),
    # next steps
    "next.head": ("Next you could:", "接下来可以："),
    "next.upload": (
        "upload photos (drag them in or /upload PATH)",
        "上传照片（拖进终端或 /upload 路径）",
    ),
    "next.create": (
        "say \u201cturn these photos into a 15-second video\u201d",
        "说“把这些照片做成15秒的视频”",
    ),
    "next.title": (
        "add a title, e.g. \u201cadd the title 'Summer'\u201d",
        "加标题，例如：加标题「夏天」",
    ),
    "next.music_use": ("use \u201c{name}\u201d as background music", "用“{name}”做背景音乐"),
    "next.music_upload": ("upload a song for background music", "上传一首歌作为背景音乐"),
    "next.music_fade": (
        "say \u201cquieter\u201d or \u201clouder\u201d to adjust the music",
        "说“小声一点”或“大声一点”调整音乐",
    ),
    "next.format": ("make it vertical for Reels/TikTok (9:16)", "改成竖屏（9:16）发抖音"),
    "next.pace": (
        "change the pace (\u201cfaster\u201d / \u201ccalmer\u201d)",
        "调整节奏（“快一点”/“慢一点”）",
    ),
    "next.transition": (
        "try another transition, e.g. \u201cfade to black\u201d",
        "换一种转场，例如“黑场过渡”",
    ),
    "next.export": ("export it with /export", "用 /export 导出"),
    "next.describe": ("say \u201cdescribe the timeline\u201d", "说“描述一下时间线”"),
    "next.undo": ("say \u201cundo\u201d if you don't like it", "不满意可以说“撤销”"),
}
MESSAGES.update(beat.MESSAGES)  # cut to the beat (agent/beat.py)


COLOR_NAMES = {
    "#FFFFFF": ("white", "白色"),
    "#000000": ("black", "黑色"),
    "#FF3B30": ("red", "红色"),
    "#FFD60A": ("yellow", "黄色"),
    "#D4AF37": ("gold", "金色"),
    "#FF9F0A": ("orange", "橙色"),
    "#0A84FF": ("blue", "蓝色"),
    "#34C759": ("green", "绿色"),
    "#FF6FAE": ("pink", "粉色"),
    "#AF52DE": ("purple", "紫色"),
    "#8E8E93": ("grey", "灰色"),
    "#C0C0C0": ("silver", "银色"),
    "#32D2F5": ("cyan", "青色"),
}


def color_name(color: object, lang: str) -> str:
    names = COLOR_NAMES.get(str(color).upper())
    return (names[1] if lang == "zh" else names[0]) if names else str(color)


def msg(key: str, lang: str, **fields: Any) -> str:
    en, zh = MESSAGES[key]
    text = zh if lang == "zh" else en
    return text.format(**fields) if fields else text


def text_fields(seg: dict[str, Any], lang: str) -> dict[str, str]:
    """How a title or caption is named in a reply: role, text, time span, place, colour."""
    sm = seg["m"]
    pos = sm.get("position", "center")
    return {
        "role": msg(f"role.{sm.get('role', 'title')}", lang).capitalize(),
        "text": sm.get("text", ""),
        "span": msg("span", lang, a=secs(seg["st"]), b=secs(seg["st"] + seg["d"])),
        "pos": msg(f"pos.{pos}", lang)
        if isinstance(pos, str) and f"pos.{pos}" in MESSAGES
        else str(pos),
        "color": color_name(sm.get("color", "#FFFFFF"), lang),
    }


def music_fields(seg: dict[str, Any]) -> dict[str, str]:
    """How a music segment is named in a reply: file name, volume, fades."""
    sm = seg["m"]
    return {
        "name": sm.get("name", ""),
        "vol": pct(sm.get("volume", 1)),
        "fi": secs(sm.get("fade_in", 0)),
        "fo": secs(sm.get("fade_out", 0)),
    }


def secs(ms: int | float) -> str:
    """ "3 s", "2.5 s", "0.25 s" (two decimals only under a second)."""
    s = ms / 1000
    return (
        f"{s:.2f}".rstrip("0").rstrip(".") + " s"
        if s < 1
        else f"{s:.1f}".rstrip("0").rstrip(".") + " s"
    )


def pct(v: float) -> str:
    return f"{round(v * 100)}%"


def _which(
    clips: list[int] | None,
    lang: str,
    video: list[dict[str, Any]] | None = None,
    names: list[str] | None = None,
) -> str:
    """ "photo 2 (city.jpg)", "photos 2, 3 (city.jpg, dinner.jpg)", "all photos" — photos
    when every clip meant is a photo, with file names the user can check."""
    segs = video or []
    picked = [segs[i] for i in (clips or []) if 0 <= i < len(segs)]
    pool = picked if clips is not None else segs
    photos = bool(pool) and all(x["m"].get("kind", "image") != "video" for x in pool)
    if clips is None:
        return msg("which.all_photos" if photos else "which.all", lang)
    if names is None:
        names = [str(x["m"].get("name", "")) for x in picked] if len(picked) == len(clips) else []
    named = (
        msg("which.names", lang, names=msg("list", lang).join(names))
        if names and all(names) and len(names) <= 4
        else ""
    )
    if len(clips) == 1:
        return msg("which.photo" if photos else "which.one", lang, k=clips[0] + 1) + named
    ks = msg("list", lang).join(str(i + 1) for i in clips)
    return msg("which.photos" if photos else "which.many", lang, ks=ks) + named


def tr_name(t: str, lang: str) -> str:
    for base in ("slide", "push", "wipe"):
        if t.startswith(base + "_"):
            return msg(f"tr.{base}", lang, dir=msg(f"dir.{t.split('_', 1)[1]}", lang))
    key = f"tr.{t}"
    return msg(key, lang) if key in MESSAGES else t


def _fmt(m: dict[str, Any]) -> str:
    return f"{m.get('aspect')} {m.get('width')}×{m.get('height')} {str(m.get('resolution', '')).upper().replace('K', 'K')}"


OP_WORDS = {
    "beat_sync": ("cut to the beat", "卡点"),
    "create_video": ("make the video", "生成视频"),
    "set_duration": ("change the length", "修改时长"),
    "add_text": ("add the text", "添加文字"),
    "edit_text": ("change the text", "修改文字"),
    "remove_text": ("remove the text", "删除文字"),
    "set_music": ("add the music", "添加音乐"),
    "edit_music": ("change the music", "调整音乐"),
    "remove_clips": ("remove clips", "删除素材"),
    "move_clip": ("move the clip", "移动素材"),
    "swap_clips": ("swap clips", "交换素材"),
    "trim_clip": ("trim the clip", "裁剪片段"),
    "add_clips": ("add clips", "添加素材"),
}


def _failure(op: O.Op, res: dict[str, Any], lang: str) -> str:
    """ "couldn't change the text: there is no such text" — the reason from the catalog."""
    en, zh = OP_WORDS.get(op.name, (op.name.replace("_", " "), op.name.replace("_", " ")))
    fields = dict(res.get("reason_fields") or {"error": str(res.get("error", ""))})
    why = reasons.say(str(res.get("reason", "other")), lang, fields)
    return msg("op.failed", lang, what=zh if lang == "zh" else en, why=why)


def _length_note(res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    """What an edit did to the total length: kept as asked, or the new length (and how to
    get the asked-for length back)."""
    total = secs(draft.get("d", 0))
    if "kept_ms" in res:
        return msg("length.kept", lang, total=secs(res["kept_ms"]))
    if "length_was" not in res:
        return ""
    text = msg("length.changed", lang, total=total, was=secs(res["length_was"]))
    if "pinned_was" in res:
        was = f"{res['pinned_was'] / 1000:.1f}".rstrip("0").rstrip(".")
        say = f"{was}秒" if lang == "zh" else f"{was} seconds"
        text += msg("length.restore", lang, pinned=secs(res["pinned_was"]), say=say)
    return text


def _placed(res: dict[str, Any], lang: str) -> str:
    """How an added text made room: it replaced, stacked under, or followed another."""
    for key in ("replaced", "stacked", "after"):
        old = res.get(key)
        if old:
            quoted = msg("list", lang).join(msg("text.one", lang, text=t) for t in old)
            return msg(f"text.{key}", lang, text=quoted)
    return ""


@singledispatch
def describe_op(op: O.Op, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    """One clause saying what an applied op did, from the resulting draft; each op type
    registers its own description below, from the catalog's message keys and fields."""
    return op.name


@describe_op.register
def _say_create(op: O.Create, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    parts = []
    p, v = res.get("photos", 0), res.get("videos", 0)
    if p:
        parts.append(msg("what.photo", lang) if p == 1 else msg("what.photos", lang, n=p))
    if v:
        parts.append(msg("what.video", lang) if v == 1 else msg("what.videos", lang, n=v))
    return msg("op.create_video", lang, what=msg("what.and", lang).join(parts))


@describe_op.register
def _say_reset(op: O.Reset, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    return msg("op.start_over", lang)


@describe_op.register
def _say_beat_sync(op: O.BeatSync, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    return beat.describe(op, res, draft, lang)


@describe_op.register
def _say_set_format(op: O.SetFormat, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    m = draft.get("m", {})
    parts = []
    if op.aspect or op.resolution or op.fps:
        fmt = []
        if op.aspect or op.resolution:
            fmt.append(f"{m.get('aspect')} ({m.get('width')}×{m.get('height')})")
        if op.fps:
            fmt.append(f"{m.get('fps')} fps")
        parts.append(msg("op.set_format", lang, fmt=", ".join(fmt)))
    if op.fit:
        parts.append(msg("op.set_fit", lang, fit=msg(f"fit.{op.fit}", lang)))
    return msg("sep", lang).join(parts)


@describe_op.register
def _say_set_title(op: O.SetTitle, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    m = draft.get("m", {})
    return msg("op.set_project_title", lang, title=m.get("title", ""))


@describe_op.register
def _say_set_duration(
    op: O.SetDuration, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    if op.total_ms is not None:
        return msg("op.set_duration.total", lang, total=secs(draft.get("d", 0)))
    each = secs(op.clip_ms or 0)
    which = _which(op.clips, lang, video)
    if op.clips is not None and len(op.clips) == 1 and op.clips[0] < len(video):
        text = msg("op.set_duration.one", lang, which=which, d=secs(video[op.clips[0]]["d"]))
    else:
        text = msg("op.set_duration.clips", lang, which=which, each=each)
    return text + _length_note(res, draft, lang)


@describe_op.register
def _say_scale_duration(
    op: O.ScaleDuration, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    key = "op.scale_duration.longer" if op.factor > 1 else "op.scale_duration.shorter"
    text = msg(key, lang, which=_which(op.clips, lang, video))
    if op.clips is not None and len(op.clips) == 1 and op.clips[0] < len(video):
        return (
            text
            + msg("now_each", lang, d=secs(video[op.clips[0]]["d"]))
            + _length_note(res, draft, lang)
        )
    return text + _length_note(res, draft, lang)


@describe_op.register
def _say_set_pace(op: O.SetPace, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    return msg("op.set_pace", lang, pace=msg(f"pace.{op.pace}", lang)) + _length_note(
        res, draft, lang
    )


@describe_op.register
def _say_set_motion(op: O.SetMotion, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    parts = []
    if op.motion:
        parts.append(
            msg(
                "op.set_motion",
                lang,
                which=_which(op.clips, lang, video),
                motion=msg(f"motion.{op.motion}", lang),
            )
        )
    if op.focus:
        parts.append(
            msg(
                "op.set_motion.focus",
                lang,
                which=_which(op.clips, lang, video),
                focus=msg(f"focus.{op.focus}", lang),
            )
        )
    return msg("sep", lang).join(parts)


@describe_op.register
def _say_set_fit(op: O.SetFit, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    return msg("op.set_fit", lang, fit=msg(f"fit.{op.fit}", lang))


@describe_op.register
def _say_set_transition(
    op: O.SetTransition, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    clips = op.clips
    photos = bool(video) and all(x["m"].get("kind", "image") != "video" for x in video)
    if clips is None:
        where = msg("where.all_photos" if photos else "where.all", lang, n=len(video))
    else:
        into = "where.into_photo" if photos else "where.into"
        where = msg("list", lang).join(msg(into, lang, k=i + 1) for i in clips)
    ref = (
        video[clips[0]]
        if clips and clips[0] < len(video)
        else (video[1] if len(video) > 1 else None)
    )
    tr = ref["m"]["transition"] if ref else {"type": op.type or "crossfade", "d": op.d_ms or 0}
    if tr.get("type") == "cut":
        return msg("op.set_transition.cut", lang, where=where)
    was_type, was_d = res.get("was_type"), res.get("was_d")
    if was_type == tr.get("type") and was_d is not None and was_d != tr.get("d"):
        return msg(
            "op.set_transition.length",
            lang,
            where=where,
            d=secs(int(str(tr.get("d") or 0))),
            was=secs(int(was_d)),
        )
    if was_type not in (None, "cut", tr.get("type")):
        return msg(
            "op.set_transition.changed",
            lang,
            where=where,
            was_type=tr_name(str(was_type), lang),
            type=tr_name(str(tr["type"]), lang),
            d=secs(int(str(tr.get("d") or 0))),
        )
    return msg(
        "op.set_transition",
        lang,
        type=tr_name(str(tr["type"]), lang),
        d=secs(int(str(tr.get("d") or 0))),
        where=where,
    )


@describe_op.register
def _say_add_text(op: O.AddText, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    texts = dr.segments(draft, dr.TT_TEXT)
    seg = next((s for s in reversed(texts) if s["m"].get("text") == res.get("text")), None)
    if seg is None:
        return msg(
            "op.add_text",
            lang,
            role=msg(f"role.{op.role}", lang),
            text=op.text,
            span="",
            pos="",
        )
    sm = seg["m"]
    pos = sm.get("position")
    return msg(
        "op.add_text",
        lang,
        role=msg(f"role.{sm.get('role', 'title')}", lang),
        text=sm["text"],
        span=msg("span", lang, a=secs(seg["st"]), b=secs(seg["st"] + seg["d"])),
        pos=(
            msg(f"pos.{pos}", lang)
            if isinstance(pos, str)
            else msg("pos.point", lang, y=round(float(pos[1]) * 100))
            if isinstance(pos, list | tuple) and len(pos) == 2
            else str(pos)
        )
        + (
            msg("list", lang) + msg("change.size", lang, size=pct(sm.get("size", 0)))
            if op.size
            else ""
        )
        + (
            msg("list", lang) + msg("change.color", lang, color=color_name(sm.get("color"), lang))
            if op.color
            else ""
        )
        + (
            msg("list", lang)
            + msg("change.style", lang, style=msg(f"style.{sm.get('style')}", lang))
            if op.style
            else ""
        )
        + (
            msg("list", lang)
            + msg("change.entrance", lang, entrance=msg(f"entrance.{op.entrance}", lang))
            if op.entrance in dr.ENTRANCES
            else ""
        ),
    ) + _placed(res, lang)


@describe_op.register
def _say_caption_clips(
    op: O.CaptionClips, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    return msg("op.caption_clips", lang, n=res.get("added", 0))


@describe_op.register
def _say_edit_text(op: O.EditText, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    texts = dr.segments(draft, dr.TT_TEXT)
    # the texts this edit touched: the target, else every text of the role, else all
    if op.target is not None and op.target < len(texts):
        touched = [texts[op.target]]
    elif op.role:
        touched = [x for x in texts if x["m"].get("role", "title") == op.role]
    else:
        touched = list(texts)
    old = [str(x) for x in res.get("old", [])]
    if op.text and op.target is not None and op.target < len(old):
        role = msg(f"role.{touched[0]['m'].get('role', 'title')}", lang) if touched else ""
        head = msg("op.edit_text.words", lang, role=role, old=old[op.target], new=op.text)
        rest = [
            f
            for f in ("position", "size", "size_factor", "color", "style")
            if getattr(op, f) is not None
        ]
        if not rest:
            return head[:1].upper() + head[1:] if lang == "en" else head
        op = O.EditText(**{**op.__dict__, "text": None})
    if len(touched) == 1:
        which = msg("text.one", lang, text=touched[0]["m"].get("text", ""))
    elif op.role:
        which = msg(f"text.all.{op.role}", lang)
    else:
        which = msg("text.all", lang)
    what = []
    if op.text:
        what.append(msg("change.text", lang, text=op.text))
    if op.position:
        what.append(msg("change.position", lang, pos=msg(f"pos.{op.position}", lang)))
    if op.size is not None or op.size_factor is not None:
        ref = touched[0] if touched else None
        what.append(
            msg(
                "change.size",
                lang,
                size=pct(ref["m"].get("size", 0)) if ref else "",
            )
        )
    if op.color:
        what.append(msg("change.color", lang, color=color_name(op.color, lang)))
    if op.style in dr.STYLES:
        what.append(msg("change.style", lang, style=msg(f"style.{op.style}", lang)))
    if op.entrance in dr.ENTRANCES:
        what.append(msg("change.entrance", lang, entrance=msg(f"entrance.{op.entrance}", lang)))
    if op.st_ms is not None or op.d_ms is not None:
        ref = touched[0] if touched else None
        if ref:
            what.append(
                msg(
                    "change.timing",
                    lang,
                    span=msg("span", lang, a=secs(ref["st"]), b=secs(ref["st"] + ref["d"])),
                )
            )
    return msg("op.edit_text", lang, which=which, what=msg("list", lang).join(what))


@describe_op.register
def _say_remove_text(
    op: O.RemoveText, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    removed = [t for t in res.get("texts", []) if isinstance(t, list) and len(t) == 2]
    if removed and len(removed) <= 3:
        which = msg("list", lang).join(
            msg("text.named", lang, role=msg(f"role.{r}", lang), text=t) for r, t in removed
        )
        return msg("op.remove_text", lang, which=which)
    if op.target is None and op.role:
        which = msg(f"text.all.{op.role}", lang)
    elif op.target is None:
        which = msg("text.all", lang)
    else:
        which = (
            msg(f"role.{res.get('role', 'text')}", lang)
            if "role" in res
            else msg("role.text", lang)
        )
    return msg("op.remove_text", lang, which=which)


@describe_op.register
def _say_set_music(op: O.SetMusic, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    text = msg("op.set_music", lang, name=res.get("music", ""), vol=pct(res.get("volume", 1)))
    music = dr.segments(draft, dr.TT_AUDIO)
    if op.fade_in_ms is not None and music:
        text += msg("list", lang) + msg(
            "music.fade_in", lang, d=secs(music[0]["m"].get("fade_in", 0))
        )
    if op.fade_out_ms is not None and music:
        text += msg("list", lang) + msg(
            "music.fade_out", lang, d=secs(music[0]["m"].get("fade_out", 0))
        )
    if op.start_ms and music:
        text += msg("list", lang) + msg("music.start", lang, t=secs(music[0]["m"].get("trim", 0)))
    return text


@describe_op.register
def _say_edit_music(op: O.EditMusic, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    music = dr.segments(draft, dr.TT_AUDIO)
    sm = music[0]["m"] if music else {}
    what = []
    if op.volume is not None or op.volume_factor is not None:
        if "was_volume" in res:
            what.append(
                msg(
                    "music.volume_change",
                    lang,
                    a=pct(res["was_volume"]),
                    b=pct(sm.get("volume", 0)),
                )
            )
        else:
            what.append(msg("music.volume", lang, vol=pct(sm.get("volume", 0))))
    if op.fade_in_ms is not None:
        what.append(msg("music.fade_in", lang, d=secs(sm.get("fade_in", 0))))
    if op.fade_out_ms is not None:
        what.append(msg("music.fade_out", lang, d=secs(sm.get("fade_out", 0))))
    if op.start_ms is not None:
        what.append(msg("music.start", lang, t=secs(sm.get("trim", 0))))
    return msg("op.edit_music", lang, what=msg("list", lang).join(what))


@describe_op.register
def _say_remove_music(
    op: O.RemoveMusic, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    return msg("op.remove_music", lang)


@describe_op.register
def _say_set_video_fade(
    op: O.SetVideoFade, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    said = []
    for key, asked in (("fade_in", op.fade_in_ms), ("fade_out", op.fade_out_ms)):
        if asked is None:
            continue
        got = int(res.get(key, 0))
        if got:
            text = msg(f"op.video_{key}", lang, d=secs(got))
            if got < asked:
                text += msg("video_fade.clamped", lang)
        else:
            text = msg(f"op.video_{key}.off", lang)
        said.append(text)
    if "music_fade_out" in res:
        said.append(msg("video_fade.music", lang, d=secs(res["music_fade_out"])))
    return msg("sep", lang).join(said)


@describe_op.register
def _say_clip_audio(op: O.ClipAudio, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    key = "op.clip_audio.mute" if op.mute else "op.clip_audio.volume"
    return msg(key, lang, n=res.get("changed", 0))


@describe_op.register
def _say_remove_clips(
    op: O.RemoveClips, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    names = [str(x) for x in res.get("names", [])]
    gone = [{"m": {"kind": k}} for k in res.get("kinds", [])]
    picked = list(range(len(gone))) if gone else None
    which = _which(op.clips, lang, None, names)
    if gone and picked is not None and op.clips is not None:
        stub = [{"m": {"kind": "image"}}] * (max(op.clips) + 1)
        for i, g in zip(op.clips, gone, strict=False):
            stub[i] = g
        which = _which(op.clips, lang, stub, names)
    return (
        msg("op.remove_clips", lang, which=which)
        + msg("left", lang, n=len(video))
        + _length_note(res, draft, lang)
    )


@describe_op.register
def _say_move_clip(op: O.MoveClip, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    to = int(res.get("to", op.to))
    seg = video[to] if 0 <= to < len(video) else None
    stub = [{"m": {"kind": "image"}}] * (op.clip + 1)
    if seg is not None:
        stub[op.clip] = seg
    which = _which([op.clip], lang, stub)
    if to == 0:
        return msg("op.move_clip.start", lang, which=which)
    if to == len(video) - 1:
        return msg("op.move_clip.end", lang, which=which)
    return msg("op.move_clip", lang, which=which, to=to + 1)


@describe_op.register
def _say_swap_clips(op: O.SwapClips, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    names = [str(video[i]["m"].get("name", "")) for i in (op.b, op.a) if 0 <= i < len(video)]
    if len(names) == 2 and all(names):
        return msg("op.swap_clips.named", lang, a=op.a + 1, b=op.b + 1, na=names[0], nb=names[1])
    return msg("op.swap_clips", lang, a=op.a + 1, b=op.b + 1)


@describe_op.register
def _say_trim_clip(op: O.TrimClip, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    seg = video[op.clip] if op.clip < len(video) else None
    return msg(
        "op.trim_clip",
        lang,
        k=op.clip + 1,
        t=secs(res.get("trim_ms", 0)),
        d=secs(seg["d"]) if seg else "",
    )


@describe_op.register
def _say_reverse_clips(
    op: O.ReverseClips, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    return msg("op.reverse_clips", lang)


@describe_op.register
def _say_reorder_clips(
    op: O.ReorderClips, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    video = dr.segments(draft, dr.TT_VIDEO)
    names = [s["m"].get("name") or str(i + 1) for i, s in enumerate(video)]
    return msg("op.reorder_clips", lang, names=msg("list", lang).join(names))


@describe_op.register
def _say_duplicate_clip(
    op: O.DuplicateClip, res: dict[str, Any], draft: dict[str, Any], lang: str
) -> str:
    return msg("op.duplicate_clip", lang, k=op.clip + 1)


@describe_op.register
def _say_add_clips(op: O.AddClips, res: dict[str, Any], draft: dict[str, Any], lang: str) -> str:
    names = [str(x) for x in res.get("names", [])]
    if names:
        at = int(res.get("at", 0))
        return msg(
            "op.add_clips.named",
            lang,
            names=msg("list", lang).join(names),
            where=msg("list", lang).join(str(at + 1 + i) for i in range(len(names))),
        ) + _length_note(res, draft, lang)
    return msg("op.add_clips", lang, n=res.get("added", 0)) + _length_note(res, draft, lang)


def summary(draft: dict[str, Any] | None, lang: str) -> str:
    if not draft:
        return msg("describe.empty", lang)
    m = draft.get("m", {})
    video = dr.segments(draft, dr.TT_VIDEO)
    photos = bool(video) and all(s["m"].get("kind", "image") != "video" for s in video)
    parts = [
        msg(
            "summary",
            lang,
            aspect=m.get("aspect"),
            w=m.get("width"),
            h=m.get("height"),
            fps=m.get("fps"),
            total=secs(draft.get("d", 0)),
            items=msg(
                ("count.photo" if photos else "count.clip")
                if len(video) == 1
                else ("count.photos" if photos else "count.clips"),
                lang,
                n=len(video),
            ),
        )
    ]
    music = dr.segments(draft, dr.TT_AUDIO)
    if music:
        parts.append(
            msg(
                "summary.music",
                lang,
                name=music[0]["m"].get("name", ""),
                vol=pct(music[0]["m"].get("volume", 1)),
            )
        )
    texts = dr.segments(draft, dr.TT_TEXT)
    if texts:
        parts.append(
            msg("summary.text", lang)
            if len(texts) == 1
            else msg("summary.texts", lang, n=len(texts))
        )
    return msg("now", lang, summary=msg("list", lang).join(parts))


def describe(draft: dict[str, Any] | None, lang: str) -> str:
    """The timeline in words, one line per clip, text and music."""
    video = dr.segments(draft, dr.TT_VIDEO)
    if not draft or not video:
        return msg("describe.empty", lang)
    m = draft.get("m", {})
    lines = [
        msg(
            "describe.head",
            lang,
            aspect=m.get("aspect"),
            w=m.get("width"),
            h=m.get("height"),
            res=m.get("resolution"),
            fps=m.get("fps"),
            total=secs(draft.get("d", 0)),
        )
    ]
    for i, s in enumerate(video):
        sm = s.get("m", {})
        tr = sm.get("transition") or {}
        trs = ""
        if i > 0 and tr.get("type", "cut") != "cut" and tr.get("d"):
            trs = msg("describe.tr", lang, type=tr_name(tr["type"], lang) + f" {secs(tr['d'])}")
        motion = sm.get("motion", "auto")
        lines.append(
            msg(
                "describe.clip",
                lang,
                k=i + 1,
                name=sm.get("name") or sm.get("src"),
                span=msg("span", lang, a=secs(s["st"]), b=secs(s["st"] + s["d"])),
                motion=msg(f"motion.{motion}", lang) if f"motion.{motion}" in MESSAGES else motion,
                tr=trs,
            )
        )
    for s in dr.segments(draft, dr.TT_TEXT):
        lines.append(msg("describe.text", lang, **text_fields(s, lang)))
    music = dr.segments(draft, dr.TT_AUDIO)
    if music:
        lines.append(msg("describe.music", lang, **music_fields(music[0])))
    else:
        lines.append(msg("describe.nomusic", lang))
    if m.get("fade_in") or m.get("fade_out"):
        lines.append(
            msg(
                "describe.video_fade",
                lang,
                fi=secs(m.get("fade_in") or 0),
                fo=secs(m.get("fade_out") or 0),
            )
        )
    return "\n".join(lines)


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None, lang: str) -> str:
    """What differs between two drafts, in a few words (for undo/redo replies)."""
    parts = []
    om, nm = (old or {}).get("m", {}), (new or {}).get("m", {})
    if om.get("aspect") != nm.get("aspect"):
        parts.append(msg("diff.format", lang, a=om.get("aspect", "–"), b=nm.get("aspect", "–")))
    if om.get("resolution") != nm.get("resolution"):
        parts.append(
            msg("diff.resolution", lang, a=om.get("resolution", "–"), b=nm.get("resolution", "–"))
        )
    if om.get("fps") != nm.get("fps"):
        parts.append(msg("diff.fps", lang, a=om.get("fps", "–"), b=nm.get("fps", "–")))
    if (old or {}).get("d") != (new or {}).get("d"):
        parts.append(
            msg(
                "diff.length",
                lang,
                a=secs((old or {}).get("d", 0)),
                b=secs((new or {}).get("d", 0)),
            )
        )
    ov, nv = dr.segments(old, dr.TT_VIDEO), dr.segments(new, dr.TT_VIDEO)
    if len(ov) != len(nv):
        photos = all(s.get("m", {}).get("kind", "image") != "video" for s in [*ov, *nv])
        parts.append(msg("diff.photos" if photos else "diff.clips", lang, a=len(ov), b=len(nv)))
    elif [s.get("m", {}).get("src") for s in ov] != [s.get("m", {}).get("src") for s in nv]:
        parts.append(msg("diff.order", lang))
    else:
        if [(s.get("m", {}).get("motion"), s.get("m", {}).get("focus")) for s in ov] != [
            (s.get("m", {}).get("motion"), s.get("m", {}).get("focus")) for s in nv
        ]:
            parts.append(msg("diff.motion", lang))
        if [s.get("m", {}).get("transition") for s in ov[1:]] != [
            s.get("m", {}).get("transition") for s in nv[1:]
        ]:
            parts.append(msg("diff.transitions", lang))
        if [s.get("d") for s in ov] != [s.get("d") for s in nv] and (old or {}).get("d") == (
            new or {}
        ).get("d"):
            parts.append(msg("diff.clip_lengths", lang))
    ot, nt = dr.segments(old, dr.TT_TEXT), dr.segments(new, dr.TT_TEXT)
    if len(ot) != len(nt):
        gone = [
            t
            for t in ot
            if t.get("m", {}).get("text") not in {x.get("m", {}).get("text") for x in nt}
        ]
        back = [
            t
            for t in nt
            if t.get("m", {}).get("text") not in {x.get("m", {}).get("text") for x in ot}
        ]
        for key, items in (("diff.text_gone", gone), ("diff.text_added", back)):
            for t in items[:3]:
                tm = t.get("m", {})
                parts.append(
                    msg(
                        key,
                        lang,
                        role=msg(f"role.{tm.get('role', 'title')}", lang),
                        text=tm.get("text", ""),
                    )
                )
        if not gone and not back:
            parts.append(msg("diff.texts", lang, a=len(ot), b=len(nt)))
    else:
        for a, b in zip(ot, nt, strict=False):
            am, bm = a.get("m", {}), b.get("m", {})
            if am.get("text") != bm.get("text"):
                parts.append(
                    msg(
                        "diff.text",
                        lang,
                        role=msg(f"role.{bm.get('role', 'title')}", lang),
                        a=am.get("text", ""),
                        b=bm.get("text", ""),
                    )
                )
            elif am != bm or (a.get("st"), a.get("d")) != (b.get("st"), b.get("d")):
                parts.append(
                    msg(
                        "diff.text_look",
                        lang,
                        role=msg(f"role.{bm.get('role', 'title')}", lang),
                        text=bm.get("text", ""),
                    )
                )
    oa, na = dr.segments(old, dr.TT_AUDIO), dr.segments(new, dr.TT_AUDIO)
    if [s.get("m") for s in oa] != [s.get("m") for s in na]:
        if oa and not na:
            parts.append(msg("diff.music_gone", lang, name=oa[0]["m"].get("name", "")))
        elif na and not oa:
            parts.append(msg("diff.music_back", lang, name=na[0]["m"].get("name", "")))
        elif (
            oa
            and na
            and oa[0]["m"].get("src") == na[0]["m"].get("src")
            and oa[0]["m"].get("volume") != na[0]["m"].get("volume")
        ):
            parts.append(
                msg(
                    "diff.music_volume",
                    lang,
                    a=pct(oa[0]["m"].get("volume", 1)),
                    b=pct(na[0]["m"].get("volume", 1)),
                )
            )
        else:
            parts.append(msg("diff.music", lang))
    if (om.get("fade_in") or 0, om.get("fade_out") or 0) != (
        nm.get("fade_in") or 0,
        nm.get("fade_out") or 0,
    ):
        parts.append(msg("diff.video_fade", lang))
    return msg("list", lang).join(parts) or msg("diff.none", lang)


def memo(draft: object) -> dict[str, Any]:
    """The agent's note in the draft (``m.agent``): what the user declined, the last ops."""
    m = draft.get("m") if isinstance(draft, dict) else None
    got = m.get("agent") if isinstance(m, dict) else None
    return got if isinstance(got, dict) else {}


def next_steps(
    draft: dict[str, Any] | None, media: list[Any], lang: str, done: list[str]
) -> list[str]:
    """Two or three useful things to try next, given the state of the draft; never music
    when the user just said no music (``done`` holds "no_music" then)."""
    declined = memo(draft).get("declined") or []
    if isinstance(declined, list) and "music" in declined:
        done = [*done, "remove_music"]
    if isinstance(declined, list) and "text" in declined:
        done = [*done, "add_text"]
    if "no_music" in done:
        done = [*done, "remove_music"]
    if "no_text" in done:
        done = [*done, "add_text"]
    return _next_steps(draft, media, lang, done)


def _next_steps(
    draft: dict[str, Any] | None, media: list[Any], lang: str, done: list[str]
) -> list[str]:
    """Two or three useful things to try next, given the state of the draft."""
    video = dr.segments(draft, dr.TT_VIDEO)
    if not video:
        visual = [m for m in media if m.kind in ("image", "video")]
        return [
            msg("next.create", lang) if visual else msg("next.upload", lang),
            msg("next.describe", lang),
        ]
    out: list[str] = []
    if not dr.segments(draft, dr.TT_TEXT) and "add_text" not in done:
        out.append(msg("next.title", lang))
    if not dr.segments(draft, dr.TT_AUDIO) and "remove_music" not in done:
        audio = [m for m in media if m.kind == "audio"]
        out.append(
            msg("next.music_use", lang, name=audio[-1].name)
            if audio
            else msg("next.music_upload", lang)
        )
    elif "set_music" in done:
        out.append(msg("next.music_fade", lang))
    m = (draft or {}).get("m", {})
    if len(out) < 2 and m.get("aspect") == "16:9" and "set_format" not in done:
        out.append(msg("next.format", lang))
    if len(out) < 2 and "set_pace" not in done and "set_duration" not in done:
        out.append(msg("next.pace", lang))
    if len(out) < 2 and "set_transition" not in done:
        out.append(msg("next.transition", lang))
    out = out[:2]
    out.append(msg("next.export", lang))
    return out


def compose(
    *,
    lang: str,
    applied: list[tuple[O.Op, dict[str, Any]]],
    notes: list[Note],
    draft: dict[str, Any] | None,
    media: list[Any],
    already: list[O.Op] | None = None,
    before: dict[str, Any] | None = None,
    tips: bool = True,
) -> str:
    """The whole reply: changes, then notes (limits, questions), then the state and next steps."""
    lines: list[str] = []
    changes = []
    # the length change is said once, after the last edit that changed it
    changed = [i for i, (_, r) in enumerate(applied) if "length_was" in r]
    if len(changed) > 1:
        first = applied[changed[0]][1]
        applied = [
            (op, {k: v for k, v in r.items() if k not in ("length_was", "pinned_was")})
            if i in changed[:-1]
            else (op, r)
            for i, (op, r) in enumerate(applied)
        ]
        last = dict(applied[changed[-1]][1], length_was=first["length_was"])
        if "pinned_was" in first:
            last["pinned_was"] = first["pinned_was"]
        applied[changed[-1]] = (applied[changed[-1]][0], last)
    for op, res in applied:
        if res.get("ok", True):
            changes.append(describe_op(op, res, draft or {}, lang))
        else:
            changes.append(_failure(op, res, lang))
    for op in already or []:
        changes.append(msg("op.already", lang, what=describe_op(op, {}, draft or {}, lang)))
    if changes:
        text = msg("sep", lang).join(c for c in changes if c)
        text = text[:1].upper() + text[1:]
        lines.append(text + ("。" if lang == "zh" else "."))
    clarify = [n for n in notes if n.kind == "clarify"]
    for n in notes:
        if n.kind == "answer":
            from nemochat.engine.agent.answers import answer

            lines.append(answer(n.key, n.fields, draft, media, lang))
            continue
        if n.kind == "clarify" and n is not clarify[0]:
            continue  # one question at a time
        if n.key in MESSAGES:
            fields = dict(n.fields)
            if n.key == "clarify.text":
                fields["role"] = msg(f"role.{fields.get('role', 'title')}", lang)
            if n.key == "info.music_mood":
                name = fields.pop("name", "")
                fields["which"] = msg("which.song", lang, name=name) if name else ""
            lines.append(msg(n.key, lang, **fields))
    if not changes and not notes:
        lines.append(msg("nothing", lang))
    if not changes and notes and all(n.kind == "unknown" for n in notes):
        lines.append(msg("hint.help", lang))
    if changes and draft:
        lines.append(summary(draft, lang))
    done = [op.name for op, _ in applied]
    done += ["no_music" for n in notes if n.key == "negated.music"]
    done += ["no_text" for n in notes if n.key == "negated.text"]
    if not clarify and tips:
        steps = next_steps(draft, media, lang, done)
        # the same tips as last time (the state they came from is unchanged): say nothing
        useful = [s for s in steps if s != msg("next.export", lang)]
        repeated = before is not None and steps == next_steps(before, media, lang, [])
        if useful and not repeated:
            lines.append(msg("next.head", lang) + "\n" + "\n".join(f"- {s}" for s in steps))
    return "\n".join(lines)
