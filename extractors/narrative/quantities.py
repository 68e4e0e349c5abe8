"""Seconds in the time quantities race prose uses: '0.004s', 'ten-second', 'half a second',
'a tenth', 'three tenths', '1.5 seconds', '+1:12.340'."""

from __future__ import annotations

import re

from extractors.narrative.lang import all_halves, all_numbers

# "+1:12.340", "1'12.340": minutes and seconds
CLOCK_RE = re.compile(r"(?P<m>\d{1,2})[:'’′](?P<s>\d{2}(?:[.,]\d{1,4})?)")
# "0s004": seconds and thousandths as Brazilian timing writes them
SPLIT_SECONDS_RE = re.compile(r"(?P<s>\d+)s(?P<ms>\d{3})")
# "1 minute and 12 seconds", "2 min 5 sec"
MINUTES_AND_SECONDS_RE = re.compile(
    r"(?P<m>\d+)\s*(?:minutes?|min)\s*(?:and\s*|,\s*)?(?P<s>\d+(?:[.,]\d+)?)\s*(?:seconds?|secs?)"
)
# "0.004", "0,684", "20": the number in a quantity
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
}
FRACTIONS = {
    "half": 0.5,
    "tenth": 0.1,
    "tenths": 0.1,
    "hundredth": 0.01,
    "hundredths": 0.01,
    "thousandth": 0.001,
    "thousandths": 0.001,
}


def count_word(word: str) -> int | None:
    """A count written in digits or words: '5', 'five' -> 5."""
    word = word.lower()
    return int(word) if word.isdigit() else WORD_NUMBERS.get(word)


def parse_seconds(text: str) -> float | None:
    """Seconds a quantity states ('ten-second' -> 10.0, 'half a second' -> 0.5, '+1:12.340' ->
    72.34, '1 minute and 12 seconds' -> 72.0, '0s004' -> 0.004, 'cinco segundos' -> 5.0, 'dos
    segundos y medio' -> 2.5); None
    when it states no number."""
    clock = CLOCK_RE.search(text)
    if clock:
        return round(int(clock["m"]) * 60 + float(clock["s"].replace(",", ".")), 4)
    split = SPLIT_SECONDS_RE.fullmatch(text.strip())
    if split:
        return round(int(split["s"]) + int(split["ms"]) / 1000, 4)
    minutes = MINUTES_AND_SECONDS_RE.search(text.lower())
    if minutes:
        return round(int(minutes["m"]) * 60 + float(minutes["s"].replace(",", ".")), 4)
    words = re.findall(r"[^\W\d_]+|\d+(?:[.,]\d+)?", text.lower())
    value: float | None = None
    unit = 1.0
    for word in words:
        if NUMBER_RE.fullmatch(word):
            value = float(word.replace(",", "."))
        elif word in FRACTIONS:
            unit = FRACTIONS[word]
            if word == "half":
                value = 1.0 if value is None else value
        elif word in WORD_NUMBERS and value is None:
            value = float(WORD_NUMBERS[word])
        elif word in all_numbers() and value is None:  # "cinco segundos"
            value = float(all_numbers()[word])
        elif word in all_halves() and value is not None:  # "dos segundos y medio"
            value += 0.5
    if value is None:
        return None
    return round(value * unit, 4)
