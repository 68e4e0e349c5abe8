"""Championship standings stated in prose: a driver's points total, and the standings position
when the text gives one.

'Ribeiro now sits on 30 points, with Berg on 22', 'leads the standings with 45 points' (first), 'is
second in the championship on 38 points' (second), 'moves to 51 points', 'top of the table on 40',
'a trio of Vos, Kok and Bos all on 16' (each 16). A margin is no total ('extended his lead to
12 points', 'leads by 6 points', '14 points behind'), nor are a race's points ('25 points for the
win'), a group without names ('a trio on 16'), a supposition ('could move to 60 points if ...') or
the total a driver came into the round with ('came into the final on 30 points').
"""

from __future__ import annotations

import re

from extractors.names import PARTICLES
from extractors.narrative.facts.context import is_supposition
from extractors.narrative.facts.placings import ordinal
from extractors.narrative.lang import ENGLISH
from extractors.narrative.prose import CLAUSE_BREAKS, OBJECT_WORDS, Mention, Sentence
from extractors.records import Standing
from extractors.standings import POINT_WORDS, parse_points

# "30", "4.5", "16,5": a points total followed by a points word
POINTS_NUMBER_RE = re.compile(r"\d{1,4}(?:[.,]\d)?")
# "30": a total without a points word ('with Berg on 22'), never a year
BARE_POINTS_RE = re.compile(r"\d{1,3}")
# "points", "pts": the word after a points total
POINT_WORD_RE = re.compile(POINT_WORDS, re.IGNORECASE)
# "contra 34 de X": a rival's total set against the leader's ("lidera com 44 pontos, contra 34
# de X e 32 do Y"), in the languages that say it so
VERSUS_WORDS = frozenset({"contra", "contro", "contre"})
OF_WORDS = frozenset({"de", "do", "da", "di", "del", "della", "du"})
# "30pts": a total and its points word in one token
GLUED_POINTS_RE = re.compile(rf"(?P<points>\d{{1,4}}(?:[.,]\d)?){POINT_WORDS}", re.IGNORECASE)
# Words right before a total that say it is one: "sits on 30", "with 45 points", "has 51 points"
TOTAL_WORDS = frozenset({"on", "with", "has", "have", "had", "reaches", "reached", "totals"})
# Words before a total that say it is one unless a margin is being told: "moves to 51 points",
# "stands at 40 points" (but "extended his lead to 12 points")
TOTAL_UNLESS_MARGIN_WORDS = frozenset({"to", "onto", "at"})
# Nouns before "of" that make the number a total: "a tally of 51 points", "a maximum score of 75"
TOTAL_NOUNS = frozenset({"tally", "total", "score"})
# Nouns that make a number after "to"/"at"/"of" a margin: "his lead to 12 points"; after the
# points word, in the editions' languages: "con 8 punti di vantaggio", "8 points d'avance", "8
# pontos de vantagem", "8 Punkte Vorsprung", "8 punten voorsprong", "8 pkt. przewagi"
MARGIN_NOUNS = frozenset(
    {"lead", "gap", "advantage", "margin", "deficit", "cushion", "buffer", "difference", "arrears",
     "vantaggio", "distacco", "margine", "ritardo", "vantagem", "diferença", "desvantagem",
     "ventaja", "diferencia", "desventaja", "avance", "retard", "écart", "vorsprung",
     "rückstand", "voorsprong", "achterstand", "przewagi", "przewaga", "straty"}
)  # fmt: skip
# "d'" of "8 points d'avance": a word of "of" elided onto the margin noun
ELIDED_OF = frozenset({"d'", "d’"})
# A day's or a round's classification named, its points no championship's: "die Tageswertung",
# "no acúmulo das duas baterias ... com 48 pontos"; and the day's in the points' clause: "tercero
# del día con 18 puntos", "with 42 points on the day"
DAY_WORDS = frozenset(
    {"tageswertung", "tagesergebnis", "tageswertungen", "dagklassement", "acúmulo", "somatória"}
)
DAY_NOUNS = frozenset({"day", "día", "dia", "giornata", "journée"})
# Words right before a day noun that make it the day's ('del día', 'do dia'), or an article
# there after 'on' or 'of' ('on the day', 'de la journée')
DAY_OF_WORDS = frozenset({"del", "do", "della", "des"})
DAY_ARTICLES = frozenset({"the", "la"})
DAY_ON = frozenset({"on", "of", "de"})
# How far back a margin noun may govern the "to": "extended his championship lead to 12 points"
MARGIN_WINDOW = 6
# Words that end the clause a margin noun governs: "cut into the lead and moves to 40 points"
CLAUSE_JOINERS = CLAUSE_BREAKS | {"and", "but"}
# Words after a number that make it no total: "12 points clear", "25 points for the win", "with
# 36 points available" (what a result would give), "with 50 points left" (still to race for)
NOT_TOTAL_AFTER = frozenset(
    {
        "available",
        "remaining",
        "left",
        "clear",
        "ahead",
        "behind",
        "adrift",
        "back",
        "off",
        "short",
        "down",
        "up",
        "more",
        "fewer",
        "less",
        "lead",
        "advantage",
        "gap",
        "margin",
        "cushion",
        "deficit",
        "for",
    }
)
# Words that may follow a total printed without a points word: "on 22 and", "on 16 apiece"
BARE_FOLLOWERS = frozenset({"and", "but", "while", "with", "each", "apiece", "as"})
# Words before a total that share it among the drivers listed before them: "X, Y and Z all on 16"
SHARED_WORDS = frozenset({"all", "both", "each"})
SHARED_WINDOW = 3
# How far after a total its standings phrase may come: "moves to 20 points and up to fourth in
# the standings", "on 45 points at the top of the table"
FOLLOWING_WINDOW = 3
# A leader's word right before the total: "leads on 45 points", "stays top with 45 points"
LEADS_WORDS = frozenset({"leads", "leading", "heads", "top"})
# "Berg's championship lead": a standings phrase that belongs to the possessor
POSSESSIVES = frozenset({"’s", "'s"})
# Words that put what follows in the future: "will award the winner with 5 points"
FUTURE_WORDS = frozenset({"will", "’ll", "'ll", "shall"})
# Nouns of a class or category next to its name: "the Micro Max category", "classe Senior"
CLASS_NOUNS = frozenset(
    {"category", "class", "categoria", "categoría", "classe", "catégorie", "klasse", "kategorii",
     "kategoria", "klasie", "categorie"}
)  # fmt: skip
# "and": the word joining the last two names of a list (English's; the others' in their vocabulary)
ENGLISH_LIST_WORDS = frozenset({"and", "&"})
# "is", "now": a copula between a driver and the standings place of 'Uren is third with 39'
PLACE_COPULAS = frozenset({"is", "was", "now", "sits", "lies", "remains", "stays"})
# How sure a prose total is: with a points word, and without one or shared by a group.
STATED_CONFIDENCE = 0.7
INFERRED_CONFIDENCE = 0.6


