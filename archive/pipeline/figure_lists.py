"""Figures that belong together in a sentence: ranges written with the unit twice
(``30万元至50万元``, ``10%-15%``: one figure, ``merge_ranges``), and figures listed against
their metrics with 分别 (respectively): ``营业收入、工业总产值、税收分别
达到120亿元、80亿元和5亿元`` gives each amount the item in the same place of the list before
分别, and a later clause of the sentence (``…，分别增长18%和25%``) the same items again. With
no list, the figures before 分别 in the sentence are the items (``高新技术企业达到70家,科技型
中小企业达到146家,较2020年分别增长27.3%、31.5%``).

Only when the figures after 分别 in its clause are exactly as many as the items: a list of
any other length is left to the figure's own metric (``figure_context.metric_of``).
"""

import re

from .figure_context import allowed_classes, unnamed_class
from .figure_nouns import clause_end, clause_start, last_term, noun_before
from .figure_terms import TERM_CLASS, TERM_RE, UNITS

_RESPECTIVELY = re.compile("分别|依次")  # (依次: in that order, read the same way)
_ITEM_SEP_RE = re.compile(r"[、和及与]")
_RATES = ("增速", "占比")


def respectively(sentence: str, pairs: list) -> None:
    """Name the figures of ``pairs`` (``(match, Figure)`` of one sentence, in order; the
    matches' positions relative to it) by the items of a 分别 list, in place."""
    items: list[str] = []
    for word in _RESPECTIVELY.finditer(sentence):
        pos = word.start()
        own = _items(sentence[clause_start(sentence, pos) : pos])
        if own is None:
            items = []  # subjects with no term of their own: each figure's own metric
            continue
        if len(own) >= 2:
            items = own
        end = clause_end(sentence, pos)
        group = [(m, f) for m, f in pairs if pos < m.at and m.stop <= end]
        named = items
        if not named and len(group) >= 2 and not TERM_RE.search(sentence, pos, group[0][0].at):
            # no list: the figures before it (高企达到70家,科技型中小企业达到146家,较2020年分别增长…);
            # not when a term follows 分别 (…，分别完成固定资产投资268亿元、341亿元: their own)
            before = [f.metric for m, f in pairs if m.stop <= pos and f.metric_class not in _RATES and f.metric]
            named = before[-len(group) :] if len(before) >= len(group) else []
        if named and len(group) > len(named):
            # a count of the comparison between (高于东部33个国家级开发区0.74和19.33个百分点):
            # the list is the figures in the last one's unit
            group = [(m, f) for m, f in group if m.unit == group[-1][0].unit]
        if named and group and (after := _term_after(sentence, pos, group[0][0])):
            named = [after] * len(named)  # …博士、硕士每月分别发放生活津贴2500元和1500元: the grant
        if named and len(group) == len(named):
            for (m, fig), item in zip(group, named, strict=True):
                _name(fig, m.unit, item)


def _term_after(sentence: str, pos: int, first) -> str:
    """The term between 分别 at ``pos`` and the group's ``first`` match that names its figures
    when the items listed before 分别 cannot (people listed before amounts), else ""."""
    term = last_term(sentence[pos : first.at], None)
    kind = UNITS[first.unit][0]
    allowed = allowed_classes(kind, first.unit)
    if not term or TERM_CLASS[term] not in allowed or TERM_CLASS[term] == "其他":
        return ""
    before = _items(sentence[clause_start(sentence, pos) : pos]) or []
    return term if before and all(TERM_CLASS.get(i) not in allowed for i in before) else ""


# A clause adding up the parks' figures (合计占全省的34%): the group's, no one park's.
_SUM_OPENS_RE = re.compile(r"\s*(?:[两三四五六七八九十]+[者家个区地]|上述\S{0,6})?(?:合计|共计|总计|累计共)")


def parks_respectively(sentence: str, pairs: list, placed: list) -> None:
    """Give the figures of a 分别 list the parks listed before it, in order (昆山经开区、苏州工业园区、
    张家港经开区实际使用外资分别为12.4亿美元、18.6亿美元和6.3亿美元), in place; and a clause
    after it adding them up (合计占…34%) none. ``pairs`` as for ``respectively``; ``placed`` the
    sentence's parks with where each is named (``figure_scope.sentence_park``). A later 分别
    whose clause names no park takes the same parks again (…分别实现…，分别增长8.1%、6.5%和7.2%)."""
    listed: list = []
    for word in _RESPECTIVELY.finditer(sentence):
        pos = word.start()
        cs, end = clause_start(sentence, pos), clause_end(sentence, pos)
        parks = [mention for at, mention in placed if cs <= at < pos]
        if len(parks) >= 2:
            listed = parks
        elif not parks and not any(cs <= at < end for at, _mention in placed):
            parks = listed
        group = [(m, f) for m, f in pairs if pos < m.at and m.stop <= end]
        if len(parks) >= 2 and len(group) > len(parks):
            group = [(m, f) for m, f in group if m.unit == group[-1][0].unit]
        if len(parks) < 2 or len(group) != len(parks):
            continue
        for (_m, fig), park in zip(group, parks, strict=True):
            fig.park, fig.park_key = park.name, park.key
        for m, fig in pairs:
            if m.at > end and _SUM_OPENS_RE.match(sentence, clause_start(sentence, m.at)):
                fig.park, fig.park_key = "", None


