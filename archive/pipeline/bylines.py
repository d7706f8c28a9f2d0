"""Recognising and reading bylines, end signatures, author notes, photo credits and captions."""

import re

from .lines import BYLINE_MARKERS, ends_sentence, split_end_mark
from .types import Credit

# Common Chinese surnames (single and compound). Used only to accept a line made of bare
# names with no marker (an end signature such as ``石珊 谢小青 陈炜 谭超``).
_SINGLE_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "洪"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "令狐",
)
_NOT_NAMES = {"编者按", "本报讯", "图片来源", "通讯员", "记者", "摄影", "作者"}

# Role words in the order they must be tried (longest first).
_ROLE_WORDS = [
    ("本报特约评论员", "author"),
    ("本报特约记者", "special"),
    ("本报特约通讯员", "special"),
    ("特约评论员", "author"),
    ("特约记者", "special"),
    ("特约撰稿人", "special"),
    ("特约撰稿", "special"),
    ("特约通讯员", "special"),
    ("本报通讯员", "correspondent"),
    ("本报记者", "staff"),
    ("通讯员", "correspondent"),
    ("记者", "staff"),
    ("实习生", "contributor"),
    ("本报评论员", "author"),
    ("评论员", "author"),
    ("作者", "author"),
    ("撰文", "author"),
    ("文·图/", "author"),
    ("文/图", "author"),
    ("图/文", "author"),
    ("文/", "author"),
    ("图/", "photo"),
    ("摄影", "photo"),
]
_ROLE_RE = re.compile("|".join(w for w, _ in _ROLE_WORDS))
ROLE_OF = dict(_ROLE_WORDS)
# The role words that may credit a person where a paragraph opens (``本报讯 特约记者 王明
# 近日…``), longest first: not the slash forms (read apart), 作者 (an attribution's label),
# 撰文 or 摄影 (a credit line's, ``撰文：X 摄影：Y``).
PERSON_ROLE_WORDS = tuple(w for w, _ in _ROLE_WORDS if "/" not in w and w not in ("作者", "撰文", "摄影"))

_HAN = r"\u3400-\u9fff"
# A person's name as bylines print it (``leads`` reads openings with it too); a name of the
# minorities' form has a middle dot: 阿依古丽·买买提.
NAME = rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,6}}·[{_HAN}]{{1,8}})"
_NAME_RE = re.compile(rf"^{NAME}$")
_MARKERS = BYLINE_MARKERS
_BYLINE_START_RE = re.compile(
    r"^(?:本报特约(?:通讯员|记者|评论员)|特约(?:通讯员|记者|评论员)|本报通讯员|本报记者|本报评论员|评论员|通讯员|记者"
    r"|特约撰稿人?|撰文[:：]?|文·图/|文/|图/)\s*[\u3400-\u9fff]"
)
# ``王明/文``: the writer's name before the slash.
_NAME_SLASH_RE = re.compile(r"([\u3400-\u9fff]{2,4})/([文图])")
_AUTHOR_NOTE_RE = re.compile(r"^[(（]\s*(?:作者|本文作者)[^()（）]{1,80}[)）]$")
_PHOTO_CREDIT_RE = re.compile(rf"^(?:(?:本报记者|记者|通讯员)\s*)?((?:{NAME}\s*){{1,3}})\s*(?:摄影?|供图)$")
_PHOTO_ENDINGS = ("摄", "摄影", "供图")
# Every caption source phrase has a 图 in it; that character is the cheap first test.
_CAPTION_SOURCE_RE = re.compile(r"(?:图片来源|图片由|图片提供|资料图片|图为|供图)")
# A paragraph that ends a sentence and then, after a space, names its writers.
_END_SIGNATURE_RE = re.compile(rf"^(.*[。！？!?…”’）)])[ ]+((?:{NAME}[ ]*){{1,5}})$")


def is_name(token: str) -> bool:
    return bool(_NAME_RE.match(token)) and token not in _NOT_NAMES and not _ROLE_RE.search(token)


def looks_like_person(token: str) -> bool:
    """A bare 2–4 character token that starts with a common surname."""
    if not is_name(token):
        return False
    if token[:2] in _COMPOUND_SURNAMES or "·" in token:  # (阿依古丽·买买提: a person's name)
        return True
    return token[0] in _SINGLE_SURNAMES and len(token) <= 3


