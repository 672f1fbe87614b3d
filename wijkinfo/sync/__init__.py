"""The sync engine: change capture, clock, merge, envelopes, and the folder and hub transports.

Beside the services, below the UI: no Qt here. The engine works on a Store; transports only move
sealed bytes and never look inside them.
"""
