"""Locust users for bench/load_test.py: readers on public pages, editors in the admin.

Readers search (HTML and API), open articles and park pages. Editors log in to the admin
and publish, reject (unpublish) and edit articles through the same forms a person uses.
A 404 for an article an editor just unpublished is the right answer, not a failure;
anything 5xx is a failure.
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
        self.client.get("/search/", params={"q": random.choice(QUERIES)}, name="/search/?q=")

    @task(2)
    def search_api(self):
        self.client.get("/api/search/", params={"q": random.choice(QUERIES)}, name="/api/search/?q=")

    @task(4)
    def article(self):
        with self.client.get(
            f"/articles/{random.choice(ARTICLE_IDS)}/", name="/articles/[id]/", catch_response=True
        ) as response:
            if response.status_code in (200, 404):
                response.success()

    @task(2)
    def park(self):
        self.client.get(f"/parks/{random.choice(PARK_SLUGS)}/", name="/parks/[slug]/")


class Editor(HttpUser):
    fixed_count = len(EDITORS)
    wait_time = between(0.5, 2.0)

    def on_start(self):
        # Until the login form arrives: a request cut off (the soak kills a worker) is tried again.
        while not (token := CSRF.search(self.client.get("/admin/login/", name="/admin/login/").text or "")):
            time.sleep(1)
        username, password = random.choice(EDITORS)
        self.client.post(
            "/admin/login/",
            data={"csrfmiddlewaretoken": token.group(1), "username": username, "password": password, "next": "/admin/"},
            name="/admin/login/ POST",
        )

    def _token(self, url, name):
        page = self.client.get(url, name=name)
        match = CSRF.search(page.text)
        return page, match.group(1) if match else ""

    def _action(self, action):
        _page, token = self._token("/admin/archive/article/", "/admin/archive/article/")
        article_id = random.choice(ARTICLE_IDS)
        self.client.post(
            "/admin/archive/article/",
            data={"csrfmiddlewaretoken": token, "action": action, "_selected_action": [article_id], "index": 0},
            name=f"/admin/ action={action}",
        )

    @task(3)
    def publish(self):
        self._action("publish")

    @task(3)
    def unpublish(self):
        self._action("reject")

    @task(2)
    def edit(self):
        article_id = random.choice(ARTICLE_IDS)
        url = f"/admin/archive/article/{article_id}/change/"
        page, _token = self._token(url, "/admin/archive/article/[id]/change/")
        if page.status_code != 200:
            return
        form = FormFields()
        form.feed(page.text)
        body = next((v for k, v in form.fields if k == "body"), "")
        marker = f"负载测试修改{random.randrange(10**9)}。"
        data = [(k, v) for k, v in form.fields if k != "body"] + [("body", body + "\n\n" + marker), ("_save", "保存")]
        self.client.post(url, data=data, name="/admin/archive/article/[id]/change/ POST")
