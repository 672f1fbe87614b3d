"""The full ranking, the slow way: every match read and sorted by its key in Python.

This is the yardstick for ``ranking.ranked`` (which reads levels in index order and stops
early): the tests and ``bench/search.py`` compare the two. It decides each rule of the ranking
(ranking.py's docstring) from the stored, folded text itself, not from the level queries.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from wijkinfo.db.fts_names import FTS_TABLE, HIDDEN_KEY
from wijkinfo.services.search.ranking import COMMON, NOWHERE, Locality, groups, match_all
from wijkinfo.services.search.terms import WordPlan, words

_TOKEN = re.compile(r"[^\W_]+")
Key = tuple[int, int, int, int, int, int]


def _tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def _phrases(plan: WordPlan, *, typed_only: bool = False) -> list[list[str]]:
    out = [[plan.word]]
    if not typed_only:
        out += [w for w in (words(a) for a in plan.alternatives) if w]
    return out


def _at(tokens: list[str], i: int, phrase: list[str], *, prefix: bool) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    *whole, last = phrase
    if tokens[i : i + len(whole)] != whole:
        return False
    token = tokens[i + len(whole)]
    return token.startswith(last) if prefix else token == last


def _in(columns: list[list[str]], phrase: list[str], *, prefix: bool) -> bool:
    if len(phrase) == 1:  # nearly always; the general case below is slow over 100,000 rows
        word = phrase[0]
        if prefix:
            return any(t.startswith(word) for tokens in columns for t in tokens)
        return any(word in tokens for tokens in columns)
    return any(
        _at(tokens, i, phrase, prefix=prefix) for tokens in columns for i in range(len(tokens))
    )


def _all_found(columns: list[list[str]], plans: Sequence[WordPlan], typed_only: bool) -> bool:
    return all(
        any(_in(columns, ph, prefix=True) for ph in _phrases(p, typed_only=typed_only))
        for p in plans
    )


def _holding(raw: sqlite3.Connection, phrase: list[str]) -> int:
    """How many services hold ``phrase`` (its last word as a prefix) in a searched column,
    counting up to COMMON."""
    columns = "{name alternate_name description organization themes keywords}"
    match = columns + ' : "' + " ".join(phrase) + '"*'
    held = raw.execute(
        f"SELECT count(DISTINCT service_id) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (match,)
    ).fetchone()[0]
    return min(int(held), COMMON)  # past COMMON every word is as common as any other


def _rarest_first(raw: sqlite3.Connection, plans: Sequence[WordPlan]) -> list[list[str]]:
    """The first word with alternatives: the word itself, then its alternatives, fewest
    services first (ties as listed); empty when no word has any."""
    for plan in plans:
        if plan.alternatives:
            phrases = _phrases(plan)
            alternatives = sorted(
                range(1, len(phrases)), key=lambda i: (_holding(raw, phrases[i]), i)
            )
            return [phrases[0], *(phrases[i] for i in alternatives)]
    return []


def _key(
    row: tuple[int, str, str, str, str, str, str, str, str],
    plans: Sequence[WordPlan],
    area: Locality,
    rare_first: list[list[str]],
) -> Key:
    rowid, _sid, name, alt, description, org, themes, keywords, area_text = row
    names = [_tokens(name), _tokens(alt)]
    has_alternatives = any(p.alternatives for p in plans)
    order = groups(2 if has_alternatives else 1)
    columns: dict[int, list[list[str]]] = {0: names}

    def fields(field: int) -> list[list[str]]:
        # the long texts are only read when the shorter fields do not decide
        if field not in columns:
            if field == 1:
                columns[1] = [*names, _tokens(keywords), _tokens(themes), _tokens(org)]
            else:
                columns[2] = [*fields(1), _tokens(description)]
        return columns[field]

    group = len(order) - 1  # it matched, so at least anywhere with its synonyms
    for i, (field, form) in enumerate(order):
        if field == 2 and not has_alternatives:
            group = i  # every word is somewhere: it is a match of the full query
            break
        if _all_found(fields(field), plans, form == 0 and has_alternatives):
            group = i
            break
    field = order[group][0]
    shape = 0
    if field == 0:
        first = _phrases(plans[0])
        if any(_at(names[0], 0, ph, prefix=False) for ph in first):
            shape = 0
        elif any(_at(names[0], 0, ph, prefix=True) for ph in first):
            shape = 1
        elif any(_in(names, ph, prefix=False) for ph in first):
            shape = 2
        else:
            shape = 3
    tier = 0
    if rare_first and order[group][1] == 1 and field > 0:
        # the best alternative of the first word with alternatives that this field group holds
        found = fields(field)
        tier = next(
            (i for i, ph in enumerate(rare_first) if _in(found, ph, prefix=True)), len(rare_first)
        )
    tokens = set(_tokens(area_text))
    if area.wijk_tokens and tokens & set(area.wijk_tokens):
        place = 0
    elif area.city_token and area.city_token in tokens:
        place = 1
    else:
        place = 2
    return (int(rowid >= HIDDEN_KEY), group, shape, tier, place, rowid)


def full_ranking(
    raw: sqlite3.Connection,
    plans: Sequence[WordPlan],
    *,
    where: str = "1",
    params: dict[str, object] | None = None,
    locality: Locality = NOWHERE,
) -> list[str]:
    """Every matching service id, best first."""
    if not plans:
        return []
    # the words as prefixes, never the search's shortcut of their completions
    plans = [WordPlan(p.word, p.alternatives) for p in plans]
    join = "" if where == "1" else " JOIN service s ON s.id = f.service_id"
    tail = "" if where == "1" else f" AND {where}"
    rows = raw.execute(
        "SELECT f.rowid, f.service_id, f.name, f.alternate_name, f.description, f.organization, "
        f"f.themes, f.keywords, f.area FROM {FTS_TABLE} f{join} "
        f"WHERE {FTS_TABLE} MATCH :match{tail}",
        {**(params or {}), "match": match_all(plans)},
    ).fetchall()
    rare_first = _rarest_first(raw, plans)
    return [row[1] for row in sorted(rows, key=lambda r: _key(r, plans, locality, rare_first))]
