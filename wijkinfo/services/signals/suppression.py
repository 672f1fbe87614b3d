"""Small numbers stay private: the one rule every count that leaves wijkinfo goes through.

A count of 1 for "jeugd & gezin" in a small buurt in one month points at one family. So every
report, chart, CSV and PDF shows a count below the threshold (default 5, a setting) as "< 5",
and buurten whose count is below it are merged into their wijk. When a table shows its total
and only one cell is hidden, that cell could be worked out by subtraction: the next smallest
cell is then hidden too (shown as "5 of meer"), so the difference is a sum of two.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.languages import text_in
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.settings import get_setting, set_setting

THRESHOLD_KEY = "report_min_count"
DEFAULT_THRESHOLD = 5
# Below 3 the rule would no longer protect anyone; above 50 a small point's reports say nothing.
MIN_THRESHOLD = 3
MAX_THRESHOLD = 50
# Messages (they *are* their Dutch text), so a file made in English says "other areas"
OTHER_WIJKEN = Message("overige wijken")
UNKNOWN_PLACE = Message("onbekend")


@dataclass(frozen=True)
class Cell:
    """One published count: ``count`` is None when it is hidden, ``text`` is what to print."""

    label: str
    count: int | None
    text: str

    @property
    def hidden(self) -> bool:
        return self.count is None


def threshold_of(session: Session) -> int:
    value = get_setting(session, THRESHOLD_KEY)
    if isinstance(value, int) and not isinstance(value, bool):
        return min(max(value, MIN_THRESHOLD), MAX_THRESHOLD)
    return DEFAULT_THRESHOLD


def get_threshold(store: Store) -> int:
    """The smallest count wijkinfo prints as a number."""
    with store.sessions() as session:
        return threshold_of(session)


def set_threshold(store: Store, *, actor: Actor, threshold: int) -> None:
    """Change the threshold (coordinators); it applies to every report from now on."""
    require(actor, "settings.edit")
    if (
        not isinstance(threshold, int)
        or isinstance(threshold, bool)
        or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD
    ):
        raise UserError(
            "De drempel voor kleine aantallen is een getal van {low} tot {high}.",
            low=MIN_THRESHOLD,
            high=MAX_THRESHOLD,
        )
    with store.unit_of_work() as session:
        set_setting(session, THRESHOLD_KEY, threshold)
        write_audit(session, actor, "report.threshold", detail=str(threshold))


def below_text(threshold: int) -> str:
    return f"< {threshold}"


def number_text(n: int, language: str = "nl") -> str:
    """1.234 in Dutch, 1,234 in English."""
    return f"{n:,}" if language == "en" else f"{n:,}".replace(",", ".")


def count_text(n: int, threshold: int, language: str = "nl") -> str:
    """A single count as printed: hidden when it is below the threshold (0 stays 0)."""
    return below_text(threshold) if 0 < n < threshold else number_text(n, language)


def publish(
    rows: Iterable[tuple[str, int]],
    threshold: int,
    *,
    total_shown: bool = True,
    language: str = "nl",
) -> tuple[Cell, ...]:
    """The cells of one table as they may be printed, in the order given; the counts written
    in ``language`` (the labels are left as given: the caller shows them)."""
    rows = list(rows)
    small = {i for i, (_label, n) in enumerate(rows) if 0 < n < threshold}
    also: set[int] = set()
    if total_shown and len(small) == 1:
        rest = [i for i, (_label, n) in enumerate(rows) if i not in small and n > 0]
        if rest:
            also.add(min(rest, key=lambda i: (rows[i][1], i)))
    cells = []
    for i, (label, n) in enumerate(rows):
        if i in small:
            cells.append(Cell(label, None, below_text(threshold)))
        elif i in also:
            more = Message("{threshold} of meer", threshold=threshold)
            cells.append(Cell(label, None, text_in(more, language)))
        else:
            cells.append(Cell(label, n, number_text(n, language)))
    return tuple(cells)


def merge_buurten(
    rows: Sequence[tuple[str | None, str | None, int]], threshold: int
) -> tuple[tuple[str, int], ...]:
    """(wijk, buurt, n) → labelled counts where a buurt below the threshold goes into its wijk
    ("Oost, overige buurten"); when that remainder is still small it takes the next smallest
    buurt of the wijk, so no buurt can be read off as the wijk's total minus the rest."""
    per_wijk: dict[str, list[tuple[str, int]]] = {}
    for wijk, buurt, n in rows:
        per_wijk.setdefault(wijk or UNKNOWN_PLACE, []).append((buurt or "", n))
    out: list[tuple[str, int]] = []
    for wijk in sorted(per_wijk):
        buurten = sorted(per_wijk[wijk], key=lambda bn: (bn[1], bn[0]))
        shown = [(b, n) for b, n in buurten if b and n >= threshold]
        rest = sum(n for b, n in buurten if not (b and n >= threshold))
        while 0 < rest < threshold and shown:
            rest += shown.pop(0)[1]
        for buurt, n in sorted(shown):
            out.append((Message("{wijk}, {buurt}", wijk=wijk, buurt=buurt), n))
        if rest:
            other = Message("{wijk}, overige buurten", wijk=wijk)
            out.append((other if shown else wijk, rest))
    return tuple(out)


def place_labels(
    places: Sequence[tuple[str | None, str | None]], threshold: int
) -> list[tuple[str, str]]:
    """For rows of a file (wijk, buurt per row): the wijk and buurt that may be printed. A buurt
    with fewer rows than the threshold is left out (the row keeps its wijk); a wijk with fewer
    becomes "overige wijken"."""
    wijk_n: dict[str, int] = {}
    buurt_n: dict[tuple[str, str], int] = {}
    for wijk, buurt in places:
        w = wijk or ""
        wijk_n[w] = wijk_n.get(w, 0) + 1
        if buurt:
            buurt_n[(w, buurt)] = buurt_n.get((w, buurt), 0) + 1
    out = []
    for wijk, buurt in places:
        w = wijk or ""
        shown_wijk = w if not w or wijk_n[w] >= threshold else OTHER_WIJKEN
        keep_buurt = buurt and shown_wijk == w and buurt_n[(w, buurt)] >= threshold
        out.append((shown_wijk, buurt if keep_buurt and buurt else ""))
    return out
