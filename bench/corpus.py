"""A synthetic corpus of race reports from a fixed seed, each article with the truth it states.

Article `i` of seed `s` depends on nothing but (s, i), so a corpus streams one article at a time
and any article can be regenerated alone. The truth (races, rows, standings, penalties) is what the
generator wrote, independent of any extractor.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bench.articles import Article, Block, Status, TruthPenalty, TruthRace, TruthRow, TruthStanding
from bench.names import Driver, driver_pool
from bench.nations import LANGUAGES
from bench.pages import render_page
from bench.prose import PENALTIES, PENALTY_REASONS, PROSE, SECONDS_WORD
from extractors.text import strip_accents

DEFAULT_SEED = 20240521
GENERATOR_VERSION = "3"  # bump whenever the same seed would generate different pages

SERIES = (
    "Apex Nations Cup",
    "Global Sim Masters",
    "Virtual GT Championship",
    "Sim Endurance Series",
    "Pro Esports Racing League",
    "Manufacturers Sim Cup",
)
CITIES = (
    "Tokyo", "Prague", "Montréal", "Lisbon", "Monaco", "Sydney", "Salzburg", "Barcelona",
    "Fuji", "Amsterdam", "Abu Dhabi", "Nürburg", "Bologna", "Las Vegas", "Seoul", "Cape Town",
)  # fmt: skip
TRACKS = (
    "Kirkwood Raceway", "Autodromo di Valcasta", "Circuit de la Sarre", "Haruna Speedway",
    "Bracken Hill Circuit", "Porto Alto Ring", "Lakeside International", "Sierra Verde Circuit",
    "Nordhang Ring", "Redgate Park", "Autódromo Costa Brava", "Kinsella Motor Park",
)  # fmt: skip
CARS = (
    "Porsche 911 RSR", "Mazda RX-Vision GT3", "Ferrari 296 GT3", "BMW M4 GT3", "Toyota GR010",
    "Red Bull X2019 Competition", "Nissan GT-R Nismo GT3", "Audi R8 LMS Evo", "Corvette C8.R",
    "McLaren 720S GT3", "Lamborghini Huracán GT3", "Mercedes-AMG GT3", "Honda NSX GT3",
    "Alpine A110 GT4",
)  # fmt: skip

LAPS_WORD = {
    "en": ("lap", "laps"), "it": ("giro", "giri"), "pt": ("volta", "voltas"),
    "es": ("vuelta", "vueltas"), "de": ("Runde", "Runden"), "fr": ("tour", "tours"),
}  # fmt: skip
POINTS_WORD = {
    "en": ("point", "points"), "it": ("punto", "punti"), "pt": ("ponto", "pontos"),
    "es": ("punto", "puntos"), "de": ("Punkt", "Punkte"), "fr": ("point", "points"),
}  # fmt: skip
RACE_NAMES = {
    "en": {"race": "Race {n}", "final": "Grand Final", "semi": "Semi-Final {x}",
           "repechage": "Repechage", "sprint": "Sprint Race", "main": "Main Race"},
    "it": {"race": "Gara {n}", "final": "Finale", "semi": "Semifinale {x}",
           "repechage": "Ripescaggio", "sprint": "Gara Sprint", "main": "Gara principale"},
    "pt": {"race": "Corrida {n}", "final": "Grande Final", "semi": "Semifinal {x}",
           "repechage": "Repescagem", "sprint": "Corrida Sprint", "main": "Corrida principal"},
    "es": {"race": "Carrera {n}", "final": "Gran Final", "semi": "Semifinal {x}",
           "repechage": "Repesca", "sprint": "Carrera Sprint", "main": "Carrera principal"},
    "de": {"race": "Rennen {n}", "final": "Großes Finale", "semi": "Halbfinale {x}",
           "repechage": "Hoffnungslauf", "sprint": "Sprintrennen", "main": "Hauptrennen"},
    "fr": {"race": "Course {n}", "final": "Grande Finale", "semi": "Demi-finale {x}",
           "repechage": "Repêchage", "sprint": "Course Sprint", "main": "Course principale"},
}  # fmt: skip
RESULT_HEADINGS = {
    "en": ("{race} Results", "{race} – results", "{race}", "{race}: {track}, {laps} Laps",
           "{series} {season}, Round {round}, {city}, {race} results", "Results: {race}"),
    "it": ("Risultati {race}", "{race} – risultati", "{race}: {track}, {laps} giri"),
    "pt": ("Resultados da {race}", "{race} – resultados"),
    "es": ("Resultados de la {race}", "{race} – resultados"),
    "de": ("Ergebnis {race}", "{race} – Ergebnisse"),
    "fr": ("Résultats de la {race}", "{race} – résultats"),
}  # fmt: skip
STANDINGS_HEADINGS = {
    "en": ("Championship standings after {event}", "{series} standings after Round {round}",
           "Points after {event}"),
    "it": ("Classifica dopo {event}",),
    "pt": ("Classificação após {event}",),
    "es": ("Clasificación tras {event}",),
    "de": ("Gesamtwertung nach {event}",),
    "fr": ("Classement après {event}",),
}  # fmt: skip
TITLES = {
    "en": ("{W} wins {race} at {event}", "{Ws} takes {series} victory in {city}",
           "{series} {season}: {W} on top in {city}", "{Wdem} joy as {Ws} triumphs in {city}"),
    "it": ("{W} vince la {race} a {city}", "{series} {season}: {Ws} trionfa a {city}"),
    "pt": ("{W} vence a {race} em {city}", "{series} {season}: {Ws} triunfa em {city}"),
    "es": ("{W} gana la {race} en {city}", "{series} {season}: {Ws} triunfa en {city}"),
    "de": ("{W} gewinnt das {race} in {city}", "{series} {season}: {Ws} siegt in {city}"),
    "fr": ("{W} remporte la {race} à {city}", "{series} {season} : {Ws} s'impose à {city}"),
}  # fmt: skip
# Table headers per language: pos, driver, nation, car, gap, points
TABLE_HEADERS = {
    "en": (("Pos", "Pos.", "#"), ("Driver", "Name"), ("Nation", "Country"),
           ("Car", "Manufacturer"), ("Gap", "Time", "Interval"), ("Points", "Pts")),
    "it": (("Pos.",), ("Pilota",), ("Nazione",), ("Auto",), ("Distacco",), ("Punti",)),
    "pt": (("Pos.",), ("Piloto",), ("País",), ("Carro",), ("Diferença",), ("Pontos",)),
    "es": (("Pos.",), ("Piloto",), ("País",), ("Coche",), ("Diferencia",), ("Puntos",)),
    "de": (("Pos.",), ("Fahrer",), ("Nation",), ("Auto",), ("Abstand",), ("Punkte",)),
    "fr": (("Pos.",), ("Pilote",), ("Pays",), ("Voiture",), ("Écart",), ("Points",)),
}  # fmt: skip
RACE_POINTS = (25, 18, 15, 12, 10, 8, 6, 4, 2, 1)
LIST_SHAPES = (
    "dash_nation", "dash_nation_sep", "numbered_code", "p_numbered", "nation_first", "car_row",
    "initials", "pipe", "colon_code",
)  # fmt: skip
NEUTRAL_FRONT_ROW = "{P} lined up on the front row alongside {W}."
SEPARATORS = (" – ", " – ", " — ", " - ", "–", " | ", "\t")

# an en/em dash or spaced hyphen used as a separator inside a printed line: "Ana Ribeiro – Portugal"
SEPARATOR_RE = re.compile(r"\s*[–—]\s*|\s+-\s+")


@dataclass(slots=True)
class _Entry:
    driver: Driver
    position: int | None
    status: Status
    gap_s: float | None = None
    laps_down: int = 0


@dataclass(slots=True)
class _Race:
    name: str
    laps: int
    track: str
    car: str
    entries: list[_Entry]
    penalty: TruthPenalty | None = None


def decimal(value: float, language: str, places: int = 3) -> str:
    """A number as the language prints it: '0.684', '0,684'."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if language != "en" else text


