"""`python -m crmnote` runs the command line (and the GUI when no command is given)."""

import sys

from crmnote.cli import main

sys.exit(main())
