"""Use cases over storage: one user action, one transaction, a `Changes` value back."""