def _gap_text(gap: float, language: str, style: dict) -> str:
    """A gap as printed in a list: '+0.684s', '+ 14.205', '0.684 sec', '+1:05.950', "+1'05.950"."""
    if gap >= 60:
        minutes, seconds = divmod(gap, 60)
        seconds = round(seconds, 3)
        body = f"{int(minutes)}{style['minute_mark']}{decimal(seconds, language).zfill(6)}"
        return f"+{body}"
    body = decimal(gap, language)
    if style["unit"] == " sec":
        return f"{body} sec"
    plus = "+ " if style["spaced"] else "+"
    return f"{plus}{body}{style['unit']}"


def _laps_text(laps: int, language: str, capitalised: bool = False) -> str:
    one, many = LAPS_WORD[language]
    word = one if laps == 1 else many
    return f"{laps} {word.capitalize() if capitalised else word}"


def _time_cell(entry: _Entry, race: _Race, language: str, style: dict) -> str:
    """What a row prints for its time: winner's laps, a gap, lapped, or no time."""
    if entry.status == "finished":
        if entry.gap_s is None:
            return _laps_text(race.laps, language, style["cap_laps"])
        return _gap_text(entry.gap_s, language, style)
    if entry.status == "lapped":
        return "+" + _laps_text(entry.laps_down, language, style["cap_laps"])
    return {"na": "N/A", "dnf": "DNF", "dsq": "DSQ"}[entry.status]