# Short column names that start with a common surname (``时评``): never a lone byline.
_COLUMN_WORDS = set(
    "时评 简讯 快讯 短评 综述 特稿 要闻 聚焦 观察 编后 点评 时论 钟声 华章 "
    # what follows 记者 in a sidebar's label (记者手记, 记者调查), not a reporter's name
    "手记 札记 笔记 日记 调查 探访 走访 连线 体验 感言 随笔 直击 追踪 亲历".split()
)
# A lone "name" ending like a place or an organisation is not a person (``高新区``).
_PLACE_ENDINGS = tuple("区园城市省县镇村乡港湾")


def is_person_name(s: str) -> bool:
    """A name a marker may stand before on its own (``■叶伟``): a common surname's, a
    compound surname's or one with a middle dot."""
    return is_bare_name(s) or (is_name(s) and (len(s) >= 3 and s[:2] in _COMPOUND_SURNAMES or "·" in s))


def is_column_word(s: str) -> bool:
    """A column's or a sidebar's word, never a name (``时评``; ``手记`` of 记者手记)."""
    return s in _COLUMN_WORDS


def is_bare_name(s: str) -> bool:
    """A person-like name (``王桂林``): a common surname, not a column word or a place."""
    return looks_like_person(s) and s not in _COLUMN_WORDS and not s.endswith(_PLACE_ENDINGS)


def is_signature_name(s: str) -> bool:
    """A pen name or person's name a paragraph may end with (``欣然``): two or three
    characters, not a column word or a place; no surname needed."""
    return 2 <= len(s) <= 3 and is_name(s) and s not in _COLUMN_WORDS and not s.endswith(_PLACE_ENDINGS)


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
    body = close_name_spaces(body)
    if body[0] in "(（" and body[-1] in ")）":
        # ``(王明)``, ``（记者 王明）``: a byline in brackets under the headline; bare
        # names must be people's (not ``（摘要）``).
        body = body[1:-1].strip()
        tokens = split_credit_tokens(body)
        if not tokens or not all(t in ROLE_OF or is_bare_name(t) for t in tokens):
            return False
        marked = True
    body = without_media(_NAME_SLASH_RE.sub(r"\2/\1", body))
    if "撰文" in body or "摄影" in body:
        body = _ROLE_COLON_RE.sub(r"\1 ", body)  # 撰文：张三  摄影：李四
    if _END_RE_PUNCT.search(body):
        return False
    tokens = split_credit_tokens(body)
    if not tokens:
        return False
    names = [t for t in tokens if t not in ROLE_OF]
    if not names or not all(is_name(n) for n in names):
        return False
    if marked:
        # A marker over bare names needs people's names: ``■ 创新驱动``, ``● 服务企业``,
        # ``■ 亮点一`` are subheads set with a bullet, not bylines.
        return len(names) < len(tokens) or all(is_person_name(n) for n in names)
    if _BYLINE_START_RE.match(body):
        # The last name must look like a person's: a paragraph's first line that opens
        # with credits (``文/石珊 图/陈炜 为破解衡``) is not a byline line.
        return is_bare_name(names[-1]) or len(names[-1]) == 4 and names[-1][:2] in _COMPOUND_SURNAMES
    words = body.split()
    return len(words) == len(tokens) and len(names) < len(tokens) and all(is_bare_name(n) for n in names)


# A role word and its colon in a credits line: 撰文：张三, 摄影：李四.
_ROLE_COLON_RE = re.compile(r"(撰文|摄影)\s*[：:]\s*")
BYLINE_MAX = 40

_END_RE_PUNCT = re.compile(r"[。，,；;：:！？!?“”\"]")


# What a line needs to be anything but body text: its first character (a byline marker, a
# role word's, an opening bracket), a 图 (captions), a photo credit's ending, or a space
# between names. Most lines have none of these and skip the tests below.
_SPECIAL_FIRST = frozenset(_MARKERS + "本特通记(（文")


