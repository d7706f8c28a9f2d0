"""What WeChat prints around a public account's article when the article is copied or
printed (a page may hold several, one after another)::

    松山湖：一季度规上工业增加值同比增长12.6%                (the title)
    原创 松山湖发布 松山湖发布 2024-04-28 20:15 广东          (the meta line)
    点击蓝字 关注我们                                          (a prompt)
    …the text…
    来源：…  /  编辑：…  /  审核：…                            (the account's credits, a line each)
    往期推荐  /  titles of earlier articles                    (recommendations, to a blank line)
    阅读原文  /  阅读 3261  /  分享 收藏 点赞 在看               (the reader's bar)
    预览时标签不可点  /  微信扫一扫  /  关注该公众号  /  继续滑动看下一个  /  向上滑动看下一个

``wechat_chrome`` finds these lines; the caller blanks them and keeps them as furniture
(kind ``wechat``), as ``webpages`` does for a zone website's print-out, so none becomes a
headline or a paragraph, and ``来源：`` is no reprint's attribution opening a new story. The
meta line and the prompts are told by their words alone; the credit lines, the titles under
``往期推荐`` and the account's name between two prompts only on a page that has them.
"""

import re

# The meta line: 原创, the writer and the account, the time it was posted, the province it
# was posted from: 原创 松山湖发布 松山湖发布 2024-04-28 20:15 广东; 珠海高新发布 2024-05-06 18:00 广东;
# … 07:30 发表于湖北.
_DATE = r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
_PROVINCE = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
    "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|中国香港|中国澳门|中国台湾"
)
_META_RE = re.compile(
    rf"^(?:原创\s+(?:\S{{1,20}}\s+){{0,3}}{_DATE}(?:\s+\d{{1,2}}:\d{{2}})?"
    rf"|(?:\S{{1,20}}\s+){{1,3}}{_DATE}\s+\d{{1,2}}:\d{{2}})(?:\s+(?:发表于\s*)?(?:{_PROVINCE}))?$"
)
# Prompts and the reader's bar, each on a line of its own (compared without spaces).
_PROMPTS = frozenset(
    "点击蓝字关注我们 点击上方蓝字关注我们 点击上方蓝字 点击蓝字 关注我们 阅读原文 阅读全文 轻触阅读原文 "
    "往期推荐 往期回顾 推荐阅读 精彩推荐 预览时标签不可点 微信扫一扫 关注该公众号 微信扫一扫关注该公众号 "
    "继续滑动看下一个 向上滑动看下一个 长按识别二维码 长按二维码关注 喜欢此内容的人还喜欢 写留言 留言".split()
)
# The reader's bar: 阅读 3261, 分享 收藏 点赞 在看, 赞 12.
_BAR_RE = re.compile(r"^(?:(?:阅读|在看|点赞|赞|分享|收藏|转发)\s*(?:\d+(?:\.\d+)?万?\+?)?\s*){1,6}$")
# The labels over earlier articles' titles, which go on to a blank line.
_RECOMMENDED = frozenset("往期推荐 往期回顾 推荐阅读 精彩推荐".split())
_RECOMMENDED_LINES = 8
# The account's credits closing an article: 来源：X, 编辑：X, 审核：X (not 文 | X, the writer).
_CREDIT_RE = re.compile(
    r"^(?:来源|图源|图片来源|编辑|责编|责任编辑|审核|审校|校对|排版|初审|复审|终审|监制|统筹|策划|出品|美编|设计)"
    r"\s*[：:｜|]\s*[^，。；！？]{1,30}$"
)
# The pictures' credit among them, a line of its own (图片：X, 摄影｜X): the account's too; the
# photographer is no writer of the story (a line crediting the writer too, 文字｜X  图片｜Y,
# is a byline).
_PICTURES_RE = re.compile(r"^(?:图片|摄影|图)\s*[：:｜|]\s*[^：:｜|/，。；！？]{1,20}$")
# The account's name alone between prompts (继续滑动看下一个 / 滨江发布 / 向上滑动看下一个).
_ACCOUNT_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,12}$")


