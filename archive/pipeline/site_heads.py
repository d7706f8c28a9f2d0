"""More of what a news site or a government portal prints around a story copied from its
page (``webpages`` reads the rest)::

    第一财经                                              (the site's name, over its crumbs)
    首页 > 新闻 > 区域
    长沙高新技术产业开发区管理委员会                        (a portal's name, over its bar)
    首页 政务公开 新闻中心 政务服务 互动交流                 (the navigation bar)
    …the title…
    第一财经 2026-06-11 20:15:32 听新闻                   (the site, the time, an audio tool)
    导语                                                  (a label over the lead)
    …the text…
    此内容为X原创，著作权归X所有。未经X书面授权，不得…      (the copyright notice)
    如需获得授权请联系X版权部：…
    文章作者 / 林小溪                                      (the writer's box)

``site_lines`` finds them once ``webpages`` has found other chrome on the page (a paper's
page has none of it, and its lines are left alone); each is told by its words or its place
beside that chrome.
"""

import re

# The navigation bar: 首页 and the site's sections, apart by spaces.
_NAV_BAR_RE = re.compile(r"^首页(?:\s+[\u4e00-\u9fff]{2,6}){2,10}$")
# The site's name, the time the story was posted and the page's tools (an audio player's
# 听新闻): 第一财经 2026-06-11 20:15:32 听新闻.
_STAMP_RE = re.compile(
    r"^(?:([\u4e00-\u9fffA-Za-z0-9]{2,12})\s+)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?:听新闻|听全文|收听|朗读|播报|字号|分享))*$"
)
# A label over the lead or the writer's box, on a line of its own.
_LABELS = frozenset("导语 文章作者 本文作者 作者简介".split())
_BOX_LABELS = frozenset("文章作者 本文作者".split())
# A copyright notice: 此内容为X原创，著作权归X所有。未经X书面授权，不得以任何方式加以使用…
# (who owns it and what is forbidden without a licence, both: a story may say either), and
# the line of whom to ask for a licence (如需获得授权请联系X版权部：…).
_OWNER_RE = re.compile(r"(?:著作权|版权)均?归[^，。]{1,16}所有")
_LICENCE_RE = re.compile(r"未经[^，。]{0,16}?(?:授权|许可)[，,]?\s*(?:不得|禁止|严禁|请勿)")
_ASK_RE = re.compile(r"^如需(?:获得)?(?:授权|转载)[^。]{0,12}?联系")
# What opens a breadcrumb or a navigation bar, under the site's name.
_CRUMBS_RE = re.compile(r"^(?:首页|当前位置|您(?:现在)?的位置)|[>＞»›]")
_NAME_RE = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")
_SITE_NAME_MAX = 16


def site_lines(lines, kinds):
    """Entries ``{line: kind}`` for the lines above on a page whose other web chrome is
    ``kinds`` (line number -> kind), which the caller adds to it."""
    found = {}
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    for n, line in enumerate(lines):
        s = line.strip()
        if not s or n in kinds:
            continue
        if _NAV_BAR_RE.match(s):
            found[n] = "web"
        elif len(s) <= 40 and (stamp := _STAMP_RE.match(s)):
            found[n] = "web"
            name = stamp.group(1)
            for k in range(max(0, n - 4), n):  # the site's name over the title, as this line names it
                if name and lines[k].strip() == name:
                    found[k] = "web"
        elif re.sub(r"\s+", "", s) in _LABELS:
            found[n] = "web"
            if s in _BOX_LABELS:  # the writer's name under the label
                k = n + 1
                while k < len(lines) and k <= n + 2 and _NAME_RE.match(lines[k].strip()):
                    found[k] = "web"
                    k += 1
        elif len(s) <= 200 and (_OWNER_RE.search(s) and _LICENCE_RE.search(s) or _ASK_RE.match(s)):
            found[n] = "notice"
    # The site's name opening the page over its crumbs or its navigation bar (not over the
    # metadata line: that is the story's title).
    if first is not None and first not in kinds and first not in found:
        below = first + 1
        s = lines[first].strip()
        if (
            below < len(lines)
            and (below in kinds or below in found)
            and _CRUMBS_RE.search(lines[below].strip())
            and len(s) <= _SITE_NAME_MAX
            and not re.search(r"[，。；！？：:]", s)
        ):
            found[first] = "web"
    return found
