"""Pages whose headlines were all collected after the bodies (page 004).

Detection: the page ends with at least two headline candidates (bylines, with or without
their marker, may sit among them) and no headline cluster starts an article above them.

Bodies are cut at ``本报讯`` paragraphs, top bylines (``▶ 王蓓``), end signatures and, on
narrow-column pages, where the column a paragraph is set in (as ``classify.measure_widths``
measured it at its lines) changes by more than 15% for good: the paragraph and the two
after it differ from the body's first three or more paragraphs and from the paragraph
above. Such changes cut only as many bodies as the headlines at the end want (one a
candidate), the clearest first: a story whose paragraphs a re-set page gives slightly
different widths is not cut in two.

Matching: the headline list is split into consecutive runs, one per body (the first line of
a run is the headline, the rest its subtitle), and runs are assigned to bodies to maximise
the total share of headline bigrams found in the body (bigrams weighted by rarity across
the bodies). A byline in the headline list goes to the nearest headline (above first, then
below) whose body has no credit of its own; failing that it is left unplaced.
"""

import functools
import itertools
import statistics
from collections import Counter

from .endlist import cut_at_quotations, headline_by_figures, join_quoted, starts_entry
from .lines import ends_sentence, unbalanced_open_quote
from .reflow import Item
from .similarity import bigram_set, containment, word_chars

WIDTH_CHANGE = 0.15
# A slighter lasting change of column, in half-cells (a 16-character column, then a
# 14-character one: p7's page 04), cuts a body only when the headlines at the end want more
# bodies than the clear changes give.
SLIGHT_CHANGE = 3
# Paragraphs whose column decides whether a change of column width starts a new body:
# this one and the next, and at least as many above it since the body began.
PERSIST = 3
_MAX_SPLITS = 400
# A line opening a page that may be a column's label over bodies whose headlines are at the end.
_LABEL_MAX = 8


def _trailing_start(items: list[Item]) -> int:
    k = len(items)
    while k > 0 and items[k - 1].kind in ("cand", "byline", "names"):
        k -= 1
    # Bare names right after the last body end that body (a signature), they are not
    # among the headlines.
    while k < len(items) and items[k].kind == "names":
        k += 1
    return k


def _column(it: Item) -> float | None:
    """The column a paragraph is set in (the median of the widths measured at its lines)."""
    if it.kind != "para" or not it.columns:
        return None
    return statistics.median(it.columns)


def _change(w: float, ref: float) -> float:
    return abs(w - ref) / max(w, ref)


def detect(items: list[Item]) -> int | None:
    start = _trailing_start(items)
    tail = items[start:]
    if sum(1 for it in tail if it.kind == "cand") < 2 or start == 0:
        return None
    body = items[:start]
    if not any(it.kind == "para" for it in body):
        return None
    if body[0].kind == "cand" and len(body) > 1 and body[1].kind == "para" and len(body[0].text) > _LABEL_MAX:
        return None  # a headline opens the page over its text: its headlines are in place
    for i, it in enumerate(body):
        if it.kind == "md" and it.level <= 3:
            return None
        if it.kind == "cand":
            nxt = body[i + 1] if i + 1 < len(body) else None
            if nxt is not None and (nxt.kind in ("byline", "editor") or (nxt.kind == "para" and nxt.opens)):
                return None
    return start


def split_bodies(items: list[Item], narrow: bool, headlines: int = 0) -> list[list[Item]]:
    """The bodies above the headlines: cut at bylines, ``本报讯`` paragraphs and end
    signatures, and on narrow pages where the column width changes for good (see the
    module docstring), the clearest changes first, until there are as many bodies as
    ``headlines``."""
    columns = [_column(it) if narrow else None for it in items]
    starts, changes, slight = _body_starts(items, columns)
    room = headlines - len(starts) - 1
    if room > 0:
        starts |= {k for _, k in sorted(changes, reverse=True)[:room]}
    room = headlines - len(starts) - 1
    if room > 0:
        starts |= {k for _, k in sorted(slight, reverse=True)[:room]}
    bodies: list[list[Item]] = []
    for k, it in enumerate(items):
        if k in starts or not bodies:
            bodies.append([])
        bodies[-1].append(it)
    return bodies


