"""What a browser and a website print around a story when a zone's or a paper's web page
is printed to PDF and OCR'd (a print-out may hold several stories, one after another)::

    2023/7/6 10:15                                              (the browser's header)
    西安高新区硬科技企业…增长37% - 西安高新区管委会
    西安高新技术产业开发区管理委员会                              (the site's name)
    首页 > 新闻中心 > 高新要闻                                    (breadcrumb)
    西安高新区硬科技企业上半年融资额同比增长37%                     (the story's title)
    发布时间：2023-07-05 09:32    来源：…    浏览次数：2367        (metadata)
    【字体：大 中 小】    分享到：                                 (tools)
    今年上半年，…
    https://xdz.xa.gov.cn/…/t20230705_128832.html    1/2          (the browser's footer)
    【打印本页】    【关闭窗口】
    上一篇：…  /  下一篇：…                                        (navigation)
    主办单位：…    网站标识码：…    陕ICP备05001573号-1            (the site's footer)

``web_chrome`` finds these lines anywhere on a page; the caller blanks them and keeps them
as furniture, so none is glued to a paragraph or read as a headline, a paragraph cut by a
sheet's end runs on across them, and the title after the navigation starts an article.
Each kind is told by its words, so no line of a story is taken: a metadata line needs a
publishing time or a view count among its keys, a breadcrumb starts at 首页 or
``当前位置``, and the browser's ``title - site`` line and a URL only count beside the
browser's date-time or page count.
"""

import re

from .site_heads import site_lines

# Metadata keys: 发布时间：2023-07-05 09:32  来源：X  作者：X  浏览次数：2367.
_META_KEY = re.compile(
    r"(?:发布时间|发布日期|发文日期|更新时间|时间|日期|信息来源|文章来源|稿件来源|来源|作者|撰稿|摄影|"
    r"浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击率|访问量|字号|字体|分享到)\s*[:：]"
)
# The keys that make a line metadata: a line of ``来源：X 作者：Y`` alone is a reprint's
# attribution (``leads``), which credits the writer.
_META_ALONE = (
    "发布时间",
    "发布日期",
    "发文日期",
    "更新时间",
    "浏览次数",
    "浏览量",
    "阅读次数",
    "点击数",
    "点击量",
    "访问量",
)
# The page's tools: 【字体：大 中 小】, 分享到：, 【打印本页】, [关闭窗口], 【我要纠错】.
_TOOL = re.compile(
    r"[【\[]?\s*(?:(?:字体|字号)\s*[:：]?\s*(?:[大中小]\s*){2,3}|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|"
    r"返回顶部|返回|我要纠错|纠错|分享到\s*[:：]?|加入收藏|保存本页)\s*[】\]]?"
)
_BREADCRUMB = re.compile(
    r"^(?:(?:当前位置|您(?:现在)?的位置|所在位置)\s*[:：]?\s*)?首页(?:\s*[>＞»›/]+\s*[^\s>＞»›/]{1,12}){1,5}\s*[>＞»›]?$"
)
_BREADCRUMB_LABEL = re.compile(r"^(?:当前位置|您(?:现在)?的位置|所在位置)\s*[:：]")
_NAVIGATION = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]")
_SITE_FOOTER = re.compile(
    r"(?:主办单位|承办单位|协办单位|主办|承办|技术支持|运行维护|网站标识码|政府网站标识码|版权所有)\s*[:：©]\s*[^\s]{0,30}"
    r"|(?:ICP)?备案(?:号|编号)?\s*[:：]\s*(?=[\u4e00-\u9fff]ICP备)|[\u4e00-\u9fff]ICP备\s*\d+号(?:\s*[-－]\s*\d+)?|[\u4e00-\u9fff]公网安备\s*\d+号|Copyright\s*©?[\w\s©.,-]{0,40}|©\s*\d{4}"
)
# What only a site's footer prints (an event's 主办单位：X in a story is its text).
_SITE_MARK = re.compile(r"ICP备|公网安备|网站标识码|Copyright|©")
# The browser's header and footer: the date and time the page was printed, the page's
# address and the sheet's number, the page's title with the site's name.
_PRINT_TIME = re.compile(
    r"^(?:(?:19|20)\d{2}[/\-.]\d{1,2}[/\-.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}),?\s*(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?$"
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_SHEET = re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$")
_TITLE_AND_SITE = re.compile(r"^.{4,80}\s[-–—_|]\s.{2,30}$")
_SITE_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{4,30}(?:管理委员会|管委会|人民政府|政府|门户网站|网站|网)$")


# A news site's chrome (copied from the page, not printed): a breadcrumb without 首页
# (新华网 > 地方频道 > 正文), the date and time with the source (2025-11-02 10:12:45  来源：X),
# bare tools (字号, 我要举报, 评论(8)), the correction and editor brackets closing a story
# (【纠错】  【责任编辑：X】), tags (#X#  #Y#), a tip-off line (X报料：phone).
_CRUMBS = re.compile(r"^[^\s>＞»›，。；：:！？]{1,12}(?:\s*[>＞»›]\s*[^\s>＞»›，。；：:！？]{1,12}){2,5}$")
_STAMPED = re.compile(
    r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?=(?:来源|作者|编辑|责任编辑)\s*[:：])"
)
_BARE_TOOLS = frozenset("字号 字体 举报 我要举报 查看更多 点击查看更多 展开全文 打开APP +1".split())
_COMMENTS = re.compile(r"^(?:评论|跟帖|留言)\s*[(（]\s*\d+\s*[)）]$")
_EDITOR_BRACKET = re.compile(r"[【\[]\s*(?:责任编辑|编辑|责编)\s*[:：][^】\]]{1,12}[】\]]")
_TAGS = re.compile(r"^(?:#[^#\s]{1,20}#\s*){1,8}$")
_TIP_OFF = re.compile(r"^[\u4e00-\u9fffA-Za-z]{0,12}(?:报料|爆料)(?:热线|电话|邮箱)?\s*[:：]\s*[\w@.\-－ ]{5,40}$")
# A reprint notice (X，未经授权不得转载; 本文刊于《X》…，转载请注明出处。) and an investment
# disclaimer (风险提示：…), on a line of their own anywhere: the page's, no story's text.
_NOTICE = re.compile(
    r"(?:未经.{0,12}?(?:授权|许可|同意)[，,]?\s*(?:不得|禁止|严禁|请勿)(?:转载|复制|摘编|使用)|转载请注明(?:出处|来源)"
    r"|(?:禁止|严禁|谢绝)转载)[^，。！]{0,12}[。.！]?$"
)
# (and a business paper's, alone in brackets or not: （本版信息仅供参考，不构成投资建议）,
# 以上内容仅供参考，不构成投资建议。, 股市有风险，投资需谨慎)
_DISCLAIMER = re.compile(
    r"^(?:(?:风险提示|免责声明)\s*[:：].{4,80}"
    r"|[（(]?[^，。（）()]{0,10}仅供参考[，,]\s*(?:不构成|不作为)(?:任何)?投资(?:建议|依据)[。.]?[）)]?"
    r"|[（(]?(?:股市|投资)有风险[，,]\s*投资需谨慎[。.！!]?[）)]?)$"
)
# The labels over a site's related links, which go on to a blank line or the next chrome
# (a label only set tight to other chrome).
_RELATED = frozenset("相关推荐 相关新闻 相关阅读 相关文章 热门推荐 猜你喜欢".split())
_RELATED_LINES = 8


