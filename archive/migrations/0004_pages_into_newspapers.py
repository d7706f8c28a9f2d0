"""Move each page's free-text newspaper name, date and page label into the new structure:
one Newspaper per distinct name, one Issue per (newspaper, date), the page number and
section read from the label. Nothing is dropped: the label stays as printed, and the
reverse migration writes the names back."""

import re
import unicodedata

from django.db import migrations
from django.utils.text import slugify
from pypinyin import lazy_pinyin

LABEL = re.compile(r"^第?\s*([A-Z]?)\s*0*(\d{1,3})\s*版?")


def _key(name):
    return "".join(ch for ch in name if not ch.isspace() and ch not in "《》〈〉\"“”'")


def _slug(name, taken):
    base = slugify("".join(lazy_pinyin(name, errors=lambda chars: list(chars)))) or "newspaper"
    base = base[:80]
    slug, n = base, 2
    while slug in taken:
        slug = f"{base[:76]}-{n}"
        n += 1
    taken.add(slug)
    return slug


def forwards(apps, schema_editor):
    Newspaper = apps.get_model("archive", "Newspaper")
    Issue = apps.get_model("archive", "Issue")
    SourcePage = apps.get_model("archive", "SourcePage")
    Article = apps.get_model("archive", "Article")
    taken = set(Newspaper.objects.values_list("slug", flat=True))
    papers = {_key(p.name): p for p in Newspaper.objects.all()}
    for page in SourcePage.objects.all().iterator():
        key = _key(page.newspaper)
        if key and key not in papers:
            papers[key] = Newspaper.objects.create(name=key, slug=_slug(key, taken))
        page.paper = papers.get(key)
        match = LABEL.match(unicodedata.normalize("NFKC", page.page_label or "").strip().upper())
        if match:
            page.page_section, page.page_number = match.group(1), int(match.group(2))
        if page.paper is not None and page.issue_date is not None:
            page.issue, _ = Issue.objects.get_or_create(newspaper=page.paper, date=page.issue_date, edition=1)
        page.save(update_fields=["paper", "page_section", "page_number", "issue"])
        if page.issue_date is not None:
            # The page's date is printed fact: its articles are dated by it, not estimated.
            Article.objects.filter(source_page=page, editor_touched=False).update(
                published_on=page.issue_date, date_precision="day", date_estimated=False, date_evidence=""
            )


def backwards(apps, schema_editor):
    SourcePage = apps.get_model("archive", "SourcePage")
    for page in SourcePage.objects.exclude(paper=None).select_related("paper").iterator():
        page.newspaper = page.paper.name[:60]
        page.save(update_fields=["newspaper"])


class Migration(migrations.Migration):
    dependencies = [("archive", "0003_newspapers")]

    operations = [migrations.RunPython(forwards, backwards)]
