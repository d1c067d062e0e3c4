"""The desktop app: the only widget code of crmnote."""
