"""The opening of a first paragraph that names where the story comes from and who wrote
it: ``本报讯(记者 刘琴)``, ``本报讯 记者 王明 通讯员 李华``, ``新华社北京3月5日电(记者 X Y)``,
``本报北京2月22日讯``, ``科技日报讯``, ``■王明``, ``文/王明 图/李华``, ``特约撰稿 王明``,
``据新华社报道``; and a reprint's attribution, ``【来源】科技日报``, ``来源：新华网 作者：王明``,
``【作者：王明】`` (a source is no reporter; ``作者`` names the writer).

Such an opening starts an article (``opens``); ``split_lead`` takes the dateline and the
credits off the paragraph (``据…报道`` stays: it is part of the sentence). Credits are read
only from what is unambiguous: a dateline's parentheses, or role words, markers and
slashes followed by names and a space, so a reporter never takes the first words of the
text (``本报讯 记者 王明 近日`` gives 王明, ``本报讯 记者王明近日`` gives no one).
"""

import re

from . import bylines, credit_text, names
from .filed_bylines import FILED_OPENING, filed_opening
from .lines import BULLETS, BYLINE_MARKERS
from .types import Credit

_HAN = "\u3400-\u9fff"
# (OCR may set a space either side of a number: 本报郑州 4 月2日电, 本报银川5月 16 日电)
_DATE = r" ?\d{1,2} ?月 ?\d{1,2} ?日"
# Who sends the story: this paper, an agency, another paper or site.
_SENDER = (
    rf"(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|"
    rf"[{_HAN}]{{2,6}}?(?:日报|晚报|时报|商报|报社|通讯社|电视台|新闻网))"
)
# A site or an app (荆楚网, 大众网, 荆楚网(湖北日报网), 长江日报大武汉客户端) sends 讯 or 消息, never 电:
# 互联网电商… opens no story.
_SITE = rf"[{_HAN}]{{1,8}}?(?:网|客户端)(?:[(（][{_HAN}]{{2,8}}[)）])?"
# 本报讯, 科技日报讯, 新华社北京3月5日电, 本报北京2月22日讯 (a place needs a date), 【本报讯】.
# (央广网北京11月28日消息: a broadcaster's dateline ends in 消息, and only after a date)
_WHEN = rf"(?:[{_HAN}]{{2,6}}?(?:\d{{4}}年)?{_DATE}|(?:\d{{4}}年)?{_DATE})"
# (a place with no date only before 讯 and credits or a space: 本报资阳讯（记者 汤斌）, 深圳新闻网坪山讯 )
# What any sender's dateline may end in: a place and 讯 before credits or a space, 消息 before
# credits (荆楚网消息(记者…)).
_PLACED = rf"[{_HAN}]{{2,4}}?讯(?=\s*[(（]|\s)|{_WHEN}?消息(?=\s*[(（])"
# Any other sender's 讯 (a programme, an agency not listed: 中经联播讯) only with its
# reporters in brackets: a role and names, or two names or more (not 园区简讯（第一期）).
_NAMES = rf"{names.NAME}(?:\s+{names.NAME}){{1,5}}\s*"
_ROLE = "(?:" + "|".join(names.PERSON_ROLE_WORDS) + ")"
_ANY_SENDER_XUN = rf"[{_HAN}]{{2,6}}?讯(?=\s*[(（]\s*(?:{_ROLE}\s*{names.NAME}[^()（）]*|{_NAMES})[)）])"
# (a site sends 电 only with its date: 中国侨网11月20日电; a paper's brand may follow its name:
# 证券时报e公司讯, 经济日报·中国经济网讯)
_SENT = (
    rf"(?:{_SENDER}{credit_text.OUTLET_BRAND}?(?:{_WHEN}?[电讯]|{_PLACED}|{_WHEN}消息)|{_SITE}(?:{_WHEN}?讯|{_WHEN}电|{_PLACED})"
    rf"|{_ANY_SENDER_XUN})"
)
# (a wire reprinted with its date keeps it after 据: 据新华社北京11月12日电（记者 X）)
# (a brief's bullet may come first: ■ 本报北京2月1日电（记者…）)
# (a paper whose name ends in a bare 报, as Hong Kong papers' do, in square brackets: 【香港商报讯】)
_DATELINE = rf"(?:[{BULLETS}]\s*)?(?:{_SENT}|【{_SENT}】|【[{_HAN}]{{1,6}}?报讯】|据{_SENDER}{_WHEN}电)"
_DATELINE_RE = re.compile(_DATELINE)
_PAREN_RE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]\s*")
# 据新华社报道, 据新华社电 (an agency's wire, then a space: not 据国家电网统计)
_REPORTED = rf"据[{_HAN}]{{2,12}}?(?:报道|电(?=[\s（(]|$))"
_REPORTED_RE = re.compile(_REPORTED)
# (another paper's, an agency's or a site's name may come first: 新华社记者 王明, 大众网记者 王明)
_MEDIA_ROLE = rf"(?:{credit_text.MEDIA_BEFORE_ROLE})?{_ROLE}"
_NAME = names.NAME
# One credit token of a run: a role word (a name may touch it, or follow a slash: 记者/王彪), a
# marked name, a slash form.
_CREDIT_TOKEN_RE = re.compile(
    rf"{_MEDIA_ROLE}\s*/?\s*{_NAME}|[{BYLINE_MARKERS}]\s*{_NAME}|[文图]/{_NAME}|{_NAME}/[文图]|{_NAME}(?=[\s、])"
)
_ROLE_START_RE = re.compile(_ROLE)
_MARKED_TOKEN_RE = re.compile(rf"^(?:{_MEDIA_ROLE}|[{BYLINE_MARKERS}]|[文图]/)|/[文图]$")
# A reprint's attribution: ``【来源】X``, ``【来源：X】``, ``来源：X`` (also 稿源, 文章来源) and the
# same with 作者, whose value is the writer's name.
_LABEL = "(?:文章来源|来源|稿源|作者)"
_ATTRIBUTION_RE = re.compile(rf"【({_LABEL})(?:[：:]\s*([^【】]{{1,30}})】|】\s*)|({_LABEL})[：:]\s*")
# One value of an unbracketed attribution: up to a space, a bracket or the end of the line.
_VALUE_RE = re.compile(r"[^\s【】，。；;,！？]{1,20}(?=[\s【]|$)")
# What a line must start with to open an article (a cheap test on every text line).
_OPENS_RE = re.compile(
    rf"{_DATELINE}|{_REPORTED}|{_MEDIA_ROLE}\s*/?\s*{_NAME}(?:[\s、]|$)|[{BYLINE_MARKERS}]|[文图]/|{_NAME}/[文图]\s|[(（]"
    rf"|【{_LABEL}|{_LABEL}[：:]|{FILED_OPENING}"
)