_BARE_TOOL_MAX = 16  # a bare tool's line, its spaces included (the longest tool is 6 characters)


def _site_line(s):
    """Is ``s`` (stripped) a line of a news site's chrome (above), or a notice? Run on every
    line of every page: the cheap tests (a crumb's separator, a short line) come first."""
    if (">" in s or "＞" in s or "»" in s or "›" in s) and _CRUMBS.match(s):
        return True
    if _TAGS.match(s) or _COMMENTS.match(s) or _TIP_OFF.match(s):
        return True
    if len(s) <= _BARE_TOOL_MAX and re.sub(r"\s+", "", s) in _BARE_TOOLS:
        return True
    stamped = _STAMPED.match(s)
    if stamped and _own_line("发布时间：" + s[: stamped.end()].strip() + " " + s[stamped.end() :]):
        return True
    if "【" in s or "[" in s:
        tools = _EDITOR_BRACKET.sub("", s)
        if tools.strip() and tools != s and not _TOOL.sub("", tools).strip(" |丨│"):
            return True
    return _notice(s)


def _notice(s):
    if len(s) > 80:
        return False
    return bool(
        ("转载" in s or "未经" in s)
        and _NOTICE.search(s)
        or ("提示" in s or "声明" in s or "投资" in s)
        and _DISCLAIMER.match(s)
    )


def _site_extras(lines, kinds):
    """The site's name over the title (the source the metadata line names, set a few lines
    above it) and the related links under their label, once the chrome is found."""
    for n, line in enumerate(lines):  # (a label set tight to the chrome: a paper's 相关阅读 is its sidebar's)
        if n not in kinds and re.sub(r"\s+", "", line) in _RELATED and any(k in kinds for k in _neighbours(lines, n)):
            kinds[n] = "web"
    for n in sorted(kinds):
        s = lines[n].strip()
        source = re.search(r"来源\s*[:：]\s*([^\s：:]{2,12})\s*$", s)
        if source and _STAMPED.match(s):
            for k in range(max(0, n - 4), n):
                if lines[k].strip() == source.group(1):
                    kinds[k] = "web"
        if re.sub(r"\s+", "", s) in _RELATED:
            k = n + 1
            while k < len(lines) and k <= n + _RELATED_LINES and lines[k].strip() and k not in kinds:
                t = lines[k].strip()
                if len(t) > 40 or re.search(r"[。！？]", t):
                    break
                kinds[k] = "web"
                k += 1


