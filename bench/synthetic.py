"""A synthetic Dutch sociale kaart of any size, written fast with executemany (for benches)."""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

from wijkinfo.db.engine import register_sync_functions
from wijkinfo.db.fts import FTS_TABLE, LABELS_TABLE, NAMES_TABLE, rebuild_index_sql
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store

FIRST = [
    "Schuld",
    "Geld",
    "Buurt",
    "Wijk",
    "Taal",
    "Zorg",
    "Jeugd",
    "Gezins",
    "Mantel",
    "Huur",
    "Woon",
    "Werk",
    "Sport",
    "Voedsel",
    "Kleding",
    "Reparatie",
    "Digi",
    "Formulieren",
    "Senioren",
    "Ontmoetings",
    "Maatjes",
    "Klus",
    "Vrijwilligers",
    "Opvoed",
    "Rechts",
    "Belasting",
    "Energie",
    "Speel",
    "Kinder",
    "Moeder",
    "Vader",
    "Gezondheids",
    "Beweeg",
    "Kook",
    "Naai",
    "Computer",
]
SECOND = [
    "hulp",
    "loket",
    "punt",
    "centrum",
    "huis",
    "cafe",
    "winkel",
    "bank",
    "team",
    "dienst",
    "spreekuur",
    "groep",
    "maatje",
    "coach",
    "lijn",
    "atelier",
    "club",
    "werkplaats",
    "kring",
    "hulpverlening",
    "advies",
    "ondersteuning",
    "begeleiding",
    "activiteiten",
    "coöperatie",
]
PLACES = [
    "Noord",
    "Oost",
    "Zuid",
    "West",
    "Centrum",
    "Lindepark",
    "Oostpoort",
    "Molenkwartier",
    "Vogelbuurt",
    "Zuiderhof",
    "Kanaalzijde",
    "Rietlanden",
    "De Weide",
    "Spoorzicht",
    "Westerhaven",
    "Kastanjehof",
    "Binnenstad",
    "Marktkwartier",
    "Lindepoort",
    "Bloemenwijk",
]
ORGS = ["Stichting", "Vereniging", "Coöperatie", "Gemeente", "Welzijn", "Buurtteam", "Kerk"]
DESCRIPTION = (
    "hulp bij {a} en {b} voor inwoners van {p}. U kunt langskomen op het spreekuur of bellen "
    "voor een afspraak. Wij helpen met vragen over {c}, formulieren, geld en gezondheid."
)
TOPICS = [
    "schulden",
    "rekeningen",
    "toeslagen",
    "huur",
    "eenzaamheid",
    "opvoeding",
    "werk",
    "taal",
    "computers",
    "mantelzorg",
    "gezondheid",
    "bewegen",
    "eten",
    "kleding",
    "energie",
    "wonen",
]


def build(root: Path, count: int, seed: int = 7, *, capture: bool = False) -> DataPaths:
    """A migrated data folder in ``root`` with ``count`` services and their index.

    ``capture``: the rows go into the change log too, as a coordinator's import would put them
    (the caller sets the author with ``authored_by``)."""
    paths = DataPaths(root)
    open_store(paths, backups=False).close()
    rnd = random.Random(seed)
    db = sqlite3.connect(paths.db)
    # Bench data goes in untracked, as rows loaded from a snapshot would: no change log.
    register_sync_functions(db, capture=capture)
    db.execute("PRAGMA synchronous=OFF")
    orgs = [
        (str(uuid.UUID(int=rnd.getrandbits(128))), f"{rnd.choice(ORGS)} {rnd.choice(PLACES)} {i}")
        for i in range(max(1, count // 20))
    ]
    db.executemany(
        "INSERT INTO organization (id, name, description, last_modified) "
        "VALUES (?, ?, '', '2026-01-01 00:00:00')",
        orgs,
    )
    services, phones = [], []
    for i in range(count):
        sid = str(uuid.UUID(int=rnd.getrandbits(128)))
        name = f"{rnd.choice(FIRST)}{rnd.choice(SECOND)} {rnd.choice(PLACES)}"
        a, b, c = rnd.sample(TOPICS, 3)
        status = "inactive" if i % 50 == 0 else "active"
        services.append(
            (
                sid,
                rnd.choice(orgs)[0],
                name,
                DESCRIPTION.format(a=a, b=b, c=c, p=rnd.choice(PLACES)).capitalize(),
                status,
                i % 97 == 0,
            )
        )
        phones.append(
            (str(uuid.UUID(int=rnd.getrandbits(128))), sid, f"030-{rnd.randint(2000000, 2999999)}")
        )
    db.executemany(
        "INSERT INTO service (id, organization_id, name, description, status, do_not_refer, "
        "last_modified) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00')",
        services,
    )
    db.executemany(
        "INSERT INTO phone (id, service_id, number, position) VALUES (?, ?, ?, 0)", phones
    )
    for statement in rebuild_index_sql():
        db.execute(statement)
    db.commit()
    for table in (FTS_TABLE, NAMES_TABLE, LABELS_TABLE):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    db.commit()
    db.close()
    return paths
