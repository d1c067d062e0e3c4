"""Start-up of the desktop app: the first painted shell, one window per book, the
passphrase and refusal dialogs."""
