"""Editors review key figures and companies: filter, correct (kept from re-parses, in
history), reject, merge companies."""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from archive.models import ArticleCompany, Company, Figure


def make_figures(article, park):
    common = {"article": article, "park": park, "base_unit": "个", "quote": "东湖高新区今年新增科技企业3000家，"}
    good = Figure.objects.create(
        value="3000", unit="家", base_value=3000, metric="企业", metric_class="企业数", **common
    )
    vague = Figure.objects.create(value="两成", unit="", base_value=20, metric="", metric_class="增速",
                                  confidence=Figure.Confidence.LOW, **common)  # fmt: skip
    return good, vague


def test_the_review_list_filters_by_metric_park_and_confidence(editor_client, articles, parks):
    good, vague = make_figures(articles["donghu"], parks["donghu"])
    url = reverse("admin:archive_figure_changelist")
    assert editor_client.get(url).status_code == 200
    low = editor_client.get(url, {"confidence__exact": "low"}).context["cl"].result_list
    assert list(low) == [vague]
    by_class = editor_client.get(url, {"metric_class__exact": "企业数"}).context["cl"].result_list
    assert list(by_class) == [good]
    by_park = editor_client.get(url, {"park": parks["donghu"].pk}).context["cl"].result_list
    assert set(by_park) == {good, vague}


def test_an_edited_figure_is_marked_touched_and_kept_in_history(editor_client, articles, parks):
    good, _ = make_figures(articles["donghu"], parks["donghu"])
    url = reverse("admin:archive_figure_change", args=[good.pk])
    form = editor_client.get(url)
    assert "东湖高新区今年新增科技企业3000家" in form.text
    response = editor_client.post(
        url,
        {
            "value": "3100", "unit": "家", "base_value": "3100", "base_unit": "个", "approx": "exact",
            "metric": "科技企业", "metric_class": "企业数", "year": "2020", "park": parks["donghu"].pk,
            "status": "confirmed", "confidence": "high",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].form.errors
    good.refresh_from_db()
    assert (good.value, good.year, good.editor_touched) == ("3100", 2020, True)
    assert good.history.count() == 2
    assert good.history.first().history_user.username == "editor"


def test_rejecting_figures_hides_them(editor_client, articles, parks):
    good, vague = make_figures(articles["donghu"], parks["donghu"])
    editor_client.post(
        reverse("admin:archive_figure_changelist"), {"action": "reject", ACTION_CHECKBOX_NAME: [vague.pk]}
    )
    vague.refresh_from_db()
    assert vague.status == Figure.Status.REJECTED and vague.editor_touched
    assert not Figure.objects.public().filter(pk=vague.pk).exists()
    good.refresh_from_db()
    assert good.status == Figure.Status.EXTRACTED and not good.editor_touched


def test_merging_companies(editor_client, articles):
    keep = Company.objects.create(name="光谷科技有限公司")
    other = Company.objects.create(name="武汉光谷科技股份公司")
    ArticleCompany.objects.create(article=articles["donghu"], company=other, name=other.name)
    url = reverse("admin:archive_company_changelist")
    form = editor_client.post(url, {"action": "merge_into", ACTION_CHECKBOX_NAME: [other.pk]})
    assert form.status_code == 200 and "合并公司" in form.text
    editor_client.post(url, {"action": "merge_into", ACTION_CHECKBOX_NAME: [other.pk], "apply": "1", "target": keep.pk})
    assert list(Company.objects.all()) == [keep]
    keep.refresh_from_db()
    assert keep.alias_list == ["武汉光谷科技股份公司"]
    assert keep.article_tags.get().article == articles["donghu"]
    assert keep.history.first().history_change_reason == "合并公司"


def test_an_untouched_figures_history_page_shows_its_imported_value_and_writes_nothing(editor_client, articles, parks):
    good, _ = make_figures(articles["donghu"], parks["donghu"])
    good.history.all().delete()  # as an imported figure: no record until its first change
    response = editor_client.get(reverse("admin:archive_figure_history", args=[good.pk]))
    assert response.status_code == 200
    assert "导入时的值即现在的值：3000家" in response.text
    assert not good.history.exists()
