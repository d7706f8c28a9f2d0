import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(code, **env):
    """Run ``code`` with the settings' defaults: none of the test run's own DJANGO_* or DATABASE_URL."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=60
    )


def test_it_turns_debug_off_when_the_variable_is_unset(tmp_path):
    code = "import archive.settings as s; print(s.DEBUG)"
    result = run_python(code, DJANGO_SECRET_KEY="k" * 50, ARCHIVE_DATA_DIR=str(tmp_path))
    assert result.stdout.strip() == "False", result.stderr


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off(tmp_path):
    result = run_python("import archive.settings", ARCHIVE_DATA_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_it_rejects_a_malformed_boolean(tmp_path):
    result = run_python("import archive.settings", DJANGO_DEBUG="maybe", ARCHIVE_DATA_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be a boolean" in result.stderr


def test_it_keeps_all_data_in_the_data_dir(tmp_path):
    code = (
        "import archive.settings as s; "
        "print(s.DATABASES['default']['NAME']); print(s.HAYSTACK_CONNECTIONS['default']['PATH'])"
    )
    result = run_python(code, DJANGO_SECRET_KEY="k" * 50, ARCHIVE_DATA_DIR=str(tmp_path))
    db, index = result.stdout.split()
    assert db.startswith(str(tmp_path)) and index.startswith(str(tmp_path))


def test_it_reads_postgres_from_database_url(tmp_path):
    code = "import archive.settings as s; d = s.DATABASES['default']; print(d['ENGINE'], d['NAME'], d['HOST'])"
    result = run_python(
        code,
        DJANGO_SECRET_KEY="k" * 50,
        ARCHIVE_DATA_DIR=str(tmp_path),
        DATABASE_URL="postgres://u:p@db.example:5432/archive",
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "archive", "db.example"]


def test_the_database_cache_keeps_more_entries_than_a_pass_over_the_parks(tmp_path):
    code = "import archive.settings as s; c = s.CACHES['default']; print(c['BACKEND'], c['OPTIONS']['MAX_ENTRIES'])"
    result = run_python(
        code,
        DJANGO_SECRET_KEY="k" * 50,
        ARCHIVE_DATA_DIR=str(tmp_path),
        DATABASE_URL="postgres://u:p@db.example:5432/archive",
    )
    backend, entries = result.stdout.split()
    assert backend == "archive.dbcache.DatabaseCache"
    assert int(entries) >= 10_000


def test_it_applies_the_sqlite_options_to_sqlite_only(tmp_path):
    code = "import archive.settings as s; print(sorted(s.DATABASES['default'].get('OPTIONS', {})))"
    env = {"DJANGO_SECRET_KEY": "k" * 50, "ARCHIVE_DATA_DIR": str(tmp_path)}
    sqlite = run_python(code, **env).stdout.strip()
    postgres = run_python(code, **env, DATABASE_URL="postgres://u:p@db.example:5432/archive").stdout.strip()
    assert (sqlite, postgres) == ("['init_command', 'timeout', 'transaction_mode']", "[]")


def test_it_is_chinese_first():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert settings.USE_TZ is True


def deploy_warnings(tmp_path, **env):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            "ARCHIVE_DATA_DIR": str(tmp_path),
            "DJANGO_SECRET_KEY": "Zq8-very-long-random-production-secret-key-4f9c1b7e2a6d3f8e0c5b9a1d7e3f6c2b",
            "DJANGO_ALLOWED_HOSTS": "archive.example",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    return set(re.findall(r"\(security\.(W\d+)\)", result.stdout + result.stderr)), result


def test_check_deploy_reports_only_the_https_warnings_the_readme_explains(tmp_path):
    warnings, result = deploy_warnings(tmp_path)
    assert warnings == {"W004", "W008", "W012", "W016"}, result.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"W{n[1:]}" in readme for n in warnings)


def test_check_deploy_behind_https_leaves_only_the_opt_in_hsts_warnings(tmp_path):
    warnings, result = deploy_warnings(tmp_path, DJANGO_HTTPS="1")
    assert warnings == {"W005", "W021"}, result.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "W005" in readme and "W021" in readme
