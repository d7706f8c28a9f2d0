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

    @property
    def paragraphs(self):
        return [b.text for b in self.blocks]


@dataclass
class PageInfo:
    """What is known about where a page was printed: newspaper, issue date, page label.

    Today it comes from the importer's options (``--newspaper``, ``--date``, ``--page``, or
    the admin's upload form) and is the same for every page of one import; ``prepare``
    gives each page its own copy and carries it to ``store``, which writes it on the
    ``SourcePage``. ``locate`` (file paths, manifests) and a page-furniture step
    (``mastheads``) would fill it in per page; neither is called by an import yet.
    """

    newspaper: str = ""
    issue_date: date | None = None
    page_label: str = ""


@dataclass
class ParsedPage:
    articles: list[ParsedArticle] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
