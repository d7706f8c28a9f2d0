"""Recognising and reading bylines, author notes, photo credits and captions. (Credits that
close a paragraph are ``end_credits``'.)"""

import re

from .chart_captions import is_chart_caption
from .credit_text import SLASH_SPACES_RE, close_name_spaces, without_media
from .lines import BYLINE_MARKERS
from .names import (
    COMPOUND_SURNAMES,
    NAME,
    PERSON_ROLE_WORDS,
    ROLE_OF,
    ROLE_RE,
    is_bare_name,
    is_credited_name,
    is_desk_name,
    is_name,
    is_organisation,
    is_person_name,
    looks_like_person,
    without_employers,
)
from .slash_credits import SLASHED_CAPTION_RE, without_slash
from .types import Credit

_MARKERS = BYLINE_MARKERS
# A line that opens with a person's role word, or a writer's or photographer's mark.
_BYLINE_START_RE = re.compile(
    "^(?:" + "|".join(PERSON_ROLE_WORDS) + r"|撰文[:：]?|参与采写|文·图/|文/|图/)\s*[\u3400-\u9fff]"
)
# ``王明/文``: the writer's name before the slash.
_NAME_SLASH_RE = re.compile(r"([\u3400-\u9fff]{2,4})/([文图])")
# The role 文/图 set close after a reporter's name: ``（记者张斯炜文/图）`` is 张斯炜, words and
# pictures.
_GLUED_WORDS_AND_PICTURES_RE = re.compile(r"(?<=[者员\s（(])([\u3400-\u9fff]{2,3})(文/图|图/文)(?=$|[\s)）])")
_AUTHOR_NOTE_RE = re.compile(r"^[(（]\s*(?:作者|本文作者)[^()（）]{1,80}[)）]$")
_PHOTO_CREDIT_RE = re.compile(rf"^(?:(?:本报记者|记者|通讯员)\s*)?((?:{NAME}\s*){{1,3}})\s*(?:摄影?|供图)$")
_PHOTO_ENDINGS = ("摄", "摄影", "供图")
# Every caption source phrase has a 图 in it; that character is the cheap first test.
_CHART_SOURCES = ("数据来源", "资料来源")
_CAPTION_SOURCE_RE = re.compile(r"(?:图片来源|图片由|图片提供|资料图|图为|供图)")
# A caption closed by its picture's credit after the sentence: …生产线。图／本报资料照片, …开园。图/X
# (``图/文 X``, a byline, has a space in it).
_PICTURE_CREDIT_RE = re.compile(r"[。！？!?”’）)]\s*图\s*[/／]\s*[^\s/／。，,！？]{2,16}$")


# A name of two characters padded to three's width in brackets (``（科 文）``): the padding is a
# name's (a paper pads its writers' names, not its notes: not ``（摘要）``), so no surname is needed.
_PADDED_PEN_NAME_RE = re.compile(r"^[(（]\s*[\u3400-\u9fff] [\u3400-\u9fff]\s*[)）]$")


def strip_marker(s: str) -> tuple[str, bool]:
    t = s.lstrip()
    if t and t[0] in _MARKERS:
        return t.lstrip(_MARKERS).strip(), True
    return s.strip(), False


