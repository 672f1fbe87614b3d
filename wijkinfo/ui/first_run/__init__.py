"""The first-run assistant: a new information point sets up its desk in a few plain steps."""