def read_standings(
    sentences: list[Sentence], nation_of: dict[str, str] | None = None
) -> list[Standing]:
    """The standings the prose states, one per driver: the later statement (the article's latest
    standings), keeping a position an earlier statement of the same total gave. `after` stays
    null: prose prints no standings heading, and a race's name ('Race 2') would key the standings
    of every round alike; the curated key then falls back to the article's event."""
    found: dict[str, Standing] = {}
    carried = False  # the previous sentence of the paragraph stated a total
    day = False  # the paragraph tells a day's or a round's points ('Die Tageswertung ...')
    paragraph = None
    for s in sentences:
        if s.paragraph != paragraph:
            paragraph, carried, day = s.paragraph, False, False
        day = day or _days_points(s)
        days = day and not (s.spans("standings", "STANDING") and not _days_points(s))
        skipped = is_supposition(s) or days
        stated = [] if skipped else _sentence_standings(s, carried, nation_of or {})
        for standing in stated:
            earlier = found.pop(standing.driver, None)
            if earlier is not None and earlier.points == standing.points:
                position = standing.position or earlier.position
                standing = standing.model_copy(update={"position": position})
            found[standing.driver] = standing
        carried = bool(stated)
    return list(found.values())


def _sentence_standings(s: Sentence, carried: bool, nation_of: dict[str, str]) -> list[Standing]:
    doc = s.doc
    context = (  # a sentence about points, where "with Berg on 22" is a total too
        carried
        or bool(s.spans("standings", "STANDING"))
        or any(  # the number first: most words follow none, and the points word is a regex
            before.like_num and _points_word(s, t)
            for before, t in zip(s.span, s.span[1:], strict=False)
        )
        or any(  # "Olsen leads on 71"
            t.lower_ in LEADS_WORDS and doc[t.i + 1].lower_ == "on" and doc[t.i + 2].like_num
            for t in s.span[:-2]
        )
    )
    standings = _set_against(s) if context else []
    previous_end = s.span.start  # where the previous total of the sentence ended
    for k in range(s.span.start + 1, s.span.end):
        listed = previous_end > s.span.start and _listed_after_total(s, k)
        quantity = _quantity(s, k, context, listed, carried)
        if quantity is None:
            continue
        points, end, printed = quantity
        if _after_prior(s, previous_end, k):
            previous_end = end
            continue
        previous_end = end
        bare = not printed and doc[k - 1].lower_ != "on"
        placed = _placed_with(s, k - 1) if bare else None
        at = k if listed else k - 1
        owners = [placed or _owner_right_before(s, at)] if bare else _owners(s, k - 1)
        near = _named_before_on(s, k - 1)
        if near is not None and near[0] not in owners:
            owners = [near[0]]  # "Olsen leads on 71, ahead of Cole in second on 50": Cole's
        elif near is None and _unsettled_before_on(s, k - 1):
            owners = []
        owners = [
            o
            for o in owners
            if o is not None and not _future_between(s, o.end, k) and not _thing_of(o)
        ]
        position = _position(s, owners[0], k - 1, end) if len(owners) == 1 else None
        if placed is not None:
            position = ordinal(doc[k - 2].text)  # "Willis second with 62"
        elif near is not None and owners == [near[0]] and near[1] is not None:
            position = near[1]
        for owner in owners:
            standings.append(
                Standing(
                    position=position,
                    driver=owner.driver,
                    nation=nation_of.get(owner.driver),
                    points=points,
                    evidence=s.evidence(s.span.start, s.span.end),
                    confidence=(
                        STATED_CONFIDENCE if printed and len(owners) == 1 else INFERRED_CONFIDENCE
                    ),
                )
            )
    return standings


