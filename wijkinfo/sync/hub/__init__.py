"""The PostgreSQL hub: a second transport of the sync engine, for organisations with many desks.

The hub holds sealed envelopes only (one per change), keyed by origin replica and origin
sequence; the server's operator sees replica ids, sequence numbers and sizes, never what is
inside. ``schema`` creates and checks the hub's own tables, ``store`` pushes and pulls rows,
``transport`` drives a sync between one desk's engine and the hub.
"""
