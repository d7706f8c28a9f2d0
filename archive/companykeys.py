"""The merge key of a company name, shared by the pure extraction
(``archive.pipeline.companies``) and the ``Company`` model, which must not import the
pipeline. No Django here."""

import re

_TAIL_RE = re.compile(r"(?:股份|有限|责任|公司)+$")


def company_key(name: str) -> str:
    """The key spellings of one company share: ``SMC(中国)有限公司`` -> ``SMC（中国）``
    (brackets of either width, with or without 股份/有限/责任/公司 at the end)."""
    norm = re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")
    return _TAIL_RE.sub("", norm) or norm
