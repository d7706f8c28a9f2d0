"""What the parser adds to finished articles: the parks they report on and their date."""

import dataclasses

from . import dates
from .parks import Gazetteer
from .types import DateEstimate, ParsedPage


def tag_parks(page: ParsedPage, gazetteer: Gazetteer | None) -> None:
    if gazetteer is None:
        return
    for a in page.articles:
        head = " ".join(x for x in (a.kicker, a.headline, a.subtitle) if x)
        body = "\n".join([head] + [b.text for b in a.blocks] + a.captions)
        mentions = gazetteer.find_mentions(body)
        if not mentions:
            continue
        in_head = {m.key if m.verified else m.name for m in gazetteer.find_mentions(head)}
        best = max(
            range(len(mentions)),
            key=lambda i: (
                mentions[i].count,
                (mentions[i].key if mentions[i].verified else mentions[i].name) in in_head,
                -i,
            ),
        )
        mentions[best].primary = True
        a.parks = mentions


def date_articles(page: ParsedPage, issue_date) -> None:
    if issue_date is not None:
        for a in page.articles:
            a.date = DateEstimate(issue_date, "day", estimated=False)
        return
    # Body text only: headlines and bylines carry no dates worth reading.
    estimate = dates.page_estimate("\n".join(b.text for a in page.articles for b in a.blocks))
    for a in page.articles:
        a.date = dataclasses.replace(estimate) if estimate else None
