"""Generated files (compiled resources): never edit by hand."""