def web_chrome(lines):
    """Entries ``{"line", "kind", "text"}`` for the lines of ``lines`` a browser or a web
    page prints around a story (kind ``web``)."""
    kinds = {}
    printed = []
    for n, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 200 and (_own_line(s) or _site_line(s)):
            kinds[n] = "notice" if _notice(s) else "web"
        elif (s[0].isdigit() or s[0] in "hw") and _printed(s):
            printed.append(n)
    # The browser's header and footer are told by their date-time or sheet number; the
    # address and the title line beside them (no blank line between) go with them.
    for n in printed:
        for k in _neighbours(lines, n):
            s = lines[k].strip()
            if _URL.match(s.split()[0]) and len(s.split()) <= 2 or _TITLE_AND_SITE.match(s) or _SHEET.match(s):
                kinds[k] = "web"
        kinds[n] = "web"
    if not kinds:
        return []  # (a paper's page: nothing of a web page's around which to look further)
    kinds.update(site_lines(lines, kinds))
    # The site's name between chrome lines (西安高新技术产业开发区管理委员会), and the site's
    # footer over its marks (主办单位：…  承办单位：… / 网站标识码：…).
    for n, line in enumerate(lines):
        near = [k for k in _neighbours(lines, n) if k in kinds] if n not in kinds else []
        if not near:
            continue
        s = line.strip()
        if _site_footer(s) or len(near) == 2 and _SITE_NAME.match(s):  # (a name between two chrome lines)
            kinds[n] = "web"
    for n in _link_lists(lines):
        kinds[n] = "web"
    _site_extras(lines, kinds)
    return [{"line": n, "kind": kinds[n], "text": lines[n].strip()} for n in sorted(kinds)]


# The site's list of links (相关链接： / 中国政府网  山东省人民政府…): a label, then sites' names
# only, on its line or the lines under it (a sidebar's 相关链接 over text is the story's).
_LINK_LABEL = re.compile(r"^(?:相关链接|友情链接|网站链接|政府网站链接)\s*[:：]?\s*")


def _link_lists(lines):
    out = []
    for n, line in enumerate(lines):
        label = _LINK_LABEL.match(line.strip())
        if not label:
            continue
        items = [n] if _site_names(line.strip()[label.end() :]) else []
        k = n + 1
        while k < len(lines) and _site_names(lines[k].strip()):
            items.append(k)
            k += 1
        if items:
            out += [n] + [i for i in items if i != n]
    return out


def _site_names(s):
    names = re.split(r"\s+|[|｜丨、]", s)
    return bool(s) and all(_SITE_NAME.match(x) for x in names if x)


def _own_line(s):
    """Is ``s`` a metadata line, a line of tools, a breadcrumb, navigation or the site's
    footer (told by its words alone)? (Each test runs only on lines with its marks.)"""
    if s[0] in "上下" and _NAVIGATION.match(s):
        return True
    if ("首页" in s or "位置" in s) and (_BREADCRUMB.match(s) or (_BREADCRUMB_LABEL.match(s) and ">" in s)):
        return True
    if ("：" in s or ":" in s) and _META_KEY.match(s.lstrip("【[")):
        keys = [m.group(0).rstrip(":： ") for m in _META_KEY.finditer(s)]
        values = _META_KEY.split(s)[1:]
        if any(k in _META_ALONE for k in keys) and all(
            len(v.strip(" 【】[]")) <= 30 and not re.search(r"[，。；！？]", v) for v in values
        ):
            return True
    if ("【" in s or "[" in s or "分享" in s or "打印本页" in s or "关闭窗口" in s) and not _TOOL.sub("", s).strip(
        " |丨│"
    ):
        return True
    return _SITE_MARK.search(s) is not None and _site_footer(s)


def _site_footer(s):
    return bool(_SITE_FOOTER.search(s)) and not _SITE_FOOTER.sub("", s).strip(" |丨│,，")


def _printed(s):
    """The browser's print time (``2023/7/6 10:15``) or an address with the sheet's number
    (``https://…/t20230705_128832.html    1/2``, ``1/2``)."""
    if _PRINT_TIME.match(s):
        return True
    parts = s.split()
    return len(parts) == 2 and _URL.match(parts[0]) is not None and _SHEET.match(parts[1]) is not None


def _neighbours(lines, n):
    """The line numbers right above and below ``n`` that hold text (no blank between)."""
    return [k for k in (n - 1, n + 1) if 0 <= k < len(lines) and lines[k].strip()]


# The story's writer and photographer on its metadata line: 作者：李琳琳    摄影：刘畅.
_WRITERS = re.compile(r"(作者|撰稿|摄影)\s*[:：]\s*([\u4e00-\u9fff·]{2,6})(?![\u4e00-\u9fff])")


def meta_credits(line):
    """``(name, role)`` for each writer (``author``) and photographer (``photo``) a
    metadata line names; the caller checks that each is a person's name."""
    if not _own_line(line) or _META_KEY.match(line.lstrip("【[")) is None:
        return []
    return [(m.group(2), "photo" if m.group(1) == "摄影" else "author") for m in _WRITERS.finditer(line)]
