"""The whole a share is of when the noun after it names it (``figure_context.metric_of``):
``约36%的高新技术企业``, ``八成新能源整车产能``, ``1/3高新技术企业``. Moved out of
``figure_context`` (at its 400-line bound) with the rule that a change word after a share
names no whole (``由…两成左右提高到约65%``)."""

import re

from .figure_nouns import LEAD_RE, head_after, last_term, unquoted
from .figure_terms import GROWTH_RE

_FRACTION_END_RE = re.compile(r"\d/\d{1,2}\Z")


def whole_after(sentence: str, b: int, unit: str) -> str:
    """The whole a share ending at ``b`` is of, when a noun follows it after 的 (or right
    after a share in 成: 八成新能源整车产能): the noun when it ends with a metric term,
    else the last term in it, else a noun of two to four characters; else ""."""
    if sentence[b : b + 1] != "的" and unit != "成" and not _FRACTION_END_RE.search(sentence, max(0, b - 4), b):
        return ""  # (a share in 成 or a fraction may stand right before its whole: 1/3高新技术企业)
    tail = sentence[b : b + 24]
    if "“" in tail:
        tail = unquoted(tail)  # 超四成专精特新“小巨人”企业
    noun = head_after(tail, 0)
    if GROWTH_RE.match(noun):
        return ""  # 由…的两成左右提高到约65%: a change from the share, not what it is of
    if len(noun) > 4 and (lead := LEAD_RE.search(noun, 2)) is not None:
        noun = noun[: lead.start()]  # 3%的土地贡献了…: 土地
    term = last_term(noun, None)
    if term:
        return noun if noun.endswith(term) and len(noun) <= 10 else term
    if len(noun) < 2:
        return ""
    if len(noun) <= 4:
        return noun
    # a longer name standing alone up to a list's or clause's stop (70%的国家制造业创新中心、)
    end = len(noun) + (tail[:1] == "的")
    after = tail[end : end + 1]
    return noun if len(noun) <= 10 and (not after or after in "、，。；,;") else ""
