"""Names that go on past a company's form or come after it: a branch written after its parent's
full name (``中铁十一局集团有限公司武汉分公司``, a bank's ``交通银行股份有限公司江苏省分行``), and a
Japanese company with 株式会社 before its name (``株式会社岛津制作所``).

A branch is stored by its name as written, parent and all, so the company directory lists it;
the parent is found on its own as well (merging the two is not attempted). A bare bank or
branch without a company suffix (``中国农业银行无锡分行``) is no name.

Pure functions, no Django."""

import re

from .company_cuts import CUT_RE

# What a branch's name adds after its parent: a place, a unit (乘用车), then 分公司, or 分行 for
# a bank; at most ten characters, none of them a word of the sentence (和, 与, 为…).
_BRANCH_RE = re.compile(r"([\u4e00-\u9fff（）()]{1,10}?)(分公司|分行)")
# The name after 株式会社: Han characters up to a word of the sentence or a stop.
_AFTER_PREFIX_RE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def branch_end(text: str, parent: str, end: int) -> int | None:
    """The end of a branch's name written right after its parent ``parent`` (ending at
    ``end``), or None: …有限公司 + place/unit + 分公司, a bank's …公司 + place + 分行."""
    m = _BRANCH_RE.match(text, end)
    if m is None or CUT_RE.search(m.group(1)) or "公司" in m.group(1):
        return None
    if m.group(2) == "分行" and "银行" not in parent:
        return None
    return m.end()


def prefix_form_end(text: str, end: int) -> int | None:
    """The end of the name after a 株式会社 that opens it (``株式会社岛津制作所与…``): up to the
    first word of the sentence after it, or None."""
    m = _AFTER_PREFIX_RE.match(text, end)
    if m is None:
        return None
    name = m.group()
    cut = CUT_RE.search(name, 2)
    if cut is not None:
        name = name[: cut.start()]
    return end + len(name) if len(name) >= 2 else None
