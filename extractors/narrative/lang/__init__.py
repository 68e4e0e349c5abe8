"""Per-language vocabulary of the narrative reader, one data file per language (`<code>.json`)
beside the shared machinery, as spaCy keeps `lang/<code>/`.

A file lists a language's words of winning and placing, its ordinals in words, its connectors
('à frente de', 'vor'), finishing cues, penalty words, and the function words the shared readers
need (articles, 'and', words after which a name is an object). `ruler_patterns` turns the phrase
lists into span-ruler patterns, which the `language_rulers` component runs over prose of that
language only. English keeps its token patterns in `patterns/*.jsonl`, and the word sets its
readers look up under `readers` in `en.json`; a language is read when it has a file here.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from extractors.names import PARTICLES

LANG_DIR = Path(__file__).parent
ENGLISH = "en"
# "{ord}" in a template stands for every ordinal of the language, in words and digits
ORDINAL_SLOT = "{ord}"
# "{num}" stands for a position in digits or words after its noun: "auf Platz {num}" ('Platz 4',
# 'Position zwei')
NUMBER_SLOT = "{num}"
# "{who}" stands for the subject a verb-second language names between the verb and the rest of
# its phrase ('pakte hij de winst', 'wurde Max Huber Dritter'): a subject pronoun or a name
WHO_SLOT = "{who}"
# Phrase kinds whose templates open with a finite verb, said again with "{who}" after it in a
# language whose file sets `inverted_subject`
INVERTED_KINDS = ("win", "line", "podium")
# A name in the "{who}" slot: capitalised words, with a surname's particles ('Koen de Wit')
NAME_SHAPES = (
    [{"IS_TITLE": True}],
    [{"IS_TITLE": True}, {"IS_TITLE": True}],
    [{"IS_TITLE": True}, {"IS_TITLE": True}, {"IS_TITLE": True}],
    [{"IS_TITLE": True}, {"LOWER": {"IN": sorted(PARTICLES)}, "OP": "+"}, {"IS_TITLE": True}],
)
# Phrase lists of a file -> (ruler key, label, pattern id)
PHRASE_KINDS = {
    "win": ("placings", "PLACING", "won"),
    "win_after": ("placings", "PLACING", "win_after"),
    "podium": ("placings", "PLACING", "podium3"),
    "top": ("placings", "PLACING", "top"),  # "complète le top 10": tenth
    # "la top 10 è stata completata da X, Y e Z": the drivers after it take the top's last places
    "top_by": ("placings", "PLACING", "top_by"),
    "place": ("placings", "PLACING", "place"),
    # "les positions quatre à sept étaient occupées par": a range of places, one per name after
    "range": ("placings", "PLACING", "range"),
    "line": ("placings", "PLACING", "line"),
    "opens": ("placings", "PLACING", "opens"),
    "grid": ("placings", "PLACING", "grid"),
    "pole": ("placings", "PLACING", "pole"),
    "retired": ("placings", "PLACING", "retired"),  # "abandonou", "ont abandonné": no finish
    # "rétrogradé 9e", "acabou ficando com o terceiro lugar": a result amended after the race
    "amended": ("placings", "PLACING", "amended"),
    # "caiu para 13º", "passou para segundo": a place a driver fell or rose to, a result amended
    # only where a penalty is told just before ('foi punido ... e caiu para 13º')
    "dropped": ("placings", "PLACING", "dropped"),
    # "perdant sa première place", "perdió el segundo puesto": a place lost in the race, no
    # finish; read so that its place is not taken for one (no reader of its own)
    "lost_places": ("placings", "PLACING", "lost_place"),
    # "il terzo posto di X", "el tercer lugar fue para X": a place and the driver who owns it
    "place_of": ("placings", "PLACING", "place_of"),
    # "a vincere" of "È X a vincere": a win told by a cleft after the copula and the driver
    "cleft_win": ("placings", "PLACING", "cleft_win"),
    # "successi per" of "successi per A nella C1, B nella C2": wins of classes, one per pair
    "class_wins": ("placings", "PLACING", "class_wins"),
    # "als Tagessieger" of "A (C1), B (C2) und C (C3) als Tagessieger": wins of classes, the
    # list of pairs told before the phrase
    "class_wins_after": ("placings", "PLACING", "class_wins_after"),
    # "den ersten Lauf gewinnen", "de overwinning te behalen": a win in the infinitive, a win
    # told only after a modal of something done ('konnte', 'wist')
    "modal_win": ("placings", "PLACING", "modal_win"),
    "standings": ("standings", "STANDING", "position"),
    "finish_cues": ("cues", "CUE", "finish"),
    "hypothetical_cues": ("cues", "CUE", "hypothetical"),
    "in_race_cues": ("cues", "CUE", "in_race"),
    # "rodak", "compatriota", "Landsmann": a driver of the same nation as the one it belongs to
    "compatriot_words": ("cues", "ROLE", "compatriot"),
}
PENALTY_KEY = "penalties"
# Phrases that name a place without an ordinal, by the place: {"2": ["como escolta"], "4": ["au
# pied du podium"]}; their pattern id is "fixed<place>"
FIXED_PLACES = "fixed_places"
FIXED_PREFIX = "fixed"
# The highest position read from a number in words after its noun ('Platz zwanzig')
MAX_WORD_POSITION = 20
# "2º", "3ª", "4°", "5e", "6ème", "7.", "2η", "3ος": a position in digits with an ordinal ending
DIGIT_ORDINAL_RE = re.compile(
    r"^(\d{1,2})(?:\.?[º°ª]|\.|e|er|re|ère|eme|ème|o|a|ste|de|e\.|η|ος|ο|ης|ου|ον)$"
)


@dataclass(frozen=True, slots=True)
class PairedCase:
    """A case shown by a given name's ending and a surname's together ('Piotrem Nowakiem'), with
    the rules that give each word's nominative: one ending alone proves no case."""

    given: tuple[str, ...]  # endings of a given name in the case: "em", "ą"
    surname: tuple[str, ...]  # of a surname ("" an undeclined one: 'Martą Nowak')
    # (pattern, replacement): the first that fits makes a word nominative ("([aeiouy])kiem$",
    # "\\1k": 'Nowakiem' -> 'Nowak'); a word in the case that none fits leaves the name as written
    nominative: tuple[tuple[re.Pattern[str], str], ...]

    def shows(self, given: str, surname: str) -> bool:
        """Whether a given name and a surname both carry this case's endings."""
        return given.lower().endswith(self.given) and surname.lower().endswith(self.surname)

    def declines(self, surname: str) -> bool:
        """Whether a surname carries one of the case's endings ('' being none)."""
        return surname.lower().endswith(tuple(e for e in self.surname if e))

    def nominative_of(self, word: str) -> str | None:
        """The word in the nominative by the first rule that fits; None if none does."""
        for pattern, replacement in self.nominative:
            if pattern.search(word):
                return pattern.sub(replacement, word, count=1)
        return None


