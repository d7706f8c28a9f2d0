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


def authors(article):
    names = []
    for byline in article.bylines.all():
        if byline.role in TEXT_ROLES and byline.reporter.name not in names:
            names.append(byline.reporter.name)
    if len(names) > MAX_AUTHORS:
        return ", ".join(names[:MAX_AUTHORS]) + ", 等"
    return ", ".join(names)


def gbt7714(article):
    """The article's reference as GB/T 7714-2015 writes a newspaper article ([N])."""
    page = article.source_page
    title = article.headline
    if article.subtitle:
        title = f"{title}: {article.subtitle}"
    parts = []
    who = authors(article)
    if who:
        parts.append(f"{who}. ")
    parts.append(f"{title}[N]. ")
    newspaper = page.newspaper.name if page and page.newspaper_id else ""
    where = newspaper or "报名不详"
    if article.published_on and not article.date_estimated and article.date_precision == "day":
        where += f", {article.published_on.isoformat()}"
    if page and page.page_code:
        where += f"({page.page_code})"
    parts.append(where + ".")
    return "".join(parts)
