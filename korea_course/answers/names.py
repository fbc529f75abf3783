"""Names and free text as keys: one folding of case, accents, dashes and spellings; romanisation- and
order-insensitive name keys; the shared alias table (``course_data/actors.csv``) and ``NameMatcher``."""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, Mapping, Sequence

DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")  # every dash and minus sign, for str.translate: "-"
# British and American spellings of the same word fold together ("programmes" == "programs").
_SPELLINGS = [(re.compile(r"programme"), "program"), (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
              (re.compile(r"(labo|harbo|neighbo|colo|favo)ur"), r"\1r"), (re.compile(r"tre$"), "ter")]


def _fold_word(word: str) -> str:
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def fold_text(text: str) -> str:
    """Case-, accent-, hyphen-, space- and spelling-insensitive key ("Kim Jong-il" == "kim jong il")."""
    text = unicodedata.normalize("NFKD", text.translate(DASHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"[^\w]+", " ", text)
    words = [_fold_word(w) for w in text.split() if w not in ("the",)]
    return "".join(words)


# ---- names: one matcher for every lesson (aliases from actors.csv, romanisations, name orders)
_TITLES = {"president", "mr", "mrs", "ms", "dr", "chairman", "chair", "leader", "comrade", "lawmaker", "premier",
           "ambassador", "minister", "general", "secretary", "supreme", "envoy", "representative"}
# Korean romanisation systems (McCune–Reischauer, Revised, the spellings people choose) differ in
# a few regular ways; folding them gives one key for "Song Young-gil", "Song Yeong-gil", "Song Yong-gil".
_ROMAN_FOLDS = [("young", "yong"), ("yeo", "yo"), ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"),
                ("ch", "j"), ("sh", "s"), ("k", "g"), ("p", "b"), ("t", "d"), ("r", "l"), ("w", "")]


def _roman_key(words: Sequence[str]) -> str:
    key = "".join(words)
    for a, b in _ROMAN_FOLDS:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def name_keys(text: str) -> set[str]:
    """Loose keys of a name: romanisation-folded, in the given order and with the family name moved."""
    if not isinstance(text, str):
        return set()
    if text.count(",") == 1:  # "Song, Young-gil" -> "Young-gil Song"
        last, first = text.split(",")
        text = f"{first} {last}"
    plain = unicodedata.normalize("NFKD", text.translate(DASHES))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"['’ʼ`‘]", "", plain).replace("-", "")
    words = [w for w in re.split(r"[^\w]+", plain) if w and w not in ("the",)]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    if not words:
        return set()
    orders = {tuple(words)}
    if not any(ch.isdigit() for w in words for ch in w):  # names only: "90 %" is not "% 90"
        orders |= {tuple(words[1:] + words[:1]), tuple(words[-1:] + words[:-1])}
    return {_roman_key(order) for order in orders if "".join(order)}


_shared_index_cache: dict[str, Any] = {}


def _shared_index() -> dict[str, tuple[str, ...]]:
    """fold key -> every name of that actor, from course_data/actors.csv (the one shared alias table)."""
    if "index" not in _shared_index_cache:
        index: dict[str, tuple[str, ...]] = {}
        try:
            from ..data import load_table, split_multi

            actors = load_table("actors")
            for _, row in actors.iterrows():
                names = tuple(dict.fromkeys([row["name"], *split_multi(row["aliases"]), row["actor_id"]]))
                for name in names:
                    index.setdefault(fold_text(str(name)), names)
        except Exception:  # no course data (a bare install): the question's own aliases still work
            index = {}
        _shared_index_cache["index"] = index
    return _shared_index_cache["index"]


def shared_aliases(names: Iterable[str]) -> list[str]:
    """Every alias the shared table gives for any of ``names`` (empty for names it does not know)."""
    found: list[str] = []
    index = _shared_index()
    for name in names:
        if isinstance(name, str):
            found.extend(index.get(fold_text(name), ()))
    return list(dict.fromkeys(found))


class NameMatcher:
    """Finds which of several canonical items a typed name means.

    Exact keys (``fold_text``) are tried first; then loose keys (romanisations, name orders)
    that point to only one item. Each item's names are widened with the shared alias table.
    """

    def __init__(self, items: Mapping[str, Iterable[str]], shared: bool = True):
        self.exact: dict[str, str] = {}
        loose: dict[str, set[str]] = {}
        for canon, aliases in items.items():
            names = [canon, *[a for a in aliases if isinstance(a, str) and a]]
            if shared:
                names += shared_aliases(names)
            for name in names:
                key = fold_text(name)
                if key:
                    self.exact.setdefault(key, canon)
                for k in name_keys(name):
                    loose.setdefault(k, set()).add(canon)
        self.loose = {k: next(iter(v)) for k, v in loose.items() if len(v) == 1}

    def find(self, text: Any) -> str | None:
        if not isinstance(text, str):
            return None
        key = fold_text(text)
        if key in self.exact:
            return self.exact[key]
        hits = {self.loose[k] for k in name_keys(text) if k in self.loose}
        return hits.pop() if len(hits) == 1 else None
