"""Everything Qt: windows, views, dialogs, item models and the background task helper."""
