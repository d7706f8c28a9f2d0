"""Related articles on PostgreSQL: the exact best few of the candidates, scoring only a few.

An article's related articles are scored as the Whoosh engine's BM25 would weigh them:
each key word it shares by the word's idf times ``ts_rank`` (which grows more slowly with
every repeat), each shared park 2. Scoring every candidate - every article with one of
eight key words or a shared park, tens of thousands at 100k - read and decompressed each
one's ``words`` eight times: 2.3 s of server CPU for one article page
(docs/benchmarks.md, "Reader pages on PostgreSQL at 100k").

``ts_rank`` of one word with equal weights lies in [0.608, 1) wherever the word is (its
positions' 1/i² series, divided by π²/6; 0 where it isn't), so an article's score is
below its **bound** - the sum of the idfs of the words it has plus 2 a shared park - and
the bound is read from the GIN indexes alone (which articles have each word), without
opening any ``words``. The candidates are taken by bound, the first ``SCORED`` scored
exactly; when the ``limit``-th best exact score is above the bound of every candidate not
scored, no other article can come before it and the answer is the exact one. Otherwise
twice as many more are scored (at 100k: up to 5,120 on some articles), the bounds read
once.
"""

from math import log

from search.backends.postgres import counts, documents, schema

# Related articles weigh a word in the headline as one in the text (as the Whoosh engine).
SAME_WEIGHTS = "{1,1,1,1}"
SCORED = 40  # candidates scored exactly at first, by bound


def more_like(read, n, words, parks, exclude, limit):
    """The ids of the ``limit`` best related articles (see the module's docstring);
    ``read(sql, params)`` runs a statement with sequential scans off."""
    df = counts.doc_frequencies(read, words)
    idfs = [log(n / (df.get(w, 0) + 1)) + 1 for w in words]
    # The candidates and their bounds: one bitmap index scan a word, one for the parks.
    arms, params = [], []
    for word, idf in zip(words, idfs, strict=True):
        arms.append(f"SELECT article_id, %s::float8 AS b FROM {schema.TABLE} WHERE words @@ %s::tsquery")
        params += [idf, documents.quote(word)]
    if parks:
        arms.append(
            f"SELECT article_id, 2 * cardinality(ARRAY(SELECT unnest(park_slugs) INTERSECT "
            f"SELECT unnest(%s::text[])))::float8 FROM {schema.TABLE} WHERE park_slugs && %s::text[]"
        )
        params += [parks, parks]
    scores, score_params = [], []
    for word, idf in zip(words, idfs, strict=True):
        scores.append("%s * ts_rank(%s::float4[], d.words, %s::tsquery)")
        score_params += [idf, SAME_WEIGHTS, documents.quote(word)]
    scores.append("2 * cardinality(ARRAY(SELECT unnest(d.park_slugs) INTERSECT SELECT unnest(%s::text[])))")
    score_params.append(parks)
    # The bounds once, best first; then the exact scores of the next candidates, twice as
    # many each round, until the ``limit``-th best is above every unscored bound.
    bounds = read(
        f"SELECT article_id, sum(b) AS bound FROM ({' UNION ALL '.join(arms)}) a "
        f"WHERE article_id <> %s GROUP BY article_id ORDER BY bound DESC, article_id",
        [*params, -1 if exclude is None else exclude],
    )
    exact, done, scored = [], 0, SCORED
    while True:
        batch = [i for i, _b in bounds[done:scored]]
        if batch:
            exact += read(
                f"SELECT {' + '.join(scores)}, d.article_id FROM {schema.TABLE} d WHERE d.article_id = ANY(%s)",
                [*score_params, batch],
            )
        done = scored
        best = sorted((-s, i) for s, i in exact)[:limit]
        if done >= len(bounds) or (len(best) == limit and -best[-1][0] > bounds[done][1]):
            return [i for _s, i in best]
        scored *= 2
