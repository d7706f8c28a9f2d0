"""What a newspaper prints around its articles: mastheads, running heads, editor lines, jumps.

A page's text often opens (or closes) with lines such as::

    中国高新技术产业导报
    2021年2月22日 星期一
    第5版 园区
    责任编辑：王伟  美术编辑：李丽  校对：张明

and an article may stop with ``(下转第6版)`` and continue on page 6 under ``(上接第5版)``.
These lines belong to no article. ``find_furniture`` finds them at the top and bottom of a
page (a line counts only when *everything* on it is furniture, so a sentence that mentions
a date is never taken), reading the newspaper name, the date, the page number and the
page title from them; ``jump_out`` / ``jump_in`` (``jump_marks``) find jump marks anywhere. Pure functions
on text: the caller decides what to do with the lines (the parser leaves them out of every
article, the storer keeps them on the page).
"""

import dataclasses
import datetime
import itertools
import re

from archive.pagelabels import CN_DIGIT, CN_DIGITS, PAGE_LABEL, PageLabel, cn_small_number, fold, parse_page_label

from .bulletins import bulletin_line, is_bulletin_name, without_issuer
from .footers import footer_line
from .jump_marks import jump_in, jump_out

# How many non-blank lines at each edge of a page may be running heads.
EDGE_LINES = 8

# --- dates ---------------------------------------------------------------------------
_WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
_DATE_PATTERNS = [
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})(?!\d)"),
    re.compile(
        rf"(?P<cy>[{CN_DIGIT}]{{4}})\s*年\s*(?P<cm>[{CN_DIGIT}十]{{1,3}})\s*月\s*(?P<cd>[{CN_DIGIT}十]{{1,3}})\s*日"
    ),
]
# 农历辛丑年五月初九, 农历十月十七, 农历庚子年闰四月廿三 (not a headline's 农历新年).
_LUNAR = re.compile(
    r"农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]\s*[年岁]\s*)?闰?[正一二三四五六七八九十冬腊]{1,2}月\s*"
    r"(?:初[一二三四五六七八九十]|二十|三十|[十廿][一二三四五六七八九]?|[一二三四五六七八九])?"
)

# Every date above has its year: 19xx or 20xx, in ASCII or full-width digits before folding, or
# four Chinese digits (a test that spares most lines the folding).
_YEAR_RE = re.compile(rf"[12１２][09０９][0-9０-９]{{2}}|[{CN_DIGIT}]{{4}}")


def parse_date(text):
    """The first printed date in ``text`` as ``(date, (start, end))`` in the folded text, or None.

    Accepts 2021年2月22日, 2021-02-22, 2021.2.22, 2021/02/22 and 二〇二一年二月二十二日.
    """
    if not _YEAR_RE.search(text):
        return None
    folded = fold(text)
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            groups = match.groupdict()
            try:
                if groups.get("y"):
                    year, month, day = int(groups["y"]), int(groups["m"]), int(groups["d"])
                else:
                    year = int("".join(str(CN_DIGITS[ch]) for ch in groups["cy"]))
                    month, day = cn_small_number(groups["cm"]), cn_small_number(groups["cd"])
                    if month is None or day is None:
                        continue
                return datetime.date(year, month, day), match.span()
            except ValueError:  # 2021年2月30日: not a date
                continue
    return None


def label_from_file_name(stem):
    """A page label from a file name's stem (05, 5, A5, 第5版, page05), or None."""
    folded = fold(stem).strip().upper()
    if re.fullmatch(r"0*\d{1,3}", folded):
        return PageLabel("", int(folded)) if int(folded) else None
    match = re.fullmatch(r"(?:PAGE|PG|P)[-_]?([A-Z]?)0*(\d{1,3})", folded)
    if match:
        return PageLabel(match.group(1), int(match.group(2))) if int(match.group(2)) else None
    if re.fullmatch(r"[A-Z]0*\d{1,2}", folded):
        return PageLabel(folded[0], int(folded[1:])) if int(folded[1:]) else None
    label = parse_page_label(folded)
    return label if label and re.fullmatch(r"第?\s*[A-Z]?\s*[\d〇一二三四五六七八九十]+\s*版", folded) else None


