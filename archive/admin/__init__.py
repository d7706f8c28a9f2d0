"""The editors' workplace: the Django admin, in Chinese.

One module per area: ``articles`` (review queue, article editor, split/merge, history),
``newspapers`` (titles and issues), ``pages`` (source pages, unplaced fragments, reparse,
import), ``people_places`` (parks and reporters), ``figures`` (key figures and companies). The rules behind the buttons live in ``archive.curation``.
"""

from archive.admin import articles, figures, newspapers, pages, people_places  # noqa: F401  (registers the admins)