def _body_starts(items, columns) -> tuple[set[int], list[tuple[float, int]], list[tuple[float, int]]]:
    """(the items that start a body after a byline, 本报讯 or an end signature; (strength,
    item) of each change of column that would start one; and of each slight change, by
    ``SLIGHT_CHANGE`` half-cells but less than ``WIDTH_CHANGE``)."""
    starts: set[int] = set()
    changes: list[tuple[float, int]] = []
    slight: list[tuple[float, int]] = []
    measured = [k for k, w in enumerate(columns) if w is not None]
    place = {k: n for n, k in enumerate(measured)}
    text = closed = credited = False
    widths: list[float] = []
    for k, it in enumerate(items):
        if text and not credited and signs_off(it, items[k - 1]):
            closed = credited = True  # (…一站式服务。 / （龚丽）: the story above signed, not the next's byline)
            continue
        if text and (it.kind == "byline" or (it.kind == "para" and (it.opens or closed))):
            starts.add(k)
            text, closed, credited, widths = False, False, False, []
        elif columns[k] is not None and len(widths) >= PERSIST:
            ref = statistics.median(widths)
            pos = place[k]
            # (One or two paragraphs set narrower, beside a picture, start no article; nor
            # does a return to a column the paragraph above was already set in.)
            after = statistics.median(columns[j] for j in measured[pos : pos + PERSIST])
            before = columns[measured[pos - 1]]
            if min(_change(columns[k], ref), _change(after, ref), _change(after, before)) > WIDTH_CHANGE:
                changes.append((_change(after, ref), k))
                widths = []
            elif (
                min(abs(columns[k] - ref), abs(after - ref)) >= SLIGHT_CHANGE
                and (columns[k] - ref) * (after - ref) > 0
                and (after - before) * (after - ref) > 0
            ):
                last = measured[min(pos + PERSIST, len(measured)) - 1]
                slight.append((_change(after, ref), _slight_start(items, k, ref, after, starts), last))
        text = text or it.kind == "para"
        if it.kind == "names" or (it.kind == "para" and it.sig):
            closed = True
        credited = credited or _has_credit([it])
        if columns[k] is not None:
            widths.append(columns[k])
    # (A slight change measured where the next body, cut by a byline or 本报讯, already
    # begins is that body's column blending into the lines above it, no change of its own.)
    return starts, changes, [(x, k) for x, k, last in slight if not any(k < n <= last for n in starts)]


def signs_off(it: Item, above: Item) -> bool:
    """Is ``it`` a writer's name in brackets on a line of its own (``（龚丽）``, ``（记者 X）``)
    right under a paragraph that ends its sentence: the signature closing that story, which
    has no credit of its own yet? (Under a story that has one, such a line opens the next
    story, as a ``▶`` byline does.)"""
    return (
        it.kind == "byline"
        and it.text[:1] in "（("
        and it.text[-1:] in "）)"
        and above.kind == "para"
        and ends_sentence(above.text)
    )


def _slight_start(items: list[Item], k: int, ref: float, after: float, starts: set[int]) -> int:
    """Where a slight change of column found at item ``k`` begins: the column is measured
    over lines around each one, so the first paragraph of the narrower column may still
    measure as the wider; its own full lines (all but its last) tell."""
    while k - 1 not in starts and k > 1 and items[k - 1].kind == "para" and len(items[k - 1].widths) >= 2:
        own = max(items[k - 1].widths[:-1])
        if abs(own - after) >= abs(own - ref):
            break
        k -= 1
    return k


def _has_credit(body: list[Item]) -> bool:
    return any(it.kind in ("byline", "names") or (it.kind == "para" and (it.sig or it.credits)) for it in body)


def _best_assignment(score: list[list[float]], memo: dict | None = None) -> list[int | None]:
    """Rows (runs) -> column (body) or None, maximising the total score: a DP over
    (row, set of bodies used), filled from the last row up. Ties keep the earlier choice
    (no body first, then the lowest body index).

    A row's table depends only on the rows from it down, so ``memo`` (keyed by those
    rows) shares the work between the splits of one headline list, which differ in one
    merged row and have the same rows below it."""
    n_r = len(score)
    n_b = len(score[0]) if score else 0
    bits = [1 << b for b in range(n_b)]
    rows = [tuple(row) for row in score]
    later: dict[int, float] = {}  # best totals of the rows below, by bodies used (none: 0)
    choices: list[dict[int, int | None]] = []
    for r in range(n_r - 1, -1, -1):
        key = tuple(rows[r:])
        if memo is not None and key in memo:
            later, choice = memo[key]
            choices.append(choice)
            continue
        row = rows[r]
        get = later.get
        totals: dict[int, float] = {}
        choice: dict[int, int | None] = {}
        # Before row r at most r bodies are used.
        for used in _masks(n_b, r):
            best = get(used, 0.0)
            pick = None
            for b, bit in enumerate(bits):
                if not used & bit:
                    total = get(used | bit, 0.0) + row[b]
                    if total > best:
                        best, pick = total, b
            totals[used] = best
            choice[used] = pick
        later = totals
        choices.append(choice)
        if memo is not None:
            memo[key] = (totals, choice)
    choices.reverse()
    out: list[int | None] = []
    used = 0
    for choice in choices:
        b = choice[used]
        out.append(b)
        if b is not None:
            used |= bits[b]
    return out


@functools.cache
def _masks(n: int, k: int) -> tuple[int, ...]:
    """Bit masks over ``n`` items with at most ``k`` bits set."""
    out = [0]
    for size in range(1, min(n, k) + 1):
        out.extend(sum(1 << b for b in combo) for combo in itertools.combinations(range(n), size))
    return tuple(out)