# --- running heads --------------------------------------------------------------------
# An editor's name as heads print it; a two-character name may be set apart by a space (吴 刚).
_CREDITED = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff] {1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff]))"
_ROLES = (
    r"(?:本版责编|本版编辑|本版策划|值班主任|值班总编|值班副总编|值班编委|责任编辑|责任校对|责编|美术编辑|美术设计|美编|图片编辑|视觉设计|编辑|校对|版式设计|版式|"
    r"排版|组版|照排|制图|审读|值班编辑|终审|执行|统筹|监制|主编)"
)
# (A name is no role or contact's key: 编辑：李 丹  美编：翟超尘, 吴  刚  邮箱：….)
_NAMES = rf"{_CREDITED}(?:\s*[\s、,，/|丨]\s*(?!{_ROLES}|邮箱|电话|传真){_CREDITED})*"
# (the role apart from its names by a colon, a space or a slash: 编辑／钱小满　　美编／黄蓓)
_EDITOR_LINE = re.compile(rf"^(?:{_ROLES}\s*[:：/]?\s*{_NAMES}\s*)+$")
_CONTACT_LINE = re.compile(
    r"^(?:(?:本版(?:邮箱|电话|传真|热线|投稿|联系)|(?:新闻|读者|广告|发行|订阅|报料)热线|投稿邮箱|电子邮箱|E-?mail)\s*[:：]?"
    r"|(?:电话|邮箱|传真|地址|邮编|网址|网站|Tel|Fax)\s*[:：]|(?:邮箱|欢迎投稿)\s*[:：]?(?=.*@))"
    r"\s*[\w@.\-－—()（）\s、,，;；:]+$",
    re.IGNORECASE,
)
# An editor's credit or a contact among the other items of a running head (the date, the
# page's title): 2023年3月14日 星期二 本版编辑 王明, 苏州新闻  责任编辑  王 静  张 阳, … Tel:(0755)83501640.
# (The role is followed by a colon or a space: 统筹推进… opens a headline.)
_CREDIT_ITEM = re.compile(
    rf"{_ROLES}(?:\s*[:：]\s*|\s+){_NAMES}"
    r"|(?:本版邮箱|投稿邮箱|电子邮箱|新闻热线|读者热线|电话|邮箱|传真|Tel|Fax|E-?mail)\s*[:：]\s*[\w@.\-－()（）]+",
    re.IGNORECASE,
)
# A page title set letter-spaced, one character and a space or two: 地  方, 要  闻.
_SPACED_TITLE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff](?![\u4e00-\u9fff]))+")
# A paper's name in English, printed under the Chinese one: SCIENCE AND TECHNOLOGY DAILY, RENMIN RIBAO,
# 21st CENTURY BUSINESS HERALD; a Hong Kong paper's in Wade-Giles or Cantonese, where 报 is PAO or PO:
# TA KUNG PAO, WEN WEI PO.
_LATIN_PAPER = re.compile(
    r"(?<![A-Za-z\d])(?:\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH) )?[A-Z][A-Z'&.\-]*(?: [A-Z][A-Z'&.\-]*)*"
    r" (?:DAILY|TIMES|NEWS|HERALD|RIBAO|BAO|PAO|PO|JOURNAL|POST|WEEKLY|REVIEW|GAZETTE|TRIBUNE|NEWSLETTER|BULLETIN)(?![A-Za-z])"
)
# A section's name in English beside its Chinese title: A7  公司·产业  Company.
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z&]*$")
# Items of a running head set on one line, apart by wide spaces: 新闻热线：010-58884051  责任编辑：王小龙.
_HEAD_ITEMS = re.compile(r"\s{2,}|\u3000+")
# A newspaper's name by its shape, for papers not yet in the archive: 科技日报, 中国证券报.
# A bare 报 ending needs a word before it that papers use (a headline such as 高新区传来喜报
# must not pass for a masthead).
_PAPER_SHAPE = re.compile(
    r"^《?([\u4e00-\u9fff]{1,14}(?:日报|时报|导报|晚报|晨报|周报|商报|画报|每日电讯|"
    r"(?:科学|科技|证券|青年|经济|工人|农民|教育|参考|金融|法制|商务|财经|妇女|文化|企业)报)"
    r"|\d{1,2}世纪[\u4e00-\u9fff]{0,4}报道)》?$"  # 21世纪经济报道
)
_PAPER_SHAPE_BARE = re.compile(r"^《?([\u4e00-\u9fff]{1,8}报)》?$")
# (a page title in two parts, 区域·产业, is one word)
_SEPARATORS = re.compile(r"[\s|｜丨•/\-—_]+|(?<![\u4e00-\u9fff])·|·(?![\u4e00-\u9fff])")
_ISSUE_NUMBER = re.compile(
    r"(?:总第\s*\d+\s*期|第\s*\d+\s*期|今日\s*\d+\s*版|CN\s*\d{2}\s*[-－]\s*\d{4}(?:/[A-Z])?|国内统一连续出版物号|(?:邮发)?代号\s*[\d\-－]+)"
)
# A periodical's issue with its year (2025年第7期) and its name in Latin capitals beside the
# Chinese one (中国园区观察  CHINA PARK REVIEW  2025年第7期): a magazine's masthead.
_YEAR_ISSUE = re.compile(r"(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期")
_LATIN_NAME = re.compile(r"(?<![A-Za-z\d])[A-Z][A-Z'&.\-]+(?: [A-Z][A-Z'&.\-]+)+(?![A-Za-z])")
_PERIODICAL_NAME = re.compile(r"^《?([\u4e00-\u9fff]{2,14})》?$")
_PAGE_TITLE = re.compile(r"^(?:[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,4})$")
_BARE_PAGE = re.compile(r"^\d{1,2}$")
_NEWS_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:新闻|要闻)$")
_PAGE_TITLE_PHRASE = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


