"""What gunicorn's master prepares before it forks (``archive.warming``)."""

import pytest
from django.template import engines

from archive.warming import page_templates, warm_pages

pytestmark = pytest.mark.django_db


def test_it_compiles_every_page_template_before_the_workers_fork(world, settings):
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "APP_DIRS": False,
            "OPTIONS": {
                **settings.TEMPLATES[0]["OPTIONS"],
                "loaders": [("django.template.loaders.cached.Loader", ["django.template.loaders.filesystem.Loader"])],
            },
        }
    ]
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    warm_pages()
    names = list(page_templates())
    assert "archive/park_detail.html" in names and "base.html" in names
    assert not any(name.startswith("admin/") for name in names)
    assert set(names) <= {key.split("-")[0] for key in loader.get_template_cache}
