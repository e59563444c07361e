"""The console script as a user runs it: JSON on stdout, nothing indexed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("union-assistant")


def test_preview_prints_documents_duplicates_and_rejects(pages_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip archive")
    result = subprocess.run(
        [str(SCRIPT), "--data-dir", str(tmp_path / "data"), "preview", str(pages_dir), str(bad)],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(result.stdout)
    assert summary["files"] == 5
    assert summary["duplicates"] == 1
    assert summary["documents"] == len([d for d in summary["docs"] if not d["duplicate_of"]])
    assert summary["chunks"] == sum(d["chunks"] for d in summary["docs"])
    assert [r["path"] for r in summary["rejected"]] == [str(bad)]
    assert "docx" in summary["rejected"][0]["reason"].lower() or "Word" in summary["rejected"][0]["reason"]
    assert not (tmp_path / "data").exists()