# How a news story's first paragraph begins (a subhead's section does not): 近日, a date,
# 记者从…获悉. (Not 日前: 003 has a subhead over ``日前，一场…``.)
_NEWS_LEAD_RE = re.compile(r"(?:近日|近期|昨日|昨天|(?:\d{4}年)?\d{1,2}月\d{1,2}日|记者(?:近日|日前)?从)")


def closing_dateline(s: str) -> bool:
    """A dateline printed in brackets on a line of its own after the story's text
    (``（本报杭州5月6日电）``, ``（新华社南京5月6日电）``): it closes the story, as credits do."""
    return s[:1] in "(（" and s[-1:] in ")）" and _DATELINE_RE.fullmatch(s[1:-1].strip()) is not None


def dated(lead: str) -> bool:
    """Does a paragraph's opening start with a dateline (本报讯, 新华社北京3月5日电)?"""
    return _DATELINE_RE.match(lead) is not None


def news_lead(text: str) -> bool:
    """Does a paragraph starting with ``text`` begin like a news story (with no dateline)?"""
    return _NEWS_LEAD_RE.match(text) is not None


def story_begins(text: str) -> bool:
    """Does a paragraph starting with ``text`` begin like a news story, or with its
    writer's name in brackets (``（王明）今年以来…``)?"""
    return news_lead(text) or (text[:1] in "(（" and opens(text, bare=True))


