"""PyInstaller's entry script: what the `crmnote` console script runs (crmnote.cli:main)."""

import sys

from crmnote.cli import main

if __name__ == "__main__":
    sys.exit(main())
