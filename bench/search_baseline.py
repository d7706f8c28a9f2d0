"""Step 4 of ``bench/search_bench.py``: the naive setup it is compared with - jieba's stock
``ChineseAnalyzer`` on one document field, haystack's stock Whoosh backend and defaults -
indexing the first N articles as ``update_index`` does, and its latency on the same mix."""

import argparse
import json
import shutil
import time
from pathlib import Path

from search_bench import _setup, du, fixed_queries, summary


def run(args):
    """jieba's ChineseAnalyzer + haystack's stock Whoosh backend, on the first N articles."""
    _setup()
    from django.conf import settings
    from haystack import connections, indexes
    from haystack.query import SearchQuerySet
    from haystack.utils.loading import UnifiedIndex
    from jieba.analyse import ChineseAnalyzer

    from archive.models import Article

    class BaselineIndex(indexes.SearchIndex, indexes.Indexable):
        text = indexes.CharField(document=True, analyzer=ChineseAnalyzer())

        def get_model(self):
            return Article

        def index_queryset(self, using=None):
            return Article.objects.published()

        def prepare_text(self, obj):
            return "\n".join([obj.headline, obj.kicker, obj.subtitle, obj.body, obj.captions])

    path = Path(settings.DATA_DIR) / "whoosh_baseline"
    shutil.rmtree(path, ignore_errors=True)
    settings.HAYSTACK_CONNECTIONS["baseline"] = {
        "ENGINE": "haystack.backends.whoosh_backend.WhooshEngine",
        "PATH": str(path),
    }
    connections.connections_info["baseline"] = settings.HAYSTACK_CONNECTIONS["baseline"]
    ui = UnifiedIndex()
    index = BaselineIndex()
    ui.build(indexes=[index])
    connections["baseline"]._index = ui
    backend = connections["baseline"].get_backend()
    ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True)[: args.baseline_n])
    t = time.perf_counter()
    for start in range(0, len(ids), 1000):
        backend.update(index, list(Article.objects.filter(pk__in=ids[start : start + 1000])))
    build = time.perf_counter() - t
    jobs = [(c, q, p) for c, q, p in fixed_queries(args.seed, max(1, args.reps // 2)) if not p]
    samples = {}
    for cls, q, _p in jobs:
        t = time.perf_counter()
        sqs = SearchQuerySet(using="baseline").auto_query(q)
        len(sqs)
        list(sqs[:20])
        samples.setdefault(cls, []).append(time.perf_counter() - t)
    return {
        "articles": len(ids),
        "build_s": round(build, 1),
        "index_mb": round(du(path) / 2**20, 1),
        "latency_ms": summary(samples),
        "hits_zhangjiang": SearchQuerySet(using="baseline").auto_query("张江").count(),
        "hits_jing": SearchQuerySet(using="baseline").auto_query("京").count(),
        "match_all": SearchQuerySet(using="baseline").all().count(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", type=Path, required=True, help="the work dir search_bench.py set up")
    parser.add_argument("--baseline-n", type=int, required=True)
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    print(json.dumps(run(parser.parse_args()), ensure_ascii=False))


if __name__ == "__main__":
    main()
