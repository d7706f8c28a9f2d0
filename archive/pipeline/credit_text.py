"""A credits line's text made readable before its names are read: the spaces OCR put inside
a name closed (``本报记者 刘 琴``), the paper or agency before a role (``新华社记者``), a rank
(``首席记者``) and where the story was filed from (``深圳报道``) taken off."""

import re

from .filed_bylines import FILED_FROM_RE
from .names import ROLE_OF, ROLE_RE, is_surname

# Single characters a byline prints on their own: a photo credit's 摄, a role's 文/图.
_LONE_WORDS = set("摄文图等")


SLASH_SPACES_RE = re.compile(
    r"(?<=[\u3400-\u9fff])\s+/\s*(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])/\s+(?=[\u3400-\u9fff])"
)


# A role word set letter-spaced, as the name beside it is: ``通 讯 员 许 梦``.
_SPACED_ROLE_RE = re.compile(
    "|".join(r"\s{1,3}".join(w) for w in sorted(ROLE_OF, key=len, reverse=True) if len(w) > 1 and "/" not in w)
)


def close_name_spaces(text: str) -> str:
    """A byline without the spaces OCR put inside a name: a lone Chinese character joins
    the one- or two-character piece after it, else the one before it (``本报记者 刘 琴``,
    ``张景 阳``), and around a slash (``文 / 吴晨``); a role word set letter-spaced is closed
    first (``通 讯 员 许 梦``). Spaces between names stay."""
    if " " not in text:
        return text
    text = _SPACED_ROLE_RE.sub(lambda m: "".join(m.group().split()), text)
    if "/" in text:
        text = SLASH_SPACES_RE.sub("/", text)
    out: list[str] = []
    tokens = text.split()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if _spaced_name_in_wen(tokens, i):
            # 本报记者 周 文: a surname set apart from its given name 文 after a role word, a
            # two-character name (an author's credit 文 follows a whole name: 张明 文)
            out.append(t + tokens[i + 1])
            i += 2
            continue
        if i + 1 < len(tokens) and _padded_after_role(t, tokens[i + 1]):
            # 记者何 苗: a two-character name padded to three's width, its first character set
            # close after the role word
            out.append(t + tokens[i + 1])
            i += 2
            continue
        if _pen_name_in_brackets(tokens, i):
            out.append(t + tokens[i + 1])  # （科 文）: a pen name padded, signing a story
            i += 2
            continue
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


# A role word with one character set close after it (``记者何``, ``（本报记者孟``), and the one
# character after the padding (``苗``, ``苗）``, ``秀、王大川``: the next name follows a 、).
_ROLE_AND_ONE_RE = re.compile(
    "(?:" + "|".join(w for w in sorted(ROLE_OF, key=len, reverse=True) if "/" not in w) + r")[\u3400-\u9fff]$"
)
_ONE_AFTER_PADDING_RE = re.compile(r"^[\u3400-\u9fff](?:$|[、，,)）])")


def _padded_after_role(t: str, nxt: str) -> bool:
    return _ONE_AFTER_PADDING_RE.match(nxt) is not None and _ROLE_AND_ONE_RE.search(t) is not None


def _pen_name_in_brackets(tokens: list[str], i: int) -> bool:
    """``（科 文）`` alone: two single characters in brackets are one name, even when the
    second is a credit's 文 (``（王明 文）`` credits the whole name 王明)."""
    if i != 0 or len(tokens) != 2:
        return False
    first, second = tokens
    return (
        len(first) == 2
        and len(second) == 2
        and first[0] in "(（"
        and second[1] in ")）"
        and all("\u3400" <= c <= "\u9fff" for c in first[1] + second[0])
    )


def _spaced_name_in_wen(tokens: list[str], i: int) -> bool:
    return (
        0 < i < len(tokens) - 1
        and tokens[i + 1] == "文"
        and is_surname(tokens[i])
        and tokens[i - 1].rstrip("：:") in ROLE_OF
    )


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