@dataclass(frozen=True)
class Vocabulary:
    """The words of one language the shared readers look up (all lower-case)."""

    code: str
    ordinals: dict[str, int]
    ahead: tuple[tuple[str, ...], ...]  # "à frente de": the drivers after it finished behind
    followed: tuple[tuple[str, ...], ...]  # "seguido de": the drivers after it come next
    object_words: frozenset[str]
    list_words: frozenset[str]  # "e", "y", "und": words joining names in a list
    articles: frozenset[str]  # "o", "la", "der": "o holandês" is a role
    role_nouns: frozenset[str]  # "piloto", "Fahrer"
    clause_breaks: frozenset[str]
    relative_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    not_position_nouns: frozenset[str]  # "volta": "a segunda volta" is no position
    respectively: frozenset[str]
    not_name_words: frozenset[str]
    demonyms: dict[str, str]  # extra demonyms (any inflection) -> alpha-3
    # declined surname ending -> nominative ending, and the given name's ending in that case
    # ('skiego' -> 'ski', 'a': 'Gustawa Wiśniewskiego' is Gustaw Wiśniewski)
    name_endings: tuple[tuple[str, str, str], ...]
    # a given name's stem once its ending is cut -> its nominative ('cpr' -> 'cper': Kacper)
    given_stems: tuple[tuple[str, str], ...]
    lowercase_demonyms: bool  # demonyms are written in lower case ("o chileno")
    margin_words: frozenset[str]  # "por": the word before a finishing margin, as "by"
    margin_qualifiers: frozenset[str]  # "apenas": words between that word and the margin
    win_object: bool  # a name right after the win verb is the beaten ("venceu X por 0s004")
    race_nouns: frozenset[str]  # "categoria", "Lauf": a label or ordinal with one names a race
    margin_lead: tuple[tuple[str, ...], ...]  # "d'avance": after a margin, the subject led
    margin_over: frozenset[str]  # "sur": after those words, the driver who was led
    elisions: tuple[str, ...]  # "l’", "dell’": an article elided onto the next word
    total_words: frozenset[str]  # "com": the word before a points total, as "with"
    plural_articles: frozenset[str]  # "os", "les": a demonym after one is a group
    session_words: frozenset[str] = frozenset()  # "calificación": a session that is no race
    # "pénalité de X", "Strafe gegen X": after a penalty, the words that introduce its receiver
    penalty_receivers: frozenset[str] = frozenset()
    # "rifilato", "infligée": a participle of giving between a penalty and its receiver words
    # ('un secondo di penalità rifilato a X')
    penalty_givers: frozenset[str] = frozenset()
    # "al", "to", "à": the language's 'to', after a penalty that gives it to a car or a team named
    # by one of `penalty_entry_nouns` ('a penalty to the Apex car') or after a place a driver hands
    # to another ('laisse sa 3e place à Y')
    to_words: frozenset[str] = frozenset()
    penalty_entry_nouns: frozenset[str] = frozenset()
    from_words: frozenset[str] = frozenset()  # "aus": "X aus Finnland" states X's nation
    both_words: frozenset[str] = frozenset()  # "beide": "A und B (beide GER)", both's nation
    # "de": the language's 'of' right after a driver's name and before a country ('Iker Solano de
    # Nueva Zelanda', 'X de los Países Bajos'), as English 'Ana Ribeiro of Portugal'
    country_of_words: frozenset[str] = frozenset()
    followed_at: frozenset[str] = frozenset()  # "talonné": "X, talonné à 0,2s par Y"
    agent_words: frozenset[str] = frozenset()  # "par", "da": who follows, after a margin
    plural_role_nouns: frozenset[str] = frozenset()  # "simracerzy": the drivers of a nation
    latter: tuple[tuple[str, ...], ...] = ()  # "quest'ultimo", "ce dernier": the last one named
    # "gagnait son duel", "ganó la posición", "si aggiudica il terzo posto", "la pole": a win
    # verb whose object is a fight for a place, a place or the pole, not a race
    contest_nouns: frozenset[str] = frozenset()
    # "o", "um", "om": after a contest noun, what was fought for ('walkę o siódmą lokatę', 'Kampf
    # um Platz drei'): a place fought for is no result
    contest_prepositions: frozenset[str] = frozenset()
    # "z": a rally crew told as 'A z B' ('Nowak z Kowalskim wygrali'): A, the driver, acts
    crew_joiners: frozenset[str] = frozenset()
    # "werd", "wurde": a verb whose clause may close on the place, words between ('X werd
    # ondanks zijn keuze voor regenbanden derde')
    place_copulas: frozenset[str] = frozenset()
    # "davanti a X e a Y", "seguido de X y de Y": a preposition said again after 'and' in a list
    list_prepositions: frozenset[str] = frozenset()
    # "Nella", "En la", "Entre los": words opening a sentence about a class ("Nella Shifter Over,")
    class_openers: tuple[tuple[str, ...], ...] = ()
    # "in", "en": a class's preposition besides the openers ('Messina in 125 Kzn Over')
    class_prepositions: frozenset[str] = frozenset()
    # "superando", "battant": verbs whose object was passed or beaten (object words too)
    passing_verbs: frozenset[str] = frozenset()
    # "non", "no", "não", "pas": words that deny the win after them in a clause ("non ha vinto"),
    # unless a limiter follows ("non solo ha vinto": not only)
    negations: frozenset[str] = frozenset()
    negation_limiters: frozenset[str] = frozenset()
    # a nominative ending and a declined one of any noun ('' and 'a': 'Durak', 'Duraka'; 'er' and
    # 'ra': 'Kacper', 'Kacpra'): a declined name is one the article also prints in the nominative
    case_endings: tuple[tuple[str, str], ...] = ()
    # cases a name shows by its given name and surname together ('Piotrem Nowakiem' is Piotr Nowak)
    paired_endings: tuple[PairedCase, ...] = ()
    plural_verbs: frozenset[str] = frozenset()  # "foram": what follows is said of several
    team_nouns: frozenset[str] = frozenset()  # "formatie": "de Australische formatie" is a team
    # "equipaggio", "équipage": a place told after one is a shared car's, not its drivers'
    crew_nouns: frozenset[str] = frozenset()
    # "deixando", "lasciando": a place told after one and its object is the object's ('deixando
    # o rival na 3ª posição'), never the subject's
    leave_words: frozenset[str] = frozenset()
    # "had", "avait", "aveva": the auxiliary of the pluperfect; a place told with it ('qui avait
    # fini 5e') is one of an earlier race, not a result of the race told
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    # "unidades": words after a number that make it points, besides the printed points words
    points_words: frozenset[str] = frozenset()
    # "Rückstand", "de retard": after a margin, the subject trailed the driver after margin_over
    margin_deficit: tuple[tuple[str, ...], ...] = ()
    # "è": the copula of a cleft win ('È X a vincere'), whose phrase (`cleft_win`) wins only so
    cleft_copulas: frozenset[str] = frozenset()
    # "tour", "giro": a place told at a lap ('deuxième au 10e tour') is a running position
    lap_nouns: frozenset[str] = frozenset()
    # "konnte", "wist", "mocht": modals after which an infinitive tells what was done
    factual_modals: frozenset[str] = frozenset()
    # a verb-second language: its subject may follow the verb ('pakte hij de winst')
    inverted_subject: bool = False
    # "klasse": a compound word ending so names a class ('in de rodeoklasse')
    class_suffixes: tuple[str, ...] = ()
    # "Platz", "Rang": capitalised nouns of a place after a number and its dot ('den 2. Platz')
    place_nouns: frozenset[str] = frozenset()
    # "Plätze", "Platz": a noun after which a run of numbers names places, one for each driver
    # listed with it ('belegen die Plätze zwei und drei', 'auf Platz 2 und 3 fuhren A und B')
    place_run_nouns: frozenset[str] = frozenset()
    # "auf", "belegen": a word that may stand right before such a noun (or its article)
    place_run_leads: frozenset[str] = frozenset()
    # "dieser", "deze": a race noun after one is the race told before ('in dieser Altersklasse')
    demonstratives: frozenset[str] = frozenset()
    # "sprintrace", "hoofdrace": a noun that names a race by its kind, with no label
    kind_nouns: frozenset[str] = frozenset()
    # "przedfinale", "finale": a stage of the class told before, with no label
    stage_nouns: frozenset[str] = frozenset()
    # "sa", "sua", "seine": an ordinal after one counts a driver's own races ('sa deuxième
    # course'), not the race's number
    own_words: frozenset[str] = frozenset()
    # "año", "saison", "Saison": a race noun's ordinal before a few small words and one of these
    # ('la segunda carrera del año') counts the season's races, no second race of the meeting
    season_nouns: frozenset[str] = frozenset()
    # "klasyfikacji generalnej", "gesamtwertung": an overall, cup or annual classification
    classification_words: frozenset[str] = frozenset()
    # "overall", "assoluto", "au général": after a place, the place is in the whole field's
    # order, not a class's ('13th overall')
    overall_words: tuple[tuple[str, ...], ...] = ()
    # "półfinale", "batteria", "Vorlauf": a heat or semi-final; after an own word ('w swoim
    # półfinale') a place told is in the driver's own preliminary, not the race told
    own_race_nouns: frozenset[str] = frozenset()
    # "Nederlanders", "Belgen": a demonym's plural the language file lists (also in `demonyms`);
    # it names a group, the drivers listed after it ('de Nederlanders A, B en C'), never one
    plural_demonyms: frozenset[str] = frozenset()

    @functools.cached_property  # asked for at every sentence of some readers
    def race_words(self) -> frozenset[str]:
        """The race, kind and stage nouns: every word that tells a race."""
        return self.race_nouns | self.kind_nouns | self.stage_nouns


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data.get(key, []))