# A character every opening has near its start (讯/电 of a dateline, 据, a role word's,
# 评论员's 评, a marker, a slash) unless it starts with a bracket (``（王明）``): one search rules out
# nearly every line of running text.
_HINT_RE = re.compile(f"[讯电据记通撰实评/源者{BYLINE_MARKERS}]")


def opens(text: str, *, bare: bool = False) -> bool:
    """Does a line starting with ``text`` open an article (a dateline, ``据…报道``, or
    credits followed by a space)? With ``bare`` (the line starts a paragraph), a person's
    name in brackets does too (``（王明）``; in mid-sentence it is more likely ``(武汉)``)."""
    return (
        (bare and text[:1] in "(（" or _HINT_RE.search(text, 0, 24) is not None)
        and _OPENS_RE.match(text) is not None
        and (split_lead(text) is not None or _OPEN_BRACKET_RE.match(text) is not None)
    )


# ``【来源：中国高新技`` at a line's end: an attribution the column broke (read once the
# paragraph is whole).
_OPEN_BRACKET_RE = re.compile(rf"【{_LABEL}[^【】]*$")


def _credit_run(text: str, pos: int) -> int:
    """End of the run of credit tokens starting at ``pos`` (``pos`` when there is none):
    tokens separated by spaces or 、, at least one marked by a role word, a marker or a
    slash, and a space or the end of the line after the last (so the run cannot end inside
    the text)."""
    end, marked, at = pos, False, pos
    while True:
        while at < len(text) and text[at] in " 、":
            at += 1
        m = _CREDIT_TOKEN_RE.match(text, at)
        if not m:
            break
        token = m.group()
        name_only = not _MARKED_TOKEN_RE.search(token)
        if name_only and not marked and not (pos and names.is_person_name(token)):
            break  # (after a dateline a person's name set apart is a credit: 本报讯 王文 肖兆力 近日…)
        if name_only and not names.is_name(token):
            break
        if not name_only and names.is_column_word(_MARKED_TOKEN_RE.sub("", token).strip()):
            break  # 记者手记: a sidebar's label, not 记者 手记
        if token[0] in BYLINE_MARKERS and not _ROLE_START_RE.match(rest := token[1:].strip()):
            if not names.is_person_name(rest):
                break  # ■ 创新驱动: a subhead set with a bullet (■本报记者 X is credits)
        if m.end() < len(text) and not text[m.end()].isspace() and text[m.end()] != "、":
            break
        marked = True
        at = end = m.end()
    return end if marked else pos


def split_lead(text: str) -> tuple[str, str, list[Credit]] | None:
    """(the opening, the rest of the paragraph, credits), or None when the paragraph
    opens with no dateline or credits. ``据新华社报道，…`` -> ("", the whole text, []);
    ``据新华社报道`` alone -> (it, "", [])."""
    filed = filed_opening(text) if text[:1] in "【〔［[" else None
    if filed:  # 【记者林家瑜／台北报导】伺服器…: a byline run into the text
        end, credits = filed
        return text[:end].strip(), text[end:].lstrip(), credits
    wire = _BRACKETED_WIRE_RE.match(text) if text[:1] in "(（" else None
    if wire:  # （中央社记者陈怡君上海13日电）…: stays in the text, names its reporter
        return "", text, bylines.parse_credits(_without_place(wire.group(1)), default_role="staff")
    attributed = _attribution(text)
    if attributed:
        end, credits = attributed
        return text[:end].strip(), text[end:].lstrip(), credits
    m = _DATELINE_RE.match(text)
    pos = m.end() if m else 0
    paren = _PAREN_RE.match(text, pos)
    if paren and (m or _all_credits(paren.group(1))):
        pos = paren.end()
        credits = bylines.parse_credits(paren.group(1), default_role="staff")
        # more credits in brackets of their own: 本报讯（记者 王明）（通讯员 李华）
        while (more := _PAREN_RE.match(text, pos)) and _all_credits(more.group(1)):
            pos = more.end()
            credits += bylines.parse_credits(more.group(1), default_role="staff")
    elif m and (told := _TOLD_RE.match(text, pos)) and (run := _without_place(told.group(1))):
        # 本报南京11月29日讯 记者蒋波报道：… (the name runs into 报道)
        credits = bylines.parse_credits(run, default_role="staff")
        pos = told.end()
    else:
        run = _credit_run(text, pos)
        credits = bylines.parse_credits(text[pos:run], default_role="staff") if run > pos else []
        pos = run
    if pos == 0:
        reported = _REPORTED_RE.match(text)
        if not reported:
            return None
        # (On a line of its own, ``据新华社报道`` is the article's attribution, as a byline
        # line is; opening a sentence, it is the sentence's.)
        if not text[reported.end() :].strip():
            return text.strip(), "", []
        if text[reported.end()].isspace():  # 据新华社电 近日，…: set apart, the attribution
            return text[: reported.end()], text[reported.end() :].lstrip(), []
        return "", text, []
    said = _REPORTS_RE.match(text, pos)  # 本报讯 记者 王明 报道：近日…
    if said and credits:
        pos = said.end()
    elif m and text[pos : pos + 1] in ("，", ","):
        pos += 1  # 证券时报e公司讯，华锐精密…: the comma closes the dateline (kept in it as printed)
    return text[:pos].strip(), text[pos:].lstrip(), credits