def match(heads: list[Item], bodies: list[list[Item]]) -> list[tuple[list[Item], int | None]]:
    """Runs of headline items, each with the index of its body (or None)."""
    texts = [word_chars("\n".join(x.text for x in b if x.kind in ("para", "caption"))) for b in bodies]
    # Only the headlines' bigrams are ever looked up, so each body's bigram set is cut down
    # to those it contains (a bigram is in a body when it is a substring of its characters).
    head_grams = set().union(*(bigram_set(h.text) for h in heads))
    grams = [{x for x in head_grams if x in t} for t in texts]
    df = Counter(itertools.chain.from_iterable(grams))
    n = len(bodies)
    weights = {x: 1.0 + (n - df[x]) for x in head_grams if x in df}
    single = [[containment(h.text, g, weights) for g in grams] for h in heads]

    # (A dashed subtitle goes with the headline above it: no run starts with it.)
    gaps = [g for g in range(1, len(heads)) if starts_entry(heads[g])]
    n_runs = min(len(gaps) + 1, n)
    splits = itertools.islice(itertools.combinations(gaps, n_runs - 1), _MAX_SPLITS)
    best = None
    memo: dict = {}
    for cuts in splits:
        bounds = [0, *cuts, len(heads)]
        runs = [list(range(bounds[i], bounds[i + 1])) for i in range(len(bounds) - 1)]
        # A run is scored by its headline (first line) mostly, its other lines a little.
        score = [
            [single[r[0]][b] + 0.25 * sum(single[x][b] for x in r[1:]) / max(1, len(r) - 1) for b in range(n)]
            for r in runs
        ]
        assign = _best_assignment(score, memo)
        total = sum(score[i][b] for i, b in enumerate(assign) if b is not None)
        if best is None or total > best[0] + 1e-9:
            best = (total, runs, assign)
    if best is None:
        return []
    _, runs, assign = best
    return [([heads[x] for x in r], b) for r, b in zip(runs, assign, strict=True)]


def _lines_apart(items: list[Item]) -> list[Item]:
    """``items`` with each headline item at the end one a line: on a wide page that sets
    its lines with no blank line between them, ``reflow`` joins a run of headline lines as
    one headline broken over lines, and the headlines collected at a page's end are such a
    run. (A line that leaves a quotation open goes on: ``“想不到乌鲁木齐`` / ``高科技企业”``.)"""
    start = _trailing_start(items)
    tail = items[start:]
    if not any(it.kind == "cand" and len(it.parts) > 1 for it in tail):
        return items
    out = items[:start]
    for it in tail:
        if (
            it.kind == "cand"
            and len(it.parts) > 1
            and len(it.parts) == len(it.lines)
            and not any(unbalanced_open_quote(p) for p in it.parts)
        ):
            out += [Item("cand", p, [n], parts=[p]) for p, n in zip(it.parts, it.lines, strict=True)]
        else:
            out.append(it)
    return out


def plan(items: list[Item], narrow: bool):
    """None, or (bodies, [(headline items, byline items)] per body, unplaced items)."""
    if not narrow:
        items = _lines_apart(items)
    items = join_quoted(items)
    start = detect(items)
    if start is None:
        return None
    # A line of bare names among the headlines is a byline that lost its ``▶``.
    tail = [Item("byline", it.text, it.lines) if it.kind == "names" else it for it in items[start:]]
    heads = [it for it in tail if it.kind == "cand"]
    bodies = split_bodies(items[:start], narrow, sum(1 for h in heads if starts_entry(h)))
    runs = match(heads, bodies)
    titled: list[Item | None] = [None] * len(bodies)
    for run, b in runs:
        if b is not None:
            titled[b] = run[0]
    cut = cut_at_quotations(bodies, heads, titled)
    if len(cut) > len(bodies):
        bodies, runs = cut, match(heads, cut)
    per_body: list[tuple[list[Item], list[Item]]] = [([], []) for _ in bodies]
    unplaced: list[Item] = []
    order = []  # body index of each headline item, in list order
    for run, b in runs:
        if b is None:
            unplaced.extend(run)
        else:
            per_body[b][0].extend(headline_by_figures(run))
        order.extend([b] * len(run))
    head_pos = {id(h): n for n, h in enumerate(heads)}
    for pos, it in enumerate(tail):
        if it.kind != "byline":
            continue
        n_above = sum(1 for x in tail[:pos] if x.kind == "cand")
        candidates = []
        for h in heads:
            n = head_pos[id(h)]
            b = order[n] if n < len(order) else None
            if b is None or _has_credit(bodies[b]) or per_body[b][1]:
                continue
            dist = n_above - n if n < n_above else n - n_above + 1
            candidates.append((dist, 0 if n < n_above else 1, b))
        if candidates:
            _, _, b = min(candidates)
            per_body[b][1].append(it)
        else:
            unplaced.append(it)
    return bodies, per_body, unplaced