def _sequences(data: dict, key: str) -> tuple[tuple[str, ...], ...]:
    """Word sequences of phrases with choices: 'à frente de|do' -> ('à', 'frente', 'de'), ..."""
    found: list[tuple[str, ...]] = []
    for phrase in data.get(key, []):
        sequences: list[tuple[str, ...]] = [()]
        for word in phrase.lower().split():
            sequences = [seq + (choice,) for seq in sequences for choice in word.split("|")]
        found += sequences
    return tuple(found)


def _paired(group: dict[str, list]) -> PairedCase:
    """A paired case from its file entry."""
    return PairedCase(
        given=tuple(e.lower() for e in group["given"]),
        surname=tuple(e.lower() for e in group["surname"]),
        nominative=tuple((re.compile(p, re.IGNORECASE), r) for p, r in group["nominative"]),
    )


def _ending(row: list[str]) -> tuple[str, str, str]:
    """A declined ending, its nominative, and the given name's ending in that case ('' none)."""
    declined, nominative, *given = row
    return declined.lower(), nominative.lower(), (given[0].lower() if given else "")


@functools.cache
def _data(code: str) -> dict:
    path = LANG_DIR / f"{code}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def english_words(reader: str, name: str) -> frozenset[str]:
    """A word set an English reader looks up ('placings', 'contest_words'), from `en.json`."""
    return frozenset(_data(ENGLISH)["readers"][reader][name])