# Companies or places listed before 分别 (朝阳园、丰台园总收入分别为…, A有限公司、B有限公司分别新增
# 产能…): the subjects, not the metrics; what follows the last names every figure.
# (a company's name runs to its last suffix, a place's to its first: B市地区生产总值)
_NAME_END_RE = re.compile(r".*(?:公司|集团|股份)|.*?[园区市省县]")


def _items(before: str) -> list[str] | None:
    """The metrics listed before 分别 (``园区营业收入、工业总产值、税收``), each as its term or
    the noun phrase without the words that lead into it; [] when a piece names none. When
    the pieces are companies or places (the subjects), the term after the last of them for
    every one (``朝阳园、丰台园总收入``: 总收入 twice), or None when none follows (each figure
    keeps its own metric)."""
    pieces = _ITEM_SEP_RE.split(before)
    if len(pieces) >= 2 and all(_NAME_END_RE.fullmatch(p) for p in pieces[:-1]):
        name = _NAME_END_RE.match(pieces[-1])
        if name is not None:
            tail = pieces[-1][name.end() :]
            term = last_term(tail, None) or noun_before(tail, 0, len(tail))
            return [term] * len(pieces) if term else None
    # (kinds before a term written once after the last of them: 集成电路和生物医药两大产业集群
    # 产值, each 产值)
    shared = last_term(pieces[-1], None)
    if len(pieces) >= 2 and shared and not any(last_term(p, None) for p in pieces[:-1]):
        return [shared] * len(pieces)
    out = []
    for piece in pieces:
        item = last_term(piece, None) or noun_before(piece, 0, len(piece))
        if not item:
            return []
        out.append(item)
    return out


def _name(fig, unit: str, item: str) -> None:
    fig.metric = item
    if fig.metric_class in _RATES:
        return
    cls = TERM_CLASS.get(item)
    fig.metric_class = cls if cls in allowed_classes(UNITS[unit][0], unit) else unnamed_class(unit)


_LIST_MARKS = "、和及与"
# A bare number in Arabic digits, with its scaling word, ending where a list mark follows it
# (Chinese numerals in a list, 三、四家, say "three or four"; a digit, point, letter or 第
# before it makes it part of something else: 5G、6G, 第1、2批; a range mark, the end of a
# range of its own: 2000万-5000万、5000万-1亿元).
_BARE_RE = re.compile(r"(?<![\d.,%A-Za-z第~～—－-])(?<!\d[至到])(?P<num>\d+(?:\.\d+)?)(?P<scale>[万亿]{0,2})\Z")


def shared_units(sentence: str, found: list, excluded) -> list:
    """``found`` (one sentence's figure matches, in order) with the bare numbers listed
    before a figure that share its unit and scale (``分别增长12.5、10.3和8.6%``, ``120、80和
    50亿元``, ``高出0.74和19.33个百分点``) as figures of their own, unless ``excluded`` (what is
    not a key figure for the carrier's unit: years, ordinals, durations) drops them."""
    out = []
    for fm in found:
        if fm.unit in _POINTS and out and _points_cut_short(sentence, out[-1], fm):
            # 高出10个和10.6个百分点: the first number's unit is the second's, cut short
            cut = out.pop()
            out.append(fm.item(cut.num_at, cut.stop - 1, cut.num, ""))
        pos = fm.num_at
        items = []
        while pos > 1 and sentence[pos - 1] in _LIST_MARKS:
            bare = _BARE_RE.search(sentence, max(0, pos - 20), pos - 1)
            if bare is None:
                break
            item = fm.item(bare.start(), bare.end(), bare["num"], bare["scale"])
            if excluded(item, sentence):
                break
            items.append(item)
            pos = bare.start()
        out.extend(reversed(items))
        out.append(fm)
    return out


_POINTS = ("个百分点", "百分点")


def _points_cut_short(sentence: str, before, fm) -> bool:
    return (
        before.unit == "个"
        and not (before.scale or before.mid or before.mid2 or before.post)
        and before.stop + 1 == fm.num_at
        and sentence[before.stop] in _LIST_MARKS
    )


_RANGE_SEPARATORS = ("至", "到", "-", "~", "～", "—", "－")
# A range mark before a number: a sentence without one has no range to join.
RANGE_MARK_RE = re.compile(f"[{re.escape(''.join(_RANGE_SEPARATORS))}]" + r"\s*[\d一二两三四五六七八九十百千]")


def merge_ranges(figures: list, text: str, first: int) -> None:
    """Join ``figures[first:]`` (one sentence's, in order) written as a range with the unit
    twice into one figure of approx ``range`` (its base value the low end), in place: two
    exact figures of one unit with only a range mark between them."""
    k = first
    while k + 1 < len(figures):
        a, b = figures[k], figures[k + 1]
        sep = text[a.end : b.start].strip()
        if sep in _RANGE_SEPARATORS and a.unit == b.unit and a.approx == b.approx == "exact":
            a.value = f"{a.value}{sep}{b.value}"
            a.approx, a.end = "range", b.end
            a.text = text[a.start : a.end]
            del figures[k + 1]
        k += 1
