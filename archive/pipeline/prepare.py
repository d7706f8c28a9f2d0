"""Page preparation, the first stage of an import: bytes -> a ``PreparedPage``, no database.

In order: the size limit (``ARCHIVE_MAX_PAGE_BYTES``, checked before a file is read), the
sha256 (a page already in the archive stops here), decoding (``decode``), parsing
(``parse``) and the extraction of each article's key figures and companies (``figures``,
``companies``). Everything here reads only its arguments and Django's settings, so it runs
in the importer's worker processes (``runner``); ``store`` writes the result.
"""

import dataclasses
import hashlib
from dataclasses import dataclass, field

from django.conf import settings

from archive.pagelabels import parse_page_label
from archive.pipeline.companies import Company, extract_companies
from archive.pipeline.decode import DecodeError, decode_page
from archive.pipeline.figures import Figure, article_figures, article_text
from archive.pipeline.parse import parse_page
from archive.pipeline.script import reading_copy
from archive.pipeline.types import PageInfo, ParsedArticle, ParsedPage


@dataclass
class Extracted:
    """What an article's text yields besides the article: its key figures and the companies
    it names, spans indexing the body as stored (``figures.article_text``)."""

    figures: list[Figure] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)


def extract(parsed_article: ParsedArticle, gazetteer) -> Extracted:
    """Key figures and companies of one parsed article (pure; runs in the worker processes)."""
    text = article_text(parsed_article.blocks)
    copy = reading_copy(text)  # (traditional characters: both read the simplified copy)
    return Extracted(
        figures=article_figures(parsed_article, gazetteer, text, copy), companies=extract_companies(text, copy)
    )


class ImportRejected(Exception):
    """A file that can't be imported; ``str(exc)`` is the reason shown to the user."""


@dataclass
class PreparedPage:
    """A page decoded and parsed, not yet stored: the pure half of an import.

    ``parsed`` is None when the page failed (``error`` says why) or is already in the
    archive (``digest`` is known and nothing else was done).
    """

    file_name: str
    info: PageInfo = field(default_factory=PageInfo)
    digest: str = ""
    text: str = ""
    encoding: str = ""
    parsed: ParsedPage | None = None
    error: str = ""
    # One ``Extracted`` per parsed article, in the same order.
    extracted: list[Extracted] = field(default_factory=list)


def sha256_of(data):
    return hashlib.sha256(data).hexdigest()


def check_size(size):
    limit = settings.ARCHIVE_MAX_PAGE_BYTES
    if size > limit:
        raise ImportRejected(f"文件过大：{size:,} 字节，上限 {limit:,} 字节（file too large）")


def read_limited(path):
    """Read a file, refusing (without reading it) anything above the size limit."""
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        check_size(size)
        fh.seek(0)
        return fh.read(settings.ARCHIVE_MAX_PAGE_BYTES + 1)


def prepare_file(path, *, gazetteer, info=None, known_digests=frozenset(), newspapers=()):
    """``prepare_bytes`` for a file on disk; a file that can't be read gets its reason as ``error``."""
    try:
        data = read_limited(path)
    except (OSError, ImportRejected) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return PreparedPage(file_name=path.name, info=dataclasses.replace(info) if info else PageInfo(), error=reason)
    return prepare_bytes(
        data, path.name, gazetteer=gazetteer, info=info, known_digests=known_digests, newspapers=newspapers
    )


def prepare_bytes(data, file_name, *, gazetteer, info=None, known_digests=frozenset(), newspapers=()):
    """Size check, sha256, decode and parse one page given as bytes.

    A page whose sha256 is in ``known_digests`` (already in the archive) is not decoded or
    parsed again. ``info`` (newspaper, issue date, page label: the command's options, a
    manifest row or the file's path) wins over what the page prints about itself; where
    they disagree, the page gets a warning. The result travels with the page to ``store``.
    ``newspapers`` are the names (and aliases) of the papers the archive knows, for
    recognising mastheads.
    """
    prepared = PreparedPage(file_name=file_name, info=dataclasses.replace(info) if info else PageInfo())
    try:
        check_size(len(data))
        prepared.digest = sha256_of(data)
        if prepared.digest in known_digests:
            return prepared
        prepared.text, prepared.encoding = decode_page(data)
    except (DecodeError, ImportRejected) as exc:
        prepared.error = str(exc)
        return prepared
    prepared.parsed = parse_page(
        prepared.text, gazetteer=gazetteer, issue_date=prepared.info.issue_date, newspapers=newspapers
    )
    if not prepared.parsed.articles and not prepared.parsed.unplaced:
        prepared.error = "页面中没有可识别的文字（no text found）"
        return prepared
    prepared.extracted = [extract(article, gazetteer) for article in prepared.parsed.articles]
    prepared.parsed.warnings.extend(disagreements(prepared.info, prepared.parsed.printed))
    prepared.info = prepared.info.merged(prepared.parsed.printed)
    return prepared


def disagreements(given, printed):
    """Warnings where a given value differs from what the page prints (the given one wins)."""
    warnings = []
    if given.newspaper and printed.newspaper and given.newspaper != printed.newspaper:
        warnings.append(f"报名以导入时给出的“{given.newspaper}”为准，版面上印的是“{printed.newspaper}”")
    if given.issue_date and printed.issue_date and given.issue_date != printed.issue_date:
        warnings.append(f"日期以导入时给出的 {given.issue_date} 为准，版面上印的是 {printed.issue_date}")
    given_label, printed_label = parse_page_label(given.page_label), parse_page_label(printed.page_label)
    if given_label and printed_label and given_label != printed_label:
        warnings.append(f"版次以导入时给出的“{given.page_label}”为准，版面上印的是第{printed_label.code}版")
    return warnings
