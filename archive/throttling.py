"""Who the client is, how often it may ask, and what it is told when it asks too often.

- ``client_ip``: the address used by the rate limits and by the admin's login throttling
  (django-axes). Behind a proxy only the header named by ``CLIENT_IP_HEADER`` is believed,
  and only its last entry (the one our proxy added); anything else in the request is the
  client's own say.
- ``RateLimitMiddleware``: per client address, for the views named in
  ``RATE_LIMITED_VIEWS`` (URL names, so a view added later - the suggestions - is covered
  when its route is), counted by django-ratelimit in the ``ratelimit`` cache
  (``archive.ratecache``: shared by the workers). Over the limit: 429 with Retry-After, JSON
  for the API and HTML (in Chinese) for pages.
- ``login_locked_out``: the admin's lockout page (django-axes), 429 with Retry-After.
"""

import ipaddress
import math
import re

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.shortcuts import render
from django_ratelimit.core import get_usage

# django-ratelimit's form of a rate: 120/m, 10/s, 500/h, 1000/d, 5/10m (five per ten minutes).
RATE = re.compile(r"(\d+)/(\d*)[smhd]")


def _meta_key(header):
    return "HTTP_" + header.upper().replace("-", "_")


def client_ip(request):
    """The client's address as a string, from REMOTE_ADDR or the one trusted proxy header."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        forwarded = request.META.get(_meta_key(header), "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        try:
            return str(ipaddress.ip_address(last))
        except ValueError:
            pass  # no header or a malformed one: the proxy's address counts, never a guess
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"


def _client_key(group, request):
    """One counter per IPv4 address and per IPv6 /64 (one household or host, not one phone)."""
    address = ipaddress.ip_address(client_ip(request))
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def parse_rates(rates):
    """The configured limits, checked at start-up: {"search": "120/m", "export": None}."""
    parsed = {}
    for group, rate in rates.items():
        rate = (rate or "").strip()
        if rate.lower() in {"", "0", "off", "none"}:
            parsed[group] = None
            continue
        match = RATE.fullmatch(rate)
        if not match or int(match[1]) < 1 or match[2] == "0":
            raise ImproperlyConfigured(f"rate limit {group!r} must look like 120/m, 10/s, 500/h or off, got {rate!r}")
        parsed[group] = rate
    return parsed


def _retry_after(usage):
    return max(1, math.ceil(usage["time_left"]))


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.enabled = getattr(settings, "RATE_LIMITS_ENABLED", True)
        self.rates = parse_rates(getattr(settings, "RATE_LIMITS", {}))
        self.views = dict(getattr(settings, "RATE_LIMITED_VIEWS", {}))
        unknown = set(self.views.values()) - set(self.rates)
        if unknown:
            raise ImproperlyConfigured(f"RATE_LIMITED_VIEWS names limits that RATE_LIMITS lacks: {sorted(unknown)}")

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not self.enabled or request.resolver_match is None:
            return None
        group = self.views.get(request.resolver_match.view_name)
        rate = self.rates.get(group)
        if rate is None:
            return None
        usage = get_usage(request, group=f"archive.{group}", key=_client_key, rate=rate, increment=True)
        if usage is None or not usage["should_limit"]:
            return None
        return too_many_requests(request, group, rate, _retry_after(usage))


JSON_GROUPS = {"api", "suggest"}  # limits of views that answer JSON: they refuse in JSON


def too_many_requests(request, group, rate, retry_after):
    if group in JSON_GROUPS:
        response = JsonResponse(
            {
                "error": "请求过于频繁，请稍后再试。",
                "detail": f"too many requests from this address (limit {rate}); retry after {retry_after} s",
                "retry_after": retry_after,
            },
            status=429,
            json_dumps_params={"ensure_ascii": False},
        )
    else:
        context = {"retry_after": retry_after, "rate": rate, "group": group}
        response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout answer: the admin's page explaining the wait, in Chinese."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": "登录已暂时锁定",
        "minutes": minutes,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    response = render(request, settings.AXES_LOCKOUT_TEMPLATE, context, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
