"""Storage: the SQLite database, its schema and migrations, and the log of corrections."""