def is_byline(s: str) -> bool:
    """``▶ 本报记者 于大勇``, ``◎洪恒飞 本报记者 江耘``, ``本报记者 张景阳 通讯员 贾婷婷``…

    Without a marker the line must be unambiguous: it starts with a role word, or it is
    made of space-separated role words and person-like names with at least one role word
    (``洪恒飞 本报记者 江耘``; not ``致敬中国记者``)."""
    body, marked = strip_marker(s)
    if not body or len(body) > BYLINE_MAX:
        return False
    if photo_credit(body):
        return False  # 本报记者 蒋波摄: a photo's credit, not the story's
    padded = _PADDED_PEN_NAME_RE.match(body) is not None
    body = close_name_spaces(body)
    if body[-1] in ")）" and body[0] not in "(（":
        body = without_affiliation(body)  # 文/王明（中国科学院…研究员）
    if body[0] in "(（" and body[-1] in ")）":
        # ``(王明)``, ``（记者 王明）``: a byline in brackets under the headline; bare
        # names must be people's (not ``（摘要）``); after a role word, any name
        # (``（本报记者　其其格）``).
        body = body[1:-1].strip()
        tokens = split_credit_tokens(body)
        role = any(t in ROLE_OF for t in tokens)
        if not tokens or not all(
            t in ROLE_OF or is_bare_name(t) or is_desk_name(t) or ((role or padded) and is_credited_name(t))
            for t in tokens
        ):
            return False
        marked = True
    barred = "｜" in body or "|" in body
    body = close_name_spaces(role_colons(without_media(_NAME_SLASH_RE.sub(r"\2/\1", body))))
    if _END_RE_PUNCT.search(body):
        return False
    tokens = split_credit_tokens(body)
    if not tokens:
        return False
    names = [t for t in tokens if t not in ROLE_OF]
    if marked:
        names = without_employers(names)  # □ 中国电子信息产业发展研究院 刘洋
    if not names or not all(is_name(n) for n in names):
        return False
    if marked:
        # A marker over bare names needs people's names: ``■ 创新驱动``, ``● 服务企业``,
        # ``■ 亮点一`` are subheads set with a bullet, not bylines.
        return padded or any(t in ROLE_OF for t in tokens) or all(is_person_name(n) or is_desk_name(n) for n in names)
    if _BYLINE_START_RE.match(body):
        # The last name must look like a person's: a paragraph's first line that opens
        # with credits (``文/石珊 图/陈炜 为破解衡``) is not a byline line. Credits set with
        # bars are (WeChat's ``文字｜张帆  图片｜光谷融媒``: the pictures' credit may be a desk's).
        last = names[-1] if not barred else names[0]
        return is_bare_name(last) or is_desk_name(last) or len(last) == 4 and last[:2] in COMPOUND_SURNAMES
    words = body.split()
    return len(words) == len(tokens) and len(names) < len(tokens) and all(is_bare_name(n) for n in names)


# A role word and its colon or slash in a credits line: 记者：王明, 撰文：张三 摄影：李四,
# 撰文/张三, 记者/王彪 通讯员/穗开宣 (南方日报's house style); and 文：王明 图：李华, read as
# 文/王明 图/李华.
_ROLE_COLON_RE = re.compile(
    r"(本报记者|记者|通讯员|实习生|作者|撰文|撰稿|参与采写|审核|审校|责编|编辑|摄影)\s*[：:|｜]\s*|(本报记者|记者|通讯员|实习生|撰文|摄影)\s*/\s*"
)
# (WeChat sets a bar after them: 文 | 刘洁, 图｜李华, 文字｜张帆, 图片｜光谷融媒; 撰文｜X.)
_MARK_COLON_RE = re.compile(
    r"(?<![\u3400-\u9fff])(文字|图片|[文图])\s*[：:|｜]\s*|^([文图])\s+(?=[\u3400-\u9fff]{2,4}(?:\s|$))"
)


def role_colons(body: str) -> str:
    """Credits written with a colon after their role words, as credits with a space (or,
    after 文 and 图, a slash; also 文 and a space or a bar opening the line: 文 白丽媛 余小平,
    文 | 刘洁)."""
    if "：" not in body and ":" not in body and "/" not in body and "｜" not in body and "|" not in body:
        if body[1:2] != " ":
            return body
    body = _ROLE_COLON_RE.sub(lambda m: (m.group(1) or m.group(2)) + " ", body)
    return _MARK_COLON_RE.sub(lambda m: (m.group(1) or m.group(2))[0] + "/", body)


BYLINE_MAX = 40

_END_RE_PUNCT = re.compile(r"[。，,；;：:！？!?“”\"]")


# What a line needs to be anything but body text: its first character (a byline marker, a
# role word's, an opening bracket), a 图 (captions), a photo credit's ending, or a space
# between names. Most lines have none of these and skip the tests below.
# (the first character of every role word: 实习生王明 and 评论员 X open bylines too)
_SPECIAL_FIRST = frozenset(_MARKERS + "(（" + "".join(w[0] for w in ROLE_OF))


