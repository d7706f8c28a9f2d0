"""The import pipeline: raw bytes -> decoded text -> parsed page -> stored articles.

``decode`` and ``parse`` (and the stages they call) are pure functions on text: no
database, easy to test. ``store`` is the thin step that writes a parsed page to the
database; the ``import_pages`` command and the admin's upload both call it.
"""