# A brand after an outlet's name: a site, an app or a channel, after a middle dot or in Latin
# letters (``经济日报·中国经济网``, ``看看新闻Knews``, ``证券时报·e公司``, ``证券时报e公司``).
# ``leads`` reads it in datelines too (``证券时报e公司讯``).
OUTLET_BRAND = r"(?:·[\u4e00-\u9fff]{2,8}?(?:网|报|台|新闻|客户端)|·?[A-Za-z]{1,8}[\u4e00-\u9fff]{0,3}?)"
# A role under another paper's or an agency's name: ``经济日报记者``, ``新华社记者``,
# ``人民日报特约通讯员``, ``经济日报·中国经济网记者`` (read as the role alone).
# Newer outlets too: ``极目新闻记者``, ``大众网·海报新闻记者``, ``21世纪经济报道记者``,
# ``看看新闻Knews记者``, ``长江日报大武汉客户端记者``, ``湖北日报全媒记者``, ``证券时报·e公司记者``,
# and an app named with a plus (``南方+记者``, ``上游新闻+记者``), an agency (``中央社记者``); a magazine, a station or an
# agency naming itself as a paper does with 本报 (``本刊记者``, ``本台记者``, ``本社记者``).
MEDIA_BEFORE_ROLE = (
    r"(?:新华社|中新社|本刊|本台|本社|\d{1,2}世纪[\u4e00-\u9fff]{0,4}?报道|[\u4e00-\u9fff]{2,6}?\+|[\u4e00-\u9fff]{1,8}?"
    r"(?:日报|晚报|晨报|时报|导报|商报|周报|(?<!本)报|(?<!本)社|电视台|广播电视台|通讯社|网|新闻|经济报道|客户端))"
    rf"{OUTLET_BRAND}?"
    r"(?=特约通讯员|特约记者|通讯员|记者|全媒体记者|融媒体记者|全媒记者|融媒记者)"
)
_MEDIA_ROLE_RE = re.compile(MEDIA_BEFORE_ROLE)


# Where the reporter filed from, closing a byline (``本报记者 李昌鸿 深圳报道``, ``记者 王明
# 发自北京``), or a bare 报道 after the names (``通讯员 张三 本报记者 李四 报道``); a closing
# 整理 is dropped too.
_FILED_FROM_RE = re.compile(r"\s+(?:(?:[\u4e00-\u9fff]{2,8})?报道|发自[\u4e00-\u9fff]{2,8})$")
_COMPILED_RE = re.compile(r"\s*整理(?=[）)]?$)")
# A reporter's rank or post before 记者: 本报特派记者, 首席记者, 见习记者, 实习记者, 驻京记者,
# 本报驻山东记者站记者.
_RANK_RE = re.compile(r"(?:特派|首席|见习|实习|驻[\u4e00-\u9fff]{1,6}?记者站|驻[\u4e00-\u9fff]{1,4}?)(?=记者)")


# A paper's short name before its staff's roles on a credits line, set apart from the names
# (每日经济新闻's ``每经记者 X  每经实习记者 Y  每经编辑 Z``): read as the role alone. A role word
# that is one with those two characters (本报记者, 特约记者, 融媒记者) is left whole.
_SHORT_PAPER_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})((?:实习|见习)?(?:记者|编辑))(?=\s)")


def _role_alone(m: re.Match) -> str:
    paper, role = m.groups()
    return m.group() if paper + role in ROLE_OF or paper + "记者" in ROLE_OF else role


# A writer's paper and post between 文/ and the name: 文/科技日报副社长 房汉廷.
_POST_AFTER_SLASH_RE = re.compile(
    r"(?<=文/)[\u4e00-\u9fff]{0,10}?(?:副社长|社长|副总编辑|总编辑|主编|主任|首席评论员|评论员|研究员|教授)\s*"
)


def without_media(body: str) -> str:
    """A byline's role words without the paper or agency before them, and without the
    place it was filed from."""
    if "文/" in body:
        body = _POST_AFTER_SLASH_RE.sub("", body)
    if "报导" in body or "报道" in body:
        body = FILED_FROM_RE.sub("", body)  # 记者黄诗涵／综合报导 (Taiwan's papers)
    if "记者" in body or "编辑" in body:
        body = _SHORT_PAPER_RE.sub(_role_alone, body)
    if "报道" in body or "发自" in body:
        m = _FILED_FROM_RE.search(body)
        if m:
            before = body[: m.start()].split()
            if before and ROLE_RE.fullmatch(before[-1]) and m.group().endswith("报道"):
                body = body[: m.end() - 2]  # 本报记者 孙杰报道: the name runs into 报道 (no place)
            else:
                body = body[: m.start()]
    if "整理" in body:
        body = _COMPILED_RE.sub("", body)  # （本报记者 李洋 整理）: who compiled it
    if "记者" in body:
        body = _RANK_RE.sub("", body)
    return _MEDIA_ROLE_RE.sub("", body) if "记者" in body or "通讯员" in body else body