@dataclasses.dataclass
class Furniture:
    """The furniture lines of a page (0-based line numbers, with their kind) and what they say."""

    lines: dict = dataclasses.field(default_factory=dict)  # line number -> kind
    newspaper: str = ""
    date: datetime.date | None = None
    page: PageLabel | None = None
    page_title: str = ""

    def as_list(self):
        return [{"line": n, "kind": kind} for n, kind in sorted(self.lines.items())]


def _read_head(line, known_names, beside=False):
    """What a running-head line says, as a dict, or None when anything on it is not furniture.
    ``beside``: the line is next to furniture already read, so a bare number on it is the
    page number (``5``, ``区域创新 05``), as papers stack their heads one item a line."""
    text = fold(line).strip().strip("#").strip()
    if not text or jump_out(text) or jump_in(text):
        return None  # (（下转第3版） ends a story: its page is another's, not this one's)
    if _EDITOR_LINE.match(text) or (text[:1] in "(（【[" and _EDITOR_LINE.match(text[1:-1].strip())):
        return {"kind": "editor"}  # also in brackets at a page's foot: （本版编辑：张明 王丽）
    if _CONTACT_LINE.match(text) or footer_line(text):
        return {"kind": "contact"}  # (a footer: 光明网  www.gmw.cn  光明日报客户端  扫码阅读本版)
    bulletin = bulletin_line(text)
    if bulletin is not None:
        return bulletin
    text = without_issuer(text)
    items = _HEAD_ITEMS.split(text)
    if len(items) > 1 and all(_EDITOR_LINE.match(i) or _CONTACT_LINE.match(i) for i in items):
        return {"kind": "editor" if _EDITOR_LINE.match(items[0]) else "contact"}
    found = {}
    latin = _LATIN_PAPER.search(text)  # (the paper's English name: its Chinese one is beside it)
    rest = _LATIN_PAPER.sub(" ", text)
    credited = _CREDIT_ITEM.search(rest) is not None
    if credited:
        rest = _CREDIT_ITEM.sub(" ", rest)
    for name in sorted(known_names, key=len, reverse=True):
        folded = fold(name)
        if folded and folded in rest:
            found["newspaper"] = name
            rest = rest.replace(folded, " ", 1)
            break
    dated = parse_date(rest)
    if dated:
        found["date"], (start, end) = dated
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(_WEEKDAY, " ", rest)
    rest = _LUNAR.sub(" ", rest)
    if "newspaper" not in found and _YEAR_ISSUE.search(rest) and _LATIN_NAME.search(text):
        periodical = _PERIODICAL_NAME.match(_LATIN_NAME.sub(" ", _YEAR_ISSUE.sub(" ", rest)).strip())
        if periodical:  # 中国园区观察  CHINA PARK REVIEW  2025年第7期: the name, the issue
            found["newspaper"] = periodical.group(1)
            rest = " "
    rest = _ISSUE_NUMBER.sub(" ", rest)
    spaced = _SPACED_TITLE.search(rest) is not None
    rest = _SPACED_TITLE.sub(lambda m: re.sub(r"\s+", "", m.group(0)), rest)
    label = PAGE_LABEL.search(rest.upper())
    if label:
        found["page"] = parse_page_label(label.group(0))
        before, after = rest[: label.start()], rest[label.end() :]
        rest = before + " " + after
    words = [w.strip("《》:：()（）[]【】") for w in _SEPARATORS.split(rest)]
    words = [w for w in words if w]
    if "newspaper" not in found:
        for i, word in enumerate(words):
            shape = _PAPER_SHAPE.match(word)
            # An unknown name counts only beside other running-head items or alone on a
            # line in the head zone: "科技日报" yes, "据科技日报" no (it is not the whole word).
            # A name in a bare 报 (香港文汇报, 大公报) only beside a date or a page.
            if not shape and found:
                shape = _PAPER_SHAPE_BARE.match(word)
            # (a Chinese name beside its English one: 每日经济新闻  NATIONAL BUSINESS DAILY,
            # 中国日报双语新闻  CHINA DAILY BILINGUAL NEWS)
            if not shape and i == 0 and latin is not None:
                shape = _PERIODICAL_NAME.match(word)
            if shape and (found or len(words) == 1):
                found["newspaper"] = shape.group(1)
                del words[i]
                break
    # (a bare number is the page beside furniture read before, or on one line with the
    # paper's name and date: 科技日报  2023年6月8日  星期四  区域创新  7)
    # (or with the date and its weekday alone, as some papers head their pages: 2021年4月19日
    # 星期一 人物 5)
    weekday = "date" in found and re.search(_WEEKDAY, text) is not None
    if (beside or weekday or ("newspaper" in found and "date" in found)) and "page" not in found:
        numbers = [w for w in words if _BARE_PAGE.match(w)]
        if len(numbers) == 1 and len(words) <= 2:
            found["page"] = PageLabel("", int(numbers[0]))
            words.remove(numbers[0])
    if spaced and "page" not in found and len(words) == 2 and _BARE_PAGE.match(words[1]):
        found["page"] = PageLabel("", int(words.pop()))  # 要  闻  2: a letter-spaced title's number
    if (found.get("page") or credited) and any(not _LATIN_WORD.match(w) for w in words):
        words = [w for w in words if not _LATIN_WORD.match(w)]
    if (
        (found.get("page") or ("newspaper" in found and "date" in found))
        and len(words) == 1
        and _PAGE_TITLE.match(words[0])
    ):
        found["page_title"] = words.pop()  # (科技日报　2024年7月11日　星期四　园区: no number, the page's title)
    elif found.get("page") and len(words) == 2 and all(_PAGE_TITLE_PHRASE.match(w) for w in words):
        found["page_title"] = " ".join(words)  # a special issue's title in two phrases: 湾区新核 科学光明
        words = []
    if credited and not found and len(words) == 1 and _PAGE_TITLE.match(words[0]):
        return {"kind": "page_title", "page_title": words[0]}  # 苏州新闻  责任编辑  王 静
    if not words and not found and rest != text and not rest.strip():
        # a line of the lunar date, the weekday or the issue number alone; of editors and
        # contacts; of the paper's English name
        return {"kind": "editor" if credited else "masthead" if _LATIN_PAPER.search(text) else "date"}
    if words or not found:
        return None
    kinds = [k for k in ("newspaper", "date", "page") if k in found]
    found["kind"] = "masthead" if "newspaper" in found else kinds[0]
    return found


