"""The query language of the search page, the JSON API and the feed.

    张江 瞪羚企业          both words (AND)
    "拿地即开工" “营商环境”  a phrase: these words next to each other
    张江 OR 中关村         either
    -包头                  not this word
    京 / 4191.83 / SMC     any substring: single characters, numbers, Latin words
    近4000亿元             a figure: the hedge (近, 约, 超过 ...) is left out

User text is parsed here into a small structure (``ParsedQuery``) and never handed to a
search engine's own query parser, so no input can raise a syntax error. Nothing here
knows an engine: each backend compiles a ``ParsedQuery`` into its own queries
(``search.backends.base.SearchBackend.compile``).
"""

import re
from dataclasses import dataclass, field

from search import analysis

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_TERM_CHARS = 40

_QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」", "『": "』", "＂": "＂"}
_TOKEN = re.compile(r'(?P<quote>["“”「『＂])|(?P<space>\s+)|(?P<word>[^\s"“”「『＂]+)')
# Characters that only mean something to a query parser; they separate words here.
_SYNTAX = re.compile(r"[()\[\]{}:^~*?\\/+!&|<>=]+")


@dataclass(frozen=True)
class Term:
    """A word or quoted phrase; ``also``: ``(facet key, value)`` pairs whose articles match
    it too, ranked before the text matches (the term names that park or reporter:
    ``search.names.expand``)."""

    text: str
    phrase: bool = False
    also: tuple = ()


@dataclass
class ParsedQuery:
    """AND over ``groups``; each group is an OR of terms; minus every ``excluded`` term."""

    groups: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.groups and not self.excluded

    def positive_terms(self):
        return [t for g in self.groups for t in g]

    def text(self):
        """The query written back in its own language (parses to the same query)."""

        def written(term):
            return f'"{term.text}"' if term.phrase else term.text

        parts = [" OR ".join(written(t) for t in group) for group in self.groups]
        parts += ["-" + written(t) for t in self.excluded]
        return " ".join(parts)


def _clean(text):
    text = "".join(c if c.isprintable() or c in "\t\n" else " " for c in text or "")
    return text.strip()


def _lex(text):
    """``[(kind, text)]`` with kind "phrase", "word"; "OR" and "-" marks kept as words."""
    out = []
    i = 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m.group("quote"):
            close = _QUOTES.get(m.group("quote"), '"')
            j = i + 1
            end = min((k for k in (text.find(close, j), text.find('"', j)) if k != -1), default=-1)
            if end == -1:  # unbalanced: the rest is the phrase
                end = len(text)
            out.append(("phrase", text[j:end]))
            i = end + 1
        elif m.group("space"):
            i = m.end()
        else:
            out.append(("word", m.group("word")))
            i = m.end()
    return out


# Where a quoted phrase is cut into parts that must each occur: punctuation (but not the
# dot inside 4191.83, nor the thousands separator of 4,000). The character index keeps no
# adjacency across punctuation (no bigram spans 近日,家住), so "近日,家住益阳" means "近日"
# AND "家住益阳", as a reader intends.
_PHRASE_BREAK = re.compile(
    r"\s*(?:(?!(?<=[0-9０-９])[,，][0-9０-９]{3}(?![0-9０-９]))[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2010-\u206f,;:!?'\"()<>]"
    r"|[()\[\]{}/\\|~-]|(?<!\d)\.|\.(?!\d))+\s*"
)


# A figure as reporters hedge it (近4000亿元, 超过300家): the hedge is left out, so that
# "近4000亿元" finds "4000亿元" and "4000 亿元" and each of them finds it.
_HEDGED_NUMBER = re.compile(r"^(?:将近|接近|近|约合|约|超过|超|逾|多达|高达|达到|达|突破)(?=[0-9０-９])")


def _unhedge(text):
    return _HEDGED_NUMBER.sub("", text)


def _phrase_parts(phrase):
    parts = [p.strip() for p in _PHRASE_BREAK.split(phrase)]
    return [p for p in parts if p]


def parse(text):
    """Parse any string into a ``ParsedQuery``; never raises."""
    parsed = ParsedQuery()
    text = _clean(text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        parsed.notes.append(f"查询过长，只使用了前 {MAX_QUERY_CHARS} 个字符。")
    pending_or = False
    for kind, raw in _lex(text):
        negate = False
        if kind == "word":
            if raw in ("OR", "|", "或"):
                pending_or = bool(parsed.groups)
                continue
            if raw in ("AND", "&", "+"):
                continue
            if raw.startswith("-") and len(raw) > 1:
                negate, raw = True, raw.lstrip("-")
            pieces = [p for p in _SYNTAX.sub(" ", raw).split() if p.strip("-")]
            terms = [Term(_unhedge(p.strip("-"))[:MAX_TERM_CHARS]) for p in pieces]
        else:
            parts = (" ".join(_SYNTAX.sub(" ", part).split()) for part in _phrase_parts(raw[: MAX_TERM_CHARS * 2]))
            terms = [Term(_unhedge(part)[:MAX_TERM_CHARS], phrase=True) for part in parts if part]
        terms = [t for t in terms if analysis.query_units(t.text) or analysis.query_words(t.text)]
        if not terms:
            continue
        if len(parsed.groups) + len(parsed.excluded) >= MAX_TERMS:
            parsed.notes.append(f"查询词过多，只使用了前 {MAX_TERMS} 个。")
            break
        if negate:
            parsed.excluded.extend(terms)
        elif pending_or:
            parsed.groups[-1].append(terms[0])
            parsed.groups.extend([t] for t in terms[1:])
        else:
            parsed.groups.extend([t] for t in terms)
        pending_or = False
    return parsed
