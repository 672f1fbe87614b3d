"""one list of themes and wijken: signal_theme gains an English name, a new area table

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Tallies, signals, search and reports read one list. The themes stay in ``signal_theme`` (every
signal points there): the directory's themes join the nine signal themes. Wijken and buurten go
into the new ``area`` table, filled from the directory's wijk taxonomy and from the places that
signals and tallies name. The free text already in ``signal.wijk``/``buurt`` and
``contact_tally.wijk`` becomes the code of its place: case, spaces, accents and small typing
slips do not matter. A value that looks like no place at all ("?", "-") stays as written; Beheer
lists it for the coordinator (services/vocabulary/places.py).

Ids come from the codes, so every desk that runs this gets the same rows. The writes here are
not captured for sync (every replica makes the same ones itself).
"""

import difflib
import hashlib
import logging
import re
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from wijkinfo.db.text_fold import fold

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("wijkinfo.migrate")

# The same namespace as 0005 (signal_theme ids); area ids use "area/<code>".
NS = uuid.UUID("9c5f4e1a-7b2d-4c3e-8f6a-1d2e3f4a5b6c")
THEME_TAXONOMY = "wijkinfo-thema"
AREA_TAXONOMY = "wijkinfo-wijk"
#: How alike a typed name must be to a known one to count as a slip of the keys.
NEAR = 0.84


# The nine signal themes of 0003 get an English name (unless a coordinator renamed them).
DEFAULT_ENGLISH = {
    ("geldzorgen", "Geldzorgen & schulden"): "Money worries & debt",
    ("zorg", "Zorg & ondersteuning"): "Care & support",
    ("wonen", "Wonen"): "Housing",
    ("werk_inkomen", "Werk & inkomen"): "Work & income",
    ("eenzaamheid", "Eenzaamheid"): "Loneliness",
    ("veiligheid", "Veiligheid"): "Safety",
    ("jeugd_gezin", "Jeugd & gezin"): "Youth & family",
    ("digitale_overheid", "Digitale overheid"): "Digital government",
    ("anders", "Anders"): "Other",
}


def theme_id(code: str) -> str:
    return str(uuid.uuid5(NS, f"signal_theme/{code}"))


def area_id(code: str) -> str:
    return str(uuid.uuid5(NS, f"area/{code}"))


def slug(text: str) -> str:
    """A readable code part; a name in another script gets a short digest of itself."""
    plain = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if plain or not key(text):
        return plain
    return "x" + hashlib.sha1(key(text).encode()).hexdigest()[:10]


def key(text: str | None) -> str:
    """What is left of a typed place once case, spaces, dashes and accents are gone."""
    return re.sub(r"[\W_]+", "", fold(text or ""))


def tidy(text: str) -> str:
    """A typed name as a list entry: single spaces; all lower or all upper gets capitals."""
    name = " ".join(text.split())
    if name == name.lower() or name == name.upper():
        name = " ".join(w[:1].upper() + w[1:].lower() for w in name.split(" "))
    return name


def written(text: str | None) -> bool:
    """Anything but nothing: "?" is kept as it was written, only blanks become empty."""
    return bool(text and text.strip())


def looks_like_a_name(text: str | None) -> bool:
    return (
        len(key(text)) >= 2
        and any(c.isalpha() for c in text or "")
        and len((text or "").strip()) <= 200
    )


