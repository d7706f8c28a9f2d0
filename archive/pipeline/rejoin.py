"""Putting back what the column layout moved, once the page's articles are assembled."""

from collections import Counter
from itertools import chain

from .draft import ArticleDraft
from .lines import ends_sentence, join_fragments
from .similarity import bigram_list, bigrams, cosine, norm2
from .types import Block


def join_interruptions(arts: list[ArticleDraft]) -> None:
    """Move a subhead section back to an earlier article it clearly continues (003: the
    包头 article resumes after the 诸暨 article cut into it). A heading with no text under it
    at the article's end (a notice's signing line, ``…编辑部``) is no section: it stays."""
    grams: dict[int, tuple[Counter, int]] = {}  # article -> (bigram counts, squared norm)

    def article_grams(j):
        if j not in grams:
            g = bigrams(arts[j].text())
            grams[j] = (g, norm2(g))
        return grams[j]

    for k in range(1, len(arts)):
        art = arts[k]
        blocks = art.article.blocks
        subheads = [s for s, b in enumerate(blocks) if b.kind == "subhead" and s > 0]
        if not subheads:
            continue
        block_grams = [bigram_list(b.text) for b in blocks]
        own = bigrams(art.article.headline)  # the article so far
        done = 0
        for s in subheads:
            if not any(b.kind == "p" for b in blocks[s + 1 :]):
                break  # a heading with no text under it (a notice's signing line) heads no section
            if s in art.bulleted and any(b < s for b in art.bulleted):
                continue  # one of a series of subheads printed with a bullet: this article's
            # The subhead and the two blocks under it are enough to tell the topic.
            section = Counter(chain.from_iterable(block_grams[s : s + 3]))
            own.update(chain.from_iterable(block_grams[done:s]))
            done = s
            n_section = norm2(section)
            scores = [cosine(section, n_section, *article_grams(j)) for j in range(k)]
            best = max(range(k), key=lambda j: scores[j])
            mine = cosine(section, n_section, own, norm2(own))
            if scores[best] > 0.12 and scores[best] > 2 * mine:
                target = arts[best]
                target.article.blocks.extend(blocks[s:])
                del blocks[s:]
                grams.pop(best, None)
                if "joined" not in target.article.flags:
                    target.article.flags.append("joined")
                break


FRAGMENT_WORD_MIN = 3


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def rejoin_cut_fragment(art: ArticleDraft) -> None:
    """Put back a fragment the column layout moved (003: ``业办理运输通行证，…`` printed
    early in the 包头 article continues ``…协调交管大队帮助企``, a paragraph that stops
    mid-word before the 诸暨 article).

    A paragraph that stops on a Chinese character (mid-sentence) is joined with a fragment
    of the same article that starts after a finished sentence, with a Chinese character,
    when the two characters meeting at the join form a word used at least
    ``FRAGMENT_WORD_MIN`` times elsewhere in the article (``企`` + ``业``). The fragment is
    a paragraph, or, on a narrow page, text joined under a full line that ends a sentence
    (``ArticleDraft.soft``: the page shows no break there, so the fragment may have run on
    from the paragraph above it, and the next paragraph on from it); it ends where the next
    such join is, or with its paragraph. Only when exactly one such pair exists: anything
    less certain stays as printed."""
    blocks = art.article.blocks
    pairs = []
    text = None
    for x, cut in enumerate(blocks):
        if cut.kind != "p" or not cut.text or not _is_han(cut.text[-1]):
            continue  # (a paragraph that ends in a Chinese character ends mid-sentence)
        if text is None:
            text = "\n".join(b.text for b in blocks)
            starts = {q: _soft_starts(blocks[q].text, art.soft) for q in range(len(blocks)) if blocks[q].kind == "p"}
        for q in range(max(1, art.lead_blocks), len(blocks)):
            if q == x or blocks[q].kind != "p" or not blocks[q].text:
                continue
            before = blocks[q - 1]
            first = [0] if q != x + 1 and before.kind == "p" and ends_sentence(before.text) else []
            for at in first + starts[q]:
                if _is_han(blocks[q].text[at]) and text.count(cut.text[-1] + blocks[q].text[at]) >= FRAGMENT_WORD_MIN:
                    pairs.append((x, q, at))
    if len(pairs) != 1:
        return
    ((x, q, at),) = pairs
    rest = blocks[q].text
    end = next((k for k in _soft_starts(rest, art.soft) if k > at), len(rest))
    blocks[x].text = join_fragments(blocks[x].text, rest[at:end])
    pieces = [t for t in (rest[:at], rest[end:]) if t]
    blocks[q : q + 1] = [Block(text=t, kind="p") for t in pieces]
    if "joined" not in art.article.flags:
        art.article.flags.append("joined")


def _soft_starts(text: str, soft: list[str]) -> list[int]:
    """Where in the paragraph ``text`` a line of ``soft`` begins after a finished sentence."""
    out = []
    for line in soft:
        at = text.find(line, 1)
        if at > 0 and ends_sentence(text[:at]):
            out.append(at)
    return sorted(out)