_REPORTS_RE = re.compile(r"\s*报道\s*[：:]\s*")
# An agency's dateline in brackets naming its reporter before the place and the day, as
# Taiwan's 中央社 prints it: （中央社记者陈怡君上海13日电）. Like 新华社…电 it stays in the text.
_BRACKETED_WIRE_RE = re.compile(
    rf"[（(][{_HAN}]{{1,6}}?社\s*(记者\s*[{_HAN}]{{3,10}}?)\s*(?:\d{{1,2}}月)?\d{{1,2}}日电[）)]"
)
# After a dateline, credits run into 报道 with no space: 记者蒋波报道：, 记者王明、李华报道：, and
# the place filed from between them: 记者林峰深圳报道： (``_without_place``).
_TOLD_RE = re.compile(rf"\s*({_ROLE}\s*(?:[{_HAN}]{{2,4}}?[、\s]+)*[{_HAN}]{{2,7}}?)\s*报道\s*[：:]\s*")


# What opens a clause of time or place (近日, 在…, 从…): no part of a place's name.
_NOT_A_PLACE_RE = re.compile(r"[日月年在从近于据对向到了的]")


def _without_place(run: str) -> str:
    """Credits run into the place they were filed from (``记者林峰深圳``): the last name is
    a surname and a given name of one or two characters (four with a compound surname:
    欧阳晓雯), the two or more characters after it the place. A run of four is two and two
    (a three-character name leaves no place of one character); of five, a name of three.
    "" when the run is a clause (``记者王明近日在园区``): not credits and a place."""
    role = re.match(rf"{_ROLE}\s*", run)
    head, last = re.match(rf"^(.*?)([{_HAN}]+)$", run[role.end() :]).groups()
    head = run[: role.end()] + head
    n = len(last)
    if n > 3 and _NOT_A_PLACE_RE.search(last[2:]):
        return ""  # (记者王明近日在园区: a clause, no name and place: not read here)
    if last[:2] in names.COMPOUND_SURNAMES:
        keep = 4 if n >= 6 else min(n, 3) if n == 5 else n
    else:
        keep = n if n <= 3 else 2 if n == 4 else 3
    return head + last[:keep]


def _all_credits(inner: str) -> bool:
    return bylines.is_byline(f"({inner})")


def _attribution(text: str) -> tuple[int, list[Credit]] | None:
    """(end, credits) of a run of attribution pieces opening ``text`` (``【来源】科技日报
    【作者】王明``), or None. An unbracketed value must end at a space, a bracket or the
    line's end (``来源：新华网近日，…`` is not read: where the source ends is a guess)."""
    at, end, credits = 0, 0, []
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        m = _ATTRIBUTION_RE.match(text, at)
        if not m:
            break
        label = m.group(1) or m.group(3)
        if m.group(2) is not None:
            value, at = m.group(2), m.end()
        else:
            v = _VALUE_RE.match(text, m.end())
            if not v:
                break
            value, at = v.group(), v.end()
            while label == "作者" and (v := _NEXT_NAME_RE.match(text, at)) and names.looks_like_person(v.group(1)):
                value, at = f"{value} {v.group(1)}", v.end()
        if label == "作者":
            credits += [Credit(n, "author") for n in re.split(r"[\s、，,]+", value.strip()) if names.is_name(n)]
        end = at
    return (end, credits) if end else None