def _truth_row(entry: _Entry, race: _Race, printed: str, nation_in_row: bool) -> TruthRow:
    laps = race.laps if entry.status == "finished" and entry.gap_s is None else None
    return TruthRow(
        position=entry.position,
        driver=printed,
        nation=entry.driver.nation.iso3,
        nation_in_row=nation_in_row,
        gap_s=entry.gap_s,
        laps=laps,
        status=entry.status,
    )


def _position_text(position: int, language: str, rng: random.Random) -> str:
    if language in ("pt", "es"):
        return f"{position}º"
    if language == "it":
        return rng.choice((f"{position}°", f"{position}º"))
    return f"{position}."


class _Writer:
    """Writes one article: draws its races, prints them in chosen shapes, records the truth."""

    def __init__(self, seed: int, index: int, pool: list[Driver]) -> None:
        self.seed = seed
        self.index = index
        self.rng = random.Random(f"{seed}/{index}")
        self.pool = pool
        rng = self.rng
        self.language = "en" if rng.random() < 0.7 else rng.choice(LANGUAGES[1:])
        self.accents_dropped = rng.random() < 0.15
        self.season = 2019 + index % 6
        self.round = 1 + (index // 6) % 8
        self.published = dt.date(self.season, 2 + self.round, 1 + (index * 7) % 27)
        self.series = rng.choice(SERIES)
        self.city = rng.choice(CITIES)
        self.next_city = rng.choice([c for c in CITIES if c != self.city])
        self.event = f"Round {self.round}, {self.city}"
        self.car = rng.choice(CARS)
        self.blocks: list[Block] = []
        self.races: list[TruthRace] = []
        self.penalties: list[TruthPenalty] = []
        self.standings: list[TruthStanding] = []
        self.decks: dict[str, list[str]] = {}

    # -- names as this site prints them
    def name(self, driver: Driver) -> str:
        return strip_accents(driver.name) if self.accents_dropped else driver.name

    def surname(self, driver: Driver) -> str:
        return strip_accents(driver.surname) if self.accents_dropped else driver.surname

    def nation_name(self, driver: Driver) -> str:
        nation = driver.nation
        if self.language != "en":
            return nation.name_in(self.language)
        return nation.names[0] if self.rng.random() < 0.8 else self.rng.choice(nation.names)

    # -- the races
    def _entries(self, drivers: list[Driver], laps: int) -> list[_Entry]:
        rng = self.rng
        n = len(drivers)
        tail: list[Status] = []
        if rng.random() < 0.2:
            tail.append("dnf")
        if rng.random() < 0.05:
            tail.append("dsq")
        if rng.random() < 0.25:
            tail.insert(0, "na")
        lapped = rng.choice((0, 0, 0, 1, 2)) if n - len(tail) > 6 else 0
        finishers = n - len(tail) - lapped
        entries: list[_Entry] = []
        gap = 0.0
        mean_step = 0.6 + laps * 0.1
        for i, driver in enumerate(drivers):
            position = i + 1
            if i == 0:
                entries.append(_Entry(driver, 1, "finished"))
            elif i < finishers:
                if not (rng.random() < 0.08 and i > 1):  # a tie repeats the previous gap
                    gap = round(gap + max(0.001, rng.expovariate(1 / mean_step)), 3)
                entries.append(_Entry(driver, position, "finished", gap_s=gap))
            elif i < finishers + lapped:
                entries.append(_Entry(driver, position, "lapped", laps_down=1 + (i - finishers)))
            else:
                status = tail[i - finishers - lapped]
                entries.append(_Entry(driver, position if status == "na" else None, status))
        return entries

    def _race_plan(self) -> list[tuple[str, list[Driver]]]:
        """The races of the article and who started each."""
        rng = self.rng
        names = RACE_NAMES[self.language]
        kind = rng.choice(("nations_final", "sprint_main", "races", "single"))
        field_ = rng.sample(self.pool, rng.randint(14, 30))
        if kind == "nations_final":
            groups = rng.choice((2, 3))
            size = len(field_) // groups
            plan = [
                (names["semi"].format(x="ABC"[g]), field_[g * size : (g + 1) * size])
                for g in range(groups)
            ]
            final = [d for _, drivers in plan for d in drivers[: max(3, size // 2)]]
            rng.shuffle(final)
            return [*plan, (names["final"], final)]
        if kind == "sprint_main":
            drivers = field_[: rng.randint(10, 16)]
            main = drivers[:]
            rng.shuffle(main)
            return [(names["sprint"], drivers), (names["main"], main)]
        if kind == "races":
            count = rng.randint(2, 3)
            drivers = field_[: rng.randint(10, 16)]
            plan = []
            for n in range(1, count + 1):
                order = drivers[:]
                rng.shuffle(order)
                plan.append((names["race"].format(n=n), order))
            return plan
        return [(names["main"], field_[: rng.randint(10, 18)])]

    # -- prose
    def _fill(self, template: str, race: _Race | None, extra: dict[str, str]) -> str:
        rng = self.rng
        values = {
            "series": self.series, "season": str(self.season), "event": self.event,
            "city": self.city, "next_city": self.next_city, "car": self.car,
            "lap": str(rng.randint(2, 12)),
        }  # fmt: skip
        if race is not None:
            finishers = [e.driver for e in race.entries]
            others = finishers[3:] or finishers
            x, y = rng.sample(others, 2) if len(others) > 1 else (others[0], finishers[0])
            pole = rng.choice(finishers[:4])
            if "{Wdem} front row" in template and pole.nation != finishers[0].nation:
                template = NEUTRAL_FRONT_ROW  # "an all-Japanese front row" only when it is true
            margin = race.entries[1].gap_s or 0.1
            margin_text = f"{decimal(margin, self.language, 3 if margin < 1 else 2)}"
            margin_text += SECONDS_WORD[self.language]
            if self.language == "en" and margin < 0.1 and rng.random() < 0.3:
                margin_text = "less than a tenth"
            values.update(
                race=race.name, track=race.track, laps=str(race.laps), car=race.car,
                margin=margin_text,
                Wnat=finishers[0].nation.name_in(self.language),
                Wdem=finishers[0].nation.demonym,
                Xnat=x.nation.name_in(self.language), Xdem=x.nation.demonym,
            )  # fmt: skip
            for letter, driver in (
                ("W", finishers[0]), ("S", finishers[1]), ("T", finishers[2]),
                ("F", finishers[3] if len(finishers) > 3 else finishers[-1]),
                ("P", pole), ("X", x), ("Y", y),
            ):  # fmt: skip
                full = self.name(driver)
                if letter in "WX" and driver.online_id and rng.random() < 0.5:
                    full = f"{full} ({driver.online_id})"
                values[letter] = full
                values[letter + "s"] = self.surname(driver)
        values.update(extra)
        return template.format(**values)

    def _sentence(self, category: str, race: _Race | None, **extra: str) -> str:
        deck = self.decks.get(category)
        if not deck:  # deal each template once before any repeats
            deck = self.decks[category] = list(PROSE[self.language][category])
            self.rng.shuffle(deck)
        return self._fill(deck.pop(), race, extra)

    def _paragraph(self, categories: list[str], race: _Race | None) -> str:
        return " ".join(self._sentence(c, race) for c in categories)

    def _penalty_sentence(self, race: _Race) -> str:
        rng = self.rng
        phrase = rng.choice(PENALTIES[self.language])
        reason_text, reason = rng.choice(PENALTY_REASONS[self.language])
        driver = rng.choice(race.entries[3:] or race.entries).driver
        race.penalty = TruthPenalty(race.name, driver.name, phrase.seconds, phrase.kind, reason)
        self.penalties.append(race.penalty)
        return self._sentence(
            "penalty", race, D=self.name(driver), Ds=self.surname(driver),
            penalty=phrase.text, reason=reason_text,
        )  # fmt: skip

    def _race_prose(self, race: _Race, paragraphs: int) -> list[Block]:
        rng = self.rng
        out = [self._paragraph(["start", "battle"], race)]
        for _ in range(max(0, paragraphs - 2)):
            out.append(self._paragraph(rng.sample(["battle", "setup", "battle"], 2), race))
        closing = [self._penalty_sentence(race)] if rng.random() < 0.5 else []
        closing += [self._sentence("finish", race), self._sentence("finish", race)]
        out.append(" ".join(closing))
        return [Block("paragraph", text=p) for p in out]

    # -- result blocks
    def _list_block(self, race: _Race) -> tuple[Block, TruthRace]:
        rng = self.rng
        shape = rng.choice(LIST_SHAPES)
        sep = rng.choice(SEPARATORS)
        if shape in ("pipe",):
            sep = " | "
        if "-" in race.car and sep.strip() == "-":
            sep = " – "
        style = {
            "unit": rng.choice(("", "s", "s", " sec")),
            "spaced": False,
            "minute_mark": ":" if rng.random() < 0.8 else "'",
            "cap_laps": rng.random() < 0.3,
        }
        lines: list[str] = []
        rows: list[TruthRow] = []
        numbered = shape in ("numbered_code", "p_numbered")
        for entry in race.entries:
            if numbered and entry.status in ("dnf", "dsq"):
                continue  # numbered lists stop at the last classified finisher
            style["spaced"] = rng.random() < 0.05
            d = entry.driver
            name = self.name(d)
            time = _time_cell(entry, race, self.language, style)
            code = rng.choice(d.nation.codes) if rng.random() < 0.1 else d.nation.codes[0]
            in_row = True
            if shape == "dash_nation":
                gap_sep = sep if entry.gap_s is None else " "
                line = f"{name}{sep}{self.nation_name(d)}{gap_sep}{time}"
            elif shape == "dash_nation_sep":
                line = f"{name}{sep}{self.nation_name(d)}{sep}{time}"
            elif shape == "numbered_code":
                line = (
                    f"{_position_text(entry.position, self.language, rng)} {name} ({code}) {time}"
                )
            elif shape == "p_numbered":
                line = f"P{entry.position} {name} ({code}) {time}"
            elif shape == "nation_first":
                line = f"{self.nation_name(d)} ({name}){sep}{race.car}{sep}{time}"
            elif shape == "car_row":
                line = f"{name}{sep}{self.nation_name(d)}{sep}{race.car}{sep}{time}"
            elif shape == "initials":
                name = strip_accents(d.initial_name) if self.accents_dropped else d.initial_name
                line = f"{name}{sep}{time}"
                in_row = False
            elif shape == "pipe":
                line = f"{name} | {self.nation_name(d)} | {time}"
            else:  # colon_code
                line = f"{name} ({code}): {time}"
            lines.append(line)
            rows.append(_truth_row(entry, race, name, in_row))
        block = Block("list", lines=tuple(lines), ordered=rng.random() < 0.2 and not numbered)
        return block, TruthRace(race.name, "list", tuple(rows), shape)

    def _table_block(self, race: _Race) -> tuple[Block, TruthRace]:
        rng = self.rng
        headers = TABLE_HEADERS[self.language]
        columns = ["driver", "gap"]
        if rng.random() < 0.8:
            columns.insert(0, "pos")
        if rng.random() < 0.75:
            columns.insert(columns.index("driver") + 1, "nation")
        if rng.random() < 0.3:
            columns.insert(columns.index("gap"), "car")
        if rng.random() < 0.3:
            columns.append("points")
        if "pos" not in columns and rng.random() < 0.3:
            rng.shuffle(columns)  # columns in any order
        header_index = {"pos": 0, "driver": 1, "nation": 2, "car": 3, "gap": 4, "points": 5}
        has_header = rng.random() < 0.9
        style = {"unit": rng.choice(("", "s")), "spaced": False, "minute_mark": ":",
                 "cap_laps": False}  # fmt: skip
        table: list[tuple[str, ...]] = []
        if has_header:
            table.append(tuple(rng.choice(headers[header_index[c]]) for c in columns))
        rows: list[TruthRow] = []
        for i, entry in enumerate(race.entries):
            d = entry.driver
            cells = {
                "pos": str(entry.position) if entry.position else "–",
                "driver": self.name(d),
                "nation": d.nation.codes[0] if rng.random() < 0.3 else self.nation_name(d),
                "car": race.car,
                "gap": _time_cell(entry, race, self.language, style),
                "points": str(RACE_POINTS[i]) if i < len(RACE_POINTS) and entry.position else "0",
            }
            table.append(tuple(cells[c] for c in columns))
            rows.append(_truth_row(entry, race, self.name(d), "nation" in columns))
        block = Block("table", rows=tuple(table), header=has_header)
        return block, TruthRace(race.name, "table", tuple(rows), "table")

    def _heading(self, race: _Race) -> Block:
        template = self.rng.choice(RESULT_HEADINGS[self.language])
        text = template.format(
            race=race.name, track=race.track, laps=race.laps, series=self.series,
            season=self.season, round=self.round, city=self.city,
        )  # fmt: skip
        return Block("heading", text=text)

    def _standings(self, races: list[_Race]) -> list[Block]:
        rng = self.rng
        points: dict[str, float] = {}
        drivers: dict[str, Driver] = {}
        for race in races:
            for i, entry in enumerate(race.entries[: len(RACE_POINTS)]):
                if entry.position is not None:
                    drivers[entry.driver.name] = entry.driver
                    points[entry.driver.name] = points.get(entry.driver.name, 0) + RACE_POINTS[i]
        ranked = sorted(points, key=lambda n: (-points[n], n))[: rng.randint(6, 12)]
        heading = rng.choice(STANDINGS_HEADINGS[self.language]).format(
            event=self.event, series=self.series, round=self.round
        )
        one, many = POINTS_WORD[self.language]
        shape = rng.choice(("dash_points", "numbered_pts", "table"))
        lines: list[str] = []
        headers = TABLE_HEADERS[self.language]
        header = (headers[0][0], headers[1][0], headers[5][0])
        table: list[tuple[str, ...]] = [header] if shape == "table" else []
        for position, key in enumerate(ranked, start=1):
            d, pts = drivers[key], points[key]
            word = one if pts == 1 else many
            if shape == "dash_points":
                printed, shown = self.name(d), None
                lines.append(f"{printed} – {int(pts)} {word}")
            elif shape == "numbered_pts":
                printed, shown = self.surname(d), position
                lines.append(f"{position}. {printed} ({d.nation.codes[0]}) {int(pts)} pts")
            else:
                printed, shown = self.name(d), position
                table.append((str(position), printed, str(int(pts))))
            line = lines[-1] if lines and shape != "table" else ""
            self.standings.append(TruthStanding(shown, printed, d.nation.iso3, float(pts), line))
        blocks = [Block("heading", text=heading)]
        if shape == "table":
            blocks.append(Block("table", rows=tuple(table), header=True))
        else:
            blocks.append(Block("list", lines=tuple(lines)))
        leader, runner_up = ranked[0], ranked[1]
        prose = self._sentence(
            "standings_prose", None, A=self.name(drivers[leader]), a_pts=str(int(points[leader])),
            B=self.name(drivers[runner_up]), b_pts=str(int(points[runner_up])),
        )  # fmt: skip
        blocks.insert(0, Block("paragraph", text=prose))
        return blocks

    # -- the article
    def write(self) -> Article:
        rng = self.rng
        target_words = rng.randint(1000, 1500)
        plan = self._race_plan()
        races = [
            _Race(name, rng.randint(5, 40), rng.choice(TRACKS), self.car, []) for name, _ in plan
        ]
        for race, (_, drivers) in zip(races, plan, strict=True):
            race.entries = self._entries(drivers, race.laps)
        main = races[-1]
        title = self._fill(rng.choice(TITLES[self.language]), main, {})
        lead = [
            self._paragraph(["lead", "setup"], main),
            self._paragraph(["setup", "setup", "setup"], main),
        ]
        results_at_end = rng.random() < 0.3
        body: list[Block] = [Block("paragraph", text=p) for p in lead]
        result_blocks: list[Block] = []
        prose_paragraphs = 3
        for race in races:
            body.append(Block("heading", text=race.name))
            body.extend(self._race_prose(race, prose_paragraphs))
            roll = rng.random()
            if roll < 0.12:
                self.races.append(TruthRace(race.name, "narrative", (), "narrative"))
                continue
            block, truth = self._table_block(race) if roll < 0.32 else self._list_block(race)
            self.races.append(truth)
            target = result_blocks if results_at_end else body
            target.extend([self._heading(race), block])
        body.extend(result_blocks)
        if rng.random() < 0.6:
            body.extend(self._standings(races))
        # background paragraphs until the article reaches its length
        words = sum(len(b.plain().split()) for b in body)
        insert_at = 2
        while words < target_words:
            paragraph = self._paragraph(["setup", "battle", "setup"], rng.choice(races))
            body.insert(insert_at, Block("paragraph", text=paragraph))
            insert_at = min(insert_at + 1, len(body))
            words += len(paragraph.split())
        body.append(Block("paragraph", text=self._sentence("outro", main)))
        return Article(
            seed=self.seed,
            index=self.index,
            path=self._path(title),
            language=self.language,
            title=title,
            published=self.published,
            series=self.series,
            season=self.season,
            event=self.event,
            blocks=tuple(body),
            races=tuple(self.races),
            standings=tuple(self.standings),
            penalties=tuple(self.penalties),
            accents_dropped=self.accents_dropped,
        )

    def _path(self, title: str) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", strip_accents(title).lower()).strip("-")[:60]
        prefix = "" if self.language == "en" else f"/{self.language}"
        return f"{prefix}/news/{self.published:%Y/%m}/{slug}-{self.index}/"


_POOLS: dict[int, list[Driver]] = {}


def generate_article(index: int, seed: int = DEFAULT_SEED) -> Article:
    """Article `index` of the corpus of `seed`, with its rendered HTML page and its truth."""
    pool = _POOLS.setdefault(seed, driver_pool(seed))
    article = _Writer(seed, index, pool).write()
    return replace(article, html=render_page(article, random.Random(f"{seed}/{index}/page")))


def iter_corpus(size: int, seed: int = DEFAULT_SEED) -> Iterator[Article]:
    """The first `size` articles of the corpus of `seed`, one at a time."""
    for index in range(size):
        yield generate_article(index, seed)
