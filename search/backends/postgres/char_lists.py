"""The common character terms' lists of a full rebuild in processes (``impacts.CHARS``),
worked out by the processes that analyse the articles instead of by PostgreSQL reading
every row's ``chars`` again.

``impacts.build`` makes the lists in SQL from the finished table: which character terms
are common (``ts_stat``: a pass over every row's ``chars``), each one's cut from a sample
of the articles, then every (term, article) score at or above its cut (another pass, 63
million pairs at 100k). That was ~400 s of one core at 100k, the critical path of the
build after its ``COPY``s (docs/benchmarks.md). A rebuild in processes knows each
article's character terms and how often each occurs as it writes them, so instead:

1. the sampled articles (``article_id % SAMPLE == 0``, as ``impacts.build`` samples) are
   written first, and each term's cut is worked out from them in SQL (``cuts``) as
   ``impacts.build`` does, for the terms in at least ``CANDIDATE_SHARE`` of the sample;
   the sampled articles' scores at or above the cuts go to ``PAIRS`` from SQL too;
2. the other articles are written by processes that also give each of their terms with a
   cut its score when at or above it (``Collector``) and count every term's articles;
3. after the ``COPY``s, ``build`` keeps the terms in ``COMMON_SHARE`` of the articles and
   each one's ``KEPT`` best: the tables, floors and indexes of ``impacts.build``.

The lists are ``impacts.build``'s for every common term but one almost never seen in the
sample (under a quarter of its expected share there), which gets no list: its queries
rank every match, as for a term that became common after a build. A score here is the one
``impacts.scores`` computes in PostgreSQL, in the same double precision arithmetic: the
term's positions times the weight of D as a ``float4``, over the log of the article's
positions plus one (compared with PostgreSQL's in the tests).
"""

import math
import struct
from collections import Counter

from search.backends.postgres import impacts

PAIRS = "search_pg_char_pairs_building"
CUTS = "search_pg_char_cuts_building"
# A term gets a cut (and its scores are gathered) when it is in at least this share of
# the sampled articles, relative to ``impacts.COMMON_SHARE``: a term in 2 % of all the
# articles is in far more than 0.5 % of a sample of 5,000 (~5 standard deviations).
CANDIDATE_SHARE = 0.25
# ``impacts.CHARS.weight_d`` as PostgreSQL takes it (``0.1::float4::float8``).
WEIGHT_D = struct.unpack("f", struct.pack("f", impacts.CHARS.weight_d))[0]


def sampled(article_id):
    return article_id % impacts.SAMPLE == 0


def start(cursor):
    """The work tables of a build (unlogged: nothing of them survives the build)."""
    cursor.execute(f"DROP TABLE IF EXISTS {PAIRS}, {CUTS}")
    cursor.execute(f"CREATE UNLOGGED TABLE {PAIRS} (lexeme text NOT NULL, score float8 NOT NULL, article_id bigint)")
    cursor.execute(f"CREATE UNLOGGED TABLE {CUTS} (lexeme text PRIMARY KEY, cut float8 NOT NULL)")


def cuts(cursor, table, total):
    """Each candidate term's cut from the sampled articles, the only ones in ``table``
    yet (``total``: the number of articles the build writes in all), and those
    articles' scores at or above it into ``PAIRS``; returns ``{term: cut}``."""
    candidate = max(1, math.ceil(impacts.threshold(total) * CANDIDATE_SHARE / impacts.SAMPLE))
    rows = (
        f"SELECT lexeme, score, article_id FROM (SELECT s.*, count(*) OVER (PARTITION BY s.lexeme) AS n "
        f"FROM ({impacts.scores(table, impacts.CHARS)}) s) t WHERE n >= %s"
    )
    cursor.execute(f"INSERT INTO {CUTS} {impacts.cuts_sql(rows)}", [candidate, impacts.cut_rank()])
    cursor.execute(
        f"INSERT INTO {PAIRS} SELECT s.lexeme, s.score, s.article_id FROM ({impacts.scores(table, impacts.CHARS)}) s "
        f"JOIN {CUTS} c USING (lexeme) WHERE s.score >= c.cut"
    )
    cursor.execute(f"SELECT lexeme, cut FROM {CUTS}")
    return dict(cursor.fetchall())


class Collector:
    """What one analysing process gathers besides the rows: the scores of its articles'
    terms at or above their cuts (``pairs``, written with each batch) and the number of
    articles of every term (``df``) and in all (``articles``)."""

    def __init__(self, term_cuts):
        self.cuts = term_cuts
        self.pairs = []
        self.df = Counter()
        self.articles = 0

    def add(self, article_id, counts):
        """``counts``: ``{term: positions kept in the article's chars}``."""
        self.articles += 1
        self.df.update(counts.keys())
        if not self.cuts or not counts:
            return
        denominator = math.log(sum(counts.values()) + 1)
        get = self.cuts.get
        pairs = self.pairs
        for term, k in counts.items():
            cut = get(term)
            if cut is not None:
                score = (0.0 + k * WEIGHT_D) / denominator
                if score >= cut:
                    pairs.append((term, score, article_id))

    def write(self, cursor):
        if self.pairs:
            with cursor.copy(f"COPY {PAIRS} (lexeme, score, article_id) FROM STDIN") as copy:
                for row in self.pairs:
                    copy.write_row(row)
            self.pairs = []

    def summary(self):
        return self.articles, self.df


def common_terms(summaries):
    """The terms in ``COMMON_SHARE`` of the articles (and ``COMMON_MIN``), from the
    processes' ``Collector.summary()``s."""
    total, df = 0, Counter()
    for articles, counted in summaries:
        total += articles
        df.update(counted)
    threshold = impacts.threshold(total)
    return sorted(term for term, n in df.items() if n >= threshold)


def build(cursor, common, suffix):
    """The lists of the ``common`` terms from ``PAIRS``, into ``impacts.CHARS``' tables +
    ``suffix``, as ``impacts.build`` makes them; the work tables dropped."""
    kind = impacts.CHARS
    impacts.create(cursor, kind, suffix)
    rows = f"SELECT lexeme, score, article_id FROM {PAIRS} WHERE lexeme = ANY(%s::text[])"
    cursor.execute(f"INSERT INTO {kind.impact}{suffix} {impacts.best(rows)}", [common, impacts.KEPT])
    cursor.execute(f"DROP TABLE {PAIRS}, {CUTS}")
    impacts.index(cursor, kind, suffix)
