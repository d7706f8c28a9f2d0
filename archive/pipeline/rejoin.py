"""Putting back what the column layout moved, once the page's articles are assembled."""

from collections import Counter
from itertools import chain

from .draft import ArticleDraft
from .lines import ends_sentence, join_fragments
from .similarity import bigram_list, bigrams, cosine, norm2


def join_interruptions(arts: list[ArticleDraft]) -> None:
    """Move a subhead section back to an earlier article it clearly continues (003: the
    包头 article resumes after the 诸暨 article cut into it)."""
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

    A paragraph that stops on a Chinese character (mid-sentence) is joined with a paragraph of the
    same article that starts after a finished one, with a Chinese character, when the two
    characters meeting at the join form a word used at least ``FRAGMENT_WORD_MIN`` times
    elsewhere in the article (``企`` + ``业``). Only when exactly one such pair exists:
    anything less certain stays as printed."""
    blocks = art.article.blocks
    pairs = []
    text = None
    for x, cut in enumerate(blocks):
        if cut.kind != "p" or not cut.text or not _is_han(cut.text[-1]):
            continue  # (a paragraph that ends in a Chinese character ends mid-sentence)
        if text is None:
            text = "\n".join(b.text for b in blocks)
        for q in range(max(1, art.lead_blocks), len(blocks)):
            rest, before = blocks[q], blocks[q - 1]
            if q in (x, x + 1) or rest.kind != "p" or not rest.text or not _is_han(rest.text[0]):
                continue
            if before.kind != "p" or not ends_sentence(before.text):
                continue
            if text.count(cut.text[-1] + rest.text[0]) >= FRAGMENT_WORD_MIN:
                pairs.append((x, q))
    if len(pairs) != 1:
        return
    ((x, q),) = pairs
    blocks[x].text = join_fragments(blocks[x].text, blocks[q].text)
    del blocks[q]
    if "joined" not in art.article.flags:
        art.article.flags.append("joined")