def _quantity(
    s: Sentence, k: int, context: bool, listed: bool = False, carried: bool = False
) -> tuple[float, int, bool] | None:
    """(points, end token, points word printed) of a total starting at token k, or None when
    the number there is no total (a margin, a race's points, a lap)."""
    doc = s.doc
    text = doc[k].text
    if not text[:1].isdigit():  # both shapes of a total open with a digit (most tokens do not)
        return None
    if k + 1 == s.span.end and text.endswith("."):
        text = text[:-1]  # "... y quinto fue X con 79.": the sentence's stop read with the number
    glued = GLUED_POINTS_RE.fullmatch(text)
    if glued:
        value, end, printed = glued["points"], k + 1, True
    elif POINTS_NUMBER_RE.fullmatch(text):
        printed = k + 1 < s.span.end and _points_word(s, doc[k + 1])
        value, end = text, k + 1 + printed
    else:
        return None
    after = doc[end].lower_ if end < s.span.end else ""
    if after in NOT_TOTAL_AFTER or _margin_after(s, end) or _of_the_day(s, k, end):
        return None
    word = doc[k - 1].lower_
    if not printed:
        total_word = (
            word == "on" or listed or _bare_total_word(s, k - 1, carried) or _placed_with(s, k - 1)
        )
        bare = (
            total_word
            and context
            and BARE_POINTS_RE.fullmatch(value) is not None
            and (
                end == s.span.end
                or doc[end].is_punct
                or after in BARE_FOLLOWERS | s.vocab.list_words
            )
        )
        return (parse_points(value), end, False) if bare else None
    if word in TOTAL_WORDS or word in s.vocab.total_words and _told_of_a_driver(s, k - 1):
        return parse_points(value), end, True
    if word in TOTAL_UNLESS_MARGIN_WORDS and not _margin_before(s, k - 1):
        return parse_points(value), end, True
    if word == "of" and k >= 2 and doc[k - 2].lower_ in TOTAL_NOUNS:
        return parse_points(value), end, True
    return None


