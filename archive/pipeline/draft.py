"""An article while the parser assembles it, and how each kind of page item attaches to it.

``assemble`` creates the drafts and feeds them items; ``rejoin`` moves blocks between them;
``ArticleDraft.finish`` turns one into the ``ParsedArticle`` the page returns.
"""

from . import bylines, credit_text, leads, names
from .lines import BULLETS, SUBHEAD_BARS, close_heading_spaces, close_stray_spaces
from .reflow import Item
from .types import Block, Credit, ParsedArticle, ParsedPage


class ArticleDraft:
    """An article while it is being assembled."""

    def __init__(self, headline="", kicker="", subtitle="", column=""):
        self.article = ParsedArticle(headline=headline, kicker=kicker, subtitle=subtitle, column=column)
        self.top: list[str] = []  # byline pieces in print order
        self.sigs: list[str] = []
        self.photos: list[str] = []
        self.notes: list[str] = []
        self.lead_blocks = 0  # blocks printed before the headline (a lead above it)
        self.ended = False  # its last paragraph closed with credits or （完）: a headline starts another
        self.brief = False  # one of a run of briefs (``briefs.next_brief``)
        self.note = False  # an editor's note (编者按) printed as an article of its own
        self.soft: list[str] = []  # lines joined under a full line ending a sentence (``Item.soft``)
        self.bulleted: set[int] = set()  # blocks that are subheads printed with a bullet (■ 创新驱动)
        self.furniture: list[dict] = []  # typography taken off its headings (a subtitle's dash)
        self.bullet = ""  # the bullet its title is set with, as a column's items are (◎ …)
        self.number = None  # the series number its headline opens with (``numbered_items``)

    def add_block(self, text, kind="p", lines=()):
        if text:
            self.article.blocks.append(Block(text=text, kind=kind))
        self.article.source_lines.extend(lines)

    def add_credits(self, credits):
        known = {c.name: c for c in self.article.credits}
        for c in credits:
            if c.role == "photo" and names.is_picture_supplier(c.name):
                continue  # 受访单位供图: who supplied the picture, no person
            if c.name not in known:
                known[c.name] = Credit(c.name, c.role)
                self.article.credits.append(known[c.name])
            elif known[c.name].role == "photo" and c.role != "photo":
                # (a writer who also took the picture, 本报记者　王　洁摄 under it and
                # （本报记者　王　洁　通讯员　李　桐） closing the text: the writer's role)
                known[c.name].role = c.role

    def _captions_as_text(self):
        """A story under its own headline with no text but its pictures' captions is a
        photo story (组图): each caption is a paragraph, as under 图片新闻 (``briefs.photo_story``);
        a photographer's credit closing a caption goes to the byline."""
        a = self.article
        for caption in a.captions:
            at = bylines.caption_credit_at(caption)
            if at is None or not caption[:at].strip():
                a.blocks.append(Block(text=caption, kind="p"))
                continue
            a.blocks.append(Block(text=caption[:at].rstrip(), kind="p"))
            self.photos.append(caption[at:].strip())
        a.captions = []

    def text(self):
        head = " ".join(x for x in (self.article.kicker, self.article.headline, self.article.subtitle) if x)
        return head + "\n" + "\n".join(b.text for b in self.article.blocks)

    def finish(self):
        a = self.article
        if a.headline and a.captions and not a.blocks and not self.brief:
            self._captions_as_text()
        for b in a.blocks:
            b.text = close_stray_spaces(b.text) if b.kind == "p" else close_heading_spaces(b.text)
        first = next((b for b in a.blocks if b.kind == "p"), None)
        if self.brief and first is not None and first.text[:1] in BULLETS:
            first.text = first.text[1:].lstrip()  # (a brief's bullet is the page's typography)
        if self.brief and not a.headline:
            # A brief printed without a headline: its first clause, flagged for the editor.
            first = first.text if first is not None else ""
            a.headline = leads.brief_headline(first)
            if a.headline:
                a.flags.append("derived_headline")
        a.headline, a.kicker = close_heading_spaces(a.headline), close_heading_spaces(a.kicker)
        a.subtitle = close_heading_spaces(a.subtitle)
        pieces = [credit_text.close_name_spaces(p) for p in self.top + self.sigs + self.photos]
        a.byline = " ".join(p for p in pieces + self.notes if p)
        self.article.source_lines = sorted(set(self.article.source_lines))
        return self.article


def apply_byline(art: ArticleDraft, item: Item) -> None:
    body, _ = bylines.strip_marker(item.text)
    art.top.append(body)
    art.add_credits(bylines.parse_credits(body))
    art.article.source_lines.extend(item.lines)


def close_with_credits(art: ArticleDraft, item: Item) -> None:
    """Credits on a line of their own that close ``art`` (``（王明）``), as credits closing its
    last paragraph do."""
    art.sigs.append(item.text.strip())
    art.add_credits(bylines.parse_credits(item.text))
    art.article.source_lines.extend(item.lines)
    art.ended = True


def apply_item(art: ArticleDraft, item: Item, page: ParsedPage) -> None:
    """Attach a body-level item (not a headline cluster) to ``art``."""
    k = item.kind
    if k == "para":
        if item.lead:
            art.top.append(item.lead)
        art.add_credits(item.credits)  # (a dateline kept in the text may name its reporter too)
        art.add_block(item.text, "p", item.lines)
        art.soft += item.soft
        if item.sig:
            art.sigs.append(item.sig)
            art.add_credits(bylines.parse_credits(item.sig))
        if item.end_mark:
            page.furniture.append({"line": item.lines[-1], "kind": "end_mark", "text": item.end_mark})
        art.ended = bool(item.sig or item.end_mark)
    elif k == "sub":
        # (the bullet or bar a subhead is set with is the page's typography: ■ 创新驱动, ▍强链补链)
        text = item.text.lstrip(BULLETS + SUBHEAD_BARS).lstrip()
        if text and text != item.text:
            art.bulleted.add(len(art.article.blocks))
        art.add_block(text or item.text, "subhead", item.lines)
    elif k == "caption":
        art.article.captions.append(item.text)
        art.add_credits(bylines.caption_credits(item.text) or [])
        art.article.source_lines.extend(item.lines)
    elif k == "photocap":
        if item.text:
            art.article.captions.append(item.text)
        art.photos.append(item.sig)
        art.add_credits(item.credits)
        art.article.source_lines.extend(item.lines)
    elif k == "photo":
        art.photos.append(item.text)
        art.add_credits(bylines.photo_credit(item.text) or [])
        art.article.source_lines.extend(item.lines)
    elif k == "names":
        art.sigs.append(item.text)
        art.add_credits(bylines.parse_credits(item.text))
        art.article.source_lines.extend(item.lines)
    elif k == "note":
        art.notes.append(item.text)
        for c in art.article.credits:
            if c.role == "contributor":
                c.role = "author"
        art.add_credits(bylines.note_writer(item.text))
        art.article.source_lines.extend(item.lines)
    elif k == "byline":
        apply_byline(art, item)
    else:  # pragma: no cover - every kind is handled above
        page.unplaced.append(item.text)
