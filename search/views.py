from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from search import query, suggest
from search.forms import SearchForm, SuggestForm

FACET_PARAMS = {f.key: f.label for f in query.FACETS}


def _query_string(params, **changes):
    merged = {k: v for k, v in params.items() if v not in (None, "")}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    if "page" not in changes:
        merged.pop("page", None)  # a new filter or sort starts again at page 1
    return "?" + urlencode(merged) if merged else "?"


def _facet_groups(results, params):
    """Facet values with counts and links that add (or, when chosen, remove) the filter."""
    groups = []
    for key, label in FACET_PARAMS.items():
        chosen = str(params.get(key) or "")
        values = []
        for f in results.facets.get(key, []):
            selected = str(f["value"]) == chosen
            change = {key: None} if selected else {key: f["value"]}
            values.append({**f, "selected": selected, "query_string": _query_string(params, **change)})
        if values:
            groups.append({"key": key, "label": label, "values": values})
    return groups


@require_safe
def search(request):
    form = SearchForm(request.GET)
    context = {"form": form, "results": None}
    status = 200
    if not form.is_valid():
        status = 400
    elif request.GET:
        args = form.search_args()
        results = query.search(**args)
        params = {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}
        params = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in params.items()}
        context.update(
            results=results,
            q=args["q"],
            facet_groups=_facet_groups(results, params),
            chosen=[
                {"label": FACET_PARAMS[k], "value": params[k], "query_string": _query_string(params, **{k: None})}
                for k in FACET_PARAMS
                if k in params
            ],
            sort_links=[
                {"value": v, "label": label, "query_string": _query_string(params, sort=v)}
                for v, label in form.fields["sort"].choices
            ],
            previous_qs=_query_string(params, page=results.page - 1) if results.page > 1 else None,
            next_qs=_query_string(params, page=results.page + 1) if results.page < results.num_pages else None,
            feed_qs=_query_string({"q": args["q"], **{k: params[k] for k in FACET_PARAMS if k in params}}),
            # The whole result set in the order shown: query, filters, dates and sort, no page.
            export_qs=_query_string(params),
        )
        if not results.count and args["q"]:
            offer = query.no_results_help(args["q"], args["filters"])
            context["help_names"] = offer.names
            if offer.shorter:
                context["shorter"] = {
                    "text": offer.shorter,
                    "count": offer.shorter_count,
                    "left_out": offer.left_out,
                    "query_string": _query_string(params, q=offer.shorter),
                }
    return render(request, "search/search.html", context, status=status)


def _article_json(article):
    return {
        "id": article.pk,
        "title": article.headline,
        "url": article.get_absolute_url(),
        "published_on": article.published_on.isoformat() if article.published_on else None,
        # An estimated date is never presented as fact: precision and the estimate flag go with it.
        "date_precision": article.date_precision,
        "date_estimated": article.date_estimated,
        "date_display": article.date_display,
        "parks": [{"slug": t.park.slug, "name": t.park.name} for t in article.park_tags.all()],
        "reporters": [{"slug": b.reporter.slug, "name": b.reporter.name} for b in article.bylines.all()],
        "snippet": str(article.snippet),
    }


@require_safe
def api_search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        errors = {k: [str(m) for m in v] for k, v in form.errors.items()}
        return JsonResponse({"error": "invalid parameters", "fields": errors}, status=400)
    results = query.search(**form.search_args())
    return JsonResponse(
        {
            "count": results.count,
            "page": results.page,
            "num_pages": results.num_pages,
            "sort": results.sort,
            "notes": results.query.notes,
            "results": [_article_json(a) for a in results.articles],
            "facets": results.facets,
        },
        json_dumps_params={"ensure_ascii": False},
    )


SUGGEST_MAX_AGE = 60


@require_safe
def api_suggest(request):
    """``{"q", "suggestions": [{"kind", "label", "detail", "url"}]}`` for the search boxes."""
    form = SuggestForm(request.GET)
    q = form.cleaned_data["q"] if form.is_valid() else ""
    search_url = reverse("search:search")
    suggestions = [
        {
            "kind": s.kind,
            "label": s.label,
            "detail": s.detail,
            "url": s.url or search_url + "?" + urlencode({"q": s.label}),
        }
        for s in suggest.suggest(q)
    ]
    response = JsonResponse({"q": q, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = f"max-age={SUGGEST_MAX_AGE}"
    return response


@require_safe
def opensearch(request):
    context = {"search_url": request.build_absolute_uri(reverse("search:search"))}
    return render(request, "search/opensearch.xml", context, content_type="application/opensearchdescription+xml")
