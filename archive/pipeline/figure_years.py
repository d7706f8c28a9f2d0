"""The year a key figure refers to (``figures``): the years a sentence names, in order, and
the year a clause after a semicolon inherits from the clauses before it. A year after
比/较/与/同 is what the figure is compared with, not the figure's (较上年增长)."""

import re

# (nor the year of a value a change starts from: 由2021年的两成左右提高到约65%, whose 65% is now's;
# ``compared_year`` gives the year to the value after it)
# (nor a park's founding: 成立于1992年, 1994年5月获批: a date, not the year of the figures after it;
# nor the start of a scheme's run: 自2019年实施以来)
# (Each branch opens with a look-ahead for its first character: a pattern opening with
# look-behinds has no first character the regex engine can skip to, and tried all of them at
# every position, ~3x slower.)
_YEAR_RE = re.compile(
    r"(?=[12])(?<![较比与同])(?!(?<=由)\d{4}\s*年的)(?<!成立于)(?<!设立于)(?<!始建于)(?<!创建于)(?<!获批于)(?<!建立于)(?<!创立于)(?<!注册于)(?<!组建于)(?<!创办于)(?<!\d)((?:19|20)\d\d)\s*年"
    r"(?!(?:\d{1,2}月(?:\d{1,2}日)?)?(?:正式)?(?:成立|设立|获批|开园|建区|升级为"
    # (nor the start of what has run since: 自2019年实施以来已累计…)
    r"|(?:实施|启动|开展|推出|出台|施行|运行|运营|开通|上线|建设|建成|投用|投运)以来))"
    r"|(?=[今去上明])(?<![较比与同])(今年|去年|上年|明年)"
)

# What 自 + a year opens, closed by 以来 (自2019年落户宜宾以来).
_SINCE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?以来")
_YEAR_REACH = 300  # how far back a semicolon's clause looks for its sentence's year
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}


def years_named(sentence: str, reference_year: int | None) -> list[tuple[int, int]]:
    """``(end, year)`` of each year the sentence names, in order (once per sentence)."""
    if "年" not in sentence:
        return []
    out = []
    for y in _YEAR_RE.finditer(sentence):
        if y.group(1) and sentence[y.start() - 1 : y.start()] == "自" and _SINCE_RE.match(sentence, y.end()):
            continue  # 自2019年落户宜宾以来: since when, not the year of the figures after it
        if y.group(1):
            out.append((y.end(), int(y.group(1))))
        else:  # (with no date to read it by, a relative year leaves the figures after it undated)
            out.append((y.end(), None if reference_year is None else reference_year + _RELATIVE_YEAR[y.group(2)]))
    return out


def years_before_semicolon(norm: str, s_start: int, reference_year: int | None):
    """For a clause after a semicolon that names no year: the last year named in the
    clauses before it in its full sentence (``2023年，…8万亿元；新增…12家``), as at its
    start."""
    lo = max(0, s_start - _YEAR_REACH)
    if not s_start or norm[s_start - 1] not in "；;" or "年" not in norm[lo:s_start]:
        return []
    head_start = max(norm.rfind(c, lo, s_start) for c in "。！？!?\n") + 1
    head_start = max(head_start, lo)
    years = years_named(norm[head_start:s_start], reference_year)
    return [(0, years[-1][1])] if years else []


def year_before(years: list[tuple[int, int]], pos: int) -> int | None:
    """The nearest year named before ``pos`` (ending at or before it)."""
    year = None
    for end, value in years:
        if end > pos:
            break
        year = value
    return year


# A figure a comparison names with its year: 比2020年的3819.4亿元 (the base is 2020's), and the
# value a change starts from (由2021年的两成左右提高到…).
_COMPARED_RE = re.compile(r"(?:比|较|与|由)((?:19|20)\d\d)\s*年(?:同期)?的?\Z")


def compared_year(sentence: str, at: int) -> int | None:
    """The year of a figure set right after a comparison with that year, else None."""
    if at < 6 or sentence[at - 1] not in "的年期":
        return None
    m = _COMPARED_RE.search(sentence, max(0, at - 12), at)
    return int(m.group(1)) if m else None
