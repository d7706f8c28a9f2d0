"""Settings for the high-tech zone news archive.

One settings module, driven by environment variables with safe defaults:
SQLite and a Whoosh index inside ``ARCHIVE_DATA_DIR`` (default ``./var``).
A second data dir gives a second, independent archive.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false, yes/no, on/off), got {raw!r}")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"
    else:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off. "
            "`make run` generates one in the data dir; see README.md."
        )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

DATA_DIR = Path(os.environ.get("ARCHIVE_DATA_DIR") or BASE_DIR / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "haystack",
    "simple_history",
    "archive.apps.ArchiveConfig",
    "search.apps.SearchConfig",
    "django_ratelimit",
    "axes",  # last, as django-axes asks: login throttling (see "Login throttling" below)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "archive.throttling.RateLimitMiddleware",
    "search.middleware.SearchUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'archive.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (gunicorn workers) proceed while the importer or an editor writes;
    # a busy timeout turns short write contention into a wait instead of an error.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": env_int("DATABASE_BUSY_TIMEOUT", 20),  # seconds a writer waits for another
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = DATA_DIR / "uploads"

CACHES = {
    # Counts, park panels, related articles, sitemaps: shared by the workers of this machine
    # through diskcache (SQLite-indexed files; eviction by size, least recently stored
    # first). Django's file cache lists its whole folder on every write and keeps 300
    # entries, fewer than a 100k archive's parks, reporters and articles need.
    "default": {
        "BACKEND": "archive.pagecache.PageCache",
        "LOCATION": str(DATA_DIR / "cache"),
        "TIMEOUT": 300,
        "SHARDS": 4,
        "DATABASE_TIMEOUT": 1.0,  # seconds a write waits for another worker's
        "OPTIONS": {"size_limit": env_int("ARCHIVE_CACHE_MB", 512) * 2**20},
    },
    # Request counters of the rate limits: files shared by every gunicorn worker on this
    # machine, counted under a lock (archive/ratecache.py); one entry per client address
    # and window. Several web servers would need a shared cache (Redis/memcached) here.
    "ratelimit": {
        "BACKEND": "archive.ratecache.LockedFileCache",
        "LOCATION": str(DATA_DIR / "ratelimit"),
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    # On a database server the cache lives in it too (table archive_cache, made by
    # setup_archive): every web host then sees the same cached counts and the same
    # invalidation when any host's index writer changes the index. Django's default of 300
    # entries (a third dropped when exceeded) is fewer than one pass over a 100k archive's
    # park pages needs, so their repeats missed. Django's backend counts the table's rows
    # before every write (2-3 ms at this bound, more between vacuums); archive.dbcache
    # writes in one statement.
    CACHES["default"] = {
        "BACKEND": "archive.dbcache.DatabaseCache",
        "LOCATION": "archive_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }

# Full-text search (search/backends/): SEARCH_BACKEND chooses the engine; the search app
# stops start-up on a value it doesn't support. "whoosh": an index in the data dir, run
# through haystack's Whoosh backend (hence HAYSTACK_CONNECTIONS, fixed to the archive's
# engine).
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh").strip()
# "postgres": the index in the database (several web hosts share it). Its searches may
# read from a streaming replica instead of the primary: SEARCH_READ_DATABASE_URL.
SEARCH_READ_DATABASE = None
if os.environ.get("SEARCH_READ_DATABASE_URL"):
    DATABASES["search_read"] = dj_database_url.parse(
        os.environ["SEARCH_READ_DATABASE_URL"], conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60)
    )
    SEARCH_READ_DATABASE = "search_read"
# Answers of the engine kept in the default cache while the index is unchanged
# (search/backends/results.py): repeats, further pages and facet counts are cache reads.
# Off (SEARCH_RESULTS_CACHE=0) only to measure the engine itself.
SEARCH_RESULTS_CACHE = env_bool("SEARCH_RESULTS_CACHE", True)
if os.environ.get("HAYSTACK_ENGINE"):
    raise ImproperlyConfigured(
        "HAYSTACK_ENGINE is not read any more: the search engine is chosen by SEARCH_BACKEND (see README.md)"
    )
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "search.backends.whoosh.haystack_backend.ArchiveWhooshEngine",
        "PATH": os.environ.get("HAYSTACK_PATH") or str(DATA_DIR / "whoosh_index"),
        "INCLUDE_SPELLING": False,
        # Decoded posting lists each worker keeps (search.backends.whoosh.postings.SegmentStore).
        "POSTINGS_CACHE_MB": env_int("SEARCH_POSTINGS_CACHE_MB", 32),
        # zlib level for posting blocks written by search_rebuild (Whoosh's default, 3).
        # 0 builds ~20 % faster (100k: 3.4 instead of 4.3 min) but triples the index
        # (1.5 GB instead of 0.5 GB) and measured no faster at query time.
        "POSTINGS_COMPRESSION": env_int("SEARCH_POSTINGS_COMPRESSION", 3),
    }
}
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# Index writes go through search's queue and its one writer (search/indexing.py), never
# through haystack's realtime signal processor.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# Import limits: a page of newsprint is ~20 KB; anything above this is refused unread.
ARCHIVE_MAX_PAGE_BYTES = env_int("ARCHIVE_MAX_PAGE_BYTES", 2 * 1024 * 1024)
ARCHIVE_MAX_UPLOAD_FILES = env_int("ARCHIVE_MAX_UPLOAD_FILES", 50)
DATA_UPLOAD_MAX_MEMORY_SIZE = ARCHIVE_MAX_PAGE_BYTES * 2
FILE_UPLOAD_MAX_MEMORY_SIZE = ARCHIVE_MAX_PAGE_BYTES
DATA_UPLOAD_MAX_NUMBER_FILES = ARCHIVE_MAX_UPLOAD_FILES

# Research exports (CSV, JSON Lines, RIS of a result set): at most this many articles a
# file; the file says so. Streamed, so the cap bounds time, not memory.
ARCHIVE_EXPORT_MAX_ROWS = env_int("ARCHIVE_EXPORT_MAX_ROWS", 10_000)
if ARCHIVE_EXPORT_MAX_ROWS < 1:
    raise ImproperlyConfigured(f"ARCHIVE_EXPORT_MAX_ROWS must be at least 1, got {ARCHIVE_EXPORT_MAX_ROWS}")

# --- Client addresses, rate limits and login throttling (issue 19) ----------------------
# Behind a reverse proxy every request comes from the proxy's address; the client's is in
# a header that the proxy sets. Only the header named here is believed (e.g.
# X-Forwarded-For or X-Real-IP), and only its last entry, the one our proxy wrote: entries
# before it are whatever the client sent. Unset (the default), REMOTE_ADDR is the client.
CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER", "").strip()

# Per client address and URL name (archive/throttling.py): "N/s", "N/m", "N/h" or "off".
# Generous: a person reading and searching stays far below them; a scraper does not.
# ARCHIVE_RATE_LIMITS=0 turns all of them off (the speed benchmarks do).
RATE_LIMITS_ENABLED = env_bool("ARCHIVE_RATE_LIMITS", True)
RATE_LIMITS = {
    "search": os.environ.get("ARCHIVE_RATE_LIMIT_SEARCH", "120/m"),
    "api": os.environ.get("ARCHIVE_RATE_LIMIT_API", "120/m"),
    "export": os.environ.get("ARCHIVE_RATE_LIMIT_EXPORT", "20/m"),
    # A keystroke may ask for suggestions (after a 120 ms pause): its own, larger budget.
    "suggest": os.environ.get("ARCHIVE_RATE_LIMIT_SUGGEST", "600/m"),
}
# Which views count against which limit, by URL name; a name not (yet) routed is ignored.
RATE_LIMITED_VIEWS = {
    "search:search": "search",
    "search:feed": "search",
    "search:api": "api",
    "search:suggest": "suggest",
    "archive:export": "export",
}
RATELIMIT_USE_CACHE = "ratelimit"
# django-ratelimit knows only Redis and memcached as atomic; ours counts under a file lock.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# Admin login (django-axes): after AXES_FAILURE_LIMIT failed logins for one account, or
# from one address, that account or address waits ARCHIVE_LOGIN_LOCKOUT_MINUTES; a good
# login resets the count; `manage.py unlock_login` lifts a lock at once. Attempts are kept
# in the database, so every worker sees them.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("ARCHIVE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("ARCHIVE_LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "archive.throttling.client_ip"
AXES_LOCKOUT_CALLABLE = "archive.throttling.login_locked_out"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"

# Security headers. HTTPS-only settings are switched on together behind a TLS proxy.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
HTTPS = env_bool("DJANGO_HTTPS", False)
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 30)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)

SITE_NAME = "高新区新闻档案"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "jieba": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "django.db.backends": {"level": "INFO"},
    },
}

# --- Content-Security-Policy (reader pages, issue 5) --------------------------------
# Every page is served from this origin with no inline scripts or style attributes; the
# middleware adds this header to responses that do not set their own.
MIDDLEWARE += ["archive.middleware.ContentSecurityPolicyMiddleware"]
CONTENT_SECURITY_POLICY = os.environ.get(
    "DJANGO_CONTENT_SECURITY_POLICY",
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'",
)
