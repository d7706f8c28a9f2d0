"""The import pipeline: raw bytes -> prepared page -> stored articles.

A page goes through these modules, in this order:

- ``runner``: which files, the worker processes, batches of pages, progress; used by the
  ``import_pages`` command and the admin's upload, which only add options and output.
- ``prepare``: size limit, sha256, ``decode``, then ``parse`` -> a ``PreparedPage``
  carrying the page's ``PageInfo`` (newspaper, date, page label) and each article's key
  figures and companies (``figures`` with ``numbers``, ``companies``). Pure; runs in the
  worker processes.
- ``parse``: text -> ``ParsedPage``, pure functions on text (its docstring lists its
  stages: ``markup`` and ``mastheads``, ``reflow`` with ``classify`` and ``candidates``,
  ``items``, ``assemble`` with ``draft``, ``headings`` and ``endheads`` (with ``endlist``), ``rejoin``,
  ``tagging``; helpers ``lines``, ``bylines`` with ``names`` and ``leads``, ``parks``,
  ``dates``, ``similarity``).
- ``store``: the database writes, history records (``history``) and index-queue rows
  in the same transaction; ``store_figures`` writes the figures and company tags.

``reparse`` re-cuts a page already stored. ``types`` holds the plain data passed between
the stages.
"""