def plain_line(s: str) -> bool:
    """True when the stripped line ``s`` cannot be a byline, an author note, a photo
    credit, a caption or a line of names (a cheap test run before those)."""
    # (An unmarked byline that does not start with a role word has spaces.)
    return not (
        s[:1] in _SPECIAL_FIRST
        or "图" in s
        or "/" in s
        or s.endswith(_PHOTO_ENDINGS)
        or (s[-1:] in ")）" and "摄" in s)  # 赵春亮摄（影像中国）, …参观。（记者 李一摄）
        or s.startswith(_CHART_SOURCES)
        # 新华社记者陈凯星、周强: another paper's or an agency's name first (a longer line is
        # no byline: most lines of text naming a reporter skip the tests)
        or (("记者" in s or "通讯员" in s) and len(s) <= BYLINE_MAX)
        or len(s.split(None, 1)) > 1
    )


def is_name_line(s: str) -> bool:
    """A line of bare names with no role (an end signature printed on its own line)."""
    tokens = s.split()
    if not tokens or len(tokens) > 6:
        return False
    if len(tokens) == 1:
        # One bare word is too easily a short headline or subhead.
        return False
    return all(looks_like_person(t) for t in tokens)


def split_credit_tokens(body: str) -> list[str]:
    """Tokens of a byline: role words and names, role words split off names they touch."""
    out = []
    body = close_name_spaces(without_media(body))
    for chunk in (
        body.replace("、", " ").replace("，", " ").replace(",", " ").replace("：", " ").replace(":", " ").split()
    ):
        pos = 0
        for m in ROLE_RE.finditer(chunk):
            if m.start() > pos:
                out.append(chunk[pos : m.start()])
            out.append(m.group())
            pos = m.end()
        if pos < len(chunk):
            out.append(chunk[pos:])
    return out


# A writer's post or employer in brackets after the byline: ``文/王明（中国科学院科技战略咨询
# 研究院研究员）``. Told by its words, so a name in brackets (``（王明）``) is never one.
_AFFILIATION_RE = re.compile(
    r"\s*[（(](?=[^()（）]*(?:院士|研究员|教授|主任|院长|所长|书记|局长|处长|司长|专家|学者|博士|经理|董事长|总裁|"
    r"理事长|秘书长|会长|巡视员|调研员|顾问|管委会|研究院|研究所|大学|学院|中心|协会|学会|单位|工作室))[^()（）]{4,40}[)）]$"
)


def without_affiliation(body: str) -> str:
    """``body`` without a writer's post or employer in brackets at its end."""
    m = _AFFILIATION_RE.search(body)
    return body[: m.start()] if m and m.start() > 0 else body


# The source a story closes with, in brackets: （据新华社）, （据新华社电）, （据《科技日报》）,
# （来源：人民日报）, and the office that contributed it (（济南高新区管委会供稿）, （供稿：X）). Set
# apart as the story's attribution, as credits are; it names no one.
END_SOURCE_RE = re.compile(
    r"^[(（](?:据(?!统计|测算|了解|介绍|悉|初步|不完全|估算|估计)[\u4e00-\u9fff《》·]{2,16}?(?:报道|电|消息)?"
    r"|(?:来源|稿源|供稿单位|供稿)[：:][^()（）]{2,20}|[^()（）：:，。]{2,24}供稿)[)）]$"
)


def is_contributed(s: str) -> bool:
    """A line of its own naming the office that contributed the story (``（X管委会供稿）``):
    it closes the story, as credits do."""
    return s[-3:-1] == "供稿" and END_SOURCE_RE.match(s) is not None


