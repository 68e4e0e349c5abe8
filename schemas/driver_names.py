"""Driver keys across articles (pure): a name printed short ('A. Ribeiro', 'Ribeiro A.',
'Ribeiro') takes the key of the one full name ('Ana Ribeiro') with that surname and initial seen
in the curated data, when exactly one fits; the keys depend on the set of names only, never on
the order articles were published in."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from schemas.rows import Row, Rows, driver_ref

# an initial: "A", "A.", "J.-P.", "J-P"
INITIAL = re.compile(r"^[^\W\d_]\.?(?:-[^\W\d_]\.?)?$")

DRIVER_COLUMNS = {
    "results": (("driver_ref", "driver_name"),),
    "standings": (("driver_ref", "driver_name"),),
    "penalties": (("driver_ref", "driver_name"),),
    "intervals": (("ahead_ref", "ahead_name"), ("behind_ref", "behind_name")),
    "driver_nations": (("driver_ref", "driver_name"),),
    "conflicts": (("driver_ref", "driver_name"),),
}
"""Per table, the (key column, printed name column) pairs that name a driver."""


@dataclass(frozen=True)
class ShortName:
    """What a short name tells of the driver: the initial of the given name (None when only the
    surname is printed) and the surname's key words."""

    initial: str | None
    surname: tuple[str, ...]


def short_name(name: str) -> ShortName | None:
    """'A. Ribeiro' -> ShortName('a', ('ribeiro',)); 'Ribeiro' -> ShortName(None, ('ribeiro',));
    None for a full name ('Ana Ribeiro')."""
    words = name.split()
    if len(words) == 1:
        return ShortName(None, _key_words(name))
    if INITIAL.match(words[0]) and not all(INITIAL.match(word) for word in words):
        rest = [word for word in words if not INITIAL.match(word)]
        return ShortName(driver_ref(words[0])[:1], _key_words(" ".join(rest)))
    if INITIAL.match(words[-1]):
        return ShortName(driver_ref(words[-1])[:1], _key_words(" ".join(words[:-1])))
    return None


def _key_words(name: str) -> tuple[str, ...]:
    return tuple(driver_ref(name).split("_"))


def _fits(full_ref: str, short: ShortName) -> bool:
    words = full_ref.split("_")
    size = len(short.surname)
    return (
        len(words) > size
        and tuple(words[-size:]) == short.surname
        and (short.initial is None or words[0].startswith(short.initial))
    )


def resolve_driver_refs(
    names: Iterable[str],
    *,
    lists: Iterable[Iterable[str]] = (),
    nations: Mapping[str, Iterable[str]] | None = None,
) -> dict[str, str]:
    """Key of each short name -> the key of the one full name it stands for. A full name is no
    candidate when it is listed beside the short name in one race or standings list (`lists`:
    the names of each), or when both have nations (`nations`: name -> ISO codes) and none agree."""
    nation_of: dict[str, set[str]] = defaultdict(set)
    for name, codes in (nations or {}).items():
        nation_of[driver_ref(name)].update(codes)
    beside: dict[str, set[str]] = defaultdict(set)
    for listed in lists:
        refs = {driver_ref(name) for name in listed}
        for ref in refs:
            beside[ref] |= refs - {ref}
    shorts: dict[str, ShortName] = {}
    full_refs: set[str] = set()
    for name in names:
        form = short_name(name)
        if form is None:
            full_refs.add(driver_ref(name))
        else:
            shorts[driver_ref(name)] = form
    full_refs -= set(shorts)
    resolved = {}
    for ref, form in sorted(shorts.items()):
        candidates = [
            full
            for full in sorted(full_refs)
            if _fits(full, form)
            and full not in beside[ref]
            and not (nation_of[ref] and nation_of[full] and not nation_of[ref] & nation_of[full])
        ]
        if len(candidates) == 1:
            resolved[ref] = candidates[0]
    return resolved


def driver_names(rows: Rows) -> list[str]:
    """Every driver name the rows print, in any table that names drivers."""
    return [
        row[name]
        for table, pairs in DRIVER_COLUMNS.items()
        for row in rows.get(table, [])
        for _, name in pairs
        if row[name]
    ]


def with_driver_refs(rows: list[Row], table: str, resolved: Mapping[str, str]) -> list[Row]:
    """The rows with every driver key recomputed from the printed name and `resolved`; a row
    whose keys do not change is the same object (publishing re-keys whole seasons at a time)."""
    pairs = DRIVER_COLUMNS.get(table, ())
    out = []
    for row in rows:
        keys = {}
        for key, name in pairs:
            if row[name]:
                own = driver_ref(row[name])
                keys[key] = resolved.get(own, own)
        changed = any(row[key] != ref for key, ref in keys.items())
        out.append({**row, **keys} if changed else row)
    return out
