"""The agent's sentences (key → (English, Chinese)) and the words for what a draft holds:
colours, transitions, titles, music, the one-line summary and the whole timeline.

The agent answers in the language of each request, not the interface's, so it does not go
through ``nemochat.i18n.t``. Replies (:mod:`.reply`) and answers to questions
(:mod:`.answers`) both speak through this module.
"""

from __future__ import annotations

from typing import Any

from nemochat.engine.agent import beat
from nemochat.engine.agent.units import pct, secs
from nemochat.engine.draft_model import Music, Text, Timeline

MESSAGES: dict[str, tuple[str, str]] = {
    **beat.MESSAGES,  # cut to the beat (agent/beat.py)
    # what changed
    "op.create_video": ("Made a video from {what}", "用 {what}做成了视频"),
    "what.photos": ("{n} photos", "{n} 张照片"),
    "what.photo": ("1 photo", "1 张照片"),
    "what.videos": ("{n} video clips", "{n} 段视频"),
    "what.video": ("1 video clip", "1 段视频"),
    "what.and": (" and ", "和 "),
    "op.create_video.rebuilt": (
        " again, from the uploads: the photos' order, lengths and transitions start over"
        " (say “undo” to get the earlier ones back)",
        "（按上传的素材重新做：照片顺序、时长和转场都恢复默认，说“撤销”可以找回之前的）",
    ),
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
    # one text changed: how it was → how it is now
    "op.edit_text.one": ("{role} “{text}”: {what}", "{role}“{text}”：{what}"),
    "change.position.from": ("position {was} → {pos}", "位置{was} → {pos}"),
    "change.size.from": (
        "size {was} → {size} of the frame height",
        "大小从画面高度的 {was} → {size}",
    ),
    "change.color.from": ("colour {was} → {color}", "颜色{was} → {color}"),
    "change.timing.from": ("shown {was} → {span}", "显示时间{was} → {span}"),
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
    "op.clip_audio.mute": ("muted {which}'s own sound", "{which} 的原声已静音"),
    "op.clip_audio.volume": ("set {which}'s own sound to {vol}", "把 {which} 的原声音量设为 {vol}"),
    "op.clip_audio.on": ("turned {which}'s own sound back on", "恢复了 {which} 的原声"),
    "op.clip_audio.none": ("no video clip has its own sound to change", "没有视频片段的原声可调"),
    "op.remove_clips": ("removed {which}", "删除了{which}"),
    "left": (" ({n} left)", "（剩 {n} 段）"),
    "left.photos": (" ({n} left)", "（剩 {n} 张）"),
    "op.move_clip": ("moved {which} to position {to}", "把{which}移到第 {to} 位"),
    "op.move_clip.start": ("moved {which} to the start", "把{which}移到了开头"),
    "op.move_clip.end": ("moved {which} to the end", "把{which}移到了最后"),
    "op.swap_clips.named": (
        "swapped {na} and {nb} (positions {a} and {b})",
        "交换了 {na} 和 {nb}（第 {a} 和第 {b} 位）",
    ),
    "op.swap_clips": ("swapped clips {a} and {b}", "交换了第 {a} 段和第 {b} 段"),
    "op.reorder_clips": ("reordered the clips: {names}", "调整了素材顺序：{names}"),
    "op.duplicate_clip": ("repeated {which} right after itself", "在{which}后面复制了一份"),
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
    "info.already_there.first": ("{name} is already first.", "{name} 已经是第 1 个了。"),
    "info.already_there.last": ("{name} is already last.", "{name} 已经是最后一个了。"),
    "info.already_there.at": (
        "{name} is already number {k}.",
        "{name} 已经在第 {k} 个了。",
    ),
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
        "clip {k} ({name}) now starts {t} in ({d} long)",
        "第 {k} 段（{name}）改为从第 {t} 开始（时长 {d}）",
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
    "list.then": (", ", "；"),  # a headline, then its details
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
    "info.by_name.upload": (
        "I took \u201c{said}\u201d to be {name} (uploaded, not in the video).",
        "“{said}”我理解为 {name}（已上传，不在视频里）。",
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
    "info.removed_here": (
        "Photo {k} ({name}) is removed by this same request, so nothing else was done to it"
        " — say which photo you meant (the numbers are the ones before this request).",
        "第 {k} 张（{name}）在这次请求里被删掉了，所以没有再对它做别的修改——"
        "请说明要改哪一张（编号按这次修改之前的顺序）。",
    ),
    "clarify.other_value": (
        "Not {said} — then what should it be? Say the value, e.g. “make it 18 seconds”.",
        "不是 {said}——那要改成多少？直接说数值，例如“改成18秒”。",
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
    "already.part": ("Already so, not changed — {what}", "本来就是这样，未改动——{what}"),
    "nothing": ("I didn't change anything.", "这次没有做任何修改。"),
    # intents
    "greet": (
        "Hi! Upload photos (drag them in or /upload PATH) and tell me what to make, e.g. \u201cturn these photos into a 15-second vertical video\u201d.",
        "你好！上传照片（拖进终端或 /upload 路径），然后告诉我想做什么，例如“把这些照片做成15秒的竖屏视频”。",
    ),
    "greet.uploads": (
        "Hi! You have {n} uploads here — tell me what to make, e.g. \u201cturn these into a 15-second vertical video with the title 'Grand Opening'\u201d.",
        "你好！这里有 {n} 个上传的素材——告诉我想做什么，例如“把这些做成15秒的竖屏视频，标题写‘开业大吉’”。",
    ),
    "greet.video": (
        "Hi! Your video is ready to edit — tell me what to change, e.g. \u201cmake it faster\u201d or \u201cadd the title 'Sale'\u201d, or type /export.",
        "你好！视频已经可以继续改了——告诉我要改什么，例如“节奏快一点”或“加标题‘促销’”，或者输入 /export 导出。",
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
    # "start from scratch" with photos uploaded: they are still there to use
    "start_over.empty_uploads": (
        "Started over: the timeline is empty. Your uploads are still here — say “make a video"
        " from these” to use them, or upload others.",
        "已重新开始：时间线已清空。上传的素材还在——说“用这些照片做个视频”即可重新使用，也可以上传别的。",
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
    """The catalog text of ``key`` in ``lang`` with its fields; a list field is joined the
    language's way ("1 a.jpg, 2 b.jpg" / "1 a.jpg、2 b.jpg")."""
    en, zh = MESSAGES[key]
    text = zh if lang == "zh" else en
    if not fields:
        return text
    sep = MESSAGES["list"][1 if lang == "zh" else 0]
    said = {
        k: sep.join(map(str, v)) if isinstance(v, list | tuple) else v for k, v in fields.items()
    }
    return text.format(**said)


def text_fields(text: Text, lang: str) -> dict[str, str]:
    """How a title or caption is named in a reply: role, text, time span, place, colour."""
    pos = text.position
    return {
        "role": msg(f"role.{text.role}", lang).capitalize(),
        "text": text.text,
        "span": msg("span", lang, a=secs(text.start_ms), b=secs(text.end_ms)),
        "pos": msg(f"pos.{pos}", lang)
        if isinstance(pos, str) and f"pos.{pos}" in MESSAGES
        else str(pos),
        "color": color_name(text.color, lang),
    }


def music_fields(music: Music) -> dict[str, str]:
    """How a music segment is named in a reply: file name, volume, fades."""
    return {
        "name": music.name,
        "vol": pct(music.volume),
        "fi": secs(music.fade_in_ms),
        "fo": secs(music.fade_out_ms),
    }


def tr_name(t: str, lang: str) -> str:
    for base in ("slide", "push", "wipe"):
        if t.startswith(base + "_"):
            return msg(f"tr.{base}", lang, dir=msg(f"dir.{t.split('_', 1)[1]}", lang))
    key = f"tr.{t}"
    return msg(key, lang) if key in MESSAGES else t


def summary(draft: dict[str, Any] | None, lang: str) -> str:
    if not draft:
        return msg("describe.empty", lang)
    tl = Timeline(draft)
    video = tl.clips
    photos = bool(video) and all(not c.is_video for c in video)
    parts = [
        msg(
            "summary",
            lang,
            aspect=tl.aspect,
            w=tl.width,
            h=tl.height,
            fps=tl.fps,
            total=secs(tl.duration_ms),
            items=msg(
                ("count.photo" if photos else "count.clip")
                if len(video) == 1
                else ("count.photos" if photos else "count.clips"),
                lang,
                n=len(video),
            ),
        )
    ]
    music = tl.music
    if music is not None:
        parts.append(msg("summary.music", lang, name=music.name, vol=pct(music.volume)))
    texts = tl.texts
    if texts:
        parts.append(
            msg("summary.text", lang)
            if len(texts) == 1
            else msg("summary.texts", lang, n=len(texts))
        )
    return msg("now", lang, summary=msg("list", lang).join(parts))


def describe(draft: dict[str, Any] | None, lang: str) -> str:
    """The timeline in words, one line per clip, text and music."""
    tl = Timeline(draft or {})
    video = tl.clips
    if not draft or not video:
        return msg("describe.empty", lang)
    lines = [
        msg(
            "describe.head",
            lang,
            aspect=tl.aspect,
            w=tl.width,
            h=tl.height,
            res=tl.resolution,
            fps=tl.fps,
            total=secs(tl.duration_ms),
        )
    ]
    for i, c in enumerate(video):
        tr = c.transition
        trs = ""
        if i > 0 and not tr.is_cut and tr.ms:
            trs = msg("describe.tr", lang, type=tr_name(tr.type, lang) + f" {secs(tr.ms)}")
        motion = c.motion
        lines.append(
            msg(
                "describe.clip",
                lang,
                k=i + 1,
                name=c.label,
                span=msg("span", lang, a=secs(c.start_ms), b=secs(c.end_ms)),
                motion=msg(f"motion.{motion}", lang) if f"motion.{motion}" in MESSAGES else motion,
                tr=trs,
            )
        )
    for t in tl.texts:
        lines.append(msg("describe.text", lang, **text_fields(t, lang)))
    music = tl.music
    if music is not None:
        lines.append(msg("describe.music", lang, **music_fields(music)))
    else:
        lines.append(msg("describe.nomusic", lang))
    fade_in, fade_out = tl.fade_in_ms or 0, tl.fade_out_ms or 0
    if fade_in or fade_out:
        lines.append(msg("describe.video_fade", lang, fi=secs(fade_in), fo=secs(fade_out)))
    return "\n".join(lines)
