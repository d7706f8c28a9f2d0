"""The import pipeline: raw bytes -> prepared page -> stored articles.

A page goes through these modules, in this order:

- ``runner``: which files, the worker processes, batches of pages, progress; used by the
  ``import_pages`` command and the admin's upload, which only add options and output.
- ``prepare``: size limit, sha256, ``decode``, then ``parse`` -> a ``PreparedPage``
  carrying the page's ``PageInfo`` (newspaper, date, page label). Pure; runs in the
  worker processes.
- ``parse``: text -> ``ParsedPage``, pure functions on text (its docstring lists its
  stages: ``reflow``, ``items``, ``assemble`` with ``draft`` and ``endheads``, ``rejoin``,
  ``tagging``; helpers ``lines``, ``bylines``, ``parks``, ``dates``, ``similarity``).
- ``store``: the database writes, history records (``history``) and index-queue rows
  in the same transaction.

``reparse`` re-cuts a page already stored. ``types`` holds the plain data passed between
the stages. Written and tested but not yet called by an import: ``mastheads`` (page
furniture: newspaper, date, page label; ``models`` reads page labels with it) and
``figures`` with ``numbers`` and ``companies`` (key figures of an article).
"""
