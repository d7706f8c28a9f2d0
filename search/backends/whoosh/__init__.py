"""The Whoosh backend: an embedded index in the data dir, queried with numpy.

Modules: ``backend`` (``WhooshBackend``, the ``SearchBackend`` implementation),
``compiler`` (parsed queries -> Whoosh query objects), ``numpy_engine`` and ``hits``
(running them on arrays), ``postings`` (reading Whoosh's files), ``writing`` (writing
segments), ``blocks`` (posting blocks, packed), ``rebuild`` (parallel full builds), ``fields`` (Chinese text fields and
tokenizers), ``haystack_backend`` (haystack's backend: schema, writer, lock).
Only ``postings``, ``blocks``, ``writing`` and ``bulk`` use Whoosh's private names.
"""

from search.backends.whoosh.backend import WhooshBackend

__all__ = ["WhooshBackend"]
