"""Signalen: the form, the review queue and detail, reports."""
