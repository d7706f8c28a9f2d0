"""Key figures in an article: amounts, counts, areas, capacities and rates, each with its
unit, its value in a base unit, how approximate it is, the metric it measures, the year
and park it refers to and where it stands in the article text.

Pure functions, no Django. Runs on every article at import (measured in docs/figures.md).

**Article text** is the body exactly as ``Article.body`` stores it (``article_text``: the
blocks' stripped texts joined with ``"\\n\\n"``, subheads prefixed with ``"## "``); every
``Figure.start``/``end`` indexes into it. Headlines and captions are not searched: a
headline repeats a figure of its body (``…总投资额近4000亿元``), and a figure found twice
would be counted twice.

How a figure is found (``extract_figures``):

1. A regex finds ``[qualifier] number [余/多] [scale] unit [qualifier]``: Arabic or
   Chinese numerals (``numbers.parse_number``; value, unit and approximation are read from
   the match by ``figure_reading.read_figure``), qualifiers 近/约/超/逾/不超过… before and
   余/多/以上/左右… after, units from ``UNITS``. Money keeps its scaling word in the unit
   (``4191.83`` ``亿元``); other units leave it in the value (``1.2万`` ``家``).
2. What is not a key figure is dropped (``figure_exclusions``): dates and durations (their units
   are matched, longest first, and refused: ``3-5个工作日``, ``1-10月``), ordinals and
   rankings (``第三届``, ``前5名``), numbers inside names (``G60``, ``《…100条》``), ratios
   (``50%:50%``), list counts written in small Chinese numerals (``三个方面``, ``两家``),
   thresholds naming a class of projects (``超10亿元的重点产业项目``), counts of
   organisational structure (``10个网格``, ``4个临时党支部``), and counts of policy clauses
   and pages (units 条, 页).
3. The metric is the nearest term of ``METRIC_TERMS`` in the clause (for counts first the
   noun after the unit: ``129个重点项目``), else in the clauses before it in the sentence;
   its class is fixed by the term and the kind of unit (a money term never classes a
   count). Rates are 增速 after a change word (增长, 压缩…) and 占比 otherwise.
4. The year is the nearest ``NNNN年`` before the figure in its sentence (``今年``/``去年``
   with a reference year), not a comparison base (``较2020年``). The park is the
   sentence's park (``Gazetteer.find_mentions``), else, in an article about several parks,
   the one park its paragraph named before it, else the article's primary park.
"""

from dataclasses import asdict, dataclass, field

from .figure_context import QUOTE_MAX, metric_of, quote_of
from .figure_deals import deal_class
from .figure_kinds import kind_class
from .figure_lists import RANGE_MARK_RE, merge_ranges, parks_respectively, respectively
from .figure_matches import candidates as find_candidates
from .figure_matches import sentence_bounds
from .figure_reading import PER_PREFIXES, change_alone, declines, per_unit, qualifier_apart, read_figure
from .figure_scope import (
    about_a_city,
    about_more_than_a_park,
    city_clauses,
    counts_parks,
    goes_on_with_the_scope,
    named_before,
    names_a_group,
    paragraph_park,
    sentence_park,
    the_citys,
)
from .figure_words import WordShare, word_shares
from .figure_years import compared_year, year_before, years_before_semicolon, years_named
from .parks import Gazetteer
from .script import UNREAD, reading_copy
from .types import Block, ParkMention, ParsedArticle

SUBHEAD_PREFIX = "## "  # as archive.models.SUBHEAD_PREFIX (the pipeline imports no Django)

_FULLWIDTH = tuple(zip("０１２３４５６７８９．，％", "0123456789.,%", strict=True))


def _halfwidth(text: str) -> str:
    """Full-width digits, point, comma and percent sign as ASCII (same length, so spans
    stay valid). ``str.replace`` per character: ``str.translate`` with a table walks
    Chinese text a character at a time in Python's slow path (~0.3 ms an article, more
    than finding the figures)."""
    for wide, narrow in _FULLWIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


@dataclass
class Figure:
    """One key figure. ``value`` is the number as written with its scaling words and
    余/多 (``4191.83``, ``1.2万``, ``3700余``, ``百余``); the qualifiers around it
    (``近``, ``以上``) are in ``text`` and ``approx``. ``start``/``end`` index the article
    text (``article_text``); ``text`` is that slice."""

    value: str
    unit: str
    base_value: float
    base_unit: str
    approx: str  # "exact" | "approx" | "lower" | "upper" | "range"
    metric: str  # as written in the sentence ("工业总产值"), "" when none was found
    metric_class: str
    year: int | None
    park: str  # park name, "" when the article has none
    quote: str
    start: int
    end: int
    text: str
    park_key: object = field(default=None, repr=False)

    EXPORT_FIELDS = (
        "value",
        "unit",
        "base_value",
        "base_unit",
        "approx",
        "metric",
        "metric_class",
        "year",
        "park",
        "quote",
    )

    def as_export(self) -> dict:
        """The record ``export_articles`` writes for this figure."""
        return {k: getattr(self, k) for k in self.EXPORT_FIELDS}

    def as_dict(self) -> dict:
        return asdict(self)


