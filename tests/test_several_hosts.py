"""Two web hosts, one PostgreSQL database, the search index in it (SEARCH_BACKEND=postgres).

Two real gunicorn servers, each with its own data dir (cache folder, static files, secret
key file) and its own index writer, share one DATABASE_URL: they answer every public page
and the API alike, an article published through one host's admin is found through the
other's search within 5 seconds, and a kill -9 of a whole host loses nothing."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="several hosts share a PostgreSQL database (set DATABASE_URL)"
)

# The name readers use: a load balancer sends it to every host.
SITE = "archive.example"

PUBLIC_PATHS = [
    "/",
    "/parks/",
    "/provinces/",
    "/reporters/",
    "/newspapers/",
    "/search/?q=张江",
    "/search/?q=拿地即开工&sort=newest",
    "/api/search/?q=张江",
    "/api/search/?q=京",
    "/api/search/?q=高新区&page=2",
    "/sitemap.xml",
]


@pytest.fixture(scope="module")
def database_url():
    """A database of its own on the test server, dropped afterwards."""
    import psycopg

    settings = connection.settings_dict
    name = f"hosts_{uuid.uuid4().hex[:10]}"
    admin = dict(
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        user=settings["USER"] or None,
        password=settings["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with psycopg.connect(**{k: v for k, v in admin.items() if v is not None}) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    auth = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    yield f"postgres://{auth}@{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}/{name}"
    with psycopg.connect(**{k: v for k, v in admin.items() if v is not None}) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Host:
    def __init__(self, data_dir, database_url):
        self.data_dir = data_dir
        self.port = free_port()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SEARCH_", "HAYSTACK_"))}
        self.env.update(
            DJANGO_SETTINGS_MODULE="archive.settings",
            DJANGO_SECRET_KEY="hosts-test-" + "k" * 40,
            ARCHIVE_DATA_DIR=str(data_dir),
            DATABASE_URL=database_url,
            SEARCH_BACKEND="postgres",
            WEB_CONCURRENCY="1",
            DJANGO_SUPERUSER_PASSWORD="hosts-test-password",
            DJANGO_ALLOWED_HOSTS=f"{SITE},127.0.0.1,localhost",
        )
        self.proc = None
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
        return result.stdout

    def start(self):
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{self.port}",
                "archive.wsgi:application",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                self.get("/")
                return
            except OSError:
                time.sleep(0.3)
        raise AssertionError(f"host on port {self.port} did not start")

    def kill(self):
        """kill -9 of the host: the gunicorn master, its workers and its index writer."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{urllib.parse.quote(path, safe='/?=&:')}"

    def get(self, path):
        request = urllib.request.Request(self.url(path), headers={"Host": SITE})
        with self.opener.open(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")

    def post(self, path, data):
        request = urllib.request.Request(self.url(path), data=urllib.parse.urlencode(data, doseq=True).encode())
        request.add_header("Host", SITE)
        with self.opener.open(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")

    def login(self, username, password):
        _status, page = self.get("/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, page = self.post(
            "/admin/login/?next=/admin/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"},
        )
        assert "logout" in page or "退出" in page, "admin login failed"

    def publish(self, article_id):
        """The changelist's 发布 action, as an editor would run it."""
        _status, page = self.get("/admin/archive/article/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, _page = self.post(
            "/admin/archive/article/",
            {"csrfmiddlewaretoken": token, "action": "publish", "_selected_action": [article_id], "index": 0},
        )
        assert status == 200


def create_draft(host, headline):
    code = (
        "from archive.models import Article; "
        f"print(Article.objects.create(headline={headline!r}, body='青藏高原数字孤岛的报道正文。', "
        "status=Article.Status.REVIEW).pk)"
    )
    return int(host.manage("shell", "-c", code).strip().splitlines()[-1])


def found_ids(host, q):
    import json

    _status, body = host.get(f"/api/search/?q={q}")
    return [r["id"] for r in json.loads(body)["results"]]


def wait_for(predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def hosts(tmp_path_factory, database_url):
    a = Host(tmp_path_factory.mktemp("host-a"), database_url)
    b = Host(tmp_path_factory.mktemp("host-b"), database_url)
    a.manage("setup_archive", "--verbosity", "0")
    b.manage("collectstatic", "--noinput", "--verbosity", "0")
    a.manage("createsuperuser", "--noinput", "--username", "editor", "--email", "editor@example.org")
    try:
        a.start()
        b.start()
        yield a, b
    finally:
        a.stop()
        b.stop()


def test_both_hosts_answer_every_public_page_alike(hosts):
    a, b = hosts
    paths = list(PUBLIC_PATHS)
    _status, home = a.get("/parks/")
    paths += sorted(set(re.findall(r'href="(/parks/[^"/]+/)"', home)))[:5]
    _status, results = a.get("/search/?q=高新区")
    paths += sorted(set(re.findall(r'href="(/articles/[^"]+)"', results)))[:5]
    for path in paths:
        status_a, body_a = a.get(path)
        status_b, body_b = b.get(path)
        assert status_a == status_b == 200, path
        assert body_a == body_b, path
    assert "张江" in a.get("/api/search/?q=张江")[1]


def test_an_article_published_on_one_host_is_found_on_the_other_within_5_seconds(hosts):
    a, b = hosts
    article_id = create_draft(a, "青藏高原数字孤岛调查")
    assert article_id not in found_ids(b, "数字孤岛")
    a.login("editor", "hosts-test-password")
    a.publish(article_id)
    published = time.time()
    assert wait_for(lambda: article_id in found_ids(b, "数字孤岛"), 5), "not found on the other host in 5 s"
    assert time.time() - published < 5
    assert article_id in found_ids(a, "数字孤岛")


def test_kill_9_of_one_host_loses_nothing(hosts):
    a, b = hosts
    article_id = create_draft(a, "戈壁滩光伏孤岛调查")
    a.login("editor", "hosts-test-password")
    a.publish(article_id)
    a.kill()  # at once: its index writer may not have applied the change
    assert wait_for(lambda: article_id in found_ids(b, "光伏孤岛"), 10), "the change was lost with the host"
    assert b.get("/")[0] == 200
    out = b.manage("search_verify")
    assert "missing: 0  extra: 0  stale: 0" in out
    a.start()  # and it comes back to the same index
    assert article_id in found_ids(a, "光伏孤岛")
