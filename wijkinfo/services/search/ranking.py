"""The search's ranking as a list of levels, read in index order so the search stops early.

A match's place in the ranking is decided by, in this order:

1. referable services before services that are not active or marked *niet doorverwijzen*;
2. where every word is found: in the name (or alternate name), then among the labels
   (keywords, themes, wijk names, organisation), then anywhere (the description too);
3. for name matches: the name starts with the first word as a whole word, then as the start of
   a word, then the first word is a whole word somewhere in the name, then the rest;
   (2 and 4 interleave: see ``groups``)
4. every word found as typed before matches that need a synonym or a typo repair;
5. among the labels and anywhere, for matches that need a synonym or repair: the word's best
   alternative found, where the typed word itself is best and a rarer alternative (fewer
   services hold it, counted up to ``COMMON``) better than a common one — bm25's term
   rarity: "ontmoeting" in a text says more about "eenzaam" than "samen" does;
6. services in the desk's own wijk, then in its city, then elsewhere;
7. the static rank key (db/fts.py): shorter names first, then the order they were added.

(Step 5 looks at the first word that has alternatives; the others count as found or not.)

Steps 2–6 are *levels*: each one is an FTS5 query. FTS5 returns a query's matches in rowid
order, and the rowid is the rank key of step 6 (step 1 is its top bit), so the first rows of a
level are its best. The search reads the levels in order and stops when it has enough; a
service already taken from an earlier level is skipped, so a level asks for at most as many rows
as are still wanted plus those already taken. The result is exactly the top of the full
ranking (``reference.py`` computes that one the slow way, over every match, for the tests and
the bench).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from wijkinfo.db.fts_names import FTS_TABLE, HIDDEN_KEY, LABELS_TABLE, NAMES_TABLE
from wijkinfo.services.search.terms import Vocabulary, WordPlan, words

#: Columns each table is searched in (never ``area``: its tokens are not words).
NAME_COLUMNS = "{name alternate_name}"
LABEL_COLUMNS = "{name alternate_name keywords themes organization}"
ALL_COLUMNS = "{name alternate_name description organization themes keywords}"
#: When the count passes this, the desk says "meer dan 10.000" instead of counting on.
COUNT_CAP = 10_000
#: A word held by this many services or more is common: common words are not told apart by
#: rarity (step 5), only rarer ones.
COMMON = 1000


@dataclass(frozen=True)
class Locality:
    """The desk's own area as index tokens (db/fts.area_token_*); empty when not set."""

    wijk_tokens: tuple[str, ...] = ()
    city_token: str | None = None

    def passes(self) -> list[str | None]:
        """Extra FTS5 conditions, best first; None is "anywhere"."""
        out: list[str | None] = []
        if self.wijk_tokens:
            out.append("{area} : (" + " OR ".join(_q(t) for t in self.wijk_tokens) + ")")
        if self.city_token:
            out.append("{area} : " + _q(self.city_token))
        out.append(None)
        return out


#: No area set: every service is as near as any other.
NOWHERE = Locality()


@dataclass(frozen=True)
class Level:
    """One FTS5 query of the ranking: a table and a match expression."""

    table: str
    match: str
    #: the position of the level's field group (0 names, 1 labels, 2 anywhere)
    field: int
    #: how good a match this is (0 best); the levels of one quality differ only in place
    quality: int = 0
    #: the match without the name shape and the place: every row of the level is a row of
    #: its base, so once all of a base's rows are taken its other levels can be skipped
    base: str = ""


def _q(token: str) -> str:
    return '"' + token.replace('"', "") + '"'


def _whole(plan: WordPlan) -> list[str]:
    """The word and its alternatives as whole words (phrases of whole words)."""
    out = [_q(plan.word)]
    for alt in plan.alternatives:
        alt_words = words(alt)
        if alt_words:
            out.append(_q(" ".join(alt_words)))
    return out


def _starts(plan: WordPlan, *, prefix: bool) -> str:
    star = "*" if prefix else ""
    return "(" + " OR ".join(f"^{w}{star}" for w in _whole(plan)) + ")"


def _all(plans: Sequence[WordPlan]) -> str:
    return " AND ".join(p.fts() for p in plans)


def split_word(plans: Sequence[WordPlan]) -> int | None:
    """The word whose alternatives are ranked by rarity (step 5): the first that has any."""
    return next((i for i, p in enumerate(plans) if p.alternatives), None)


def _options(plan: WordPlan) -> list[str]:
    """The typed word and its alternatives as words to search for (an alternative of several
    words as a phrase), in the plan's order."""
    out = [plan.word]
    for alt in plan.alternatives:
        alt_words = words(alt)
        if alt_words:
            out.append(" ".join(alt_words))
    return out