def article_text(blocks: list[Block]) -> str:
    """The article text figures index into: what ``Article.body`` stores for these blocks
    (``archive.models.blocks_to_body``)."""
    out = []
    for block in blocks:
        text = block.text.strip()
        if text:
            out.append(SUBHEAD_PREFIX + text if block.kind == "subhead" else text)
    return "\n\n".join(out)


def article_figures(
    article: ParsedArticle, gazetteer: Gazetteer | None = None, text: str | None = None, copy=UNREAD
) -> list[Figure]:
    """Figures of a parsed article; spans index ``article_text(article.blocks)`` (``text``,
    when the caller has it already; ``copy``, its ``reading_copy``, likewise)."""
    year = None
    if article.date is not None and not article.date.estimated:
        year = article.date.value.year
    if text is None:
        text = article_text(article.blocks)
    return extract_figures(text, gazetteer=gazetteer, parks=article.parks, reference_year=year, copy=copy)


def extract_figures(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    parks: list[ParkMention] = (),
    reference_year: int | None = None,
    copy=UNREAD,
) -> list[Figure]:
    """Key figures in ``text``, in order. ``parks`` are the article's park mentions (the
    primary one is the default park); ``reference_year`` resolves 今年/去年; ``copy`` is
    ``script.reading_copy(text)`` when the caller has it."""
    if not text:
        return []
    # An article in traditional characters is read on its simplified copy (same length,
    # so spans hold); what a figure quotes or writes is given back as printed.
    if copy is UNREAD:
        copy = reading_copy(text)
    norm = _halfwidth(copy if copy is not None else text)
    primary = next((p for p in parks if p.primary), parks[0] if parks else None)
    figures: list[Figure] = []
    candidates = find_candidates(norm)
    if "分之" in norm or "/" in norm or "一半" in norm or "过半" in norm or "半数" in norm:
        candidates = word_shares(norm, candidates, sentence_bounds(norm))
    scope_end = -1  # where the last sentence about more than a park ended
    before: list[Figure] = []  # the figures of the sentence before, and where it ended
    before_end = -1
    for s_start, sentence, found in candidates:
        # (a clause after a semicolon naming nothing: …工业总产值386.2亿元；1—10月累计完成3712.5亿元)
        carried = before if s_start == before_end and norm[s_start - 1] in "；;" else None
        # Worked out once per sentence, not per figure: its original text, park, quote
        # (when short) and years.
        raw = text[s_start : s_start + len(sentence)]
        grouped = primary is not None and names_a_group(sentence)
        read = raw if copy is None else sentence
        park, placed = (None, None) if grouped else sentence_park(read, gazetteer, norm)
        other = (
            grouped
            or primary is not None
            and park is None
            and (about_more_than_a_park(sentence) or gazetteer is not None and about_a_city(sentence, gazetteer.cities))
        )
        # (and the clause after it, after a semicolon or with no subject of its own)
        if (
            other
            or park is None
            and s_start == scope_end
            and (norm[s_start - 1] in "；;" or goes_on_with_the_scope(sentence))
        ):
            scope_end = s_start + len(sentence)  # 国家高新区实现…, 全市…, 浦东新区…: about more than a park, so none
        elif park is None:
            park = (paragraph_park(norm, s_start, gazetteer) if len(parks) > 1 else None) or primary
        # (a clause opening with a city keeps its figures though a park is named later)
        cities_at = city_clauses(sentence, gazetteer.cities) if placed and "市" in sentence else None
        stripped = raw.strip()
        quote = stripped if len(stripped) <= QUOTE_MAX else None
        years = years_named(sentence, reference_year) or years_before_semicolon(norm, s_start, reference_year)
        previous = None
        first = len(figures)
        listed = [] if "分别" in sentence or "依次" in sentence else None  # (match, figure) for ``respectively``
        several = placed if placed and len(placed) > 1 else None  # (one park named: the sentence's)
        for m in found:
            at_park = named_before(several, m.at) or park if several else park
            if cities_at and the_citys(cities_at, placed, m.at):
                at_park = None
            elif placed and at_park is not None and m.at < placed[0][0] and about_more_than_a_park(sentence[: m.at]):
                at_park = None  # 2023年全市…15700家，其中苏州工业园区2860家: the city's, before a park is named
            fig = _figure(m, sentence, s_start, text, raw, quote, years, at_park, previous)
            if fig is not None and carried and not fig.metric:
                _carry(fig, carried)
            if fig is not None:
                figures.append(fig)
                previous = fig
                if listed is not None:
                    listed.append((m, fig))
        if listed and len(listed) >= 2:
            respectively(sentence, listed)
            if several:
                parks_respectively(sentence, listed, several)
        if len(figures) - first >= 2 and RANGE_MARK_RE.search(sentence):
            merge_ranges(figures, text, first)
        before, before_end = figures[first:], s_start + len(sentence)
    return figures if copy is None else _as_printed(figures, copy, text)