def english_table(reader: str, name: str) -> dict[str, int]:
    """A word -> number table of an English reader ('placings', 'ordinals'), from `en.json`."""
    return dict(_data(ENGLISH)["readers"][reader][name])


@functools.cache
def languages() -> frozenset[str]:
    """Codes of the languages whose prose is read: English and every file here."""
    return frozenset({ENGLISH} | {p.stem for p in LANG_DIR.glob("*.json")})


@functools.cache
def vocabulary(code: str | None) -> Vocabulary:
    """The vocabulary of a language (English, or an unknown code: empty extras)."""
    data = _data(code or ENGLISH)
    demonyms = {
        word.lower(): alpha3 for alpha3, words in data.get("demonyms", {}).items() for word in words
    }
    plural_demonyms = {
        word.lower(): alpha3
        for alpha3, words in data.get("plural_demonyms", {}).items()
        for word in words
    }
    demonyms |= plural_demonyms
    return Vocabulary(
        code=code or ENGLISH,
        ordinals={w.lower(): n for w, n in data.get("ordinals", {}).items()},
        ahead=_sequences(data, "ahead"),
        followed=_sequences(data, "followed"),
        object_words=_words(data, "object_words") | _words(data, "passing_verbs"),
        list_words=_words(data, "list_words"),
        articles=_words(data, "articles"),
        role_nouns=_words(data, "role_nouns"),
        clause_breaks=_words(data, "clause_breaks"),
        relative_pronouns=_words(data, "relative_pronouns"),
        subject_pronouns=_words(data, "subject_pronouns"),
        not_position_nouns=_words(data, "not_position_nouns"),
        respectively=_words(data, "respectively"),
        not_name_words=_words(data, "not_name_words"),
        demonyms=demonyms,
        name_endings=tuple(_ending(row) for row in data.get("name_endings", [])),
        given_stems=tuple((a.lower(), b.lower()) for a, b in data.get("given_stems", [])),
        lowercase_demonyms=bool(data.get("lowercase_demonyms", False)),
        margin_words=_words(data, "margin_words"),
        margin_qualifiers=_words(data, "margin_qualifiers"),
        win_object=bool(data.get("win_object", False)),
        race_nouns=_words(data, "race_nouns"),
        margin_lead=_sequences(data, "margin_lead"),
        margin_over=_words(data, "margin_over"),
        elisions=tuple(sorted(_words(data, "elisions"), key=len, reverse=True)),
        total_words=_words(data, "total_words"),
        plural_articles=_words(data, "plural_articles"),
        session_words=_words(data, "session_words"),
        penalty_receivers=_words(data, "penalty_receivers"),
        penalty_givers=_words(data, "penalty_givers"),
        to_words=_words(data, "to_words"),
        penalty_entry_nouns=_words(data, "penalty_entry_nouns"),
        from_words=_words(data, "from_words"),
        both_words=_words(data, "both_words"),
        country_of_words=_words(data, "country_of_words"),
        latter=_sequences(data, "latter_words"),
        plural_verbs=_words(data, "plural_verbs"),
        team_nouns=_words(data, "team_nouns"),
        crew_nouns=_words(data, "crew_nouns"),
        leave_words=_words(data, "leave_words"),
        pluperfect_auxiliaries=_words(data, "pluperfect_auxiliaries"),
        points_words=_words(data, "points_words"),
        margin_deficit=_sequences(data, "margin_deficit"),
        cleft_copulas=_words(data, "cleft_copulas"),
        lap_nouns=_words(data, "lap_nouns"),
        inverted_subject=bool(data.get("inverted_subject", False)),
        factual_modals=_words(data, "factual_modals"),
        plural_role_nouns=_words(data, "plural_role_nouns"),
        followed_at=_words(data, "followed_at"),
        agent_words=_words(data, "agent_words"),
        contest_nouns=_words(data, "contest_nouns"),
        contest_prepositions=_words(data, "contest_prepositions"),
        crew_joiners=_words(data, "crew_joiners"),
        place_copulas=_words(data, "place_copulas"),
        list_prepositions=_words(data, "list_prepositions"),
        class_openers=_sequences(data, "class_openers"),
        class_prepositions=_words(data, "class_prepositions"),
        passing_verbs=_words(data, "passing_verbs"),
        negations=_words(data, "negations"),
        negation_limiters=_words(data, "negation_limiters"),
        case_endings=tuple((a.lower(), b.lower()) for a, b in data.get("case_endings", [])),
        paired_endings=tuple(_paired(group) for group in data.get("paired_endings", [])),
        class_suffixes=tuple(sorted(_words(data, "class_suffixes"))),
        place_nouns=_words(data, "place_nouns"),
        place_run_nouns=_words(data, "place_run_nouns"),
        place_run_leads=_words(data, "place_run_leads"),
        demonstratives=_words(data, "demonstratives"),
        kind_nouns=_words(data, "kind_nouns"),
        stage_nouns=_words(data, "stage_nouns"),
        own_words=_words(data, "own_words"),
        season_nouns=_words(data, "season_nouns"),
        classification_words=_words(data, "classification_words"),
        overall_words=_sequences(data, "overall_words"),
        own_race_nouns=_words(data, "own_race_nouns"),
        plural_demonyms=frozenset(plural_demonyms),
    )


