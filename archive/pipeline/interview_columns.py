"""An interview's column (``headings``): a short label on a line of its own over an
interview's headline and the ``——访…`` subtitle naming who was interviewed (``对话园区掌门人``
/ ``“把最好的土地留给最硬的科技”`` / ``——访…党工委书记…``). A paper runs its interviews under a
recurring column's name, and the interview's own stack is already whole (a headline, often a
quotation, and the subtitle); the line over it is that column, not a kicker. (A kicker says
something of the headline's story, and is not a short name with no punctuation over an
interview. Marked more important than its headline on a markdown page, the column is found by
``column_labels.marked_column``.)

Held-out probe p22 (02): ``对话园区掌门人`` over such a stack on a plain page had been the kicker."""

import re

from .head_clauses import PUNCT_RE
from .reflow import SUBTITLE_DASHES, Item

# A column's name: a few characters (as ``headings.COLUMN_MAX``), no punctuation.
_LABEL_MAX = 8
# The subtitle of an interview: the dash, then 访 / 专访 / 对话 and who (``——访株洲高新区…``).
_INTERVIEW_RE = re.compile(r"(?:访|专访|对话|访谈)\S{2,}")


def interview_column(heads: list[Item]) -> bool:
    """Is ``heads[0]`` a column's label over an interview's headline (``heads[1]``) and its
    ``——访…`` subtitle (``heads[2]``), all plain lines?"""
    if len(heads) < 3 or any(h.kind != "cand" for h in heads[:3]):
        return False
    label, headline, subtitle = (h.text for h in heads[:3])
    if len(label) > _LABEL_MAX or PUNCT_RE.search(label) or label.startswith(SUBTITLE_DASHES):
        return False
    if headline.startswith(SUBTITLE_DASHES) or not subtitle.startswith(SUBTITLE_DASHES):
        return False
    return _INTERVIEW_RE.fullmatch(subtitle.lstrip("—─-– ")) is not None
