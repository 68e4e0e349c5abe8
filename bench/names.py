"""Invented driver names: a pooled first name and a surname built from syllables, per culture."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.nations import NATIONS, Nation
from extractors.text import strip_accents

# culture -> (first names, surname openings, surname endings, particles)
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "jp": (
        ("Haruto", "Ren", "Sota", "Yuki", "Daiki", "Kaito", "Riku", "Kenta", "Shun", "Takeru"),
        ("Ka", "Mi", "Ta", "Sa", "Ko", "Na", "Ya", "Hi", "Mo", "Shi", "Ku", "To", "Ha", "Wa"),
        ("mura", "moto", "kawa", "yama", "shita", "zono", "bashi", "saki", "hara", "numa"),
        (),
    ),
    "it": (
        ("Marco", "Luca", "Matteo", "Davide", "Andrea", "Simone", "Lorenzo", "Paolo", "Enrico"),
        ("Ber", "Fan", "Gal", "Ros", "Mar", "Vi", "Cal", "Bel", "Ser", "Tor", "Pe", "Lan"),
        ("etti", "ani", "ino", "ello", "oni", "ucci", "ardi", "aro", "esi", "ighi"),
        (),
    ),
    "es": (
        ("Javier", "Diego", "Pablo", "Álvaro", "Sergio", "Iván", "Raúl", "Andrés", "Tomás"),
        ("Ga", "Mo", "Her", "Ro", "Ca", "Ser", "Lo", "Ma", "Fer", "Be", "Or", "Vi"),
        ("rrano", "rales", "nández", "dríguez", "stillo", "pez", "ñoz", "rtín", "llar", "tega"),
        (),
    ),
    "pt": (
        ("João", "Rafael", "Thiago", "Bruno", "Gustavo", "Felipe", "Caio", "Vinícius"),
        ("Sil", "Car", "Ol", "Pe", "Ri", "Sou", "Al", "Fer", "Bar", "Go"),
        ("va", "valho", "iveira", "reira", "beiro", "za", "meida", "raz", "ros", "mes"),
        ("dos", "da", "de"),
    ),
    "de": (
        ("Lukas", "Jonas", "Felix", "Maximilian", "Tobias", "Nico", "Jan", "Moritz", "Julian"),
        ("Ha", "Wei", "Kel", "Bren", "Stein", "Hof", "Schwar", "Lang", "Rie", "Kö", "Mü"),
        ("mann", "ner", "ler", "berg", "huber", "zer", "hardt", "bach", "rich"),
        (),
    ),
    "nl": (
        ("Daan", "Bram", "Sem", "Thijs", "Ruben", "Jesse", "Lars", "Niels", "Joost"),
        ("Bru", "Vries", "Hoek", "Berg", "Wit", "Jong", "Dijk", "Graaf", "Meer", "Bos"),
        ("in", "stra", "man", "s", "e", "hof", "kamp"),
        ("de", "van", "van der", "van den"),
    ),
    "fr": (
        ("Théo", "Hugo", "Lucas", "Mathis", "Baptiste", "Julien", "Romain", "Maxime", "Kylian"),
        ("Du", "Mar", "Le", "Ber", "Gi", "Fa", "Rou", "Beau", "Mon", "Cha"),
        ("mont", "chand", "fèvre", "nard", "rard", "ssel", "vois", "reau", "tier"),
        (),
    ),
    "en": (
        ("Jack", "Ethan", "Liam", "Noah", "Oliver", "Ryan", "Connor", "Mason", "Calen", "Owen"),
        ("Ash", "Brad", "Hol", "Wes", "Mor", "Har", "Cal", "Pem", "Whit", "Fair", "Rad", "Ken"),
        ("ford", "ley", "ton", "well", "by", "worth", "ridge", "wood", "field", "shaw"),
        (),
    ),
    "nordic": (
        ("Magnus", "Erik", "Lars", "Oskar", "Henrik", "Mikkel", "Tobias", "Anders", "Sander"),
        ("Lind", "Berg", "Dahl", "Holm", "Sand", "Strand", "Vik", "Ny", "Eng"),
        ("qvist", "gren", "ström", "sen", "lund", "berg", "vold", "by"),
        (),
    ),
    "cn": (
        ("Ming", "Hao", "Jun", "Wei", "Yu", "Xin", "Tian", "Zi", "Kai", "Bo"),
        ("Li", "Wang", "Zhang", "Chen", "Liu", "Huang", "Lin", "Zhao", "Wu", "Tang"),
        ("",),
        (),
    ),
    "kr": (
        ("Min", "Jun", "Seo", "Ji", "Hyun", "Woo", "Tae", "Sung", "Dong", "Yeon"),
        ("Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"),
        ("",),
        (),
    ),
    "cee": (
        ("Jakub", "Kacper", "Bence", "Levente", "Ondřej", "Tomáš", "Dominik", "Ádám", "Patrik"),
        ("Nowa", "Kowal", "Wiś", "Blaz", "Sza", "Ho", "Dvo", "Kra", "Mol", "Ne"),
        ("k", "ski", "czyk", "sán", "bó", "rák", "ček", "nár", "wicz"),
        (),
    ),
    "ar": (
        ("Abdulaziz", "Faisal", "Saud", "Khalid", "Omar", "Nasser", "Turki"),
        ("Al Har", "Al Mut", "Al Qah", "Al Sha", "Al Dos", "Al Gha"),
        ("bi", "airi", "tani", "mri", "ari", "amdi"),
        (),
    ),
    "in": (
        ("Arjun", "Rohan", "Vikram", "Aditya", "Karan", "Nikhil", "Siddharth"),
        ("Me", "Ra", "Sha", "Iy", "Kap", "Nai", "Ban", "Cha", "De"),
        ("non", "o", "rma", "er", "oor", "r", "erjee", "wla", "sai"),
        (),
    ),
}

# Online IDs some reports add in brackets: "Tomas Berg (TB_Racer77)"
GAMER_TAG_WORDS = ("Racer", "Apex", "Drift", "Slip", "Turbo", "Pit", "Grid", "Lap", "Volt")


@dataclass(frozen=True, slots=True)
class Driver:
    """An invented driver: full name as usually printed, nation, and an optional online ID."""

    first: str
    last: str
    nation: Nation
    online_id: str | None = None
    family_first: bool = False  # Chinese and Korean names print the family name first

    @property
    def name(self) -> str:
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"

    @property
    def surname(self) -> str:
        """The name prose uses for a second mention: 'Berg', 'de Bruin', 'Li'."""
        return self.last

    @property
    def initial_name(self) -> str:
        """Initial and surname, as short lists print it: 'A. Ribeiro'."""
        return self.name if self.family_first else f"{self.first[0]}. {self.last}"


def _surname(rng: random.Random, culture: str) -> str:
    _, openings, endings, particles = NAME_POOLS[culture]
    last = rng.choice(openings) + rng.choice(endings)
    if particles and rng.random() < 0.35:
        last = f"{rng.choice(particles)} {last}"
    return last


def invent_driver(rng: random.Random, nation: Nation) -> Driver:
    """A new driver for `nation`, with a name from its culture's pools."""
    firsts = NAME_POOLS[nation.culture][0]
    family_first = nation.culture in ("cn", "kr")
    first = rng.choice(firsts)
    if family_first and rng.random() < 0.7:  # two-syllable given names: "Minghao", "Seojun"
        first += rng.choice(firsts).lower()
    online_id = None
    if rng.random() < 0.15:
        online_id = f"{rng.choice(GAMER_TAG_WORDS)}_{rng.choice(firsts)[:3]}{rng.randint(1, 99)}"
    return Driver(
        first=first,
        last=_surname(rng, nation.culture),
        nation=nation,
        online_id=online_id,
        family_first=family_first,
    )


def driver_pool(seed: int, size: int = 400) -> list[Driver]:
    """A fixed pool of distinct drivers (distinct names and surnames) for a corpus seed."""
    rng = random.Random(f"{seed}/drivers")
    drivers: list[Driver] = []
    names: set[str] = set()
    surnames: set[str] = set()
    while len(drivers) < size:
        driver = invent_driver(rng, rng.choice(NATIONS))
        key = strip_accents(driver.surname).lower()
        if driver.name in names or key in surnames:
            continue
        names.add(driver.name)
        surnames.add(key)
        drivers.append(driver)
    return drivers
