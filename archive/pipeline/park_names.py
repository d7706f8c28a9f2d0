"""Names of parks the gazetteer does not know (``XX高新区``), for ``Gazetteer.find_mentions``:
the run of Han characters before the suffix, cut at the words that leaked in from the
sentence (``在佛山高新区`` -> ``佛山高新区``) and to its place name by jieba's part-of-speech
tagger; generic phrases (``国家高新区``, ``全国高新区``, a bare ``高新区``…) are not parks."""

import bisect
import functools
import logging
import re

_PARK_SUFFIX_RE = re.compile(r"高新技术产业开发区|高新区")
# Characters that cannot end the place-name part of an unverified ``XX高新区``: they are
# verbs, prepositions and particles that leaked in from the sentence before the name.
_LEAK_CHARS = set("在于对与和及将是为把向从到由让使等了的以据经被给同跟入至赴随由即这该其各本此那")
_GENERIC_STEMS = {
    "国家",
    "全国",
    "各地",
    "我国",
    "全省",
    "全市",
    "省级",
    "市级",
    "中国",
    "其他",
    "其它",
    "所在",
    "相关",
    "有关",
    "首批",
    "一批",
    "多个",
    "这些",
    "新",
    "老",
    "示范",
    "园区",
    "新区",
    "地方",
    "省内",
    "区内",
    "境内",
}
# (山东省高新区: a province's zones as a whole)
_GENERIC_ENDINGS = ("国家", "省级", "市级", "个", "家", "批", "些", "类", "级", "型", "地", "全国", "各", "省")
_HAN_RUN_RE = re.compile(r"[\u3400-\u9fff]+$")


def unverified_names(text: str, covered: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """``XX高新区`` names outside the ``covered`` spans, as (name, start)."""
    out = []
    spans = sorted(covered)
    starts = [a for a, _ in spans]
    for m in _PARK_SUFFIX_RE.finditer(text):
        # Covered spans do not overlap: only the last one starting at or before m can hold it.
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < spans[k][1]:
            continue
        run = _HAN_RUN_RE.search(text, max(0, m.start() - 8), m.start())
        if not run:
            continue
        place = run.group()
        cut = max((i for i, ch in enumerate(place) if ch in _LEAK_CHARS), default=-1)
        place = _place_part(place[cut + 1 :])
        if len(place) < 2 or place in _GENERIC_STEMS or place.endswith(_GENERIC_ENDINGS):
            continue
        out.append((place + "高新区", m.start() - len(place)))
    return out


# Parts of speech (jieba's tag set) that can make up the name before 高新区: place names,
# nouns (稀土, 医药), abbreviations, organisation and person-like names (安康 is tagged nr).
_NAME_TAGS = {"ns", "n", "nz", "nt", "j", "nr", "nrt", "ng"}
# A name must start with a proper name, not a common noun that leaked in (企业佛山 -> 佛山).
_NAME_START_TAGS = {"ns", "nz", "nt", "j", "nr", "nrt"}


@functools.cache
def _tagger():
    """jieba's part-of-speech tagger, its dictionaries loaded (~2 s of CPU, once per process)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.posseg.lcut("高新区")  # loads the word and tag dictionaries now, not at the first name
    return jieba.posseg


def load_tagger() -> None:
    """Load the tagger now: the importer calls this before forking its parser processes,
    which then share it instead of each spending the load on its own."""
    _tagger()


@functools.lru_cache(maxsize=4096)
def _place_part(run: str) -> str:
    """The place name at the end of ``run``, without the words of the sentence before it.

    ``今年潍坊`` -> ``潍坊``, ``推动包头市稀土`` -> ``包头市稀土``, ``2020年佛山`` -> ``佛山``.
    Uses jieba's part-of-speech tagger (loaded on first use; only names the gazetteer does
    not know get here).
    """
    if not run:
        return run
    tokens = _tagger().lcut(run)
    kept = []
    for token in reversed(tokens):
        if token.flag not in _NAME_TAGS:
            break
        kept.insert(0, token)
    while kept and kept[0].flag not in _NAME_START_TAGS:
        kept.pop(0)
    return "".join(t.word for t in kept)
