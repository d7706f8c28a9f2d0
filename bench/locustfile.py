"""Locust users for bench/load_test.py: readers on public pages, editors in the admin.

Readers search (HTML and API), open articles and park pages. Editors log in to the admin
and publish, reject (unpublish) and edit articles through the same forms a person uses.
A 404 for an article an editor just unpublished is the right answer, not a failure;
anything 5xx is a failure.

With ``LOAD_HOSTS`` (base URLs, comma-separated) every request goes to one of them at
random, so an editor's form may come from one web host and be saved through another.
With ``LOAD_EDITS`` (a file) every write the server acknowledged (a redirect after the
POST) is appended as a JSON line: the article, what was written (status, body marker),
and when the write started (the form's GET for an edit) and was answered, so
``bench/load_test.py`` can check afterwards that none was lost.
"""

import json
import os
import random
import re
import time
from html.parser import HTMLParser

from locust import HttpUser, between, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"], encoding="utf-8").read())
QUERIES = PLAN["queries"]
ARTICLE_IDS = PLAN["article_ids"]
PARK_SLUGS = PLAN["park_slugs"]
EDITORS = PLAN["editors"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
HOSTS = [h for h in os.environ.get("LOAD_HOSTS", "").split(",") if h]
EDITS = open(os.environ["LOAD_EDITS"], "a", encoding="utf-8") if os.environ.get("LOAD_EDITS") else None


def url(path):
    """``path`` on one of the hosts at random (the Locust host when there is one)."""
    return random.choice(HOSTS) + path if HOSTS else path


def acknowledged(**write):
    if EDITS is not None:
        EDITS.write(json.dumps(write, ensure_ascii=False) + "\n")
        EDITS.flush()


class FormFields(HTMLParser):
    """Every successful control of the admin change form, as the browser would submit it."""

    def __init__(self):
        super().__init__()
        self.fields = []
        self._textarea = None
        self._select = None
        self._in_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id", "").endswith("_form"):
            self._in_form = True
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "file", "image"):
                return
            self.fields.append([name, a.get("value", "on" if kind == "checkbox" else "")])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
            self.fields.append(self._textarea)
        elif tag == "select" and name:
            self._select = [name, None]
        elif tag == "option" and self._select is not None:
            if "selected" in a or self._select[1] is None:
                self._select[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select is not None:
            if self._select[1] is not None:
                self.fields.append(self._select)
            self._select = None
        elif tag == "form":
            self._in_form = False

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


class Reader(HttpUser):
    weight = 10
    wait_time = between(0.2, 1.0)

    @task(4)
    def search_page(self):
        self.client.get(url("/search/"), params={"q": random.choice(QUERIES)}, name="/search/?q=")

    @task(2)
    def search_api(self):
        self.client.get(url("/api/search/"), params={"q": random.choice(QUERIES)}, name="/api/search/?q=")

    @task(4)
    def article(self):
        with self.client.get(
            url(f"/articles/{random.choice(ARTICLE_IDS)}/"), name="/articles/[id]/", catch_response=True
        ) as response:
            if response.status_code in (200, 404):
                response.success()

    @task(2)
    def park(self):
        self.client.get(url(f"/parks/{random.choice(PARK_SLUGS)}/"), name="/parks/[slug]/")


class Editor(HttpUser):
    fixed_count = len(EDITORS)
    wait_time = between(0.5, 2.0)

    def on_start(self):
        # Until the login form arrives: a request cut off (the soak kills a worker) is tried again.
        while not (token := CSRF.search(self.client.get(url("/admin/login/"), name="/admin/login/").text or "")):
            time.sleep(1)
        username, password = random.choice(EDITORS)
        self.client.post(
            url("/admin/login/"),
            data={"csrfmiddlewaretoken": token.group(1), "username": username, "password": password, "next": "/admin/"},
            name="/admin/login/ POST",
        )

    def _token(self, path, name):
        page = self.client.get(url(path), name=name)
        match = CSRF.search(page.text)
        return page, match.group(1) if match else ""

    def _action(self, action, status):
        _page, token = self._token("/admin/archive/article/", "/admin/archive/article/")
        article_id = random.choice(ARTICLE_IDS)
        started = time.time()
        response = self.client.post(
            url("/admin/archive/article/"),
            data={"csrfmiddlewaretoken": token, "action": action, "_selected_action": [article_id], "index": 0},
            name=f"/admin/ action={action}",
            allow_redirects=False,
        )
        if response.status_code == 302:
            acknowledged(id=article_id, status=status, start=started, end=time.time())

    @task(3)
    def publish(self):
        self._action("publish", "published")

    @task(3)
    def unpublish(self):
        self._action("reject", "rejected")

    @task(2)
    def edit(self):
        article_id = random.choice(ARTICLE_IDS)
        path = f"/admin/archive/article/{article_id}/change/"
        started = time.time()
        page, _token = self._token(path, "/admin/archive/article/[id]/change/")
        if page.status_code != 200:
            return
        form = FormFields()
        form.feed(page.text)
        body = next((v for k, v in form.fields if k == "body"), "")
        marker = f"负载测试修改{random.randrange(10**9)}。"
        data = [(k, v) for k, v in form.fields if k != "body"] + [("body", body + "\n\n" + marker), ("_save", "保存")]
        response = self.client.post(
            url(path), data=data, name="/admin/archive/article/[id]/change/ POST", allow_redirects=False
        )
        if response.status_code == 302:
            status = next((v for k, v in form.fields if k == "status"), None)
            acknowledged(id=article_id, status=status, marker=marker.rstrip("。"), start=started, end=time.time())