def levels(
    plans: Sequence[WordPlan],
    locality: Locality = NOWHERE,
    rare_first: Sequence[str] | None = None,
) -> list[Level]:
    """The ranking's levels for these words, best first (see the module's docstring).

    ``rare_first``: the split word's alternatives, rarest first (``rarity_order``); without
    it the alternatives are not told apart (one level each for labels and anywhere)."""
    if not plans:
        return []
    typed_only = [p.typed() for p in plans]
    forms = [typed_only, list(plans)] if any(p.alternatives for p in plans) else [list(plans)]
    first = plans[0]
    name_shapes = [
        f"{{name}} : {_starts(first, prefix=False)}",
        f"{{name}} : {_starts(first, prefix=True)}",
        f"{NAME_COLUMNS} : ({' OR '.join(_whole(first))})",
        None,
    ]
    split = split_word(plans)
    tables = ((NAMES_TABLE, NAME_COLUMNS), (LABELS_TABLE, LABEL_COLUMNS), (FTS_TABLE, ALL_COLUMNS))
    out: list[Level] = []
    quality = -1
    for field, form in groups(len(forms)):
        table, columns = tables[field]
        # every column but ``area`` is searched; the filter costs a position check per match,
        # so it is only there when a word could reach an area token
        guard = _may_hit_area(plans)
        variants: list[list[WordPlan]] = [forms[form]]
        if form == 1 and field > 0 and split is not None and rare_first is not None:
            # one level per alternative of the split word, the typed word itself first
            variants = [
                [*plans[:split], option, *plans[split + 1 :]]
                for option in [plans[split].typed(), *(WordPlan(o) for o in rare_first)]
            ]
        for shape in name_shapes if field == 0 else [None]:
            for variant in variants:
                quality += 1
                for area in locality.passes():
                    words_part = _all(variant)
                    parts = [f"{columns} : ({words_part})" if guard else words_part]
                    if shape:
                        parts.append(shape)
                    if area:
                        parts.append(area)
                    base = parts[0]
                    out.append(Level(table, " AND ".join(parts), field, quality, base))
    return out


def document_frequency(raw: sqlite3.Connection, option: str) -> int:
    """How many services hold ``option`` (a word or phrase, as a prefix) anywhere searched,
    up to ``COMMON``: counting stops there, so that a word in every service costs no more
    than a rare one (counting 100,000 takes ~100 ms; bm25's rarity flattens out there too)."""
    match = f"{ALL_COLUMNS} : {_q(option)}*"
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
        "LIMIT :common)"
    )
    return int(raw.execute(sql, {"match": match, "common": COMMON}).fetchone()[0])


def rarity_order(
    raw: sqlite3.Connection, plans: Sequence[WordPlan], known: dict[str, int] | None = None
) -> list[str] | None:
    """The split word's alternatives, rarest first (ties in the plan's order); None when no
    word has any. ``known`` keeps frequencies already counted (the search's cache)."""
    split = split_word(plans)
    if split is None:
        return None
    cache = {} if known is None else known
    alternatives = _options(plans[split])[1:]
    for option in alternatives:
        if option not in cache:
            cache[option] = document_frequency(raw, option)
    return sorted(alternatives, key=lambda o: cache[o])


def groups(forms: int) -> list[tuple[int, int]]:
    """(field, form) in ranking order: the typed words in a name, among the labels, then a
    synonym (or typo repair) in a name, among the labels, then the typed words anywhere, then
    a synonym anywhere. A resident's own word in a service's keywords says more than a synonym
    in a name, and either says more than a word somewhere in a long description."""
    if forms == 1:
        return [(0, 0), (1, 0), (2, 0)]
    return [(0, 0), (1, 0), (0, 1), (1, 1), (2, 0), (2, 1)]


def _may_hit_area(plans: Sequence[WordPlan]) -> bool:
    """Whether a word could match an area token (``wk…``, ``ct…``) as a prefix."""
    heads = [p.word for p in plans] + [w for p in plans for a in p.alternatives for w in words(a)]
    return any("wk".startswith(h[:2]) or "ct".startswith(h[:2]) for h in heads)


def match_all(plans: Sequence[WordPlan]) -> str:
    """Every match of the query, whatever its level (for the count). The column filter, which
    costs a position check per match, is left out when no word can reach the area tokens."""
    if _may_hit_area(plans):
        return f"{ALL_COLUMNS} : ({_all(plans)})"
    return _all(plans)


