"""Turning what a volunteer types into an FTS5 query: words, synonyms and typo repair.

Kept apart from the search service so the rules (what counts as a word, which synonyms ship,
how far a typo may be) can be read and tested on their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wijkinfo.db.text_fold import fold

_WORD = re.compile(r"\w+", re.UNICODE)

#: Shipped synonyms: a word a resident uses → words the directory uses. Coordinators add their
#: own (SearchSynonym rows); these always apply.
BUILTIN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "geldzorgen": ("schulden", "schuldhulp", "geld"),
    "geldproblemen": ("schulden", "schuldhulp", "geld"),
    "schulden": ("schuldhulp", "geld"),
    "rekeningen": ("schulden", "geld"),
    "huisarts": ("gezondheid", "dokter"),
    "dokter": ("huisarts", "gezondheid"),
    "ziek": ("gezondheid", "huisarts", "zorg"),
    "eenzaam": ("ontmoeten", "ontmoeting", "samen"),
    "eenzaamheid": ("ontmoeten", "ontmoeting", "samen"),
    "alleen": ("ontmoeten", "ontmoeting"),
    "formulier": ("formulieren", "papieren", "administratie"),
    "brieven": ("formulieren", "administratie", "post"),
    "post": ("formulieren", "administratie"),
    "belasting": ("belastingaangifte", "formulieren", "toeslagen"),
    "toeslag": ("toeslagen",),
    "huur": ("wonen", "huurteam", "huurtoeslag"),
    "woning": ("wonen",),
    "huis": ("wonen",),
    "eten": ("voedselbank", "maaltijd"),
    "voedsel": ("voedselbank",),
    "werk": ("werk", "baan", "vacatures"),
    "baan": ("werk",),
    "computer": ("digitaal", "digitale"),
    "internet": ("digitaal", "digitale"),
    "digid": ("digitaal", "digitale", "formulieren"),
    "advocaat": ("juridisch", "rechtshulp", "juridische"),
    "ruzie": ("buurtbemiddeling", "bemiddeling"),
    "buren": ("buurtbemiddeling", "bemiddeling"),
    "mantelzorger": ("mantelzorg",),
    "depressie": ("psychische", "ggz"),
    "somber": ("psychische", "ggz"),
    "geweld": ("veilig", "huiselijk"),
    "sport": ("sporten", "bewegen"),
    "taal": ("taalcafe", "nederlands", "taalles"),
    "kapot": ("reparatiecafe", "repair"),
}


def normalize(text: str) -> str:
    """Folded as the index is (coöperatie = cooperatie, Łączy = laczy, Straße = strasse)."""
    return fold(text)


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def typed_words(query: str) -> list[str]:
    """The words of ``query`` that are searched for (at most twelve)."""
    typed = words(query)[:12]
    if any(len(w) > 1 for w in typed):
        # a one-letter word is a word still being typed; as a prefix it matches nearly
        # everything and makes the query slow without narrowing it
        typed = [w for w in typed if len(w) > 1]
    return typed


def merged_synonyms(rows: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """The shipped synonyms with a coordinator's own (term, expands to) rows added."""
    merged = {k: list(v) for k, v in BUILTIN_SYNONYMS.items()}
    for term, expands_to in rows:
        for key in words(term)[:1]:
            merged.setdefault(key, []).append(expands_to)
    return {k: tuple(dict.fromkeys(v)) for k, v in merged.items()}


def _quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


@dataclass(frozen=True)
class WordPlan:
    """How one typed word is looked up: itself as a prefix, plus alternatives."""

    word: str
    alternatives: tuple[str, ...] = ()
    #: every index word that starts with ``word``, when there are few: FTS5 then looks each
    #: one up (and skips through it) instead of merging every completion's list of services
    #: before the AND, which costs ~10× more for a place name in 27,000 descriptions
    completions: tuple[str, ...] = ()

    def typed(self) -> WordPlan:
        """Only the word as typed (no alternatives)."""
        return WordPlan(self.word, completions=self.completions)

    def fts(self) -> str:
        if self.completions:
            parts = ["(" + " OR ".join(_quoted(c) for c in self.completions) + ")"]
        else:
            parts = [f"{_quoted(self.word)}*"]
        for alt in self.alternatives:
            alt_words = words(alt)
            if alt_words:  # as a prefix too: "kleding" also finds Kledingbank
                parts.append(_quoted(" ".join(alt_words)) + "*")
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def fts_expression(plans: Sequence[WordPlan]) -> str | None:
    """Every word must match (itself or one of its alternatives); None when nothing to find."""
    if not plans:
        return None
    return " AND ".join(p.fts() for p in plans)