@functools.cache
def all_ordinals() -> dict[str, int]:
    """Ordinal words of every language with a file ('segundo', 'zweiter', 'deuxième' -> 2)."""
    merged: dict[str, int] = {}
    for code in sorted(languages() - {ENGLISH}):
        merged.update(vocabulary(code).ordinals)
    return merged


@functools.cache
def all_numbers() -> dict[str, int]:
    """Numbers in words of every language with a file ('cinco', 'fünf' -> 5)."""
    merged: dict[str, int] = {}
    for code in sorted(languages() - {ENGLISH}):
        merged.update({w.lower(): n for w, n in _data(code).get("numbers", {}).items()})
    return merged


@functools.cache
def all_halves() -> frozenset[str]:
    """Words of a half in every language with a file ('medio', 'meio', 'mezzo', 'demi')."""
    return frozenset(
        w.lower() for code in languages() - {ENGLISH} for w in _data(code).get("half_words", [])
    )


@functools.cache
def every_language(key: str) -> frozenset[str]:
    """The words of one key in every language with a file, English too, read as one set: a
    margin's 'about' ('environ', 'etwa', 'około') wherever the text writes it."""
    return frozenset(w.lower() for code in languages() for w in _data(code).get(key, []))


def time_patterns() -> list[dict]:
    """Span-ruler patterns of seconds in every language's words: '5 segundos', 'cinco
    segundos', 'fünf Sekunden', 'dos segundos y medio' (time quantities are read in every
    language)."""
    units = sorted(
        {w.lower() for c in languages() - {ENGLISH} for w in _data(c).get("seconds_words", [])}
    )
    number = {"LOWER": {"IN": sorted(all_numbers())}}
    # a unit of three letters or more written onto its number ('+5sek', '3seg'), or a mark of
    # seconds ('5″'): never a bare 's' ('1980s' is a decade)
    glued = "|".join(
        re.escape(u)
        for u in units
        if len(u) >= 3 and u.isalpha() or not any(c.isalpha() for c in u)
    )
    halves = sorted(all_halves())
    joiners = sorted(
        {w.lower() for c in languages() - {ENGLISH} for w in _data(c).get("list_words", [])} - {","}
    )
    halved = [  # "dos segundos y medio", "2 secondes et demie": a half after the unit
        {
            "label": "TIME",
            "id": "seconds",
            "pattern": [
                count,
                {"LOWER": {"IN": units}},
                {"LOWER": {"IN": joiners}},
                {"LOWER": {"IN": halves}},
            ],
        }
        for count in ({"LIKE_NUM": True}, number)
    ]
    return [
        *halved,
        {
            "label": "TIME",
            "id": "seconds",
            "pattern": [{"LIKE_NUM": True}, {"LOWER": {"IN": units}}],
        },
        {"label": "TIME", "id": "seconds", "pattern": [number, {"LOWER": {"IN": units}}]},
        {  # "een 3-seconden penalty", "eine 5-Sekunden-Strafe"
            "label": "TIME",
            "id": "seconds",
            "pattern": [
                {"LIKE_NUM": True},
                {"TEXT": {"IN": ["-", "‑", "–"]}},
                {"LOWER": {"IN": units}},
            ],
        },
        {  # "eine Zehn-Sekunden-Strafe": the number in words, hyphenated onto its unit
            "label": "TIME",
            "id": "seconds",
            "pattern": [number, {"TEXT": {"IN": ["-", "‑", "–"]}}, {"LOWER": {"IN": units}}],
        },
        {
            "label": "TIME",
            "id": "seconds",
            "pattern": [{"LOWER": {"REGEX": rf"^\+?\d+(?:[.,]\d+)?(?:{glued})$"}}],
        },
    ]


