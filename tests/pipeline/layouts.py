"""Test pages made from the fixture pages: the same articles set in other layouts.

``relayout`` re-sets a page the way OCR of a narrow column gives it: every paragraph
wrapped at a column width (in CJK cells; Latin letters and digits count half), a blank
line after every line if asked, headlines, bylines and captions kept whole (they span
columns), ``#`` marks kept or dropped. A paragraph the page already printed as column
fragments (page 004) is first put back together, using the original page's parse (which
the golden test pins), so that it is re-wrapped as one paragraph; so are a paragraph's
first lines whose rest the page prints elsewhere (a jump: page 003's ``…困境。稀土高新区企业``
/ ``服务管理局…帮助企``), re-wrapped as one column fragment.

``structure`` is what a layout must not change: per article its headline, kicker,
subtitle, column, byline, credits, blocks and captions (whitespace ignored in the
blocks: a re-wrapped Latin word may be joined with or without a space).
"""

import statistics

from archive.pipeline.leads import split_lead
from archive.pipeline.lines import display_width, ends_sentence, markdown_heading, normalise, squash

CLOSING = "，。、；：！？”’）》」』…,.;:!?)"


def wrap(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` CJK cells (two display columns each);
    a closing punctuation mark never starts a line (it hangs at the end of the one above,
    as typesetters do)."""
    limit = 2 * width
    out, line, used = [], "", 0
    for ch in text:
        w = display_width(ch)
        if used + w > limit and line and ch not in CLOSING:
            out.append(line)
            line, used = "", 0
        line += ch
        used += w
    if line:
        out.append(line)
    return out


def column_with_blank_lines(paragraphs: list[str], width: int) -> str:
    """Paragraphs cut every ``width`` characters (no cells, no hanging marks), a blank line
    after every line: a narrow column as OCR gives it on the end-headline pages (004)."""
    lines = []
    for p in paragraphs:
        lines += [p[i : i + width] for i in range(0, len(p), width)]
    return "\n\n".join(lines) + "\n\n"


def _paragraph_runs(lines: list[str], paragraphs: list[str]) -> dict[int, tuple[int, str]]:
    """{first line: (last line, the paragraph)} for each run of non-blank lines (blank
    lines between them allowed) that together are exactly one paragraph of the original
    parse (whitespace squashed), or else its first two lines or more, the last leaving its
    sentence open (the rest printed elsewhere)."""
    wanted = {squash(p) for p in paragraphs if len(squash(p)) > 0}
    runs = {}
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        acc, j, found, prefix = "", i, None, None
        while j < n:
            if lines[j].strip():
                acc += squash(_without_lead(lines[j]) if j == i else lines[j])
                if acc in wanted:
                    found = (j, acc)
                whole = next((p for p in wanted if p.startswith(acc)), None)
                if whole is None:
                    break
                prefix = (j, whole)
            j += 1
        if found is None and prefix is not None and not ends_sentence(lines[prefix[0]].strip()):
            # The paragraph's first lines, the rest of it elsewhere on the page (a jump):
            # they are re-set as one column fragment, as a column that breaks there prints it.
            found = prefix
        if found is not None and found[0] > i:
            runs[i] = found
            i = found[0] + 1
        else:
            i += 1
    return runs


def relayout(
    text: str,
    parsed,
    width: int,
    *,
    marks: bool = True,
    blank: bool = True,
    indent: str = "",
    joints: set[tuple[str, str]] | None = None,
) -> str:
    """The page re-set at ``width`` (see the module docstring); ``parsed`` is the original
    page's ``ParsedPage``; ``indent`` (e.g. two ideographic spaces) starts each paragraph.
    ``joints``, if given, receives the places where the re-set page cannot show whether a
    paragraph ends (``_joint``)."""
    lines = normalise(text).split("\n")
    body = {squash(b.text) for a in parsed.articles for b in a.blocks if b.kind == "p"}
    heads = {squash(h) for a in parsed.articles for h in _headings(a)}
    runs = _paragraph_runs(lines, list(body))
    run_width = _run_widths(lines, runs, parsed, width)
    out = []
    last = None  # the last line of the paragraph set last, and its width
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        run_start = _starts_paragraph(line, body)
        here = width
        if i in runs:
            line = "".join(s.strip() for s in lines[i : runs[i][0] + 1] if s.strip())
            here = run_width[i]
            i = runs[i][0]
        i += 1
        if not line:
            if not blank:
                out.append("")
            continue
        md = markdown_heading(line) if line.startswith("#") else None
        wrapped = not md and _is_body(line, body, heads)
        if md:
            out.append(line if marks else md[1])
        elif wrapped:
            # (The indent is set inside the column, as printed: the first line holds two
            # characters fewer.)
            parts = wrap(indent + line if run_start else line, here)
            if joints is not None:
                pairs = [(a, b, False) for a, b in zip(parts, parts[1:], strict=False)]
                if last and last[1] == here:
                    pairs.insert(0, (last[0], parts[0], True))
                joints.update(_joint(a, b, here, bool(indent), between) for a, b, between in pairs)
                joints.discard(None)
            last = (parts[-1], here)
            for k, part in enumerate(parts):
                if k and blank:
                    out.append("")
                out.append(part)
        else:
            out.append(line)
        if blank and (wrapped or i >= len(lines) or not lines[i].strip()):
            # (The lines of a headline broken over lines stay together, as printed.)
            out.append("")
    return "\n".join(out)


def _joint(line: str, nxt: str, width: int, indent: bool, between: bool = False) -> tuple[str, str] | None:
    """(``line``, ``nxt``) squashed, where a paragraph that ended with ``line`` (set at
    ``width``) and one that began with ``nxt`` read exactly as one paragraph broken there:
    on a page without indents, ``line`` ends a sentence and ``nxt``'s first character
    would not have fitted on it (so a paragraph run on would break at the same place).
    Between two paragraphs (``between``), one the original page broke off mid-sentence
    may also run on (the re-set page shows a cut, which the parser joins by rule)."""
    if not ends_sentence(line):
        return (squash(line), squash(nxt)) if between else None
    if indent or display_width(line) + display_width(nxt[:1]) <= 2 * width:
        return None
    return (squash(line), squash(nxt))


def _run_widths(lines: list[str], runs: dict[int, tuple[int, str]], parsed, width: int) -> dict[int, int]:
    """The width each paragraph printed over several lines is re-set at. A column keeps
    its proportion to the page's usual one (a sidebar stays a sidebar), and a story is set
    in one column: a paragraph takes the
    median of all its story's lines, unless its own lines are more than 15 % off that. (A
    paragraph measured alone reads narrower than its story when it is short and ends
    short, or opens with a quotation mark, and no page prints one paragraph of a story a
    character narrower than the rest.)"""
    article_of = {squash(b.text): k for k, a in enumerate(parsed.articles) for b in a.blocks if b.kind == "p"}
    widths = {i: [display_width(s.strip()) for s in lines[i : j + 1] if s.strip()] for i, (j, _) in runs.items()}
    own = {i: statistics.median(w) for i, w in widths.items() if len(w) >= 4}
    if not own:
        return dict.fromkeys(runs, width)
    usual = statistics.median(own.values())
    story: dict[int | None, list[int]] = {}
    for i, (_, para) in runs.items():
        story.setdefault(article_of.get(para), []).extend(widths[i])
    out = {}
    for i, (_, para) in runs.items():
        column = statistics.median(story[article_of.get(para)])
        if i in own and abs(own[i] / column - 1) > 0.15:
            column = own[i]
        out[i] = max(6, round(width * column / usual))
    return out


def _without_lead(line: str) -> str:
    """The line without the dateline or credits opening it (``本报讯``): the parse keeps
    them out of the paragraph."""
    split = split_lead(line.strip())
    return split[1] if split and split[1] else line


def _starts_paragraph(line: str, body: set[str]) -> bool:
    """Does ``line`` begin a paragraph of the original parse? (It may also be the whole
    paragraph and what the parse took off its end: an end signature, ``（完）``.)"""
    s = squash(_without_lead(line))
    return bool(s) and any(p.startswith(s) or (p and s.startswith(p)) for p in body)


def _headings(article) -> list[str]:
    return [
        article.kicker,
        article.headline,
        article.subtitle,
        article.column,
        *(b.text for b in article.blocks if b.kind == "subhead"),
    ]


def _is_body(line: str, body: set[str], heads: set[str]) -> bool:
    """A line of a paragraph (not a heading line; a 本报讯 line is its paragraph)."""
    s = squash(line)
    if any(s in h for h in heads if h):
        return False
    return any(s in p or (p and p in s) for p in body)


def _blocks(article) -> list[tuple[str, str]]:
    """(kind, text) of an article's blocks, whitespace ignored, consecutive subheads as one
    (a subhead broken over lines reads the same as one on a line)."""
    out = []
    for b in article.blocks:
        if b.kind == "subhead" and out and out[-1][0] == "subhead":
            out[-1] = ("subhead", out[-1][1] + squash(b.text))
        else:
            out.append((b.kind, squash(b.text)))
    return out


def summary(article) -> dict:
    return {
        "title": squash(article.kicker + article.headline + article.subtitle),
        "headline": article.headline,
        "column": article.column,
        "byline": article.byline,
        "credits": [(c.name, c.role) for c in article.credits],
        "captions": [squash(c) for c in article.captions],
    }


def _merged(blocks: list[tuple[str, str]], joints: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """``blocks`` with two paragraphs in a row made one where they meet at a joint."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if (
            out
            and kind == "p"
            and out[-1][0] == "p"
            and any(out[-1][1].endswith(a) and text.startswith(b) for a, b in joints)
        ):
            out[-1] = ("p", out[-1][1] + text)
        else:
            out.append((kind, text))
    return out


def differences(expected, page, joints: set[tuple[str, str]] | None = None) -> list[str]:
    """What ``page`` (a re-laid-out page) has that differs from ``expected`` (the original
    page's parse): one line per difference, empty when they agree. With the ``joints`` of
    the layout (``relayout``), paragraphs that meet at one count as one paragraph, in
    either parse: the re-set page reads the same with or without a break there."""
    out = []
    if len(page.articles) != len(expected.articles):
        out.append(f"{len(page.articles)} articles, expected {len(expected.articles)}")
        out += [f"  got: {a.headline!r} / {a.byline!r}" for a in page.articles]
        out += [f"  expected: {a.headline!r} / {a.byline!r}" for a in expected.articles]
        return out
    for k, (want, got) in enumerate(zip(expected.articles, page.articles, strict=True)):
        sw, sg = summary(want), summary(got)
        for key in sw:
            if sw[key] != sg[key]:
                out.append(f"article {k} {key}: {sg[key]!r}, expected {sw[key]!r}")
        bw, bg = _blocks(want), _blocks(got)
        if joints:
            bw, bg = _merged(bw, joints), _merged(bg, joints)
        for q in range(max(len(bw), len(bg))):
            x = bw[q] if q < len(bw) else None
            y = bg[q] if q < len(bg) else None
            if x != y:
                out.append(f"article {k} block {q}: {_short(y)}, expected {_short(x)}")
    return out


def _short(block) -> str:
    if block is None:
        return "nothing"
    kind, text = block
    return f"{kind} {text[:16]}…{text[-8:]}" if len(text) > 26 else f"{kind} {text}"


def structure(page) -> list[tuple]:
    return [
        (
            a.headline,
            a.kicker,
            a.subtitle,
            a.column,
            a.byline,
            [(c.name, c.role) for c in a.credits],
            [(b.kind, squash(b.text)) for b in a.blocks],
            [squash(c) for c in a.captions],
        )
        for a in page.articles
    ]


def article_texts(page) -> list[str]:
    """Each article's whole text, whitespace and layout marks ignored."""
    return [
        squash("".join([a.kicker, a.headline, a.subtitle, a.byline] + [b.text for b in a.blocks] + list(a.captions)))
        for a in page.articles
    ]
