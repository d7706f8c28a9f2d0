"""No web process imports pypinyin (~55 MB of phrase dictionary in every gunicorn worker,
docs/benchmarks.md): the WSGI app, started as gunicorn's master starts it, serves searches
in pinyin, suggestions and the reporters' directory, after the master's warming, with ``archive.models.pinyin``'s tables."""

import json
import subprocess
import sys

from tests.processes import ROOT, environment, iter_pages, manage

SERVE = """
import json, sys
from archive.wsgi import application
from django.test import Client
from archive.warming import warm_pages
from search.query import warm as warm_queries
from search.suggest import warm as warm_suggestions
warm_queries(); warm_suggestions(); warm_pages()  # as gunicorn's master does before it forks
client = Client()
paths = ["/search/?q=zhangjiang", "/api/search/?q=beijing", "/api/suggest/?q=zhang", "/reporters/?q=lq"]
statuses = [client.get(path).status_code for path in paths]
print(json.dumps({"statuses": statuses, "pypinyin": sorted(m for m in sys.modules if m.startswith("pypinyin"))}))
"""


def test_the_wsgi_app_serves_pinyin_searches_and_suggestions_without_importing_pypinyin(archives, tmp_path):
    db = archives("web")
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, text in iter_pages(12, seed=3):
        (pages / name).write_text(text, encoding="utf-8")
    manage(db, "import_pages", str(pages), "--jobs", "1", "--publish", "-v0")
    manage(db, "index_worker", "--once", "--verify-every", "0", "-v0")
    manage(db, "collectstatic", "--noinput", "-v0")
    result = subprocess.run(
        [sys.executable, "-c", SERVE],
        cwd=ROOT,
        env={**environment(db), "DJANGO_ALLOWED_HOSTS": "testserver"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    served = json.loads(result.stdout.splitlines()[-1])
    assert served == {"statuses": [200, 200, 200, 200], "pypinyin": []}
