"""Start the 工会总结助手 web app on its embedded defaults: `python app.py` (or `make run`).

When the index is empty it first ingests the sample corpus in examples/corpus (or the folder
given as UA_SAMPLE_CORPUS / `--corpus`), so a newcomer sees it answer at once.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import sys  # noqa: E402

from assistant.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.argv = [sys.argv[0], "serve", *sys.argv[1:]]
    main()