def read_running_head(line, known_names=()):
    """What ``line`` says as a line of a running head set beside others (``A07``,
    ``南方日报　2023年11月8日　星期三``), or None."""
    return _read_head(line, known_names, beside=True)


def editors_credit(line):
    """The names credited when ``line`` is an editor's or proofreader's line standing among
    the stories, as web editions close each story (``责任编辑：王锦程``, ``（责任编辑：王锦程）``,
    ``校对：王锦程``, ``本版责编：吴  刚  邮箱：…``), else []. Its role needs the colon there."""
    text = fold(line).strip()
    if text[:1] in "(（【[" and text[-1:] in ")）】]":
        text = text[1:-1].strip()
    role = re.match(rf"{_ROLES}\s*[:：]\s*", text)
    if role is None or _CREDIT_ITEM.sub(" ", text).strip():
        return []
    names = re.match(_NAMES, text[role.end() :]).group(0)
    return [re.sub(r"\s+", "", name) for name in re.findall(_CREDITED, names)]


def find_furniture(lines, known_names=()):
    """The running heads at the top and bottom of a page (``lines`` without line ends).

    Reads up to ``EDGE_LINES`` non-blank lines from each edge and stops at the first line
    that is not entirely furniture. The first value found of each kind wins.
    """
    result = Furniture()

    def scan(numbers, top):
        numbers = list(itertools.islice((n for n in numbers if lines[n].strip()), EDGE_LINES))
        head = None
        for i, n in enumerate(numbers):
            beside = i > 0  # every line before it in this scan was furniture
            above, head = head, _read_head(lines[n], known_names, beside)
            # (a title may also open the page, above the masthead: 园区 / date / paper)
            if head is None and (beside or top) and not result.page_title:
                head = _title_alone(lines, numbers[i + 1 : i + 2], known_names, lines[n])
            if head is None and top and not beside:
                head = _number_over_head(lines, numbers[1:3], known_names, lines[n])
            if head is None and top and beside and not result.page_title:
                head = _title_closing_head(lines, n, numbered=bool(above.get("page")))
            if head is None and beside and result.page_title and "".join(lines[n].split()) == result.page_title:
                head = {"kind": "page_title"}  # the title printed again alone: …　要闻　3… / 要闻
            if head is None:
                return
            result.lines[n] = head["kind"]
            if head.get("newspaper") and not result.newspaper:
                result.newspaper = head["newspaper"]
            if head.get("date") and result.date is None:
                result.date = head["date"]
            if head.get("page") and result.page is None:
                result.page = head["page"]
            if head.get("page_title") and not result.page_title:
                result.page_title = head["page_title"]

    scan(range(len(lines)), top=True)
    scan(range(len(lines) - 1, -1, -1), top=False)
    _heads_again(lines, result, known_names)
    return result


