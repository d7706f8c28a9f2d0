"""Build the POST data of the article change form (fields plus both inline formsets)."""


def article_form_data(article, **overrides):
    data = {
        "kicker": article.kicker,
        "headline": article.headline,
        "subtitle": article.subtitle,
        "column": article.column,
        "byline": article.byline,
        "body": article.body,
        "captions": article.captions,
        "status": article.status,
        "published_on": article.published_on.isoformat() if article.published_on else "",
        "date_precision": article.date_precision,
        "order_on_page": article.order_on_page,
    }
    if article.date_estimated:
        data["date_estimated"] = "on"
    bylines = list(article.bylines.all())
    data.update(_management("bylines", len(bylines)))
    for i, byline in enumerate(bylines):
        data.update(
            {
                f"bylines-{i}-id": byline.pk,
                f"bylines-{i}-article": article.pk,
                f"bylines-{i}-reporter": byline.reporter_id,
                f"bylines-{i}-role": byline.role,
                f"bylines-{i}-order": byline.order,
            }
        )
    tags = list(article.park_tags.all())
    data.update(_management("park_tags", len(tags)))
    for i, tag in enumerate(tags):
        data.update(
            {
                f"park_tags-{i}-id": tag.pk,
                f"park_tags-{i}-article": article.pk,
                f"park_tags-{i}-park": tag.park_id,
                f"park_tags-{i}-mentions": tag.mentions,
            }
        )
        if tag.is_primary:
            data[f"park_tags-{i}-is_primary"] = "on"
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def _management(prefix, count):
    return {
        f"{prefix}-TOTAL_FORMS": count,
        f"{prefix}-INITIAL_FORMS": count,
        f"{prefix}-MIN_NUM_FORMS": 0,
        f"{prefix}-MAX_NUM_FORMS": 1000,
    }
