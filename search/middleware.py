"""An index this code can't read - written by an earlier version, before ``search_rebuild``
has run after an upgrade - answers every search 503 with a message in Chinese and
``Retry-After``, never a 500: the engines raise ``IndexOutdated`` rather than misread it,
and this turns that into what a reader or an API client can act on. The rest of the site
(articles, parks, the admin) keeps working meanwhile.
"""

import logging

from django.http import JsonResponse
from django.shortcuts import render

from search.query import IndexOutdated

log = logging.getLogger(__name__)

RETRY_AFTER = 300  # seconds: about what a rebuild of a mid-sized archive takes
MESSAGE = "搜索索引正在更新，暂时无法搜索，请稍后再试。"


class SearchUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, IndexOutdated):
            return None
        log.error("search index unusable, run manage.py search_rebuild: %s", exception)
        if request.path.startswith("/api/"):
            response = JsonResponse({"error": "search index unavailable", "message": MESSAGE}, status=503)
        else:
            response = render(request, "search/unavailable.html", {"message": MESSAGE}, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
