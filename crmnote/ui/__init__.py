"""The desktop app: the only widget code of crmnote."""

from crmnote.ui.source_scan import spare_source_scan

spare_source_scan()  # before the modules the app imports next (ui/source_scan.py)
