"""Test pages in other newspapers' habits, made from the fixture pages' articles.

``ARTICLES`` takes articles of the fixture pages (their headlines and paragraphs) and
gives each a byline in another paper's form: opening the first paragraph (``本报讯（记者
X）``, ``新华社北京3月5日电（记者 X Y）``, ``据新华社报道，``…) or on a line of its own
(``■X``, ``文/X 图/Y``, ``特约撰稿 X``…), or closing the last paragraph (``（记者 X）``,
``（X）``, an agency's ``（完）``), or none at all. ``page`` sets them one paragraph
a line, or wrapped in a narrow column (``layouts.wrap``) with a blank line after every line;
``in_traditional`` converts the stories to traditional characters with OpenCC, as a Hong
Kong or Taiwan paper prints them.
"""

from dataclasses import dataclass, field

from opencc import OpenCC

from .layouts import wrap


@dataclass
class Story:
    headline: str
    paragraphs: list[str]
    lead: str = ""  # opens the first paragraph
    byline: str = ""  # a line of its own under the headline
    names: list[str] = field(default_factory=list)  # the writers the parser must find
    kicker: str = ""
    end: str = ""  # closes the last paragraph: credits in brackets, an end mark (（完）)


# (fixture page, headline start) of the articles used, and the byline form each gets.
FORMS = [
    ("000", "济宁高新区", "本报讯（记者 孔令帅）", "", ["孔令帅"]),
    ("000", "益阳高新区", "本报讯(记者 龙吉妮 通讯员 戈清平)", "", ["龙吉妮", "戈清平"]),
    ("001", "景德镇高新区", "本报讯 记者 颜玮 通讯员 冯启东 ", "", ["颜玮", "冯启东"]),
    ("001", "北京经开区", "新华社北京3月5日电（记者 刘琴 叶伟）", "", ["刘琴", "叶伟"]),
    ("000", "武汉东湖高新区", "本报北京2月22日讯（记者 于大勇）", "", ["于大勇"]),
    ("000", "泰州医药高新区", "据新华社报道，", "", []),
    ("001", "沈阳高新区", "", "", []),
    ("002", "平顶山高新区", "", "本报记者 李洋、邓淑华", ["李洋", "邓淑华"]),
    ("002", "重庆高新区", "", "■叶伟", ["叶伟"]),
    ("004", "郑州高新区", "", "姬婷婷/文", ["姬婷婷"]),
    ("004", "安康高新区", "", "文/孙茜 图/翁泽荣", ["孙茜"]),
    ("003", "浙江诸暨", "", "特约撰稿 江耘", ["江耘"]),
    ("000", "潍坊高新区", "", "（记者 张景阳）", ["张景阳"]),
    ("001", "湘潭高新区", "■颜玮 ", "", ["颜玮"]),
    ("004", "衡阳高新区", "文/石珊 图/陈炜 ", "", ["石珊"]),
    ("002", "宿迁高新区", "本报记者 邓淑华、李洋 ", "", ["邓淑华", "李洋"]),
    ("002", "上海张江", "（记者 于大勇）", "", ["于大勇"]),
    ("001", "贵阳高新区", "王桂林/文 ", "", ["王桂林"]),
    ("004", "2019打造", "特约撰稿 孙茜 ", "", ["孙茜"]),
    ("003", "打造“包你满意”", "", "本报讯 记者 张景阳 通讯员 贾婷婷", ["张景阳", "贾婷婷"]),
    ("001", "佛山高新区", "", "新华社佛山1月20日电（记者 梁铁）", ["梁铁"]),
    ("000", "大连理工大学", "", "", []),
    # An agency's run of stories, each closed by its credits or an end mark: the one
    # above closed, the next headline starts an article whatever its lead.
    ("004", "乌鲁木齐高新区", "", "", ["王蓓"], "（王蓓）（完）"),
    ("003", "把握重大机遇", "", "", ["王桂林"], "（记者 王桂林）"),
    ("000", "打通向西开放", "（龙吉妮）", "", ["龙吉妮"]),
]
END_MARK = "（完）"

# Articles with no byline line under ordinary ones, their headlines naming no park the
# article above has not (so only what the text is about tells them from a subhead), and
# reprints attributed to a source (``【来源】X``: no reporter) or a writer (``【作者】X``).
UNSIGNED = [
    ("001", "佛山高新区", "", "本报特约通讯员 梁铁", ["梁铁"]),
    ("000", "打通向西开放", "", "", []),  # 为携手共建…
    ("003", "浙江诸暨", "", "洪恒飞 本报记者 江耘", ["洪恒飞", "江耘"]),
    ("004", "“想不到乌鲁木齐", "", "", []),  # 金秋时节…
    ("002", "平顶山高新区", "", "本报记者 李洋", ["李洋"]),
    ("003", "把握重大机遇", "", "", []),  # 党的十八大以来…
    ("003", "打造“包你满意”", "", "【来源】科技日报", []),
    ("000", "济宁高新区", "来源：新华网 作者：孔令帅 ", "", ["孔令帅"]),
    ("001", "湘潭高新区", "", "【作者】颜玮", ["颜玮"]),
    ("000", "大连理工大学", "【来源：中国高新技术产业导报】", "", []),
    ("001", "贵阳高新区", "", "来源：科技日报 作者：王明", ["王明"]),
]


def stories(parsed, forms=FORMS) -> list[Story]:
    out = []
    for prefix, start, lead, byline, names, *end in forms:
        (article,) = [a for a in parsed[prefix].articles if a.headline.startswith(start)]
        paragraphs = [b.text for b in article.blocks if b.kind == "p"][:3]
        out.append(Story(article.headline, paragraphs, lead, byline, names, article.kicker, "".join(end)))
    return out


def page(items: list[Story], width: int | None = None) -> str:
    """One paragraph a line (``width`` None), or wrapped at ``width`` CJK cells with a
    blank line after every line; headlines and bylines stay whole."""
    lines = []
    for s in items:
        # (A kicker and its headline are set apart, as the fixture pages print them.)
        lines += [s.kicker, ""] if s.kicker else []
        lines += [x for x in (s.headline, s.byline) if x]
        for k, p in enumerate(s.paragraphs):
            text = s.lead + p if k == 0 else p
            text += s.end if k == len(s.paragraphs) - 1 else ""
            lines += [text] if width is None else wrap(text, width)
        lines.append("")
    sep = "\n" if width is None else "\n\n"
    return sep.join(lines) + "\n"


def traditional(text: str) -> str:
    return _s2t.convert(text)


def in_traditional(items: list[Story]) -> list[Story]:
    """The stories converted piece by piece (before any wrapping, as a paper sets them)."""
    return [
        Story(
            traditional(s.headline),
            [traditional(p) for p in s.paragraphs],
            traditional(s.lead),
            traditional(s.byline),
            s.names,
            traditional(s.kicker),
            s.end.replace("记者", "記者"),
        )
        for s in items
    ]


_s2t = OpenCC("s2t")


# The forms of ``FORMS`` that open a paragraph there, on a line of their own here.
OWN_LINE = [
    ("000", "济宁高新区", "", "本报讯（记者 孔令帅）", ["孔令帅"]),
    ("001", "北京经开区", "", "（刘琴）", ["刘琴"]),
    ("000", "泰州医药高新区", "", "据新华社报道", []),
    ("004", "“想不到乌鲁木齐", "", "本报讯(记者 王蓓 通讯员 李永涛)", ["王蓓", "李永涛"]),
    ("000", "武汉东湖高新区", "", "新华社北京2月22日电(记者 于大勇 刘琴)", ["于大勇", "刘琴"]),
]
