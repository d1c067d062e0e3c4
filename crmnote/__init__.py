"""crmnote: a desktop customer relationship notebook."""

__version__ = "0.1.0"