def _position_numbers(code: str) -> list[str]:
    """A language's numbers in words that can name a position after its noun ('sechs')."""
    numbers = _data(code).get("numbers", {})
    return sorted(w.lower() for w, n in numbers.items() if n <= MAX_WORD_POSITION)


def position_number(text: str) -> int | None:
    """A position written as a number in words of any language with a file ('sechs', 'zwei',
    'drie' -> 6, 2, 3); None otherwise."""
    value = all_numbers().get(text.lower())
    return value if value is not None and value <= MAX_WORD_POSITION else None


def digit_ordinal(text: str) -> int | None:
    """2 for '2º', '2ª', '2°', '2e', '2ème', '2.'; None otherwise."""
    match = DIGIT_ORDINAL_RE.match(text.lower())
    return int(match.group(1)) if match else None


def _ordinal_tokens(code: str) -> list[list[dict]]:
    """Token patterns of one ordinal: a word ('segundo'), a digit form ('2º', '2e'), or a
    number and its dot as two tokens ('2 .' of 'na 2. miejscu')."""
    words = sorted(w.lower() for w in _data(code).get("ordinals", {}))
    return [
        [{"LOWER": {"IN": words}}],
        [{"LOWER": {"REGEX": DIGIT_ORDINAL_RE.pattern}}],
        [{"IS_DIGIT": True}, {"ORTH": "."}],
    ]


