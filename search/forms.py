from django import forms

from search.query import FACETS, MAX_PAGE, SORTS, Filters


class QueryField(forms.CharField):
    """Free text: anything goes (search.query parses it safely); control characters become spaces."""

    def to_python(self, value):
        value = super().to_python(value)
        return "".join(c if c.isprintable() else " " for c in value).strip()


class SearchForm(forms.Form):
    """The GET parameters of the search page, the API and the feed."""

    q = QueryField(label="关键词", required=False)
    park = forms.SlugField(label="园区", required=False, max_length=100)
    province = forms.CharField(label="省份", required=False, max_length=20)
    reporter = forms.SlugField(label="记者", required=False, max_length=60)
    newspaper = forms.SlugField(label="报纸", required=False, max_length=80)
    company = forms.SlugField(label="公司", required=False, max_length=100)
    year = forms.IntegerField(label="年份", required=False, min_value=1949, max_value=2100)
    sort = forms.ChoiceField(
        label="排序",
        required=False,
        choices=[("relevance", "相关度"), ("newest", "最新"), ("oldest", "最早")],
    )
    page = forms.IntegerField(label="页码", required=False, min_value=1, max_value=MAX_PAGE)

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            raise forms.ValidationError("起始日期不能晚于结束日期。", code="date_range")
        return data

    def filters(self):
        d = self.cleaned_data
        chosen = {f.filter: [d[f.key]] if d.get(f.key) else [] for f in FACETS}
        return Filters(**chosen, date_from=d.get("from"), date_to=d.get("to"))

    def search_args(self):
        d = self.cleaned_data
        return {
            "q": d.get("q") or "",
            "filters": self.filters(),
            "sort": d.get("sort") if d.get("sort") in SORTS else "relevance",
            "page": d.get("page") or 1,
        }


# "from" and "to" are the public parameter names; "from" can't be a class attribute.
SearchForm.base_fields["from"] = forms.DateField(label="起始日期", required=False, input_formats=["%Y-%m-%d"])
SearchForm.base_fields["to"] = forms.DateField(label="结束日期", required=False, input_formats=["%Y-%m-%d"])


class SuggestForm(forms.Form):
    """``/api/suggest/?q=``: what has been typed so far (longer input is cut, not refused)."""

    q = QueryField(required=False)