def _margin_after(s: Sentence, end: int) -> bool:
    """A margin noun right after the points, or after an 'of' there: '8 punti di vantaggio', '8
    points d'avance', '8 Punkte Vorsprung' (a lead, no total)."""
    words = [s.doc[i].lower_ for i in range(end, min(end + 2, s.span.end))]
    if not words:
        return False
    if words[0] in MARGIN_NOUNS or words[0][:2] in ELIDED_OF and words[0][2:] in MARGIN_NOUNS:
        return True  # 'Vorsprung', "d'avance" as one word
    return len(words) > 1 and words[0] in OF_WORDS | ELIDED_OF and words[1] in MARGIN_NOUNS


def _days_points(s: Sentence) -> bool:
    """The sentence names a day's or a round's classification ('Die Tageswertung zeigte ...',
    'no acúmulo das duas baterias'): its points, and the paragraph's after it, are that day's."""
    return any(t.lower_ in DAY_WORDS for t in s.span)


def _of_the_day(s: Sentence, k: int, end: int) -> bool:
    """A day phrase in the clause of the points at `k`..`end` ('fue tercero del día con 18
    puntos', 'with 42 points on the day'); not one set off by commas ('Clarke, second on the
    day, now has a tally of 34 points')."""
    doc = s.doc
    for i in range(s.span.start + 1, s.span.end):
        if doc[i].lower_ not in DAY_NOUNS:
            continue
        before = doc[i - 1].lower_
        of_day = before in DAY_OF_WORDS or (
            before in DAY_ARTICLES and i - 2 >= s.span.start and doc[i - 2].lower_ in DAY_ON
        )  # 'del día', 'do dia'; 'on the day', 'de la journée'
        between = range(i + 1, k) if i < k else range(end, i)
        if of_day and not any(doc[j].is_punct for j in between):
            return True
    return False


def _thing_of(who: Mention) -> bool:
    """A name that is a thing of a driver named in full after a particle ('Challenger de Ivo
    Lenz', the car of Ivo Lenz): whose total it is, the car's or the driver's, is not settled."""
    words = (who.driver or "").split()
    particle = next((i for i, w in enumerate(words) if w in PARTICLES), None)
    return (
        particle == 1
        and len(words) - particle - 1 >= 2
        and all(w[:1].isupper() for w in words[particle + 1 :])
    )


