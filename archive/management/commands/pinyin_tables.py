"""Regenerate ``archive/data/pinyin_chars.tsv`` and ``pinyin_phrases.tsv`` from pypinyin.

The web processes spell Chinese with these two tables (``archive.models.pinyin``) instead
of importing pypinyin, whose phrase dictionary costs every worker ~55 MB. Each
character's syllable is ``lazy_pinyin`` of the character alone; a phrase of pypinyin's
dictionary is listed when ``syllables()`` over the tables so far spells it otherwise than
``lazy_pinyin`` does, repeated until none is (a listed phrase inside a longer one can
change how the longer one is cut). Nothing in the tables is typed by hand.
"""

from django.core.management.base import BaseCommand
from pypinyin import lazy_pinyin
from pypinyin.phrases_dict import phrases_dict
from pypinyin.pinyin_dict import pinyin_dict

from archive.models import pinyin


def _as_is(chars):
    return list(chars)


def char_table():
    """``{syllable: characters}`` for every character pypinyin has a reading of."""
    table = {}
    for code in sorted(pinyin_dict):
        char = chr(code)
        spelled = lazy_pinyin(char, errors=_as_is)
        if spelled != [char]:
            (syllable,) = spelled
            table[syllable] = table.get(syllable, "") + char
    return dict(sorted(table.items()))


def phrase_table(chars):
    """``{phrase: syllables}``: the phrases the character table alone misspells."""
    readings = {ord(c): s for s, cs in chars.items() for c in cs}
    listed = {}
    while True:
        spell = pinyin.reader(readings, listed, frozenset(p[:i] for p in listed for i in range(1, len(p))))
        missed = {}
        for phrase in phrases_dict:
            expected = lazy_pinyin(phrase, errors=_as_is)
            if spell(phrase) != expected:
                missed[phrase] = expected
        if not missed:
            return dict(sorted(listed.items()))
        listed.update(missed)


class Command(BaseCommand):
    help = "Regenerate archive/data/pinyin_chars.tsv and pinyin_phrases.tsv (spelling without pypinyin) from pypinyin."

    def handle(self, **options):
        chars = char_table()
        phrases = phrase_table(chars)
        pinyin.CHARS_TABLE.write_text("".join(f"{s}\t{cs}\n" for s, cs in chars.items()), encoding="utf-8")
        pinyin.PHRASES_TABLE.write_text("".join(f"{p}\t{' '.join(s)}\n" for p, s in phrases.items()), encoding="utf-8")
        if options["verbosity"]:
            self.stdout.write(f"{sum(map(len, chars.values()))} characters, {len(phrases)} phrases")
