"""The one list of themes and wijken (with their buurten) that tallies, signals, search and
reports read, kept by coordinators in Beheer."""