def _heads_again(lines, result, known_names):
    """The page's running head set again where the next page of a magazine or a PDF begins:
    a line printed as one of the head's (the masthead, the date, the page) and the running
    heads set with it, to the blank lines around them (``中国园区观察  CHINA PARK REVIEW
    2025年第7期`` / ``园区调研  19``)."""
    head = {"".join(lines[n].split()): kind for n, kind in result.lines.items() if kind in ("masthead", "date", "page")}
    head = {text: kind for text, kind in head.items() if len(text) >= 6}
    if not head:
        return
    for n, line in enumerate(lines):
        kind = head.get("".join(line.split())) if n not in result.lines else None
        if kind is None:
            continue
        result.lines[n] = kind
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(lines) and lines[k].strip() and k not in result.lines:
                again = _read_head(lines[k], known_names, True)
                if again is None:
                    break
                result.lines[k] = again["kind"]
                k += step


def _title_alone(lines, following, known_names, line):
    """A page title on a line of its own (``区域创新``) between furniture lines, or a
    bulletin's name (``科技创新工作简报``, ``bulletins``): read as one when the next line is
    furniture too, so a short headline after a masthead, which its text follows, is never
    taken."""
    title = line.strip()
    named = is_bulletin_name(title)
    if not (named or _PAGE_TITLE.match(title)) or not following:
        return None
    if _read_head(lines[following[0]], known_names, True) is None:
        return None
    return {"kind": "masthead", "newspaper": title} if named else {"kind": "page_title", "page_title": title}


def _number_over_head(lines, following, known_names, line):
    """A bare page number opening the page (``7`` / ``2024年5月14日 星期二`` / ``区域创新``…) when
    the line under it is furniture too; over a headline and its text it is no page."""
    number = line.strip()
    # (or the number beside the page's title, ``14　区域经济``: read as running heads stacked
    # one item a line read it, only over another furniture line)
    head = None if _BARE_PAGE.match(number) else _read_head(line, known_names, True)
    if not (_BARE_PAGE.match(number) or (head and head.get("page"))) or not following:
        return None
    below = _read_head(lines[following[0]], known_names, True)
    if below is None:
        below = _title_alone(lines, following[1:], known_names, lines[following[0]])
    if below is None:
        return None
    return head or {"kind": "page", "page": PageLabel("", int(number))}


def _title_closing_head(lines, n, numbered=True):
    """A page title closing a head stacked one item a line: set right under the page number
    and apart from what follows by a blank line (``经济日报`` / ``2024年5月20日 星期一`` / ``5`` /
    ``产经`` / blank). A short headline under the number is set apart from it, as the story is.
    Under other furniture (the date, the editors) only a news section's title (``广东新闻``)."""
    title = lines[n].strip()
    if not _PAGE_TITLE.match(title) or not lines[n - 1].strip() or n + 1 >= len(lines) or lines[n + 1].strip():
        return None
    if not numbered and not _NEWS_SECTION.search(title):
        return None
    return {"kind": "page_title", "page_title": title}
