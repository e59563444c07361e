"""A fingerprint of the ingest rules, stamped on every article it makes.

An index keeps what older rules made of a file until the file is read again; comparing stamps
lets the indexer read an unchanged file again when the rules that made its articles changed
(a new cleaning or unit rule reaches an existing index without anyone removing files first).
The fingerprint is of the ingest package's own source, so no one has to remember to bump it;
a change that alters no article costs a re-read, with vectors from the embedding cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


INGEST_RULES = _fingerprint(Path(__file__).resolve().parent)