def wechat_chrome(lines):
    """Entries ``{"line", "kind", "text"}`` for the lines of ``lines`` WeChat prints around
    its articles (kind ``wechat``)."""
    found = {n for n, line in enumerate(lines) if _own_line(line.strip())}
    if not found:
        return []  # (no WeChat page: nothing more to look for)
    for n in sorted(found):
        if re.sub(r"\s+", "", lines[n]) in _RECOMMENDED:
            found.update(_titles_under(lines, n, found))
    for n, line in enumerate(lines):
        s = line.strip()
        if n in found or not s:
            continue
        if _CREDIT_RE.match(s) or _PICTURES_RE.match(s) or (_ACCOUNT_RE.match(s) and {n - 1, n + 1} <= found):
            found.add(n)
    return [{"line": n, "kind": "wechat", "text": lines[n].strip()} for n in sorted(found)]


def _own_line(s):
    """Is ``s`` (stripped) a meta line, a prompt or the reader's bar?"""
    if not s or len(s) > 60:
        return False
    return re.sub(r"\s+", "", s) in _PROMPTS or bool(_BAR_RE.match(s)) or bool(_META_RE.match(s))


def _titles_under(lines, label, found):
    """The lines under a 往期推荐 label to the next blank line: earlier articles' titles
    (set under it or a blank line below it). A copy that leaves a blank line after every
    line sets them a blank line apart: then each is a title, to a line of chrome (阅读原文),
    a meta line's title or a line no title is (longer, or closing a sentence with 。)."""
    out = []
    start = label + 1
    if start + 1 < len(lines) and not lines[start].strip():
        start += 1
    spaced = False
    k = start
    while k < len(lines) and len(out) < _RECOMMENDED_LINES:
        s = lines[k].strip()
        if not s:
            if k + 1 >= len(lines) or not lines[k + 1].strip() or not (spaced or len(out) == 1):
                break
            spaced = True
            k += 1
            continue
        if k in found or (spaced and (len(s) > _TITLE_MAX or s.endswith("。") or _over_meta(lines, k))):
            break
        out.append(k)
        k += 1
    return out


def _over_meta(lines, k):
    """Is the line after ``k``, past blank lines, a meta line (``k`` is the next title)?"""
    for j in range(k + 1, min(len(lines), k + _TITLE_GAP + 1)):
        if lines[j].strip():
            return bool(_META_RE.match(lines[j].strip()))
    return False


def wechat_titles(lines, entries):
    """The lines WeChat sets its articles' titles on: the line over a meta line, when it is
    no chrome itself. A title is often a sentence with its comma and exclamation
    (``光谷这个算力中心，上线了！``), which no headline rule takes for a headline; the place
    WeChat prints it in says it is one. A copy that leaves a blank line after every line
    sets it a blank line or two over the meta line: then it stands alone (the page's first
    line, or a blank line or chrome above it) and closes no sentence with ``。`` (the last
    paragraph of the article before does)."""
    taken = {e["line"] for e in entries}
    out = []
    for e in entries:
        if not _META_RE.match(e["text"]):
            continue
        k = e["line"] - 1
        while k >= 0 and e["line"] - k <= _TITLE_GAP and not lines[k].strip():
            k -= 1
        if k < 0 or k in taken:
            continue
        s = lines[k].strip()
        if not s or len(s) > _TITLE_MAX or s[0] == "#":
            continue
        if k < e["line"] - 1 and (s.endswith("。") or (k > 0 and lines[k - 1].strip() and k - 1 not in taken)):
            continue
        out.append(k)
    return out


# (WeChat allows a title of 64 characters; a spaced copy sets it up to two blank lines up)
_TITLE_MAX = 64
_TITLE_GAP = 3
