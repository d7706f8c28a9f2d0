"""What gunicorn's master prepares before it forks the web workers (``gunicorn.conf.py``,
``when_ready``), so that no worker's first request pays for it: every page template
compiled (Django's cached loader keeps them; ~60 files), the URL patterns' reverse table,
the site language's translation catalogues (``LocaleMiddleware`` loads them on a process's
first request: ~30 ms of CPU), the message storage (``MessageMiddleware`` imports it on
the first request: ~10 ms), and the national map drawn for the current counts (``stats.kept_by_counts``, which a
worker keeps while the counts' generation is unchanged). A freshly started worker's first
directory request cost ~100 ms of CPU at 100,000 articles without it."""

from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

from archive import park_maps


def page_templates():
    """The names of the site's own templates (the admin's are loaded on its first use)."""
    for folder in settings.TEMPLATES[0]["DIRS"]:
        root = Path(folder)
        for path in sorted(root.glob("**/*.html")):
            name = path.relative_to(root).as_posix()
            if not name.startswith("admin/"):
                yield name


def warm_pages():
    for name in page_templates():
        get_template(name)
    reverse("archive:home")
    with translation.override(translation.get_supported_language_variant(settings.LANGUAGE_CODE)):
        translation.gettext("搜索")
    import_string(settings.MESSAGE_STORAGE)
    park_maps.national_map()