def _select(level: Level, where: str, *, hidden: bool) -> str:
    bound = f"f.rowid >= {HIDDEN_KEY}" if hidden else f"f.rowid < {HIDDEN_KEY}"
    join = "" if where == "1" else " JOIN service s ON s.id = f.service_id"
    tail = "" if where == "1" else f" AND {where}"
    return (
        f"SELECT f.rowid, f.service_id FROM {level.table} f{join} "
        f"WHERE {level.table} MATCH :match AND {bound}{tail} ORDER BY f.rowid LIMIT :limit"
    )


@dataclass(frozen=True)
class RankedRow:
    service_id: str
    rank_key: int
    #: the level's index (lower is better)
    level: int
    #: how good a match (lower is better; not referable counts as worse than any match):
    #: services of one quality are ordered by place, then by the rank key
    quality: int


def ranked(
    raw: sqlite3.Connection,
    plans: Sequence[WordPlan],
    need: int,
    *,
    where: str = "1",
    params: dict[str, object] | None = None,
    locality: Locality = NOWHERE,
    known: dict[str, int] | None = None,
) -> list[RankedRow]:
    """The best ``need`` matches in ranking order (fewer when there are fewer); ``known``: see
    ``rarity_order``."""
    out: list[RankedRow] = []
    seen: set[str] = set()
    plan_levels = levels(plans, locality, rarity_order(raw, plans, known))
    args = {**(params or {}), "limit": need}
    # A base's rows, when all of them fit in one read: (rows in rank order, those not yet
    # taken). Levels of a base whose rows are all taken are skipped, and a level that is its
    # own base is read from there: when a query has few matches this saves most queries.
    bases: dict[tuple[str, str, bool], tuple[list[tuple[int, str]], set[str]] | None] = {}
    for number, (level, hidden) in enumerate(_passes(plan_levels)):
        if len(out) >= need:
            break
        key = (level.table, level.base, hidden)
        if key not in bases:
            limit = need + len(seen) + 1
            base = Level(level.table, level.base, level.field)
            sql = _select(base, where, hidden=hidden)
            rows = raw.execute(sql, {**args, "match": level.base, "limit": limit}).fetchall()
            whole = len(rows) < limit
            bases[key] = (rows, {sid for _k, sid in rows} - seen) if whole else None
        known_rows = bases[key]
        if known_rows is not None and not known_rows[1] - seen:
            continue  # every row of this base is already taken
        if known_rows is not None and level.match == level.base:
            found: list[tuple[int, str]] = known_rows[0]
        else:
            found = raw.execute(
                _select(level, where, hidden=hidden), {**args, "match": level.match}
            ).fetchall()
        for rank_key, sid in found:
            if sid in seen:
                continue
            seen.add(sid)
            quality = level.quality + (len(plan_levels) if hidden else 0)
            out.append(RankedRow(sid, rank_key, number, quality))
            if len(out) >= need:
                break
    return out


def _passes(plan_levels: list[Level]) -> Iterator[tuple[Level, bool]]:
    for hidden in (False, True):
        for level in plan_levels:
            yield level, hidden


def level_count(plans: Sequence[WordPlan], locality: Locality = NOWHERE) -> int:
    """How many levels ``ranked`` reads at most (both halves: referable and not)."""
    split = split_word(plans)
    order = None if split is None else _options(plans[split])[1:]
    return 2 * len(levels(plans, locality, order))


def count(
    raw: sqlite3.Connection,
    plans: Sequence[WordPlan],
    *,
    where: str = "1",
    params: dict[str, object] | None = None,
    cap: int | None = COUNT_CAP,
) -> int:
    """How many services match; ``cap + 1`` means "more than ``cap``" (None counts all)."""
    join = "" if where == "1" else " JOIN service s ON s.id = f.service_id"
    tail = "" if where == "1" else f" AND {where}"
    limit = "" if cap is None else " LIMIT :cap"
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} f{join} "
        f"WHERE {FTS_TABLE} MATCH :match{tail}{limit})"
    )
    args = {**(params or {}), "match": match_all(plans), "cap": (cap or 0) + 1}
    return int(raw.execute(sql, args).fetchone()[0])


def read_vocabulary(raw: sqlite3.Connection) -> Vocabulary:
    """The index's words (~0.2 s on 100,000 services), for typo repair."""
    raw.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.service_vocab_col "
        "USING fts5vocab(main, 'service_fts', 'col')"
    )
    # area tokens are not words anyone types
    return Vocabulary(
        row[0] for row in raw.execute("SELECT term FROM temp.service_vocab_col WHERE col != 'area'")
    )