def plain_line(s: str) -> bool:
    """True when the stripped line ``s`` cannot be a byline, an author note, a photo
    credit, a caption or a line of names (a cheap test run before those)."""
    # (An unmarked byline that does not start with a role word has spaces.)
    return not (
        s[:1] in _SPECIAL_FIRST or "图" in s or "/" in s or s.endswith(_PHOTO_ENDINGS) or len(s.split(None, 1)) > 1
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


# Single characters a byline prints on their own: a photo credit's 摄, a role's 文/图.
_LONE_WORDS = set("摄文图等")


def close_name_spaces(text: str) -> str:
    """A byline without the spaces OCR put inside a name: a lone Chinese character joins
    the one- or two-character piece after it, else the one before it (``本报记者 刘 琴``,
    ``张景 阳``). Spaces between names stay."""
    if " " not in text:
        return text
    out: list[str] = []
    tokens = text.split()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if _lone_char(t) and i + 1 < len(tokens) and _name_part(tokens[i + 1]):
            out.append(t + tokens[i + 1])
            i += 2
            continue
        if _lone_char(t) and out and _name_part(out[-1]) and out[-1][-1] not in ")）":
            out[-1] += t
        else:
            out.append(t)
        i += 1
    return " ".join(out)


def _lone_char(t: str) -> bool:
    """A lone Chinese character, alone or after a slash or bracket (``文/石``, ``（刘``)."""
    last = t[-1]
    return (
        "\u3400" <= last <= "\u9fff" and (len(t) == 1 or t[-2] in "/(（") and not (len(t) == 1 and last in _LONE_WORDS)
    )


def _name_part(t: str) -> bool:
    """One or two Chinese characters (a closing bracket may follow), not a role word."""
    t = t.rstrip(")）")
    return 1 <= len(t) <= 2 and all("\u3400" <= c <= "\u9fff" for c in t) and t not in ROLE_OF and t not in _LONE_WORDS


# A role under another paper's or an agency's name: ``经济日报记者``, ``新华社记者``,
# ``人民日报特约通讯员``, ``经济日报·中国经济网记者`` (read as the role alone).
_MEDIA_ROLE_RE = re.compile(
    r"(?:新华社|中新社|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|晨报|时报|导报|商报|周报|报|电视台|广播电视台|通讯社|网))"
    r"(?:·[\u4e00-\u9fff]{2,8}?(?:网|报|台))?(?=特约通讯员|通讯员|记者)"
)


# Where the reporter filed from, closing a byline (``本报记者 李昌鸿 深圳报道``), or a bare
# 报道 after the names (``通讯员 张三 本报记者 李四 报道``); a closing 整理 is dropped too.
_FILED_FROM_RE = re.compile(r"\s+(?:[\u4e00-\u9fff]{2,8})?报道$")
_COMPILED_RE = re.compile(r"\s*整理(?=[）)]?$)")
# A reporter's rank or post before 记者: 本报特派记者, 首席记者, 见习记者, 驻京记者.
_RANK_RE = re.compile(r"(?:特派|首席|见习|驻[\u4e00-\u9fff]{1,4}?)(?=记者)")


def without_media(body: str) -> str:
    """A byline's role words without the paper or agency before them, and without the
    place it was filed from."""
    if "报道" in body:
        body = _FILED_FROM_RE.sub("", body)
    if "整理" in body:
        body = _COMPILED_RE.sub("", body)  # （本报记者 李洋 整理）: who compiled it
    if "记者" in body:
        body = _RANK_RE.sub("", body)
    return _MEDIA_ROLE_RE.sub("", body) if "记者" in body or "通讯员" in body else body


def split_credit_tokens(body: str) -> list[str]:
    """Tokens of a byline: role words and names, role words split off names they touch."""
    out = []
    body = close_name_spaces(without_media(body))
    for chunk in (
        body.replace("、", " ").replace("，", " ").replace(",", " ").replace("：", " ").replace(":", " ").split()
    ):
        pos = 0
        for m in _ROLE_RE.finditer(chunk):
            if m.start() > pos:
                out.append(chunk[pos : m.start()])
            out.append(m.group())
            pos = m.end()
        if pos < len(chunk):
            out.append(chunk[pos:])
    return out


def parse_credits(body: str, default_role: str = "contributor") -> list[Credit]:
    """Credits from byline text: a role word applies to the names after it (a source in
    brackets, ``（据新华社）``, names no one)."""
    if body[:2] in ("（据", "(据", "（来", "(来", "（稿", "(稿") and _END_SOURCE_RE.match(body):
        return []
    credits = []
    role = default_role
    for tok in split_credit_tokens(_NAME_SLASH_RE.sub(r"\2/\1", body)):
        if tok in ROLE_OF:
            role = ROLE_OF[tok]
            continue
        tok = tok.strip("()（）" + _MARKERS)
        if is_name(tok):
            credits.append(Credit(name=tok, role=role))
    return credits


def is_author_note(s: str) -> bool:
    s = s.strip()
    return s[:1] in "(（" and s[-1:] in ")）" and bool(_AUTHOR_NOTE_RE.match(s))


def photo_credit(s: str) -> list[Credit] | None:
    """``李学飞摄`` / ``本报记者 李学飞 摄`` -> credits with role photo."""
    s = s.strip()
    if not s.endswith(_PHOTO_ENDINGS):
        return None
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
    if "图" in s and (_CAPTION_SOURCE_RE.search(s) or _NUMBERED_PICTURE_RE.match(s)):
        return True
    return caption_credits(s) is not None


# A caption naming its picture: ``图① 苏州工业园区…``, ``图2：…``, ``上图：…``, ``▲左图 …``,
# ``图片：…`` (not ``图片新闻``, a column's name).
_NUMBERED_PICTURE_RE = re.compile(
    r"^[▲△]?\s*(?:[上下左右中]图|图\s*[①-⑳]|图\s*\d{1,2}(?=[\s：:])|图片(?=\s*[：:]))\s*[：:]?\s*\S"
)


# A caption's sentence, then after white space the photographer: ``…新产品。 本报记者 刘志伟摄``.
_CAPTION_CREDIT_RE = re.compile(r"^.*[。！？!?”’）)]\s+(\S.{0,24}(?:摄影?|供图))$")


def caption_credits(s: str) -> list[Credit] | None:
    """The photographers credited at the end of a caption line, or None."""
    if not s.endswith(_PHOTO_ENDINGS):
        return None
    m = _CAPTION_CREDIT_RE.match(s)
    return photo_credit(m.group(1)) if m else None


# Credits in brackets closing the last paragraph: ``…发展。（记者 刘琴）``, ``…发展。(王明)``.
_END_BRACKETS_RE = re.compile(r"[ ]*([(（][^()（）]{2,30}[)）])$")


# The source a story closes with, in brackets: （据新华社）, （据新华社电）, （据《科技日报》）,
# （来源：人民日报）. Set apart as the story's attribution, as credits are; it names no one.
_END_SOURCE_RE = re.compile(
    r"^[(（](?:据(?!统计|测算|了解|介绍|悉|初步|不完全|估算|估计)[\u4e00-\u9fff《》·]{2,16}?(?:报道|电|消息)?|(?:来源|稿源)[：:][^()（）]{2,20})[)）]$"
)


def split_end_signature(text: str) -> tuple[str, str]:
    """``…获得生产许可批复。 欣然`` -> (``…获得生产许可批复。``, ``欣然``); credits in
    brackets after the last sentence (``…发展。（记者 刘琴）``) are kept as printed, and so is a
    source (``…措施。（据新华社）``)."""
    if text[-1:] in ")）":
        m = _END_BRACKETS_RE.search(text)
        if m and ends_sentence(text[: m.start()]) and (is_byline(m.group(1)) or _END_SOURCE_RE.match(m.group(1))):
            return text[: m.start()], m.group(1)
        return text, ""
    m = _END_SIGNATURE_RE.match(text)
    if not m:
        return text, ""
    names = m.group(2).split()
    if not all(is_name(n) for n in names):
        return text, ""
    return m.group(1), " ".join(names)


def closes_with_credits(t: str) -> bool:
    """A line ending with an end mark (``（完）``, or the ``完）`` of one the column broke)
    or with credits in brackets after a finished sentence (``…发展。（记者 刘琴）``) ends
    its paragraph."""
    rest, mark = split_end_mark(t)
    if mark or t in ("完）", "完)"):
        return True
    return split_end_signature(rest)[1][:1] in ("(", "（")
