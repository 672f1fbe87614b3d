"""Beheer: the coordinators' pages (sociale kaart, organisations, import/export, settings)."""
