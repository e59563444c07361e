"""The web front end: a thin Gradio layer over the assistant's services (assistant/services.py).

One module per tab (qa_tab, draft_tab, knowledge_tab, status_tab), each a small class that
renders its components and calls one assistant function per event; `render` builds the HTML
and escapes every piece of document text; `auth` guards the login; `uploads` stages uploaded
files safely; `app` puts the tabs together and launches the server. Nothing here is imported
by the domain packages (imports run app.py -> assistant.web -> assistant -> vectorstore -> ingest).
"""

import os

# Before Gradio, Chroma or the embedder are imported by any module of this package.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# The app answers several users at once: one embedding thread per request keeps a small machine's
# cores busy without OpenMP threads fighting each other (set before the embedder loads).
os.environ.setdefault("OMP_NUM_THREADS", "1")
