"""SQLite storage: the connection with its settings, the schema and its migrations."""