def synonym_plans(typed: Iterable[str], synonyms: dict[str, tuple[str, ...]]) -> list[WordPlan]:
    """Each typed word with the synonyms its whole form has (a prefix gets none)."""
    return [WordPlan(w, tuple(a for a in synonyms.get(w, ()) if a != w)) for w in typed]


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance with adjacent swaps counted as one; stops early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


class Vocabulary:
    """The words in the index, sorted, for typo repair and compound parts."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = sorted(set(terms))
        # by first letter: a typo is looked for among the words that start the same way
        self._by_letter: dict[str, list[str]] = {}
        for term in self.terms:
            self._by_letter.setdefault(term[:1], []).append(term)

    def has_prefix(self, word: str) -> bool:
        i = bisect.bisect_left(self.terms, word)
        return i < len(self.terms) and self.terms[i].startswith(word)

    def completions(self, word: str, *, most: int = 16) -> tuple[str, ...]:
        """The index words starting with ``word``; () when there are none or more than
        ``most`` (then a prefix query is as quick)."""
        i = bisect.bisect_left(self.terms, word)
        out: list[str] = []
        while i < len(self.terms) and self.terms[i].startswith(word):
            if len(out) == most:
                return ()
            out.append(self.terms[i])
            i += 1
        return tuple(out)

    def repairs(self, word: str, *, most: int = 5) -> tuple[str, ...]:
        """Index words close to ``word``: a typo away, or holding it as a compound part.

        A typo may sit anywhere, but only in words of 4+ letters; longer words allow two.
        """
        if len(word) < 4:
            return ()
        limit = 1 if len(word) < 8 else 2
        scored: list[tuple[int, str]] = []
        parts = len(word) >= 5
        if parts:  # zorg|cooperatie: the typed word is a part
            scored = [(0, term) for term in self.terms if word in term and term != word]
        # a typo in the first letter is rare; skipping those words keeps this fast
        for term in self._by_letter.get(word[0], ()):
            if parts and word in term and term != word:
                continue  # already a part
            # compare with the start of longer words too: the volunteer may still be typing
            d = min(
                edit_distance(word, term, limit),
                edit_distance(word, term[: len(word)], limit) if len(term) > len(word) else 99,
            )
            if d <= limit:
                scored.append((d, term))
        scored.sort(key=lambda item: (item[0], len(item[1]), item[1]))
        return tuple(term for _d, term in scored[:most])


def repaired(plans: Sequence[WordPlan], vocab: Vocabulary) -> list[WordPlan]:
    """Words with no match in the index get the index words closest to them."""
    out = []
    for plan in plans:
        if vocab.has_prefix(plan.word):
            out.append(plan)
        else:
            out.append(WordPlan(plan.word, plan.alternatives + vocab.repairs(plan.word)))
    return out


#: Shorter words have FTS5 prefix indexes (db/fts.py ``prefix = '2 3 4'``): one list already.
COMPLETE_FROM = 5


def completed(plans: Sequence[WordPlan], vocab: Vocabulary) -> list[WordPlan]:
    """The plans with each typed word's completions from the index (see WordPlan)."""
    out = []
    for plan in plans:
        word = plan.word
        # area tokens (wk…, ct…) are not in the vocabulary: such a word stays a prefix
        if len(word) < COMPLETE_FROM or word.startswith(("wk", "ct")):
            out.append(plan)
        else:
            out.append(WordPlan(word, plan.alternatives, vocab.completions(word)))
    return out
