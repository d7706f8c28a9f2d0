# The two commands: `make run` and `make test`. Everything else is a helper for them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export ARCHIVE_DATA_DIR ?= $(CURDIR)/var
export PYTHONWARNINGS ?= ignore::SyntaxWarning

.PHONY: run test install install-dev serve setup lint bench browser-deps clean

$(VENV)/bin/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (or run: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

# Prepare the data dir: secret key, schema, gazetteer, fixture pages (only into an empty
# archive), static files and the search index. Quick when everything is already there.
setup: install
	@mkdir -p "$(ARCHIVE_DATA_DIR)"
	@test -s "$(ARCHIVE_DATA_DIR)/secret_key" || $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > "$(ARCHIVE_DATA_DIR)/secret_key"
	@chmod 600 "$(ARCHIVE_DATA_DIR)/secret_key"
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$(cat "$(ARCHIVE_DATA_DIR)/secret_key")} $(PY) manage.py setup_archive

run: setup
	@echo "高新区新闻档案: http://127.0.0.1:$(PORT)/  (data: $(ARCHIVE_DATA_DIR))"
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$(cat "$(ARCHIVE_DATA_DIR)/secret_key")} \
	  exec $(VENV)/bin/gunicorn -c gunicorn.conf.py --bind 127.0.0.1:$(PORT) archive.wsgi:application

# Debian's Chromium for the browser tests (never a downloaded browser).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium chromium-driver >/dev/null; fi; \
	fi

# The whole suite twice: on SQLite (the embedded default), then on PostgreSQL (DATABASE_URL
# when it names a server, else a throw-away cluster that .ci/with-postgres makes and removes).
test: install-dev browser-deps lint
	@echo "== tests on SQLite =="
	env -u DATABASE_URL $(PY) -m pytest
	@echo "== tests on PostgreSQL =="
	.ci/with-postgres $(PY) -m pytest

# Style (ruff), the import contracts in pyproject.toml (import-linter; docs/architecture.md)
# and known vulnerabilities in the pinned requirements (pip-audit; needs PyPI; .ci/audit.py).
lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(PY) .ci/audit.py

clean:
	rm -rf var test-artifacts .pytest_cache
