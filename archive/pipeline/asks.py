"""Headlines that ask or exclaim: they end in a sentence mark, yet they are headlines."""

import re

from . import leads
from .classify import Line

# A line that asks or exclaims and is no sentence of running text: no mark inside it, no
# quotation opening it (a speaker's ``“太好了！”``) unless the quotation closes on a term inside
# it (``“专精特新”企业为何扎堆中关村？``), and short.
ASKS_RE = re.compile(r"^(?![“‘「\"](?![^”’」\"]{1,12}[”’」\"][^“‘「\"]))[^，,、；;：:。！？!?]{5,28}[？！?!]$")


def asks_over_a_dateline(lines: list[Line], i: int) -> bool:
    """A line that asks or exclaims (``ASKS_RE``), after a finished sentence, right over a
    paragraph opening with a dateline (``科研成果如何“走出实验室”？`` / ``本报讯 龙岩…``): the
    headline of the story the dateline opens, in a narrow column too, where such a line is
    otherwise as likely a paragraph's last."""
    ln, above = lines[i], lines[i - 1] if i else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        ln.kind == "text"
        and ln.text[-1] in "？！?!"
        and ASKS_RE.match(ln.text) is not None
        and (above is None or above.kind != "text" or above.ends)
        and nxt is not None
        and nxt.kind == "text"
        and leads.opens(nxt.text)
    )
