"""Migration 0010 brings one list of themes and wijken and maps the free text already stored."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from wijkinfo.db.engine import make_engine
from wijkinfo.db.migrate import alembic_config
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people import users
from wijkinfo.services.signals.stats import signal_counts
from wijkinfo.services.vocabulary import places, themes

# (signal id, wijk as typed, buurt as typed) -> (wijk, buurt) after the migration
SIGNALS = {
    ("s1", "Overvecht", None): ("wijk-overvecht", None),
    ("s2", "overvecht ", "vogelenbuurt"): ("wijk-overvecht", "buurt-vogelenbuurt"),
    ("s3", "  OVERVECHT", "Vogelen buurt"): ("wijk-overvecht", "buurt-vogelenbuurt"),
    ("s4", "Overvect", None): ("wijk-overvecht", None),  # a slip of the keys
    ("s5", "Lodz-Oost", None): ("wijk-lodz", None),  # Ł typed as L
    ("s6", "ÖSTERMARK ", ""): ("wijk-ostermark", None),
    ("s7", "Kanaleneiland", "Bokkenbuurt"): ("wijk-kanaleneiland", "buurt-bokkenbuurt"),
    ("s8", "kanaleneiland\t", None): ("wijk-kanaleneiland", None),
    ("s9", "?", "achter de kerk"): ("?", "achter de kerk"),  # no place: kept as written
    ("s10", None, "Vogelenbuurt"): ("wijk-overvecht", "buurt-vogelenbuurt"),
    ("s11", "Vogelenbuurt", None): ("wijk-overvecht", "buurt-vogelenbuurt"),  # buurt as wijk
    ("s12", "Östermark", "Łąka"): ("wijk-ostermark", "buurt-laka"),
}
TALLIES = {"t1": ("wijk-overvecht", "wijk-overvecht"), "t2": ("Overvecht ", "wijk-overvecht")}


def _old_database(paths) -> None:
    paths.root.mkdir(parents=True)
    engine = make_engine(paths.db)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
    with engine.begin() as conn:
        run = conn.execute
        run(
            text(
                "INSERT INTO replica (id, name, created_at, hlc_ms, hlc_counter, next_seq) "
                "VALUES ('r', '', '2026-01-01', 0, 0, 1)"
            )
        )
        run(
            text(
                "INSERT INTO user (id, name, name_key, role, password_hash, failed_attempts, "
                "active, created_at) VALUES ('u1', 'Kees', 'kees', 'coordinator', :h, 0, 1, "
                "'2026-01-01')"
            ),
            {"h": users.hash_password("geheim12")},
        )
        run(
            text(
                "INSERT INTO taxonomy (id, name, description) VALUES "
                "('tx-t', 'wijkinfo-thema', ''), ('tx-w', 'wijkinfo-wijk', '')"
            )
        )
        for tid, tax, parent, code, name in (
            ("th1", "tx-t", None, "gezondheid-zorg", "Gezondheid & zorg"),
            ("w1", "tx-w", None, "wijk-overvecht", "Overvecht"),
            ("b1", "tx-w", "w1", "buurt-vogelenbuurt", "Vogelenbuurt"),
            ("w2", "tx-w", None, "wijk-lodz", "Łódź-Oost"),
            ("w3", "tx-w", None, "wijk-ostermark", "Östermark"),
        ):
            run(
                text(
                    "INSERT INTO taxonomy_term (id, taxonomy_id, parent_id, code, name, "
                    "description) VALUES (:i, :t, :p, :c, :n, '')"
                ),
                {"i": tid, "t": tax, "p": parent, "c": code, "n": name},
            )
        theme = run(text("SELECT id FROM signal_theme WHERE code = 'wonen'")).scalar()
        for sid, wijk, buurt in SIGNALS:
            run(
                text(
                    "INSERT INTO signal (id, signal_date, created_at, theme_id, wijk, buurt, "
                    "description, urgency, status, version) VALUES (:i, '2026-11-20', "
                    "'2026-11-20', :t, :w, :b, 'geen antwoord', 'normaal', 'nieuw', 1)"
                ),
                {"i": sid, "t": theme, "w": wijk, "b": buurt},
            )
        for tid, (wijk, _new) in TALLIES.items():
            run(
                text(
                    "INSERT INTO contact_tally (id, day, at, channel, wijk, undone) VALUES "
                    "(:i, '2026-11-20', '2026-11-20', 'balie', :w, 0)"
                ),
                {"i": tid, "w": wijk},
            )
        run(text("DELETE FROM outbox_change"))
    engine.dispose()


def test_free_text_places_become_one_list_and_nothing_is_lost(data_paths):
    _old_database(data_paths)
    store = open_store(data_paths)
    try:
        with store.engine.connect() as conn:
            got = {
                r[0]: (r[1], r[2]) for r in conn.execute(text("SELECT id, wijk, buurt FROM signal"))
            }
            tallies = dict(conn.execute(text("SELECT id, wijk FROM contact_tally")).all())
            outbox = conn.execute(text("SELECT count(*) FROM outbox_change")).scalar()
        for (sid, _w, _b), expected in SIGNALS.items():
            assert got[sid] == expected, sid
        assert tallies == {t: new for t, (_old, new) in TALLIES.items()}
        assert outbox == 0, "every desk makes the same rows itself: nothing travels"

        listed = {p.code: p for p in places.list_places(store)}
        assert listed["wijk-overvecht"].name == "Overvecht"
        assert listed["buurt-vogelenbuurt"].wijk_code == "wijk-overvecht"
        assert listed["wijk-lodz"].name == "Łódź-Oost"
        assert listed["wijk-kanaleneiland"].name == "Kanaleneiland"  # a wijk signals named
        assert listed["buurt-bokkenbuurt"].wijk_code == "wijk-kanaleneiland"
        assert listed["buurt-laka"].wijk_code == "wijk-ostermark"
        assert "?" not in listed and not any("kerk" in c for c in listed)

        kees = users.sign_in(store, name="Kees", password="geheim12")
        unlisted = {(u.field, u.text, u.count) for u in places.unlisted_places(store, actor=kees)}
        assert unlisted == {("wijk", "?", 1), ("buurt", "achter de kerk", 1)}

        by_code = {t.code: t for t in themes.list_themes(store)}
        assert by_code["gezondheid-zorg"].name == "Gezondheid & zorg"
        assert by_code["geldzorgen"].response_days == 5  # the signal themes keep their terms
        assert by_code["veiligheid"].response_days == 3
        assert by_code["geldzorgen"].name_en == "Money worries & debt"  # for the English UI

        per_wijk = dict(signal_counts(store, actor=kees).per_wijk)
        assert per_wijk["Overvecht"] == 6
        assert per_wijk["Östermark"] == 2 and per_wijk["Kanaleneiland"] == 2

        # the new table and column are captured for sync from now on
        places.add_place(store, actor=kees, name="Zuilen")
        themes.rename_theme(store, actor=kees, code="wonen", name="Wonen", name_en="Homes")
        with store.engine.connect() as conn:
            tables = conn.execute(text("SELECT table_name FROM outbox_change")).scalars().all()
        assert {"area", "signal_theme"} <= set(tables)
    finally:
        store.close()


def test_downgrade_gives_the_names_back(data_paths):
    _old_database(data_paths)
    store = open_store(data_paths)
    store.close()
    engine = make_engine(data_paths.db)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with engine.connect() as conn:
        got = dict(conn.execute(text("SELECT id, wijk FROM signal")).all())
    engine.dispose()
    assert got["s2"] == "Overvecht" and got["s9"] == "?"
