"""The shared list: coordinators keep it; bad input says what to do and changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.services.signals.signal_helpers import TODAY, make_people
from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals import intake
from wijkinfo.services.vocabulary import places, themes


def test_a_volunteer_changes_nothing(store):
    _kees, _f, ans = make_people(store)
    before = (themes.list_themes(store, retired=True), places.list_places(store, retired=True))
    for attempt in (
        lambda: themes.add_theme(store, actor=ans, name="Taal"),
        lambda: themes.rename_theme(store, actor=ans, code="wonen", name="Huis"),
        lambda: themes.set_theme_active(store, actor=ans, code="wonen", active=False),
        lambda: places.add_place(store, actor=ans, name="Zuilen"),
        lambda: places.unlisted_places(store, actor=ans),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert (
        themes.list_themes(store, retired=True),
        places.list_places(store, retired=True),
    ) == before


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, a: themes.add_theme(s, actor=a, name="  "), "Vul de naam"),
        (lambda s, a: themes.add_theme(s, actor=a, name="x" * 201), "te lang"),
        (lambda s, a: themes.add_theme(s, actor=a, name="!!!"), "letter"),
        (lambda s, a: themes.add_theme(s, actor=a, name="wonen "), "staat al"),
        (lambda s, a: themes.add_theme(s, actor=a, name="Taal", response_days=0), "1 tot"),
        (lambda s, a: themes.rename_theme(s, actor=a, code="zorg", name="Wonen"), "staat al"),
        (lambda s, a: themes.rename_theme(s, actor=a, code="nope", name="X"), "bestaat niet"),
        (lambda s, a: places.add_place(s, actor=a, name="Oost", wijk_code="wijk-nope"), "bestaat"),
        (lambda s, a: places.add_place(s, actor=a, name=None), "Vul de naam"),
    ],
)
def test_bad_input_gives_one_line_and_changes_nothing(store, call, message):
    kees, _f, _a = make_people(store)
    before = (themes.list_themes(store, retired=True), places.list_places(store, retired=True))
    with pytest.raises(UserError, match=message):
        call(store, kees)
    assert (
        themes.list_themes(store, retired=True),
        places.list_places(store, retired=True),
    ) == before


def test_retired_entries_stay_for_old_signals_and_counts_but_are_not_offered(store):
    kees, _f, ans = make_people(store)
    oost = places.add_place(store, actor=kees, name="Oost")
    intake.log_signal(
        store,
        actor=ans,
        signal_date=TODAY,
        theme_code="wonen",
        description="Lekkage, geen reactie.",
        wijk="oost ",
        today=TODAY,
    )
    Tallies(store).record(actor=ans, channel="balie", themes=["wonen"], wijk=oost.code)
    places.set_place_active(store, actor=kees, code=oost.code, active=False)
    themes.set_theme_active(store, actor=kees, code="wonen", active=False)
    assert oost.code not in {w.code for w in Tallies(store).wijken()}
    assert "wonen" not in {t.code for t in Tallies(store).themes()}
    with pytest.raises(UserError, match="niet in de lijst"):
        intake.log_signal(
            store,
            actor=ans,
            signal_date=TODAY,
            theme_code="zorg",
            description="Nog een.",
            wijk="Oost",
            today=TODAY,
        )
    totals = Tallies(store).totals(actor=kees)
    assert [(t.theme, t.wijk) for t in totals] == [("Wonen", "Oost")]  # still named
    places.add_place(store, actor=kees, name="oost")  # adding it again brings it back
    assert oost.code in {w.code for w in Tallies(store).wijken()}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(min_size=0, max_size=220))
def test_any_typed_name_is_listed_once_or_refused_in_one_line(store, name):
    # one set of people for all examples: the store outlives them (function-scoped fixture)
    people = getattr(store, "_test_people", None) or make_people(store)
    store._test_people = people
    coordinator = people[0]
    before = places.list_places(store, retired=True)
    try:
        entry = places.add_place(store, actor=coordinator, name=name)
    except UserError:
        assert places.list_places(store, retired=True) == before
        return
    after = places.list_places(store, retired=True)
    assert entry.code in {p.code for p in after}
    assert len(after) == len(before) + 1
