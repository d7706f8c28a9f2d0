"""Key figures and companies at import and re-parse: stored with their articles (the
company tags' history written), editors' corrections kept."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from archive import figure_curation
from archive.models import Article, ArticleCompany, Company, Figure
from archive.pipeline import figures as extraction

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported():
    call_command("load_parks", verbosity=0)
    call_command("import_pages", "fixtures/pages", "--publish", verbosity=0)


def test_it_stores_every_extracted_figure_with_its_article(imported):
    # the same figures as the extraction finds in the stored bodies (spans index Article.body)
    assert Figure.objects.count() == sum(len(extraction.extract_figures(a.body)) for a in Article.objects.all())
    for figure in Figure.objects.select_related("article"):
        assert figure.value in figure.article.body[figure.start : figure.end]
        assert figure.quote.strip() in figure.article.body
    assert not Figure.history.exists()  # written at a figure's first change (test_figure_history)


def test_it_ties_figures_to_parks_and_years(imported):
    tied = Figure.objects.filter(park__isnull=False)
    assert tied.count() > Figure.objects.count() / 2
    assert Figure.objects.filter(year__isnull=False).exists()
    assert Figure.objects.filter(metric="工业总产值").exists()


def test_it_stores_companies_merged_by_key(imported):
    assert Company.objects.count() >= 20
    assert ArticleCompany.objects.count() >= Company.objects.count()
    assert len(set(Company.objects.values_list("slug", flat=True))) == Company.objects.count()
    assert ArticleCompany.history.count() == ArticleCompany.objects.count()


def test_reparse_keeps_the_figures_editors_touched(imported):
    article = Article.objects.annotate(n=Count("figures")).filter(n__gte=3).first()
    figures = list(article.figures.order_by("start"))
    edited, rejected, untouched = figures[0], figures[1], figures[2]
    edited.metric, edited.editor_touched = "编辑改过的指标", True
    edited.save()
    figure_curation.set_figure_status([rejected], Figure.Status.REJECTED)
    untouched.metric = "未标记的改动"
    untouched.save()  # changed without editor_touched (as a script might): a re-parse restores it
    count = article.figures.count()
    call_command("import_pages", "fixtures/pages", "--reparse", verbosity=0)
    assert Figure.objects.get(pk=edited.pk).metric == "编辑改过的指标"
    assert Figure.objects.get(pk=rejected.pk).status == Figure.Status.REJECTED
    assert not Figure.objects.filter(pk=untouched.pk).exists()
    assert article.figures.count() == count  # the touched ones are not extracted again beside them
    assert not article.figures.filter(metric="未标记的改动").exists()
    assert not Figure.objects.public().filter(pk=rejected.pk).exists()


def test_an_import_files_a_merged_companys_spellings_under_it(imported):
    first, second = Company.objects.order_by("pk")[:2]
    figure_curation.merge_companies([second], first)
    tags = ArticleCompany.objects.count()
    call_command("import_pages", "fixtures/pages", "--reparse", verbosity=0)
    assert not Company.objects.filter(name=second.name).exists()  # not created again
    assert ArticleCompany.objects.count() == tags