# A further writer after ``作者：王明``: a space or 、 then a name, then a space or the end.
_NEXT_NAME_RE = re.compile(rf"[ 、]({_NAME})(?=[\s【]|$)")


# What opens a brief before its news: when, and where the reporter heard it.
_BRIEF_OPENING_RE = re.compile(
    r"^(?:(?:近日|日前|近期|目前|昨日|昨天|今年以来|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[上下]午|晚)?|"
    r"截至(?:目前|今年|去年|\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|[底末])?|"
    r"记者(?:近日|日前)?从[^，,。]{1,24}(?:获悉|了解到)|据[^，,。]{0,16}?(?:介绍|了解|消息|统计|报道))[，,]\s*)+"
)
_CLAUSE_END_RE = re.compile(r"[，,。；;！？!?]")
# How a clause that only says where ends: …产业园内, …车间里, …生产线上, …签约现场, …一角.
_LOCATIVE_ENDINGS = ("内", "里", "中", "上", "现场", "一角", "旁", "前")
# A clause that only says when (“十二五”期间, 18日下午, 上半年) or, opening with 在, where
# (在武汉东湖高新区一家光电子企业) with no verb of news in it.
_TIME_CLAUSE_RE = re.compile(
    r"^[^，,。]{0,8}?(?:期间|以来|之际|前后|[上下]午|晚间?|\d{1,2}日|[上下]半年|季度|年初|年底|年末)$"
)
_PLACE_CLAUSE_RE = re.compile(r"^在(?!.*(?:举行|召开|举办|发布|签约|签署|开幕|启动|成立|落户|开工|投产|获批|揭牌))")
BRIEF_HEADLINE_MAX = 40
_THIS_ZONE = ("该园区", "该区", "该园")
_ZONE_RE = re.compile(r"(?<=从)[\u4e00-\u9fff]{2,12}?(?:高新区|开发区|经开区|园区|新区)")


def brief_headline(text: str) -> str:
    """A headline for a brief printed without one, from its first paragraph: the first
    clause after when and where it was heard (``近日，南京高新区举办…对接会，现场签约…`` ->
    ``南京高新区举办…对接会``), at most ``BRIEF_HEADLINE_MAX`` characters."""
    text = text.strip()
    if text.startswith(("图为", "图片为")):  # a picture's caption: 图为科研人员…
        text = text[2 if text[1] == "为" else 3 :].lstrip("：: ")
    opening = _BRIEF_OPENING_RE.match(text)
    rest = text[opening.end() :] if opening else text
    end = _CLAUSE_END_RE.search(rest)
    clause = rest[: end.start()] if end else rest
    # (“十二五”期间，… / 18日下午，…: when, a clause of its own)
    while end and rest[end.start()] in "，," and _TIME_CLAUSE_RE.match(clause):
        rest = rest[end.end() :]
        end = _CLAUSE_END_RE.search(rest)
        clause = rest[: end.start()] if end else rest
    # 合肥高新区量子科技产业园内，工作人员正在调试…: a place alone is no news; its clause
    # and the next one are
    if end and rest[end.start()] in "，," and (clause.endswith(_LOCATIVE_ENDINGS) or _PLACE_CLAUSE_RE.match(clause)):
        after = _CLAUSE_END_RE.search(rest, end.end())
        clause = rest[: after.start()] if after else rest
    # 记者从济南高新区获悉，该区今年新增…: the zone the opening named, not 该区
    named = _ZONE_RE.search(opening.group()) if opening and clause.startswith(_THIS_ZONE) else None
    if named:
        clause = named.group() + clause[len(next(z for z in _THIS_ZONE if clause.startswith(z))) :]
    if len(clause) > BRIEF_HEADLINE_MAX:
        clause = clause[: BRIEF_HEADLINE_MAX - 1] + "…"
    return clause
