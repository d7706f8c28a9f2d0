"""The head and foot of a government office's bulletin (简报), printed where a paper prints its
running heads::

    科技创新工作简报                                    (its name)
    2024年第12期                                        (the issue)
    山东省科学技术厅办公室            2024年5月24日       (the issuer and the date)
    …the items…
    报：科技部火炬中心  /  送：…  /  发：…               (who receives it)
    山东省科学技术厅办公室            2024年5月24日印发   (the issuer and the printing date)
    （共印80份）                                        (the print run)

``mastheads`` reads these lines at a page's edges only (``bulletin_line``), where a line is
furniture only when all of it is: a story's sentence that names an office or a date is never
taken.
"""

import re

# The bulletin's name: 科技创新工作简报, 园区信息专报, 高新区工作动态; a zone's newsletter, 张江园区通讯.
_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:简报|专报|快报|工作动态|通讯)$")
# The issue: 2024年第12期, 第12期（总第256期）.
_ISSUE_RE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]总第\s*\d{1,5}\s*期[)）])?$")
# Who receives it: 报：X, 送：X, 发：X, 抄送：X.
_DISTRIBUTION_RE = re.compile(r"^(?:报|送|发|报送|抄送|抄报|分送|主送)\s*[：:]\s*[^。！？]{2,80}$")
# The print run: （共印80份）.
_PRINT_RUN_RE = re.compile(r"^[（(]?\s*共印\s*\d{1,5}\s*份\s*[)）]?$")
# Who publishes a newsletter (上海张江高新区管委会主办) and how it circulates (内部资料  免费交流).
_PUBLISHER_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(?:办公室|委员会|管委会|人民政府|政府|中心|厅|局|协会|商会|公司|集团)\s*(?:主办|编印|编辑出版|出版)$"
)
_CIRCULATION = frozenset("内部资料 内部刊物 内部交流 免费交流 免费赠阅 赠阅 仅供参考 注意保存".split())
# The issuing office before the date (with 编 or 编印 after it: X办公室编  2024年5月24日), and
# 印发 after it.
_ISSUER_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(?:办公室|办公厅|委员会|管委会|人民政府|政府|研究室|中心|厅|局)(?:编印|编)?\s+(?=[\d〇一二三四五六七八九])"
)
_PRINTED_RE = re.compile(r"(?<=日)\s*印发$")


def is_bulletin_name(text: str) -> bool:
    """(Read as the bulletin's name only over another line of its head: a story may be
    headlined ``…经济运行快报``.)"""
    return _NAME_RE.match(text) is not None


def bulletin_line(text: str) -> dict | None:
    """What a line of a bulletin's head or foot other than its name says (``{"kind": …}``),
    or None."""
    if _ISSUE_RE.match(text):
        return {"kind": "date"}
    if _DISTRIBUTION_RE.match(text) or _PRINT_RUN_RE.match(text) or _PUBLISHER_RE.match(text):
        return {"kind": "distribution"}
    if text.strip() and all(w in _CIRCULATION for w in text.split()):
        return {"kind": "distribution"}
    return None


def without_issuer(text: str) -> str:
    """``text`` without the issuing office before a date and 印发 after it
    (``山东省科学技术厅办公室  2024年5月24日印发`` -> ``2024年5月24日``)."""
    issuer = _ISSUER_RE.match(text)
    if issuer is None:
        return text
    return _PRINTED_RE.sub("", text[issuer.end() :])
