"""Validation of the reader pages' GET parameters."""

import string

from django import forms
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from archive import stats
from archive.models import Company, Figure, Park


def _attrs(attrs):
    """Attributes as Django's ``attrs.html`` writes them (``False`` left out, ``True`` bare)."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(forms.Select):
    """A ``<select>`` written in Python, the same markup as Django's ``Select``
    (tests/web/test_plain_select.py compares them, hostile labels included): Django renders
    each option through two templates, and the figures filter's park list (~400 options in
    province groups) cost ~50 ms of every ``/figures/`` page."""

    def render(self, name, value, attrs=None, renderer=None):
        values = self.format_value(value)
        parts = [format_html('<select name="{}"', name), _attrs(self.build_attrs(self.attrs, attrs)), ">"]
        chosen = False
        for group, options in self.choices:
            grouped = isinstance(options, list | tuple)
            if grouped and group:
                parts.append(format_html('\n  <optgroup label="{}">', group))
            for option, label in options if grouped else [(group, options)]:
                option = "" if option is None else str(option)
                selected = not chosen and option in values
                chosen = chosen or selected
                # "\n  " from select.html, the closing "\n" from select_option.html's last line
                parts.append(
                    format_html(
                        '\n  <option value="{}"{}>{}</option>\n', option, " selected" if selected else "", label
                    )
                )
            if grouped and group:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return mark_safe("".join(parts))


class PageForm(forms.Form):
    """``?page=N``: anything that is not a positive integer means the first page."""

    page = forms.IntegerField(min_value=1, required=False)

    def page_number(self):
        if self.is_valid():
            return self.cleaned_data["page"] or 1
        return 1


class DirectoryForm(forms.Form):
    """``?kind=``: which kind of park the directory lists; national high-tech zones by default."""

    kind = forms.ChoiceField(
        choices=[(Park.Kind.HITECH, "国家高新区"), (Park.Kind.ETDZ, "国家级经开区"), (Park.Kind.OTHER, "其他园区")],
        required=False,
    )

    province = forms.CharField(required=False, max_length=20)

    def selected_province(self):
        """The province the directory is filtered to (its page), or None."""
        if self.is_valid() and self.cleaned_data["province"]:
            return self.cleaned_data["province"]
        return None

    def selected_kind(self):
        if self.is_valid() and self.cleaned_data["kind"]:
            return self.cleaned_data["kind"]
        return Park.Kind.HITECH


class ReporterSearchForm(forms.Form):
    """``?q=`` a name, part of one, its pinyin or pinyin initials (``lq`` for 刘琴);
    ``?letter=`` the initial of the surname's pinyin."""

    q = forms.CharField(label="姓名或拼音首字母", required=False, max_length=40)
    letter = forms.ChoiceField(choices=[(c, c) for c in string.ascii_uppercase], required=False)

    def terms(self):
        if not self.is_valid():
            return "", ""
        return self.cleaned_data["q"].strip(), self.cleaned_data["letter"]


class ExportForm(forms.Form):
    """The search page's parameters (``q``, ``park``, ``province``, ``reporter``,
    ``newspaper``, ``company``, ``year``, ``from``, ``to``, ``sort``) for an export of its result set. A copy of
    ``search.forms.SearchForm``'s fields, because archive reaches search only through
    ``search.query`` (the import contracts in pyproject.toml)."""

    q = forms.CharField(required=False, max_length=200)
    park = forms.SlugField(required=False, max_length=100)
    province = forms.CharField(required=False, max_length=20)
    reporter = forms.SlugField(required=False, max_length=60)
    newspaper = forms.SlugField(required=False, max_length=80)
    company = forms.SlugField(required=False, max_length=100)
    year = forms.IntegerField(required=False, min_value=1949, max_value=2100)
    sort = forms.ChoiceField(required=False, choices=[(s, s) for s in ("relevance", "newest", "oldest")])

    def clean_q(self):
        return "".join(c if c.isprintable() else " " for c in self.cleaned_data["q"]).strip()

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            raise forms.ValidationError("起始日期不能晚于结束日期。", code="date_range")
        return data

    def params(self):
        """The cleaned parameters that were given, as strings (for the file's trailer)."""
        return {k: (v.isoformat() if hasattr(v, "isoformat") else str(v)) for k, v in self.cleaned_data.items() if v}


ExportForm.base_fields["from"] = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
ExportForm.base_fields["to"] = forms.DateField(required=False, input_formats=["%Y-%m-%d"])


class FigureFilterForm(forms.Form):
    """``/figures/`` and its exports: ``park`` (slug), ``province``, ``metric_class``,
    ``metric`` (as written, e.g. 工业总产值), ``year``, ``company`` (slug), ``sort``.
    Invalid values are ignored (the filter is left out), never an error page."""

    # Chosen from lists, validated as text: a park or province no longer listed filters to
    # nothing rather than silently to everything.
    park = forms.SlugField(label="园区", required=False, max_length=100, widget=PlainSelect)
    province = forms.CharField(label="省份", required=False, max_length=20, widget=PlainSelect)
    metric_class = forms.ChoiceField(
        label="指标类别", required=False, choices=[("", "全部类别"), *Figure.MetricClass.choices]
    )
    metric = forms.CharField(label="指标", required=False, max_length=40)
    year = forms.IntegerField(label="年份", required=False, min_value=1949, max_value=2100)
    company = forms.CharField(
        label="公司", required=False, max_length=100, widget=forms.TextInput(attrs={"placeholder": "公司名称"})
    )
    sort = forms.ChoiceField(
        label="排序",
        required=False,
        choices=[("date", "按报道日期"), ("metric", "按指标"), ("value", "按数值"), ("year", "按年份")],
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        fields = ("pk", "verified", "province", "slug", "short_name", "name")
        parks = Park.objects.order_by("province", "name").values_list(*fields)
        counts = stats.park_counts()
        by_province = {}
        for pk, verified, province, slug, short_name, name in parks:
            if verified or counts.get(pk):  # ``park_maps.is_public`` on plain values: not a park only drafts name
                by_province.setdefault(province or "其他", []).append((slug, short_name or name))
        self.fields["park"].widget.choices = [("", "全部园区"), *by_province.items()]
        self.fields["province"].widget.choices = [("", "全部省份"), *((p, p) for p in by_province if p != "其他")]

    def clean_company(self):
        """A company's slug (from its page's links) or its name as a reader types it."""
        value = self.cleaned_data["company"].strip()
        public = Company.objects.public()
        if not value or public.filter(slug=value).exists():
            return value
        named = public.filter(name=value).values_list("slug", flat=True).first()
        return named or value

    def filters(self):
        """The valid filters given, as cleaned values (an invalid field is dropped)."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "") and k != "sort"}

    def chosen_sort(self):
        self.is_valid()
        return self.cleaned_data.get("sort") or "date"


class FigureSortForm(forms.Form):
    """``?fsort=``: the order of the figure table on a park page."""

    fsort = forms.ChoiceField(required=False, choices=[(s, s) for s in ("date", "metric", "value", "year")])

    def sort(self):
        return (self.cleaned_data.get("fsort") if self.is_valid() else "") or "date"


class HighlightForm(forms.Form):
    """``?hl=<figure id>``: the figure whose sentence the article page marks."""

    hl = forms.IntegerField(required=False, min_value=1)

    def figure_id(self):
        return self.cleaned_data.get("hl") if self.is_valid() else None
