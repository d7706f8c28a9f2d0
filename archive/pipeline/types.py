"""Plain data passed between the pipeline's stages. No Django here."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Credit:
    """One person credited on an article. ``role`` is a ``Byline.Role`` value."""

    name: str
    role: str = "contributor"


@dataclass
class Block:
    """One body block: a paragraph ("p") or a section subhead ("subhead")."""

    text: str
    kind: str = "p"


@dataclass
class ParkMention:
    """A park an article reports on.

    ``key`` is the gazetteer entry's key (the caller's id for the park), or ``None``
    for a ``XX高新区`` name the gazetteer lacks (``verified`` is then False and
    ``name`` is the name as found in the text).
    """

    key: object
    name: str
    count: int
    primary: bool = False
    verified: bool = True


@dataclass
class DateEstimate:
    value: date
    precision: str = "day"  # "day" | "month" | "year"
    estimated: bool = False
    evidence: str = ""


@dataclass
class ParsedArticle:
    headline: str
    kicker: str = ""
    subtitle: str = ""
    column: str = ""
    byline: str = ""  # as printed, markers (▶ ◎) dropped, pieces joined by a space
    credits: list[Credit] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    parks: list[ParkMention] = field(default_factory=list)
    date: DateEstimate | None = None
    # 0-based line numbers of the raw text this article was cut from (for the admin's marking).
    source_lines: list[int] = field(default_factory=list)
    # The page this article continues on (下转第6版 -> "6") or continues from (上接第5版 -> "5").
    jumps_to: str = ""
    continues_from: str = ""

    @property
    def paragraphs(self):
        return [b.text for b in self.blocks]


@dataclass
class PageInfo:
    """What is known about where a page was printed: newspaper, issue date, page label and
    title (版名).

    From the importer's options (``--newspaper``, ``--date``, ``--page``, or the admin's
    upload form), a manifest or the file's path (``locate``), and what the page prints
    about itself (``mastheads``, read by the parser); ``prepare`` merges them per page, the
    explicit values first, and ``store`` writes the result on the ``SourcePage``.
    """

    newspaper: str = ""
    issue_date: date | None = None
    page_label: str = ""
    page_title: str = ""

    def merged(self, *others):
        """A copy with each empty field taken from the first of ``others`` that has it."""
        result = PageInfo(self.newspaper, self.issue_date, self.page_label, self.page_title)
        for other in others:
            if other is None:
                continue
            result.newspaper = result.newspaper or other.newspaper
            result.issue_date = result.issue_date or other.issue_date
            result.page_label = result.page_label or other.page_label
            result.page_title = result.page_title or other.page_title
        return result


@dataclass
class ParsedPage:
    articles: list[ParsedArticle] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Running heads and jump marks: {"line", "kind", "text"[, "page"]}, in no article.
    furniture: list[dict] = field(default_factory=list)
    # What the page prints about itself (masthead, date, page label and title).
    printed: PageInfo = field(default_factory=PageInfo)
