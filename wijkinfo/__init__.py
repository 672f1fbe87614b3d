"""wijkinfo: de sociale kaart, verwijsbrieven en signalen van het wijkinformatiepunt."""

__version__ = "0.1.0"
