"""Variant, OCR and compatibility forms fold to the standard character (search.analysis)."""

from search.analysis import normalize
from search.folding import _FOLD, _fold
from search.management.commands.search_variants import variant_pairs

UNIHAN_LINES = [
    "# Unihan_Variants.txt\n",
    "U+9AD9\tkSemanticVariant\tU+9AD8<kFenn\n",  # 髙 -> 高
    "U+784F\tkZVariant\tU+7814\n",  # 硏 -> 研
    "U+9AD8\tkSemanticVariant\tU+9AD9<kFenn\n",  # 高 is in GB 2312: never folded
    "U+5F35\tkSemanticVariant\tU+5F20\n",  # 張: OpenCC's t2s converts it already
    "U+4E3C\tkSemanticVariant\tU+4E95 U+4E38\n",  # two standard forms: ambiguous, left alone
]


def test_it_folds_a_rare_form_to_its_one_standard_variant():
    assert variant_pairs(UNIHAN_LINES) == {"髙": "高", "硏": "研"}


def test_the_committed_table_and_unicode_fold_the_forms_ocr_produces():
    # variant (Unihan), Kangxi radical and compatibility ideograph (NFKC), full width
    assert normalize("髙新区 ⾼新区 﨑 ＳＭＣ４０００") == "高新区 高新区 崎 smc4000"


def test_folding_keeps_the_length_of_the_text():
    text = "髙新区⾼硏究" * 3
    assert len(normalize(text)) == len(text)


def test_folding_a_whole_text_maps_each_character_as_the_table_says():
    # Every character the table maps, the ones around them, ASCII, and characters past the
    # table's last code point (an emoji, an extension-B ideograph) that stay as they are.
    points = sorted(set(_FOLD) | {cp + 1 for cp in _FOLD} | set(range(0x20, 0x7F)) | {0x1F600, 0x20000, 0x2FA1F})
    text = "".join(chr(cp) for cp in points if not 0xD800 <= cp < 0xE000)
    assert _fold(text) == text.translate(_FOLD)
    assert _fold("") == ""