def parse_credits(body: str, default_role: str = "contributor") -> list[Credit]:
    """Credits from byline text: a role word applies to the names after it (a source in
    brackets, ``（据新华社）``, names no one; a writer's post in brackets is no name)."""
    if (
        body[:2] in ("（据", "(据", "（来", "(来", "（稿", "(稿", "（供", "(供") or "供稿" in body
    ) and END_SOURCE_RE.match(body):
        return []
    if body[-1:] in ")）":
        body = without_affiliation(body)
    credits = []
    role = default_role
    body = role_colons(body)
    if "/" in body:
        body = SLASH_SPACES_RE.sub("/", body)  # 王明 / 文
        body = _GLUED_WORDS_AND_PICTURES_RE.sub(r"\1 \2", body)
    pictures = False  # (after 图/, a reporter's role names the photographer: 图/本报记者 张三)
    for tok in split_credit_tokens(_NAME_SLASH_RE.sub(r"\2/\1", body)):
        if tok in ROLE_OF:
            if "/" in tok:
                pictures = tok == "图/"
            if not (pictures and "/" not in tok and ROLE_OF[tok] in ("staff", "correspondent", "special")):
                role = ROLE_OF[tok]
            continue
        tok = tok.strip("()（）" + _MARKERS)
        if tok.endswith("报道") and len(tok) in (4, 5):
            tok = tok[:-2]  # 本报记者孙杰报道
        if is_name(tok) and not is_organisation(tok) and role:  # (审核：X names no credit)
            credits.append(Credit(name=tok, role=role))
    return credits


def is_author_note(s: str) -> bool:
    s = s.strip()
    return s[:1] in "(（" and s[-1:] in ")）" and bool(_AUTHOR_NOTE_RE.match(s))


# The writer an author's note names before who they are: （作者：王晓红，系…研究员）.
_NOTE_WRITER_RE = re.compile(r"^[(（]\s*(?:本文)?作者\s*[:：]\s*([\u3400-\u9fff·]{2,8})\s*[，,；;）)]")


def note_writer(s: str) -> list[Credit]:
    """The writer an author's note names (``（作者：王晓红，系…副部长）``), as author; none for
    a note that only says who the writer is (``（作者系…研究员）``)."""
    m = _NOTE_WRITER_RE.match(s.strip())
    return [Credit(name=m.group(1), role="author")] if m and is_name(m.group(1)) else []


# The agency or picture desk a photographer's credit may close with: 赵春亮摄（影像中国）,
# 朱桂根摄（新华社发）, or after a slash: 记者 苏思 摄/视觉重庆, 罗斌摄/光明图片.
_PICTURE_SOURCE_RE = re.compile(
    r"\s*[（(](?:新华社|中新社|人民视觉|视觉中国|影像中国|人民图片|东方IC|资料图片?)发?[)）]$"
    r"|(?<=摄)\s*/\s*[\u4e00-\u9fffA-Za-z]{2,8}$"
)


# An agency's picture with its photographer in brackets: 新华社发（辛一 摄）.
_SENT_PICTURE_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:社|网|报)发\s*[（(]([^()（）]{1,16}?(?:摄影?|供图))[)）]$")


def _without_picture_source(s: str) -> str:
    if s[-1:] not in ")）" and "/" not in s:
        return s
    sent = _SENT_PICTURE_RE.search(s)
    if sent is not None:
        return f"{s[: sent.start()]} {sent.group(1)}".strip()  # (set apart as a credit is)
    return _PICTURE_SOURCE_RE.sub("", s)


def photo_credit(s: str) -> list[Credit] | None:
    """``李学飞摄`` / ``本报记者 李学飞 摄`` / ``新华社记者 刘 潇摄`` / ``赵春亮摄（影像中国）``
    -> credits with role photo; also wholly in brackets on a line of its own (``（记者 李一 摄）``)."""
    s = without_slash(s.strip())
    if s[:1] in "（(" and s[-1:] in "）)" and s[1:-1].endswith(_PHOTO_ENDINGS):
        s = s[1:-1].strip()
    s = _without_picture_source(s)
    if not s.endswith(_PHOTO_ENDINGS):
        return None
    if "社" in s or "报" in s or " " in s:
        s = close_name_spaces(without_media(s))  # 新华社记者 刘 潇摄
    m = _PHOTO_CREDIT_RE.match(s)
    if not m:
        return None
    names = [n for n in m.group(1).split() if is_name(n)]
    return [Credit(name=n, role="photo") for n in names] or None


