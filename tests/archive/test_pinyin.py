"""archive.models.pinyin: pinyin from two generated tables, as pypinyin spells it."""

import pytest
from pypinyin import lazy_pinyin
from pypinyin.phrases_dict import phrases_dict

from archive.management.commands import pinyin_tables
from archive.models import pinyin, pinyin_slug


def pypinyin(text):
    return lazy_pinyin(text, errors=lambda chars: list(chars))


def test_it_spells_every_phrase_of_pypinyins_dictionary_as_pypinyin_does():
    assert [p for p in phrases_dict if pinyin.syllables(p) != pypinyin(p)] == []


@pytest.mark.parametrize("text", ["重庆高新区", "长沙", "厦门火炬", "银行", "绿色", "A区", "中关村·海淀园", "张江2号"])
def test_it_spells_names_with_several_readings_and_other_characters_as_pypinyin_does(text):
    assert pinyin.syllables(text) == pypinyin(text)


def test_the_committed_tables_are_what_pinyin_tables_generates_from_the_pinned_pypinyin():
    chars = pinyin_tables.char_table()
    assert pinyin.CHARS_TABLE.read_text(encoding="utf-8") == "".join(f"{s}\t{cs}\n" for s, cs in chars.items())
    phrases = pinyin_tables.phrase_table(chars)
    expected = "".join(f"{p}\t{' '.join(s)}\n" for p, s in phrases.items())
    assert pinyin.PHRASES_TABLE.read_text(encoding="utf-8") == expected


def test_a_slug_is_the_pinyin_of_the_name():
    assert pinyin_slug("重庆银行") == "chongqingyinhang"
    assert pinyin_slug("？", "park") == "park"