class Places:
    """The area rows as they are being made, and how typed text finds one."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, object]] = {}  # code -> row
        self.known: set[str] = set()  # codes from the directory: typing slips match these

    def add(self, code: str, name: str, parent: str | None, *, known: bool) -> str:
        if code not in self.rows:
            self.rows[code] = {
                "id": area_id(code),
                "code": code,
                "name": name[:200],
                "parent_id": area_id(parent) if parent else None,
                "active": True,
            }
        if known:
            self.known.add(code)
        return code

    def parent(self, code: str) -> str | None:
        pid = self.rows[code]["parent_id"]
        return next((c for c, r in self.rows.items() if r["id"] == pid), None) if pid else None

    def find(self, text: str | None, *, wijk: str | None, buurt: bool) -> str | None:
        """The code ``text`` names: a code, the same name folded, or a near miss of a name
        the directory knows; among the buurten of ``wijk`` (or all buurten) or the wijken."""
        wanted = key(text)
        if not wanted:
            return None
        if text in self.rows:
            return text
        pool = [
            c
            for c in self.rows
            if (self.parent(c) is not None) == buurt and (wijk is None or self.parent(c) == wijk)
        ]
        for c in pool:
            if wanted in (key(str(self.rows[c]["name"])), key(c), key(c.split("-", 1)[-1])):
                return c
        near = [c for c in pool if c in self.known]
        names = {key(str(self.rows[c]["name"])): c for c in near}
        match = difflib.get_close_matches(wanted, list(names), n=1, cutoff=NEAR)
        return names[match[0]] if match and len(wanted) >= 4 else None

    def wijk_for(self, text: str) -> str:
        """A wijk for a name no list had: it joins the list."""
        return self.add(f"wijk-{slug(text)}", tidy(text), None, known=False)

    def buurt_for(self, text: str, wijk: str) -> str:
        code = f"buurt-{slug(text)}"
        if code in self.rows and self.parent(code) != wijk:
            code = f"buurt-{wijk.removeprefix('wijk-')}-{slug(text)}"
        return self.add(code, tidy(text), wijk, known=False)


def _directory_terms(conn: sa.engine.Connection, taxonomy: str) -> list[sa.Row[Any]]:
    return list(
        conn.execute(
            sa.text(
                "SELECT t.id, t.parent_id, t.code, t.name FROM taxonomy_term t "
                "JOIN taxonomy x ON x.id = t.taxonomy_id WHERE x.name = :n ORDER BY t.name"
            ),
            {"n": taxonomy},
        )
    )


def _fill_themes(conn: sa.engine.Connection) -> None:
    have = {r[0] for r in conn.execute(sa.text("SELECT code FROM signal_theme"))}
    for term in _directory_terms(conn, THEME_TAXONOMY):
        if term.parent_id is None and term.code and term.code not in have:
            have.add(term.code)
            conn.execute(
                sa.text(
                    "INSERT INTO signal_theme (id, code, name, name_en, parent_id, response_days,"
                    " active) VALUES (:id, :code, :name, NULL, NULL, 10, 1)"
                ),
                {"id": theme_id(term.code), "code": term.code, "name": term.name[:200]},
            )


def _directory_places(conn: sa.engine.Connection, places: Places) -> None:
    terms = _directory_terms(conn, AREA_TAXONOMY)
    by_id = {t.id: t for t in terms}

    def code_of(t: sa.Row[Any]) -> str:
        return str(t.code or f"wijk-{slug(t.name)}")

    def top(t: sa.Row[Any]) -> sa.Row[Any]:
        seen = set()
        while t.parent_id in by_id and t.id not in seen:
            seen.add(t.id)
            t = by_id[t.parent_id]
        return t

    for t in terms:
        if top(t) is t:
            places.add(code_of(t), t.name, None, known=True)
    for t in terms:
        if top(t) is not t:
            places.add(code_of(t), t.name, code_of(top(t)), known=True)


def _map_signals(conn: sa.engine.Connection, places: Places) -> list[tuple[str, str]]:
    """Each stored (wijk, buurt) pair becomes codes; returns what stayed as written."""
    kept: list[tuple[str, str]] = []
    pairs: list[tuple[str | None, str | None]] = [
        (r[0], r[1]) for r in conn.execute(sa.text("SELECT DISTINCT wijk, buurt FROM signal"))
    ]
    mapped: dict[tuple[str | None, str | None], tuple[str | None, str | None]] = {}
    for wijk_text, buurt_text in pairs:
        wijk = places.find(wijk_text, wijk=None, buurt=False)
        buurt: str | None = None
        if wijk is None and written(wijk_text):
            as_buurt = places.find(wijk_text, wijk=None, buurt=True)
            if as_buurt is not None and not written(buurt_text):  # a buurt typed as the wijk
                wijk, buurt = places.parent(as_buurt), as_buurt
            elif looks_like_a_name(wijk_text):
                wijk = places.wijk_for(str(wijk_text))
        if buurt is None and written(buurt_text):
            buurt = places.find(buurt_text, wijk=wijk, buurt=True)
            if buurt is not None and not written(wijk_text):  # the buurt says which wijk
                wijk = places.parent(buurt)
            if buurt is None and wijk is not None and looks_like_a_name(buurt_text):
                buurt = places.buurt_for(str(buurt_text), wijk)
        new_wijk = wijk if wijk is not None else (wijk_text if written(wijk_text) else None)
        new_buurt = buurt if buurt is not None else (buurt_text if written(buurt_text) else None)
        if wijk is None and written(wijk_text):
            kept.append(("wijk", str(wijk_text)))
        if buurt is None and written(buurt_text):
            kept.append(("buurt", str(buurt_text)))
        mapped[(wijk_text, buurt_text)] = (new_wijk, new_buurt)
    for (old_wijk, old_buurt), (new_wijk, new_buurt) in mapped.items():
        if (old_wijk, old_buurt) != (new_wijk, new_buurt):
            conn.execute(
                sa.text(
                    "UPDATE signal SET wijk = :nw, buurt = :nb WHERE wijk IS :ow AND buurt IS :ob"
                ),
                {"nw": new_wijk, "nb": new_buurt, "ow": old_wijk, "ob": old_buurt},
            )
    return kept


def _map_tallies(conn: sa.engine.Connection, places: Places) -> list[tuple[str, str]]:
    kept: list[tuple[str, str]] = []
    texts: list[str | None] = [
        r[0] for r in conn.execute(sa.text("SELECT DISTINCT wijk FROM contact_tally"))
    ]
    for text in texts:
        if text is None or not written(text):
            continue
        code = places.find(text, wijk=None, buurt=False)
        if code is None and looks_like_a_name(text):
            code = places.wijk_for(text)
        if code is None:
            kept.append(("wijk", text))
        elif code != text:
            conn.execute(
                sa.text("UPDATE contact_tally SET wijk = :c WHERE wijk = :t"),
                {"c": code, "t": text},
            )
    return kept


def _signal_theme_triggers(conn: sa.engine.Connection, *, without: tuple[str, ...]) -> None:
    import dataclasses

    from wijkinfo.sync import capture
    from wijkinfo.sync.tables import synced

    spec = synced()["signal_theme"]
    older = dataclasses.replace(spec, columns=tuple(c for c in spec.columns if c not in without))
    for statement in capture.trigger_sql(older):
        conn.exec_driver_sql(statement)


def upgrade() -> None:
    from wijkinfo.sync import capture

    conn = op.get_bind()
    capture.drop(conn)  # every replica makes these same rows: nothing here travels
    with op.batch_alter_table("signal_theme", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("name_en", sa.String(length=200), nullable=True))
    op.create_table(
        "area",
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["area.id"], name=op.f("fk_area_parent_id_area"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area")),
        sa.UniqueConstraint("code", name=op.f("uq_area_code")),
    )
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_area_parent_id"), ["parent_id"], unique=False)

    for (code, dutch), english in DEFAULT_ENGLISH.items():
        conn.execute(
            sa.text("UPDATE signal_theme SET name_en = :en WHERE code = :c AND name = :nl"),
            {"en": english, "c": code, "nl": dutch},
        )
    _fill_themes(conn)
    places = Places()
    _directory_places(conn, places)
    kept = _map_signals(conn, places) + _map_tallies(conn, places)
    rows = sorted(places.rows.values(), key=lambda r: r["parent_id"] is not None)
    for row in rows:
        conn.execute(
            sa.text(
                "INSERT INTO area (id, code, name, parent_id, active) "
                "VALUES (:id, :code, :name, :parent_id, :active)"
            ),
            row,
        )
    if kept:  # how many, never which: the text is a resident's neighbourhood
        log.warning("%d plaatsnamen niet in de lijst; zie Beheer › Thema's en wijken", len(kept))
    capture.install(conn)


def downgrade() -> None:
    from wijkinfo.sync import capture

    conn = op.get_bind()
    capture.drop(conn)
    for column in ("wijk", "buurt"):  # codes back to the names a person reads
        conn.execute(
            sa.text(
                f"UPDATE signal SET {column} = (SELECT name FROM area WHERE code = signal.{column})"
                f" WHERE {column} IN (SELECT code FROM area)"
            )
        )
    with op.batch_alter_table("area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_area_parent_id"))
    op.drop_table("area")
    op.execute('ALTER TABLE "signal_theme" DROP COLUMN "name_en"')
    capture.install(conn)
    _signal_theme_triggers(conn, without=("name_en",))
