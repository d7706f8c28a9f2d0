"""Finding the parks an article reports on, by gazetteer names, short names and aliases;
and reading the gazetteer file (``read_gazetteer_csv``, also used by ``load_parks``).

Matching rules (see ``Gazetteer.find_mentions``):

- every name, short name and alias of an entry is a surface form, plus generated variants:
  both paren widths (``乌鲁木齐高新区（新市区）`` / ``(新市区)``) and a ``市`` after the city
  name (``包头市稀土高新区`` = ``包头稀土高新区``);
- the longest form wins at each position, so ``北京经开区`` is one mention, not two;
- an alias that does not start with its city or province (``张江``, ``东湖高新区``,
  ``滨海高新区``, ``医药高新区``) is ambiguous in free text and counts only if the same text
  also names the entry's city or province;
- a ``XX高新区`` the gazetteer lacks becomes an unverified mention (``key=None``), read by
  ``park_names.unverified_names``.
"""

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .park_names import unverified_names
from .types import ParkMention


@dataclass
class GazetteerEntry:
    key: object
    name: str
    short_name: str
    aliases: list[str] = field(default_factory=list)
    province: str = ""
    city: str = ""
    kind: str = ""


class GazetteerError(ValueError):
    """A malformed row of the gazetteer file; the message names the file and line."""


_CSV_COLUMNS = ("name", "short_name", "aliases", "province", "city", "approved_year", "kind", "source", "notes")


def read_gazetteer_csv(path, kinds=None) -> list[dict]:
    """The rows of the gazetteer file (``fixtures/parks.csv``): the one reader of it.

    Each row is a dict of the ``Park`` fields: name, short_name, aliases (a list; ``;``
    in the file), province, city, approved_year (int or None), kind, source, notes, with
    surrounding whitespace removed. A row without a name, or (when ``kinds`` is given)
    with a kind not in ``kinds``, raises GazetteerError.
    """
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for lineno, raw in enumerate(csv.DictReader(fh), start=2):
            cells = {key: (raw.get(key) or "").strip() for key in _CSV_COLUMNS}
            if not cells["name"]:
                raise GazetteerError(f"{path}:{lineno}: empty name")
            if kinds is not None and cells["kind"] not in kinds:
                raise GazetteerError(f"{path}:{lineno}: unknown kind {cells['kind']!r}")
            year = cells["approved_year"]
            cells["aliases"] = [a.strip() for a in cells["aliases"].split(";") if a.strip()]
            cells["approved_year"] = int(year) if year else None
            rows.append(cells)
    return rows


_ADMIN_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "特别行政区",
    "自治州",
    "地区",
    "省",
    "市",
    "盟",
)
_TAIL = 4  # forms are indexed by their last four characters
_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]+")


def stem(place: str) -> str:
    """``包头市`` -> ``包头``; ``新疆维吾尔自治区`` -> ``新疆``."""
    for suffix in _ADMIN_SUFFIXES:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place