def _carry(fig: Figure, before: list[Figure]) -> None:
    """A figure named by nothing in a clause after a semicolon (``1—10月累计完成3712.5亿元``)
    is what the clause before counted in the same unit (``…工业总产值完成386.2亿元；``): its
    metric and class, when that figure's class names something."""
    for f in reversed(before):
        if f.unit == fig.unit and f.metric and f.metric_class not in ("其他", "增速", "占比"):
            fig.metric, fig.metric_class = f.metric, f.metric_class
            return


def _as_printed(figures: list[Figure], copy: str, text: str) -> list[Figure]:
    """Value, unit and metric in the characters the article prints (``1.2萬``, ``億元``,
    ``工業總產值``), read from the simplified copy; the metric class stays the controlled
    name."""
    table = str.maketrans({c: p for c, p in zip(copy, text, strict=True) if c != p})
    for f in figures:
        f.value, f.unit, f.metric = f.value.translate(table), f.unit.translate(table), f.metric.translate(table)
    return figures


def _figure(m, sentence, offset, text, raw, quote, years, park, previous) -> Figure | None:
    """``raw`` is the sentence's original text; ``quote`` its quote when short (else worked out here)."""
    if m.__class__ is WordShare:
        reading = m.reading
    else:
        reading = read_figure(m.num, m.mid, m.scale, m.mid2, m.unit, m.post, m.pre)
    if reading is None:
        return None
    value, written_unit, base, base_unit, kind, approx = reading
    if approx == "exact":
        approx = qualifier_apart(sentence, m.at) or approx
    metric, metric_class = metric_of(m, sentence, kind, previous)
    if previous is not None and sentence.endswith("折合", 0, m.at):
        metric, metric_class = previous.metric, previous.metric_class  # 26.3万元，折合约3.7万美元: the same
    elif not metric and previous is not None and previous.base_unit == base_unit and change_alone(sentence, m.at):
        metric, metric_class = previous.metric, previous.metric_class  # 38.6万元，同比提高4.2万元: its change
    metric_class = deal_class(metric, metric_class, kind, sentence, m.at)
    metric_class = kind_class(metric, metric_class, kind, m.unit, sentence, m.at, m.stop)
    if (
        metric_class not in ("其他", "增速", "占比", "资金")
        and (
            "每" in sentence
            or "均" in sentence
            or "万人" in sentence
            or "/" in sentence
            or "元研发" in sentence
            or "元R&D" in sentence
        )
        and per_unit(sentence, m.at, m.stop)
    ):
        metric_class = "其他"  # 每亩税收50万元: an intensity, not a total (a grant per head is a grant)
        named = sentence.rfind(metric, 0, m.at) if metric else -1
        if named >= 2 and sentence[named - 1] == "均" and sentence[named - 2] in PER_PREFIXES:
            metric = sentence[named - 2 : named] + metric  # 亩均营业收入, as written
    if park is not None and metric_class == "其他" and counts_parks(metric):
        park = None  # 对全国230家国家级经开区进行考核: the nation's parks, wherever counted
    if metric_class == "增速" and kind in ("rate", "points") and declines(sentence, m.num_at):
        base = -base  # 同比下降3.2%: the value as written, the base value signed
    start, end = offset + m.at, offset + m.stop
    while text[start].isspace():
        start += 1
    return Figure(
        value=value,
        unit=written_unit,
        base_value=base,
        base_unit=base_unit,
        approx=approx,
        metric=metric,
        metric_class=metric_class,
        year=compared_year(sentence, m.at) or (year_before(years, m.at) if years else None),
        park=park.name if park else "",
        quote=quote if quote is not None else quote_of(raw, m.at, m.stop),
        start=start,
        end=end,
        text=text[start:end],
        park_key=park.key if park else None,
    )
