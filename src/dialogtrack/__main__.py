"""Allow ``python -m dialogtrack``."""

from dialogtrack.cli import main

main()
