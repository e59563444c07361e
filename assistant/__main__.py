"""`python -m assistant` runs the command line, as the `union-assistant` console script does."""

from assistant.cli import main

main()
