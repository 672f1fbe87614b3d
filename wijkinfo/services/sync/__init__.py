"""Sync as a use case: the settings of this machine, a sync run, its status."""
