"""Citations of an article in the form readers hand in: GB/T 7714-2015 for newspapers.

    作者. 题名[N]. 报纸名, 出版日期(版次).
    于大勇. 打通向西开放“科技+经济”合作通道[N]. 中国高新技术产业导报, 2020-10-19(4).

Authors are the people credited for the text (photographers are not), at most three,
then “等”. Only what is known is cited: a page with an estimated date cites no date.
"""

from archive.models import Byline

TEXT_ROLES = {
    Byline.Role.STAFF,
    Byline.Role.SPECIAL,
    Byline.Role.CORRESPONDENT,
    Byline.Role.AUTHOR,
    Byline.Role.CONTRIBUTOR,
}
MAX_AUTHORS = 3


def author_names(credits):
    """The names to cite from ``[(name, role)]`` in byline order: text roles only, each once."""
    names = []
    for name, role in credits:
        if role in TEXT_ROLES and name not in names:
            names.append(name)
    return names


def authors(article):
    return _join_authors(author_names((b.reporter.name, b.role) for b in article.bylines.all()))


def _join_authors(names):
    if len(names) > MAX_AUTHORS:
        return ", ".join(names[:MAX_AUTHORS]) + ", 等"
    return ", ".join(names)


def gbt7714(article, credits=None):
    """The article's reference as GB/T 7714-2015 writes a newspaper article ([N]);
    ``credits``, [(name, role)] in byline order, when the caller has them."""
    page = article.source_page
    if credits is None:
        credits = [(b.reporter.name, b.role) for b in article.bylines.all()]
    return reference(
        author_names(credits),
        article.headline,
        article.subtitle,
        page.newspaper.name if page and page.newspaper_id else "",
        article.published_on if not article.date_estimated and article.date_precision == "day" else None,
        page.page_code if page else "",
    )


def reference(names, headline, subtitle, newspaper, known_day, page_code):
    """GB/T 7714 from plain values (exports build thousands without loading models);
    ``known_day`` is the date only when it is a day and not an estimate."""
    title = f"{headline}: {subtitle}" if subtitle else headline
    parts = []
    who = _join_authors(names)
    if who:
        parts.append(f"{who}. ")
    parts.append(f"{title}[N]. ")
    where = newspaper or "报名不详"
    if known_day:
        where += f", {known_day.isoformat()}"
    if page_code:
        where += f"({page_code})"
    parts.append(where + ".")
    return "".join(parts)