def _points_word(s: Sentence, token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A word of points: printed ('points', 'pkt', 'puntos') or the language's ('unidades')."""
    return bool(POINT_WORD_RE.fullmatch(token.text)) or token.lower_ in s.vocab.points_words


def _bare_total_word(s: Sentence, at: int, carried: bool = False) -> bool:
    """'el campeonato quedó con Pernía con 314 puntos, Santero con 279': the language's word of
    a total right after a driver, before a number with no points word, in a sentence about the
    standings or right after one that stated a total ('... fue para X con 116 puntos. Tercero
    fue Y con 110'); not a day's points: 'cerró el podio X con 18'."""
    return (
        s.vocab.code != ENGLISH
        and s.doc[at].lower_ in s.vocab.total_words
        and (carried or bool(s.spans("standings", "STANDING")))
        and _owner_right_before(s, at) is not None
    )


def _named_before_on(s: Sentence, at: int) -> tuple[Mention, int | None] | None:
    """The driver named right before the 'on' at `at` ('Byrd on 44'), or before a place there
    ('Cole in second on 50', 'Cole second on 50'), with that place; None otherwise."""
    doc = s.doc
    if doc[at].lower_ != "on":
        return None
    between = 0
    place = None
    if at - 1 > s.span.start and (place := ordinal(doc[at - 1].text)) is not None:
        between = 2 if doc[at - 2].lower_ == "in" else 1
    name = next(
        (m for m in s.mentions if m.driver and m.kind == "name" and m.end == at - between), None
    )
    return (name, place) if name is not None else None


def _unsettled_before_on(s: Sentence, at: int) -> bool:
    """'..., ahead of Cole in second on 50', '... and Byrd on 44' with no driver read there: a
    place or a capitalised word right before the 'on' at `at` names someone the sentence's
    subject is not; whose total it is, is not settled."""
    doc = s.doc
    if doc[at].lower_ != "on" or at - 1 <= s.span.start:
        return False
    before = doc[at - 1]
    named = any(m.start <= at - 1 < m.end for m in s.mentions)
    return not named and (ordinal(before.text) is not None or before.text[:1].isupper())


def _listed_after_total(s: Sentence, k: int) -> bool:
    """'..., seguito da X a quota 42, Y 33, Z 27 e W 25': a number right after a driver named in a
    list (a comma or 'and' before the name) once the sentence has told a total."""
    doc = s.doc
    owner = _owner_right_before(s, k)
    if owner is None or owner.end != k or owner.start - 1 <= s.span.start:
        return False
    joiner = doc[owner.start - 1]
    return joiner.text == "," or joiner.lower_ in s.vocab.list_words | ENGLISH_LIST_WORDS


def _placed_with(s: Sentence, at: int) -> Mention | None:
    """The driver of 'Willis second with 62', 'Uren is third with 39' in a sentence about points:
    a name, a standings place (a copula between them at most) and 'with' at `at` before a number
    with no points word; None otherwise."""
    doc = s.doc
    if doc[at].lower_ != "with" or at - 1 <= s.span.start or ordinal(doc[at - 1].text) is None:
        return None
    name = at - 2 if doc[at - 2].lower_ not in PLACE_COPULAS else at - 3
    return next(
        (m for m in s.mentions if m.driver and m.end == name + 1 and m.kind == "name"), None
    )


def _owner_right_before(s: Sentence, at: int) -> Mention | None:
    """The driver named right before the word at `at`, at most one word between ('Cappai a
    quota 42'), whether or not a preposition governs the name ('seguito da Cappai a quota')."""
    return next(
        (m for m in s.mentions if m.driver and 0 <= at - m.end <= 1 and m.kind == "name"), None
    )


def _set_against(s: Sentence) -> list[Standing]:
    """'..., contra 34 de X e 32 do Y' in a sentence about points: X on 34, Y on 32."""
    doc = s.doc
    found: list[Standing] = []
    for k in range(s.span.start, s.span.end - 3):
        if doc[k].lower_ not in VERSUS_WORDS:
            continue
        i = k + 1
        while i + 2 < s.span.end and BARE_POINTS_RE.fullmatch(doc[i].text):
            if doc[i + 1].lower_ not in OF_WORDS:
                break
            owner = s.mention_at(i + 2, skip=1)  # "do gaúcho Y"
            if owner is None or owner.driver is None:
                break
            found.append(
                Standing(
                    driver=owner.driver,
                    points=parse_points(doc[i].text),
                    evidence=s.evidence(s.span.start, s.span.end),
                    confidence=INFERRED_CONFIDENCE,
                )
            )
            i = owner.end
            if i + 1 < s.span.end and doc[i].lower_ in (s.vocab.list_words | {","}):
                i += 1  # "e 32 do Y"
    return found


def _future_between(s: Sentence, start: int, at: int) -> bool:
    """'X ... will award the winner with 5 points': a total still to come, no standing."""
    return any(t.lower_ in FUTURE_WORDS for t in s.doc[start:at])


def _told_of_a_driver(s: Sentence, at: int) -> bool:
    """The language's word for 'with' at `at` ('com 44 pontos') follows a driver, with no other
    name, team or bracket between them ('X (Kart n.10) con 469 punti' is about no driver)."""
    earlier = [m for m in s.mentions if m.end <= at]
    if not earlier:
        return False
    between = s.doc[earlier[-1].end : at]
    if len(between) > 1 and between[0].text == "(" and between[-1].text == ")":
        inside = between[1:-1]  # "X (Apex-Tm) con 44 punti": the driver's team or car in brackets
        if not any(t.text in ("(", ")") or any(c.isdigit() for c in t.text) for t in inside):
            return True
    return not any(t.text[:1].isupper() or t.text in ("(", ")") for t in between)


def _margin_before(s: Sentence, at: int) -> bool:
    """A margin noun governs the word at `at`: 'extended his championship lead to' (not 'cut
    into his lead and moves to')."""
    doc = s.doc
    for k in range(at - 1, max(s.span.start, at - MARGIN_WINDOW) - 1, -1):
        if doc[k].is_punct or doc[k].lower_ in CLAUSE_JOINERS:
            return False
        if doc[k].lower_ in MARGIN_NOUNS:
            return True
    return False


def _after_prior(s: Sentence, start: int, at: int) -> bool:
    """'came into the final on 30 points': the total a driver brought to the round, told between
    the previous total of the sentence and this one."""
    return any(start <= p.start and p.end <= at for p in s.spans("standings", "PRIOR"))


def _owners(s: Sentence, at: int) -> list[Mention]:
    """The drivers a total told at token `at` belongs to: the subject before it ('Ribeiro now sits
    on'), with the drivers listed alongside ('Berg and Keller on 22', 'X, Y and Z all on 16');
    none for a group without names ('a trio on 16')."""
    doc = s.doc
    if doc[at - 1].lower_ in LEADS_WORDS:
        at -= 1  # "Ribeiro stays top on 45": "top" here is no group ("the top five")
    window = range(max(s.span.start, at - SHARED_WINDOW), at)
    shared = next((k for k in window if doc[k].lower_ in SHARED_WORDS), None)
    who = s.subject_before(at if shared is None else shared)
    if who is None or who.driver is None or _names_a_class(s, who):
        return []
    if who.kind != "name":
        return [who]
    listed = [m for m in s.coordinated(who) if m.driver]
    objects = OBJECT_WORDS | s.vocab.object_words
    # "Ferri, dei Blue Falcon Stars, ...": a team the driver is of, no second owner
    free = [m for m in listed if not _apposed_team(doc, m.start, objects)]
    return free if len(listed) > 1 and free else listed


def _apposed_team(doc, start: int, objects: frozenset[str]) -> bool:  # noqa: ANN001 - a Doc
    """A name opening an apposition with a preposition ('Ferri, dei Blue Falcon Stars,'): whose
    the driver before it is, not a driver of its own ('seguido por A, B e C' lists drivers)."""
    return start >= 2 and doc[start - 1].lower_ in objects and doc[start - 2].text == ","


def _names_a_class(s: Sentence, who: Mention) -> bool:
    """'the Micro Max category', 'la categoria Rotax Senior': a class's name taken for a
    driver's, which owns no total."""
    doc = s.doc
    after = doc[who.end].lower_ if who.end < s.span.end else ""
    before = doc[who.start - 1].lower_ if who.start > s.span.start else ""
    return after in CLASS_NOUNS or before in CLASS_NOUNS


def _position(s: Sentence, owner: Mention, at: int, end: int) -> int | None:
    """The standings position the text gives the owner of a total: a standings phrase between
    them ('leads the standings on', 'is second in the championship on') or just after the total
    ('on 45 points at the top of the table'), or naming the owner ('the championship leader X');
    a bare ordinal or 'leads', 'top' right before 'on'."""
    doc = s.doc
    starts = {m.start for m in s.mentions}
    for p in s.spans("standings", "STANDING"):
        possessed = p.start > s.span.start and doc[p.start - 1].text in POSSESSIVES
        if p.end != owner.start and (p.end in starts or possessed):
            continue  # "the championship leader Berg", "Berg's championship lead": about Berg
        adjacent = p.end == owner.start  # "the championship leader Ribeiro now has 45 points"
        between = owner.end <= p.start and p.end <= at
        following = 0 <= p.start - end <= FOLLOWING_WINDOW and not any(
            i in starts or doc[i].lower_ in CLAUSE_BREAKS for i in range(end, p.start)
        )
        if adjacent or between or following:
            return 1 if p.id_ == "leader" else ordinal(p[0].text)
    before = doc[at - 1] if at - 1 >= owner.end else None
    if before is None or doc[at].lower_ not in ("on", "with"):
        return None
    if before.lower_ in LEADS_WORDS:
        return 1
    return ordinal(before.text) if doc[at].lower_ == "on" else None
