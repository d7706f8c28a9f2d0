"""A paper's footer at the foot of its page, one line of items apart by spaces::

    光明网　www.gmw.cn　　　　光明日报客户端　　　　扫码阅读本版
    四川日报　　川观新闻　　四川在线　　　　新闻热线：028-86968000
    扫一扫　关注科技日报微信公众号

its site's address, its apps' and accounts' names, a QR code's prompt, its news hotline and
e-mail address (``地方新闻线索征集：热线电话 010-65368888　电子邮箱 difang@people.cn``).
``footer_line`` tells such a line by its items: each one of these, and at least one an
address, a hotline or a prompt (names alone may be a story's line). ``mastheads`` reads it at
a page's edges only, where a line is furniture when all of it is.

A page's note on where its figures or pictures come from, in brackets, is a footer too:
``(本版数据来源：公司公告、Wind)``, ``（本版图片来源：新华社）``. It names the page (本版); a
bracketed ``（数据来源：…）`` alone may close a story's table and stays the story's.
"""

import re

# A site's address, with its label: www.gmw.cn, 大公报网站：www.takungpao.com, 每经网：www.nbd.com.cn,
# https://x.cn/y.
_ADDRESS = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}(?:网站|網站|网址|網址|网|網)\s*[:：]\s*)?(?:https?://)?(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
    r"\.(?:com|cn|net|org|gov|hk|mo|tw)(?:\.[a-z]{2})?(?:/\S*)?(?![A-Za-z0-9])"
)
# A hotline or a telephone: 新闻热线：028-86968000, 订报热线：2575 7181, 訂報專線：0800-000-000.
# (the colon may be missing after a label of two words: 热线电话 010-65368888)
_HOTLINE = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:热线|熱線|专线|專線|电话|電話)(?:\s*[:：]\s*|(?<=热线电话|熱線電話)\s+)[\d\-－()（）]{3,}(?: ?\d+){0,3}"
)
# An e-mail address, with its label: 电子邮箱 difang@people.cn, Email：kjb@cyol.com.
_EMAIL = re.compile(
    r"(?:(?:电子邮箱|电子信箱|邮箱|E-?mail)\s*[:：]?\s*)?[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
    re.IGNORECASE,
)
# A QR code's prompt: 扫码阅读本版, 扫一扫 关注X微信公众号.
_QR = re.compile(r"(?:扫一扫|扫码|掃碼|扫描二维码|微信扫码|长按识别二维码)\s?[\u4e00-\u9fff]{0,16}")
# A name of the paper's site, app or account: 光明日报客户端, 证券时报e公司, 数据宝, 南方+; or the
# label of the items after it (地方新闻线索征集：).
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,10}\+?[:：]?$")
_NAMES_MAX = 5
_SOURCE_NOTE = re.compile(r"^[(（]本版(?:数据|资料|图片|图表|素材)?来源\s*[:：][^()（）]{1,60}[)）]$")


def footer_line(text: str) -> bool:
    """Is ``text`` (folded, stripped) a footer's line (above)?"""
    if _SOURCE_NOTE.match(text):
        return True
    # (an editor's line with the page's mailbox, 本版责编 王小龙  邮箱 …, is the editors')
    if not text or len(text) > 120 or re.search(r"[，。；！？]|责编|编辑|校对|美编", text):
        return False
    rest, strong = text, False
    for pattern in (_EMAIL, _ADDRESS, _HOTLINE, _QR):
        rest, count = pattern.subn(" ", rest)
        strong = strong or count > 0
    names = rest.split()
    return strong and len(names) <= _NAMES_MAX and all(_NAME.match(w) and not w.isdigit() for w in names)
