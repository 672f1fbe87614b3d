"""The data folder: where it is, its lock, backups, integrity, and opening it as a Store."""
