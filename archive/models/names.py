"""Slugs and alias lists shared by the models that editors name (parks, reporters, newspapers)."""

import re

from django.utils.text import slugify

from .pinyin import syllables

ALIAS_SEPARATORS = re.compile(r"[;；\n]+")


def split_aliases(text):
    """The names in an alias field: one per line (or separated by semicolons), stripped."""
    return [a.strip() for a in ALIAS_SEPARATORS.split(text or "") if a.strip()]


def pinyin_slug(text, fallback="item"):
    """An ASCII slug from Chinese text: 武汉东湖 -> wuhandonghu."""
    slug = slugify("".join(syllables(text)))
    return slug or fallback


def unique_slug(model, base, max_length=100, exclude_pk=None):
    slug = base[:max_length]
    n = 2
    qs = model.objects.all()
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)] + suffix
        n += 1
    return slug