def is_caption(s: str) -> bool:
    """``图片来源:…`` and descriptive captions that carry a picture source, or that end with
    the photographer's credit after the sentence (``…体验新产品。 本报记者 刘志伟摄``)."""
    if len(s) > 120:
        return False
    if "图" in s and (_CAPTION_SOURCE_RE.search(s) or _NUMBERED_PICTURE_RE.match(s) or _PICTURE_CREDIT_RE.search(s)):
        return True
    if s.startswith(_CHART_SOURCES) and len(s) <= 40:
        return True  # 数据来源：科技部, under a chart
    if is_chart_caption(s):
        return True  # 图表：…　　数据来源：…　　制图：X
    return caption_credits(s) is not None


# Where a picture stands in a set of them, opening its caption: 上图, 左图, 中图, and two places
# (下左图, 上右图, 右上图: a photo story's three pictures), or its number (图①, 图2, 图一).
PICTURE_PLACE = r"(?:[上下左右中]{1,2}图|图\s*[①-⑳]|图\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?=[\s：:]))"
# A caption naming its picture: ``图① 苏州工业园区…``, ``图2：…``, ``上图：…``, ``▲左图 …``,
# ``下左图：…``, ``图片：…`` (not ``图片新闻``, a column's name).
_NUMBERED_PICTURE_RE = re.compile(r"^[▲△]?\s*(?:" + PICTURE_PLACE + r"|图片(?=\s*[：:]))\s*[：:]?\s*\S")


# A caption's sentence, then after white space the photographer: ``…新产品。 本报记者 刘志伟摄``.
# Or the credit in brackets after the sentence: ``…参观。（记者 李一 摄）``.
# (set close after the sentence when the credit opens with a reporter's role set apart from the
# name: …夜景。新华社记者 白田田 摄; not 本报记者刘志伟摄, which a sentence may end with)
_CAPTION_CREDIT_RE = re.compile(r"^.*[。！？!?”’）)](?:\s+|(?=[\u4e00-\u9fff]{0,6}记者\s))(\S.{0,24}(?:摄影?|供图))$")
_CAPTION_BRACKETED_CREDIT_RE = re.compile(r"^.*[。！？!?”’]\s*[（(]([^()（）]{1,24}(?:摄影?|供图))[)）]$")


def caption_credits(s: str) -> list[Credit] | None:
    """The photographers credited at the end of a caption line, or None."""
    m = _caption_credit_match(_without_picture_source(s))
    return photo_credit(m.group(1)) if m else None


def caption_credit_at(s: str) -> int | None:
    """Where the photographer's credit at the end of a caption line starts (the bracket
    around it included: ``…参观。（记者 李一 摄）``), or None."""
    t = _without_picture_source(s)
    m = _caption_credit_match(t)
    if m is None or not photo_credit(m.group(1)):
        return None
    start = m.start(1) - (t[m.start(1) - 1 : m.start(1)] in "（(")
    return start if s.startswith(t[:start]) else None


# A caption pointing to its picture may have its photographer's credit set close after the
# sentence: ``▲…生产车间。本报记者王磊摄`` (only a caption opens with the pointer, so no sentence
# of running text goes on across the line's end there).
_POINTED_CREDIT_RE = re.compile(
    r"^[▲△].*[。！？!?”’）)]((?:[\u4e00-\u9fff]{0,8}?记者|通讯员)\s*\S.{0,12}?(?:摄影?|供图))$"
)


def _caption_credit_match(s: str):
    if s.endswith(_PHOTO_ENDINGS):
        return _CAPTION_CREDIT_RE.match(s) or _POINTED_CREDIT_RE.match(s) or SLASHED_CAPTION_RE.match(s)
    if s[-1:] in ")）" and s[-2:-1] in "摄影图":
        return _CAPTION_BRACKETED_CREDIT_RE.match(s)
    return None