def _token_patterns(template: str, code: str) -> list[list[dict] | str]:
    """A phrase template as span-ruler patterns: a plain phrase stays a string (tokenized as the
    text is); 'a|b' is a choice of words, 'x?' an optional word, '{ord}' any ordinal."""
    if not any(mark in template for mark in (ORDINAL_SLOT, NUMBER_SLOT, WHO_SLOT, "|", "?")):
        return [template]
    patterns: list[list[dict]] = [[]]
    for word in template.split():
        if word == WHO_SLOT:  # "pakte hij de winst", "wurde Max Huber Dritter"
            pronouns = sorted(w.lower() for w in _data(code).get("subject_pronouns", []))
            shapes = [*NAME_SHAPES, [{"LOWER": {"IN": pronouns}}]]
            patterns = [p + shape for p in patterns for shape in shapes]
            continue
        if word == ORDINAL_SLOT:
            patterns = [p + o for p in patterns for o in _ordinal_tokens(code)]
            continue
        if word == NUMBER_SLOT:  # "Platz 4", "Platz sechs": a position as a number after its noun
            numbers = _position_numbers(code)
            choices = [[{"IS_DIGIT": True}]] + ([[{"LOWER": {"IN": numbers}}]] if numbers else [])
            patterns = [p + choice for p in patterns for choice in choices]
            continue
        optional = word.endswith("?")
        choices = sorted(w.lower() for w in word.rstrip("?").split("|"))
        token: dict = {"LOWER": {"IN": choices}}
        if optional:
            token["OP"] = "?"
        patterns = [p + [token] for p in patterns]
    return patterns