class Gazetteer:
    def __init__(self, entries: Iterable[GazetteerEntry]):
        self.entries = list(entries)
        # The parks' cities (郑州, 包头…) and the county-level cities parks are named after
        # (昆山, 江阴, 张家港: the start of a name that is not its city's or province's):
        # a sentence about one of them is about more than a park.
        self.cities = frozenset(c for e in self.entries if len(c := stem(e.city)) >= 2) | frozenset(
            e.name[:n]
            for e in self.entries
            if not e.name.startswith(("中国", *(p for p in (stem(e.city), stem(e.province)) if p)))
            for n in (2, 3)
            if _HAN_NAME_RE.fullmatch(e.name, 0, n)
        )
        self._form_entry: dict[str, int] = {}
        self._needs_context: dict[str, tuple[str, ...]] = {}
        for idx, entry in enumerate(self.entries):
            stems = tuple(s for s in (stem(entry.city), stem(entry.province)) if len(s) >= 2)
            official = [entry.name, entry.short_name]
            for form in official + list(entry.aliases):
                if not form:
                    continue
                prefixed = any(form.startswith(s) for s in stems)
                for variant in self._variants(form, stems):
                    self._add(variant, idx)
                    if form not in official and not prefixed and stems:
                        self._needs_context.setdefault(variant, stems)
        # Forms are found from their last character (few distinct ones, mostly 区) with
        # str.find, then checked by length against the forms ending in the same four
        # characters (few lengths each): much cheaper than trying a 2,000-form regex at
        # every position. The handful of forms shorter than four are checked directly.
        self._lengths: dict[str, list[int]] = {}
        self._short_lengths: dict[str, list[int]] = {}  # last character -> lengths (2, 3)
        for form in self._form_entry:
            if len(form) >= _TAIL:
                self._lengths.setdefault(form[-_TAIL:], []).append(len(form))
            else:
                self._short_lengths.setdefault(form[-1], []).append(len(form))
        for table in (self._lengths, self._short_lengths):
            for key, lengths in table.items():
                table[key] = sorted(set(lengths), reverse=True)
        self._last_chars = sorted({form[-1] for form in self._form_entry})
        # (one scan for all of them: a str.find per last character cost more than the look-ups)
        self._last_re = re.compile(
            "[" + "".join(map(re.escape, self._last_chars)) + "]" if self._last_chars else "(?!)"
        )
        # The forms with neither 区 nor 园 (张江, 松山湖, 亦庄, 光谷): one alternation, so that
        # a sentence is looked at for parks only when it may name one (``may_name_a_park``).
        bare = sorted((f for f in self._form_entry if "区" not in f and "园" not in f), key=len, reverse=True)
        self._bare_re = re.compile("|".join(map(re.escape, bare)) or "(?!)")

    @classmethod
    def from_csv(cls, path) -> "Gazetteer":
        """The gazetteer file's parks, keyed by (name, kind) (in the archive the key is a park's id)."""
        return cls(
            GazetteerEntry(
                key=(row["name"], row["kind"]),
                name=row["name"],
                short_name=row["short_name"],
                aliases=row["aliases"],
                province=row["province"],
                city=row["city"],
                kind=row["kind"],
            )
            for row in read_gazetteer_csv(path)
        )

    @staticmethod
    def _variants(form: str, stems: tuple[str, ...]) -> set[str]:
        out = {form}
        for f in list(out):
            out.add(f.replace("(", "（").replace(")", "）"))
            out.add(f.replace("（", "(").replace("）", ")"))
        for f in list(out):
            # ``衡阳国家高新技术产业开发区``: the official name with 国家 inserted.
            if f.endswith("高新技术产业开发区") and "国家" not in f:
                out.add(f[: -len("高新技术产业开发区")] + "国家高新技术产业开发区")
            # 成都高新技术开发区, 大连高新园区, 西安国家级高新区: how other papers write them
            if f.endswith("高新技术产业开发区") and len(f) - len("高新技术产业开发区") >= 2:
                out.add(f[: -len("高新技术产业开发区")] + "高新技术开发区")
            if f.endswith("高新技术产业园区") and len(f) - len("高新技术产业园区") >= 2:
                out.add(f[: -len("高新技术产业园区")] + "高新园区")
            if f.endswith("高新区") and "国家" not in f and len(f) - len("高新区") >= 2:
                out.add(f[: -len("高新区")] + "国家级高新区")
            if f.endswith("经开区") and "国家" not in f and len(f) - len("经开区") >= 2:
                out.add(f[: -len("经开区")] + "国家级经开区")  # 长沙国家级经开区, 郑州国家经开区
                out.add(f[: -len("经开区")] + "国家经开区")
            if f.endswith("经济技术开发区") and "国家" not in f:
                out.add(f[: -len("经济技术开发区")] + "国家级经济技术开发区")
                # ``广州开发区``, ``昆山开发区``: what papers call an ETDZ by its place
                if len(f) - len("经济技术开发区") >= 2:
                    out.add(f[: -len("经济技术开发区")] + "开发区")
        for f in list(out):
            for s in stems:
                if f.startswith(s) and not f.startswith(s + "市") and len(f) > len(s) + 2:
                    out.add(s + "市" + f[len(s) :])
        return out

    def _add(self, form: str, idx: int) -> None:
        prev = self._form_entry.get(form)
        if prev is None:
            self._form_entry[form] = idx
            return
        # Two entries share a form (苏州工业园区 is listed as both kinds): keep the one whose
        # kind the form itself names, else the first listed.
        if "高新" in form and "hitech" in self.entries[idx].kind and "hitech" not in self.entries[prev].kind:
            self._form_entry[form] = idx

    def may_name_a_park(self, text: str) -> bool:
        """Whether ``text`` may name a park: it has 区 or 园 (most forms end in one), or a
        form without either (a bare alias: 张江, 松山湖). Cheap (a sentence without any is
        not searched)."""
        return "区" in text or "园" in text or self._bare_re.search(text) is not None

    def _form_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of gazetteer forms in ``text``: left to right, not overlapping, the longest
        form at each position (what a regex of all forms, longest first, finds)."""
        found = []
        forms = self._form_entry
        lengths_by_tail = self._lengths
        short_lengths = self._short_lengths
        for m in self._last_re.finditer(text, 1):  # every form has two characters or more
            end = m.end()
            lengths = lengths_by_tail.get(text[end - _TAIL : end], ()) if end >= _TAIL else ()
            for n in (*lengths, *short_lengths.get(text[end - 1], ())):
                if n <= end and text[end - n : end] in forms:
                    found.append((end - n, end))
        found.sort(key=lambda span: (span[0], -span[1]))
        spans = []
        last = 0
        for a, b in found:
            if a >= last:
                spans.append((a, b))
                last = b
        return spans

    def find_mentions(self, text: str, context: str | None = None) -> list[ParkMention]:
        """Parks named in ``text``, in order of first mention, with mention counts. A form
        that needs its city or province named (光谷, 张江) looks for it in ``context`` (the
        whole article, when ``text`` is one of its sentences), else in ``text``."""
        return self.mentions_placed(text, context)[0]

    def mentions_placed(
        self, text: str, context: str | None = None
    ) -> tuple[list[ParkMention], list[tuple[int, GazetteerEntry]]]:
        """(``find_mentions``, and every mention of a gazetteer park as ``(start, entry)``, in
        no set order: a sentence naming several parks, each with its own figures), from one
        pass."""
        found, covered = self._found(text, text if context is None else context)
        counts: dict[object, list] = {}
        for a, entry in found:
            slot = counts.setdefault(("v", entry.key), [entry.key, entry.name, 0, True, a])
            slot[2] += 1
        for name, start in unverified_names(text, covered):
            slot = counts.setdefault(("u", name), [None, name, 0, False, start])
            slot[2] += 1
        ordered = sorted(counts.values(), key=lambda s: s[4])
        return [ParkMention(key=k, name=n, count=c, verified=v) for k, n, c, v, _ in ordered], found

    def _found(self, text: str, within: str):
        """(``(start, entry)`` of the gazetteer's parks named in ``text``, the spans of every
        form found, whether its place was named ``within`` the article or not)."""
        covered: list[tuple[int, int]] = []
        found: list[tuple[int, GazetteerEntry]] = []
        if text:
            for a, b in self._form_spans(text):
                form = text[a:b]
                covered.append((a, b))
                stems = self._needs_context.get(form)
                if stems and not any(s in within for s in stems):
                    continue
                found.append((a, self.entries[self._form_entry[form]]))
            found += self._listed(text, covered, within)
        return found, covered

    def _listed(self, text: str, covered: list[tuple[int, int]], within: str):
        """``(start, entry)`` of the parks listed before one suffix they share (``昆山、江宁、
        淮安经济技术开发区``, ``武汉东湖、襄阳、宜昌等7个国家高新区``): each item with the
        suffix is a form of the gazetteer, or is no park. Spans found as whole forms
        (``covered``) are not counted again; a form that needs its place named looks for it
        ``within`` the article, as ``find_mentions`` does."""
        if "、" not in text:
            return
        for m in _SHARED_SUFFIX_RE.finditer(text):
            lo = max(0, m.start() - _LIST_WINDOW)
            if text.rfind("、", lo, m.start()) == -1:
                continue  # (most suffixes: no list before them)
            window = text[lo : m.start()]
            head = _LIST_HEAD_RE.search(window)  # (cheap: a short window, anchored at its end)
            listed = window[: head.start()] if head else window
            k = len(listed)
            while k and (listed[k - 1] in _LIST_CHARS or "\u4e00" <= listed[k - 1] <= "\u9fff"):
                k -= 1
            run = listed[k:]
            if "、" not in run:
                continue
            forms = _HITECH_FORMS if "高新" in m.group() else _ETDZ_FORMS
            items = _LIST_SEP_RE.split(run)
            starts = [lo + k]
            for item in items[:-1]:
                starts.append(starts[-1] + len(item) + 1)
            # The item before the suffix is a place of it, whole (淮安, read as a form already,
            # or 宜昌 of 宜昌等7个国家高新区): else the suffix ends another name than the list's.
            last, at = items[-1], starts[-1]
            if not any(x == at for x, _ in covered) and self._listed_form(last, forms) is None:
                continue
            for n, (item, a) in enumerate(zip(items, starts, strict=True)):
                # the first item may run on from the words before the list (…以及昆山): its end
                for i in range(len(item) - 1) if n == 0 else (0,):
                    if any(x <= a + i < y for x, y in covered):
                        continue
                    form = self._listed_form(item[i:], forms)
                    if form is None:
                        continue
                    stems = self._needs_context.get(form)
                    if not stems or any(s in within for s in stems):
                        yield a + i, self.entries[self._form_entry[form]]
                    break

    def _listed_form(self, place: str, forms: tuple[str, ...]) -> str | None:
        return next((place + f for f in forms if place + f in self._form_entry), None)


# A list of places before the park suffix they share: 昆山、江宁、淮安经济技术开发区,
# 武汉东湖、襄阳、宜昌等7个国家高新区, 荆州、潜江3家高新技术产业开发区. The suffix is found
# first; the list is read back from it within ``_LIST_WINDOW`` characters.
_SHARED_SUFFIX_RE = re.compile(r"高新技术产业开发区|高新区|经济技术开发区|经开区")
_LIST_HEAD_RE = re.compile(r"(?:等)?(?:[\d一二两三四五六七八九十]+[家个])?(?:国家级|国家)?\Z")
_LIST_WINDOW = 60
_LIST_CHARS = "、和及"
_LIST_SEP_RE = re.compile(f"[{_LIST_CHARS}]")
_HITECH_FORMS = ("高新区", "高新技术产业开发区")
_ETDZ_FORMS = ("经济技术开发区", "经开区", "开发区")
