"""Raw report pages -> clean, deduplicated articles (Documents) and retrievable Chunks.

Knows nothing of stores or models: `vectorstore` and `assistant` build on its types.
"""