def ruler_patterns(key: str, code: str) -> list[dict]:
    """Span-ruler patterns of one language's file for the ruler of `key`."""
    patterns: list[dict] = []
    data = _data(code)
    for kind, (ruler_key, label, pattern_id) in PHRASE_KINDS.items():
        if ruler_key != key:
            continue
        for template in [*data.get(kind, []), *_inverted(data, kind)]:
            for phrase in _token_patterns(template, code):
                patterns.append({"label": label, "pattern": phrase, "id": pattern_id})
    if key == "placings":  # "como escolta", "au pied du podium": a place its phrase names
        for place, templates in data.get(FIXED_PLACES, {}).items():
            for phrase in (p for t in templates for p in _token_patterns(t, code)):
                patterns.append(
                    {"label": "PLACING", "pattern": phrase, "id": f"{FIXED_PREFIX}{place}"}
                )
    if key == PENALTY_KEY:
        for label in ("PENALTY", "REASON"):
            for pattern_id, phrases in data.get(label.lower(), {}).items():
                for phrase in (p for t in phrases for p in _token_patterns(t, code)):
                    patterns.append({"label": label, "pattern": phrase, "id": pattern_id})
    return patterns


def _inverted(data: dict, kind: str) -> list[str]:
    """The templates of a phrase kind said with the subject after its opening verb ('pakte de
    winst' -> 'pakte {who} de winst'), in a verb-second language (`inverted_subject`); only
    templates of two words or more, whose rest says what the verb did."""
    if not data.get("inverted_subject") or kind not in INVERTED_KINDS:
        return []
    found = []
    for template in data.get(kind, []):
        first, *rest = template.split()
        if rest and first not in (ORDINAL_SLOT, NUMBER_SLOT) and not first.endswith("?"):
            found.append(" ".join([first, WHO_SLOT, *rest]))
    return found


@functools.cache
def name_leading_words(code: str | None) -> frozenset[str]:
    """Words a language writes right before a driver's full name that are no part of it: its
    demonyms ('Franzose', 'Noorderbuur') and its words that are no name ('Landsmann'),
    lower case."""
    vocab = vocabulary((code or ENGLISH).lower().split("-")[0])
    return vocab.not_name_words | frozenset(vocab.demonyms)
