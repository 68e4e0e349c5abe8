"""Gaps, race times, lap counts and no-time statuses as result rows print them, in any locale."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.records import Status

# lap words in English, Italian, Portuguese, Spanish, German, Dutch, French: "laps", "giri",
# "Runden", "ronden"
LAP_WORDS = r"(?:laps?|giri|giro|voltas?|vueltas?|runden|runde|ronden?|tours?)"
# "a 2 voltas", "a 1 vuelta", "a 3 giri": laps behind the winner, said with 'a' ('a 20 lap race'
# is English: 'a' counts laps behind only before a Portuguese, Spanish or Italian lap word)
BEHIND_LAPS = r"\d{1,3}\s?(?:voltas?|vueltas?|giri|giro)(?!\w)"

# "+1:07.412", "1:05,950", "+1'05.950", "+ 1:22.152", "1:02:03.456", "2:02:34,598 Std.",
# "1:14,411 Min.": minutes (or hours) in the time, and the unit German pages print after it;
# "a 1’20.3", "1:37’36.2": the minutes' mark printed as a typographic apostrophe
CLOCK_TIME_RE = re.compile(
    r"(?<![\w.,:])(?P<sign>\+\s?|a\s)?(?:(?P<h>\d{1,2}):(?=\d{2}[:’]))?(?P<m>\d{1,3})\s?[:'′’]\s?"
    r"(?P<s>\d{2}(?:[.,]\d{1,4})?)(?:\s?(?:s|sec|secs|seconds?)\b|\s(?:[Mm]in|[Ss]td)\b\.?)?(?![\d'’])"
)
# "+0.684s", "+0.684", "+ 14.205", "0.684 sec", "+0,684", "+12s", "+12 sec", "3.5 seconds"
SECONDS_TIME_RE = re.compile(
    r"(?<![\w.,:])(?:(?P<sign>\+\s?|a\s)(?P<v1>\d{1,4}(?:[.,]\d{1,4})?)(?:\s?(?:s|sec|secs|seconds?|secondi|segundos?|sek(?:unden)?)\b\.?)?"
    r"|(?P<v2>\d{1,4}[.,]\d{1,4})\s?(?:s|sec|secs|seconds?|secondi|segundos?|sek(?:unden)?)\b\.?"
    r"|(?P<v3>\d{1,3}[.,]\d{3}))(?![\d.,:])",
    re.IGNORECASE,
)
# "24 laps", "+1 lap", "+2 Laps", "-1 lap", "-1L", "+2L", "+ 1 Rd." (German 'Runde'), "1 lap
# down", "12 giri", "1 volta", "23 Runden", "24 tours"
LAPS_RE = re.compile(
    rf"(?<!\w)(?:(?P<sign>\+\s?|-(?=\d))(?P<n_short>\d{{1,3}})(?:L|\s?Rd\.?)(?!\w)"
    rf"|(?P<sign2>\+\s?|-(?=\d)|a\s(?={BEHIND_LAPS}))?(?P<n>\d{{1,3}})\s?{LAP_WORDS}(?P<down>\s+down)?(?!\w))",
    re.IGNORECASE,
)
# "30.56.738": minutes, seconds and thousandths all split by dots (a race time)
DOTTED_TIME_RE = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2})\.(?P<s>[0-5]\d)\.(?P<ms>\d{3})(?![\d.,:])")
# "1.36.08.3": hours, minutes, seconds and the fraction all split by dots (a rally's total time);
# "1:28.12.604": a colon after the hours
HOURS_DOTTED_TIME_RE = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})[.:](?P<m>[0-5]\d)\.(?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![\d.,:])"
)
# "3:42.55,7", "a 1.01,7": (hours,) minutes and seconds split by a dot, the fraction after a
# comma (Portuguese rally classifications); a gap when signed
DOT_COMMA_TIME_RE = re.compile(
    r"(?<![\w.,:])(?P<sign>\+\s?|a\s)?(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2})\.(?P<s>[0-5]\d),"
    r"(?P<f>\d{1,3})(?![\d,:]|\.\d)"
)
# "1s602", "a 0s074", '0"074', "a 4”902", "40m36s128", "36m.57s.421/1000", "+ 9''743", "à 54 »3",
# "+24s2", "2h31m28s7": seconds and their fraction split by a unit (a dot may follow the unit; '»'
# is a seconds' mark French pages print for '"'; tenths after an 's' only in a signed gap or a
# time with its minutes, see SHORT_FRACTION_UNIT)
SPLIT_TIME_RE = re.compile(
    r"(?<![\w.,:])(?P<sign>\+\s?|[aà]\s)?(?:(?:(?P<h>\d{1,2})h\s?)?(?P<m>\d{1,3})m\.?\s?)?"
    r"(?P<s>\d{1,2})(?P<unit>s\.?(?=\d{1,3}(?!\d))|[\"”″]|''|\s?»\s?)(?P<ms>\d{1,3})(?:/1000)?"
    r"(?!\d|[.,]\d)"
)
# "s": the unit after which a fraction of fewer than three digits ('4s2') is read only with a
# sign or the minutes before it
SHORT_FRACTION_UNIT = "s"
THOUSANDTHS = 3  # digits of a fraction in thousandths
# "11m21.64s", "1h02m13.4s", "+ 0m04.2s", "18min 25.81sec": hours, minutes and seconds each
# followed by its unit
UNIT_TIME_RE = re.compile(
    r"(?<![\w.,:])(?P<sign>\+\s?)?(?:(?P<h>\d{1,2})h\s?)?(?P<m>\d{1,3})m(?:in)?\s?"
    r"(?P<s>\d{1,2}(?:[.,]\d{1,4})?)s(?:ec)?(?!\w)"
)
# "57’43”241/1000", "57'43\"241", "53'36''455", "+ 1'18''706", "59’17 »8", "2h00’38″4": (hours,)
# minutes, seconds and thousandths in the old typewriter marks (two apostrophes for the seconds'
# mark), a gap when signed
MARKED_TIME_RE = re.compile(
    r"(?<![\w.,:])(?P<sign>\+\s?)?(?:(?P<h>\d{1,2})h\s?)?(?P<m>\d{1,3})[’'′]\s?(?P<s>\d{2})"
    r"(?:[”\"″]|''|\s?»\s?)"
    r"(?P<ms>\d{1,3})(?:/1000)?(?!\d)"
)
# "DNF", "DSQ", "DQ", "N/A", "NA", "NC", "DNS", "Ret", "Retired", "Disqualified", "Ritirato",
# "EXCL" (excluded: disqualified after the race), "- NS" closing a row after a dash (a non-starter;
# not 'Halifax, NS', a province)
STATUS_RE = re.compile(
    r"(?<!\w)(?P<status>DNF|DNS|DSQ|DQ|N/?A|N\.A\.|NC|Ret(?:ired)?|Disqualified|Ritirato|Abandon|"
    r"Abandono|Squalificato|Descalificado|Desclassificado|Ausfall|Disq\.?|Excl(?:uded)?"
    r"|(?<=[-–—]\s)(?-i:NS)(?=\s*$))(?!\w)",
    re.IGNORECASE,
)
_STATUS_OF = {
    "dnf": "dnf", "dns": "dns", "ret": "dnf", "retired": "dnf", "ritirato": "dnf",
    "abandon": "dnf", "abandono": "dnf", "ausfall": "dnf",
    "dsq": "dsq", "dq": "dsq", "disqualified": "dsq", "squalificato": "dsq",
    "descalificado": "dsq", "desclassificado": "dsq", "disq": "dsq", "disq.": "dsq",
    "excl": "dsq", "excluded": "dsq",
    "n/a": "na", "na": "na", "n.a.": "na", "nc": "nc", "ns": "dns",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Timing:
    """What a row says about how a driver finished: a gap or time, laps, or a status."""

    text: str  # as printed
    start: int  # span in the searched string
    end: int
    gap_s: float | None = None  # seconds behind the winner (signed gaps and unit-marked gaps)
    time_s: float | None = (
        None  # an unsigned clock time: a race time or a gap, decided by the row's list
    )
    laps: int | None = None
    laps_down: int | None = None  # "+1 lap"
    status: Status = "finished"


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _clock_seconds(m: re.Match[str]) -> float:
    hours = int(m["h"]) if m["h"] else 0
    return round(hours * 3600 + int(m["m"]) * 60 + _number(m["s"]), 4)


def find_timings(text: str) -> list[Timing]:
    """Every gap, time, lap count and status in `text`, left to right, without overlaps."""
    found: list[Timing] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in LAPS_RE.finditer(text):
        n = int(m["n"] or m["n_short"])
        if m["sign"] or m["sign2"] or m["down"]:  # "+1 lap", "-1L", "1 lap down": laps down
            t = Timing(m.group(0), m.start(), m.end(), laps_down=n, status="lapped")
        else:
            t = Timing(m.group(0), m.start(), m.end(), laps=n)
        found.append(t)
        taken.append((m.start(), m.end()))
    for m in (*MARKED_TIME_RE.finditer(text), *SPLIT_TIME_RE.finditer(text)):
        if not free(m.start(), m.end()):
            continue
        minutes = m["m"]
        unit = m.groupdict().get("unit") or ""
        short = unit.startswith(SHORT_FRACTION_UNIT) and len(m["ms"]) < THOUSANDTHS
        if short and not (m["sign"] or minutes):
            continue  # '4s2' alone: no gap nor time a row prints so
        # the digits after the mark are a decimal fraction ('1’25”6' is 85.6 s) unless the text
        # says thousandths ('57’43”241/1000')
        places = 3 if m.group(0).endswith("/1000") else len(m["ms"])
        hours = int(m.groupdict().get("h") or 0)  # "2h00’38″4": a rally's total time
        seconds = int(minutes or 0) * 60 + int(m["s"]) + int(m["ms"]) / 10**places
        seconds = round(hours * 3600 + seconds, 3)
        if minutes and not m.groupdict().get("sign"):  # "40m36s128": a race time
            found.append(Timing(m.group(0), m.start(), m.end(), time_s=seconds))
        else:  # "a 1s602", "2s611": a gap
            found.append(Timing(m.group(0), m.start(), m.end(), gap_s=seconds))
        taken.append((m.start(), m.end()))
    for m in UNIT_TIME_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        seconds = round(int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + _number(m["s"]), 3)
        key = "gap_s" if m["sign"] else "time_s"  # "11m21.64s": a race time
        found.append(Timing(m.group(0), m.start(), m.end(), **{key: seconds}))
        taken.append((m.start(), m.end()))
    for m in HOURS_DOTTED_TIME_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + _number(f"{m['s']}.{m['f']}")
        found.append(Timing(m.group(0), m.start(), m.end(), time_s=round(seconds, 3)))
        taken.append((m.start(), m.end()))
    for m in DOTTED_TIME_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        seconds = round(int(m["m"]) * 60 + int(m["s"]) + int(m["ms"]) / 1000, 3)
        found.append(Timing(m.group(0), m.start(), m.end(), time_s=seconds))
        taken.append((m.start(), m.end()))
    for m in DOT_COMMA_TIME_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        seconds = int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + _number(f"{m['s']}.{m['f']}")
        key = "gap_s" if m["sign"] else "time_s"
        found.append(Timing(m.group(0), m.start(), m.end(), **{key: round(seconds, 3)}))
        taken.append((m.start(), m.end()))
    for m in CLOCK_TIME_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        seconds = _clock_seconds(m)
        if m["sign"]:
            found.append(Timing(m.group(0), m.start(), m.end(), gap_s=seconds))
        else:
            found.append(Timing(m.group(0), m.start(), m.end(), time_s=seconds))
        taken.append((m.start(), m.end()))
    for m in SECONDS_TIME_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        value = m["v1"] or m["v2"] or m["v3"]
        if m["v1"] and not m["sign"]:
            continue
        if m["v3"]:  # bare "0.684": a gap only in a row, where nothing else is a number
            found.append(Timing(m.group(0), m.start(), m.end(), time_s=_number(value)))
        else:
            found.append(Timing(m.group(0), m.start(), m.end(), gap_s=_number(value)))
        taken.append((m.start(), m.end()))
    for m in STATUS_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        found.append(Timing(m.group(0), m.start(), m.end(), status=status_of(m["status"])))
        taken.append((m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


def status_of(word: str) -> Status:
    """The contract's status of a printed status word: 'Ret' -> 'dnf', 'DQ' -> 'dsq'."""
    word = word.strip().lower()
    return _STATUS_OF.get(word) or _STATUS_OF[word.rstrip(".")]  # type: ignore[return-value]


def parse_gap(text: str) -> tuple[float | None, int | None, Status]:
    """Read one gap cell or fragment: '+1:05.950' -> (65.95, None, 'finished'); '+1 lap' ->
    (None, None, 'lapped'); '24 laps' -> (None, 24, 'finished'); 'DNF' -> (None, None, 'dnf')."""
    gap_s: float | None = None
    laps: int | None = None
    status: Status = "finished"
    for t in find_timings(text):
        if t.gap_s is not None or t.time_s is not None:
            gap_s = t.gap_s if t.gap_s is not None else t.time_s
        if t.laps is not None:
            laps = t.laps
        if t.status != "finished":
            status = t.status
    return gap_s, laps, status
