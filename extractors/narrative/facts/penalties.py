"""Penalties stated in prose: who got one, how long, what kind, why, and on which lap.

'The stewards gave the Dutch driver a ten-second penalty', 'X received a 1s penalty for
a track-limit transgression', 'a second track-limits penalty' (no number: seconds stay null),
'Y was disqualified for ignoring blue flags', 'recovered from a drive-through'.
"""

from __future__ import annotations

import itertools
import re

from extractors.name_gate import name_kind
from extractors.narrative.components import elided
from extractors.narrative.facts.context import hypothetical_cues
from extractors.narrative.lang import ENGLISH, all_numbers
from extractors.narrative.prose import ROLE_NOUNS, Mention, Sentence
from extractors.narrative.quantities import count_word, parse_seconds
from extractors.race_facts import circuit_name, circuits
from extractors.records import Penalty
from extractors.sections import named_race_key

# Words before a penalty that say none was given: "escaped a penalty", "no penalty"
NEGATIONS = frozenset(
    {
        "no",
        "escaped",
        "avoided",
        "avoid",
        "avoiding",
        "without",
        "dodged",
        "never",
        "not",
        "n't",
        "nor",
        "spared",
    }
)
# Words in the penalty's sentence or the next that say it was taken back: kept, marked
WITHDRAWN_WORDS = frozenset(
    {"rescinded", "overturned", "withdrawn", "revoked", "annulled", "cancelled", "canceled",
     "reversed", "quashed", "reinstated", "retirada", "anulada", "revocada", "annullata",
     "revocata", "zurückgenommen", "annulée", "ingetrokken", "anulowana"}
)  # fmt: skip
# Words that make a penalty a new one: "a second track-limits penalty", "another penalty"
ANOTHER_WORDS = frozenset({"second", "another", "further", "third", "new", "additional", "more"})
# Before a name after the penalty, words that make that name its receiver: "a penalty for Ortiz"
RECEIVER_WORDS = frozenset({"for", "to", "against", "on"})
# After the penalty, verbs whose object is its receiver: "a penalty denied Ortiz a place"
RECEIVER_VERBS = frozenset({"denied", "cost", "costs", "dropped", "demoted", "relegated", "robbed"})
# Verbs between the drivers listed and their penalty that say it is each one's: "A and B were
# excluded", "both received"; and endings of a plural penalty word ("stop-go penalties",
# "punidos", "disqualifiés", "squalificati")
PLURAL_VERBS = frozenset({"were", "are", "have", "both", "each", "all"})
PLURAL_ENDINGS = ("penalties", "idos", "idas", "ados", "adas", "ati", "ate", "iti", "és", "ées")
# "the latter": the driver named last
LATTER = (("the", "latter"),)
# Prepositions after a penalty word that name whose it is: "a penalty of the leaders",
# "penalização dos ponteiros", "la pénalité des leaders"
OWNER_WORDS = frozenset(
    {"of", "do", "da", "dos", "das", "del", "della", "dei", "degli", "delle", "des", "du",
     "von", "der"}
)  # fmt: skip
# Words that share one penalty out among the drivers listed: "A and B were each given a penalty",
# "ont chacun reçu une pénalité", "erhielten jeweils eine Strafe"
DISTRIBUTIVE_WORDS = frozenset(
    {"each", "both", "all", "respectively", "chacun", "chacune", "tous", "cada", "ambos", "ambas",
     "todos", "ciascuno", "entrambi", "tutti", "jeweils", "beide", "allebei", "elk", "każdy"}
)  # fmt: skip
# Articles before a penalty that make it one penalty: "A and B were handed a 10 second penalty"
# (a crew's); with every language's word for one ("d'une pénalité", "eine Strafe")
ONE_ARTICLES = frozenset({"a", "an"}) | {w for w, n in all_numbers().items() if n == 1}
# Words ending in "-ing" that are no gerund acting on the name after them: "including Vos"
NOT_GERUNDS = frozenset({"including", "during", "excluding", "featuring", "following"})
# How far past the preposition its owner's name may start: "del ceco Tlachac"
OWNER_REACH = 3
# How far after the penalty its reason may come ("a penalty for a track-limit transgression").
REASON_WINDOW = 10
# How far before it a reason may qualify it ("a second track limit-related penalty").
REASON_LEAD = 4
# Stems of a word that is itself a penalty's seconds, counted by the number before it: "4
# Strafsekunden", "6 strafseconden"
SECONDS_STEMS = ("sekund", "second", "segund")
# How many words after an article may end with its role noun: "the Apex driver"
# Words opening a clause of cause, in the editions' languages, after which a role is someone other
# than the subject it explains: "X inherited the win because the Apex driver was penalised"
CAUSAL_WORDS = frozenset(
    {"because", "after", "since", "as", "porque", "pois", "perché", "poiché", "parce", "car",
     "weil", "omdat", "doordat", "ponieważ", "bo"}
)  # fmt: skip
ROLE_REACH = 3
# Words after a penalty that say what it was turned into: "a drive-through, converted into 30
# seconds", "converti en 30 secondes"; the quantity they lead to is the penalty's length (its
# kind kept), how far it may stand past them
CONVERSION_WORDS = frozenset(
    {"converted", "turned", "converti", "convertie", "convertito", "convertita", "convertido",
     "convertida", "transformé", "transformée", "umgewandelt", "omgezet", "zamieniony",
     "zamieniona", "zamienione"}
)  # fmt: skip
CONVERSION_REACH = 3
# A seconds mark after a count: '30" di penalità' (Italian timing writes seconds so)
SECONDS_MARKS = frozenset({'"', "”", "''"})
# Verbs of a passive between plural penalties and their receivers: "time penalties were applied
# to Vos and Kok"
PASSIVE_GIVEN = frozenset(
    {"were", "was", "been", "applied", "given", "handed", "issued", "awarded", "imposed"}
)
# How far into a sentence the participle opening a clause may stand ("After receiving")
OPENING_REACH = 3
# How far after a penalty its word of 'to' and the entry's noun (the language file's
# `to_words`, `penalty_entry_nouns`) may come: "a penalty to the Apex car"
ENTRY_REACH = 5
# "on lap 9", "on the 10th lap": the lap a penalty was given on
# Quotation marks around a term: "„Track Limit Strikes“", "«Safety Car»"
QUOTE_MARKS = frozenset({"“", "”", '"', "„", "«", "»"})

LAP_RE = re.compile(r"\bon lap (\d{1,3})\b|\bon the (\d{1,3})(?:st|nd|rd|th) lap\b", re.IGNORECASE)


def read_penalties(sentences: list[Sentence]) -> list[Penalty]:
    """Every penalty the prose hands a driver (or states without one)."""
    penalties: list[Penalty] = []
    for index, s in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        previous = sentences[index - 1] if index > 0 else None
        supposed = [c.start for c in hypothetical_cues(s)]
        for span in s.spans("penalties", "PENALTY"):
            if any(start < span.end for start in supposed):
                continue  # "if X had been penalised"; not "X got a penalty ... that should ..."
            for penalty in _penalties(s, span, previous):
                if _mentioned_before(penalty, penalties):
                    continue  # "despite his penalty", "served it": the same penalty again
                vague = None if _another(s, span) else _told_vaguely_before(penalty, penalties)
                if vague is not None:  # "a penalty denied X ..." then "X was given a 5s penalty"
                    penalties.remove(vague)
                if _withdrawn(s, following):
                    penalty.withdrawn = True
                penalties.append(penalty)
    return penalties


def _penalties(s: Sentence, span, previous: Sentence | None) -> list[Penalty]:  # noqa: ANN001
    """The penalty a phrase tells, one per driver it is given to: 'Vos and Kok were excluded'
    gives two (a plural verb or penalty word says the listed drivers share it); none when
    nobody can be said to have got it (dropped, not guessed)."""
    penalty = _penalty(s, span, previous)
    if penalty is None or penalty.driver is None:
        return []
    named = [
        m
        for m in s.mentions
        if m.driver == penalty.driver and m.kind == "name" and m.end <= span.start
    ]
    who = named[-1] if named else None  # "..., although Ito will rue a drive-through": that Ito
    plural = span.text.lower().endswith("penalties")  # "time penalties"
    receiver = _receiver_after(s, span.end) if plural else None
    if receiver is not None:  # "because of penalties to Vos and Kok": one each
        listed = _listed_to(s, [m for m in s.coordinated(receiver) if m.start >= span.end])
    elif who is None or not _plural(s, who, span):
        return [penalty]
    else:
        listed = [m for m in s.coordinated(who) if m.driver and m.end <= span.start]
        if len(listed) >= 2 and _one_shared(s, listed[0], span):
            if len(listed) == 2 and s.vocab.code == ENGLISH:
                return [penalty.model_copy(update={"driver": _crew_name(s, listed)})]
            return []  # "A, B, C et D ont reçu une pénalité": their car's, its entry unnamed
    drivers = list(dict.fromkeys(m.driver for m in listed))
    if len(drivers) < 2:
        return [penalty]
    return [penalty.model_copy(update={"driver": d}) for d in drivers]


def _one_shared(s: Sentence, first, span) -> bool:  # noqa: ANN001 - a Mention and a spaCy Span
    """'A and B were handed a 10 second penalty', 'A, B et C ont reçu une pénalité': one
    penalty ('a', 'une', no 'each' or 'both') said of the drivers listed is their crew's, not
    one per driver."""
    if span.text.lower().endswith("penalties"):
        return False
    doc = s.doc
    start = next((t.start for t in s.spans("times") if 0 <= span.start - t.end <= 1), span.start)
    if start <= s.span.start or elided(doc[start - 1].lower_, s.vocab) not in ONE_ARTICLES:
        return False
    around = doc[first.start : min(s.span.end, span.end + 3)]
    return not any(t.lower_ in DISTRIBUTIVE_WORDS for t in around)


def _crew_name(s: Sentence, pair: list) -> str:
    """The crew as the text pairs them: 'Ute Sand and Bo Kim' (each name as resolved)."""
    first, second = pair
    joint = s.doc[first.end : second.start].text.strip() or "and"
    return f"{first.driver} {joint} {second.driver}"


def _listed_to(s: Sentence, listed: list) -> list:
    """The drivers of 'penalties to Vos, Kok and Bos': the list ends at the name after its
    conjunction ('..., and Bos, Dutchman Ruiz steps up': Ruiz is the next clause's)."""
    drivers = listed[:1]
    for a, b in itertools.pairwise(listed):
        drivers.append(b)
        if any(t.is_alpha for t in s.doc[a.end : b.start] if not t.text[:1].isupper()):
            return [m for m in drivers if m.driver]  # "and", "e", "et": the list's last name
    return []  # no conjunction closes the list: whose the penalties are is not settled


def _plural(s: Sentence, who, span) -> bool:  # noqa: ANN001 - a Mention and a spaCy Span
    """Whether what is said of the drivers listed before a penalty is said of them all: a plural
    verb between them ('were excluded', 'foram punidos') or a plural penalty word ('stop-go
    penalties', 'disqualifiés', 'squalificati')."""
    between = {t.lower_ for t in s.doc[who.end : span.start]}
    if between & (PLURAL_VERBS | s.vocab.plural_verbs):
        return True
    return span.text.lower() == "penalties" or span[-1].lower_.endswith(PLURAL_ENDINGS)


def _mentioned_before(penalty: Penalty, earlier: list[Penalty]) -> bool:
    """The same driver's penalty of the same race and kind, told again (no new length; not 'a
    second track-limits penalty')."""
    words = set(penalty.evidence.text.lower().split())
    if words & ANOTHER_WORDS:
        return False
    return any(
        p.driver == penalty.driver
        and p.race == penalty.race
        and (p.kind == penalty.kind or penalty.kind == "other")
        and (penalty.seconds is None or p.seconds == penalty.seconds)
        for p in earlier
    )


def _another(s: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """'another penalty', 'a second track-limits penalty' (not 'a five-second penalty')."""
    doc = s.doc
    for t in doc[max(s.span.start, span.start - 5) : span.start]:
        hyphenated = t.i > 0 and doc[t.i - 1].text == "-"
        if t.lower_ in ANOTHER_WORDS and not hyphenated and doc[t.i + 1].text not in ("-", "'s"):
            return True
    return False


def _told_vaguely_before(penalty: Penalty, earlier: list[Penalty]) -> Penalty | None:
    """The same driver's penalty of the same race told before with no kind or length, which
    this one tells in full (one penalty, not two)."""
    if penalty.kind == "other":
        return None
    return next(
        (
            p
            for p in earlier
            if _same_driver(p.driver, penalty.driver)
            and p.race in (penalty.race, None)  # a vague one told where no race was named
            and p.kind == "other"
            and p.seconds is None
        ),
        None,
    )


def _same_driver(one: str | None, other: str | None) -> bool:
    """'Dan Tyler' and 'Tyler' (names are resolved to the roster only after reading)."""
    if not one or not other:
        return False
    short, full = sorted((one.split(), other.split()), key=len)
    return full[-len(short) :] == short


def _withdrawn(s: Sentence, following: Sentence | None) -> bool:
    """'..., but it was later rescinded on appeal' in the sentence or the next one."""
    words = {t.lower_ for t in s.span}
    if following is not None and following.paragraph == s.paragraph:
        words |= {t.lower_ for t in following.span}
    return bool(words & WITHDRAWN_WORDS)


def _is_circuit(text: str) -> bool:
    """A name the circuit gazetteer knows, by an alias ('Albert Park') or its own name, which
    no penalty is given to."""
    return circuit_name(text) != text or text in {c.name for c in circuits()}


def _receiver_after(s: Sentence, end: int):  # noqa: ANN202
    """The driver named right after 'for' / 'to' following the penalty ('a penalty for Ortiz'), or
    after a verb it does to them ('a penalty denied Ortiz a place'); not a reason ('a penalty for
    contact with Ortiz')."""
    if end < s.span.end and s.doc[end].lower_ in RECEIVER_VERBS:
        return s.mention_at(end + 1, skip=1)  # "a penalty cost Ortiz the win"
    receivers = RECEIVER_WORDS if s.vocab.code == ENGLISH else s.vocab.penalty_receivers
    passive = end
    while passive < min(s.span.end, end + 2) and s.doc[passive].lower_ in PASSIVE_GIVEN:
        passive += 1  # "penalties were applied to Vos and Kok"
    if passive > end and passive < s.span.end and s.doc[passive].lower_ in RECEIVER_WORDS:
        end = passive
    if end + 1 < s.span.end and s.doc[end].lower_ in s.vocab.penalty_givers:
        end += 1  # "un secondo di penalità rifilato a Surra"
    if end >= s.span.end or s.doc[end].lower_ not in receivers:
        return None  # "a penalty for Ortiz", "la pénalité de Lacoste", "Strafe gegen Rasser"
    receiver = s.mention_at(end + 1, skip=1)
    if receiver is not None and any(
        t.lower_.endswith("ing") for t in s.doc[end + 1 : receiver.start]
    ):
        return None  # "a penalty for pushing Orr into a spin": Orr is the reason's object
    return receiver


def _to_an_entry(s: Sentence, end: int) -> bool:
    """'una penalización de tiempo al coche del equipo X', 'a penalty to the Apex car': a word of
    'to' soon after the penalty, then a car's or team's noun before any name: the penalty is that
    entry's, whoever the sentence's subject is."""
    doc = s.doc
    stop = min(s.span.end, end + ENTRY_REACH)
    to = next((t.i for t in doc[end:stop] if t.lower_ in s.vocab.to_words), None)
    if to is None or any(t.is_punct for t in doc[end:to]):
        return False
    for t in doc[to + 1 : stop]:
        if any(m.start <= t.i < m.end for m in s.mentions) or t.is_punct:
            return False
        if t.lower_ in s.vocab.penalty_entry_nouns:
            return True
    return False


def _latter(s: Sentence, start: int, previous: Sentence | None = None):  # noqa: ANN202
    """'... pressed by X, although the latter already carried a penalty': the driver named
    last before 'the latter' (in English or the sentence's language) in the sentence, or, when
    the sentence names no one before it ('Après l'arrivée, ce dernier ...'), the one the
    previous sentence of its paragraph named last (outside brackets)."""
    doc = s.doc
    phrases = (*LATTER, *s.vocab.latter)
    for k in range(start - 1, s.span.start - 1, -1):
        for phrase in phrases:
            if tuple(t.lower_ for t in doc[k : k + len(phrase)]) == phrase:
                named = [m for m in s.mentions if m.end <= k and m.kind == "name" and m.driver]
                if named:
                    return named[-1]
                if previous is None or previous.paragraph != s.paragraph:
                    return None
                before = [
                    m
                    for m in previous.mentions
                    if m.kind == "name" and m.driver and not previous.in_brackets(m)
                ]
                return before[-1] if before else None
    return None


def _unless_a_role_between(s: Sentence, who, start: int):  # noqa: ANN001, ANN202 - a Mention
    """The subject before a penalty, unless a clause of cause opens with a role no name
    resolves between them ('X inherited the win because the Apex driver was penalised', 'porque
    o piloto da Apex foi punido'): someone else got it, and who is not settled."""
    if who is None:
        return None
    doc = s.doc
    roles = ROLE_NOUNS | s.vocab.role_nouns
    articles = {"the", "a", "an"} | s.vocab.articles
    named = {i for m in s.mentions if m.kind == "name" for i in range(m.start, m.end)}
    for t in doc[who.end : max(who.end, start - 1)]:
        if t.lower_ not in articles or doc[t.i - 1].lower_ not in CAUSAL_WORDS:
            continue  # "X, ..., but the Apex driver was penalised" may well be X
        for k in range(t.i + 1, min(t.i + 1 + ROLE_REACH, start)):
            if k in named or not doc[k].is_alpha:
                break
            if doc[k].lower_ in roles:  # "the Apex driver", "o piloto"
                return None
    return who


def _actor(s: Sentence, who: Mention | None) -> Mention | None:
    """Who did what a gerund did to `who`: 'Rhys finished fifth after pushing Wood off, earning
    a penalty' -> Rhys, not the one pushed (an English gerund right before a name makes it its
    object); None when the sentence names no one before it."""
    doc = s.doc
    while (
        who is not None
        and s.vocab.code == ENGLISH
        and who.start - 1 > s.span.start
        and doc[who.start - 1].is_lower
        and doc[who.start - 1].lower_.endswith("ing")
        and doc[who.start - 1].lower_ not in NOT_GERUNDS
    ):
        who = s.subject_before(who.start - 1)
    return who


def _object_after(s: Sentence, span) -> Mention | None:  # noqa: ANN001 - a spaCy Span
    """'ha penalizzato l'olandese', 'penalised the Dutchman': an article and a role right after a
    penalty's verb say who got it, the role's driver (None when it resolves to no one, so the
    penalty is dropped, not given to the subject); a name there ('il pilota Rossi') is that one;
    None when no role follows."""
    doc = s.doc
    if span.end >= s.span.end:
        return None
    first = doc[span.end]
    if first.lower_ not in {"the"} | s.vocab.articles and elided(first.text, s.vocab) == first.text:
        return None
    roles = ROLE_NOUNS | s.vocab.role_nouns
    demonyms = {
        i for d in doc.spans["nations"] if d.label_ == "DEMONYM" for i in range(d.start, d.end)
    }
    for k in range(span.end, min(s.span.end, span.end + 1 + ROLE_REACH)):
        named = next((m for m in s.mentions if m.start <= k < m.end), None)
        if named is not None and named.kind == "name":
            return named
        if k in demonyms or elided(doc[k].text, s.vocab).lower() in roles:
            return named or Mention(k, k + 1, kind="demonym")
    return None


def _team_role(s: Sentence, who: Mention) -> bool:
    """A name between an article and a role noun ('the Apex driver', 'il pilota'): a team's
    name describing its driver, who the sentence does not name; not the receiver itself."""
    doc = s.doc
    if who.kind != "name" or who.start <= s.span.start or who.end >= s.span.end:
        return False
    articles = {"the"} | s.vocab.articles
    roles = ROLE_NOUNS | s.vocab.role_nouns
    return doc[who.start - 1].lower_ in articles and doc[who.end].lower_ in roles


def _nicknamed(s: Sentence, who: Mention) -> bool:
    """'Santero el Titán': a name and, after an article, a nickname read as one mention."""
    doc = s.doc
    articles = {"the"} | s.vocab.articles
    return any(
        doc[k].lower_ in articles and doc[k - 1].is_title and doc[k + 1].is_title
        for k in range(who.start + 1, who.end - 1)
    )


def _quoted_term(s: Sentence, who: Mention) -> bool:
    """Several capitalised words between quotation marks ('„Track Limit Strikes“'): a term quoted,
    not a driver (a racing pseudonym in quotes is one word: '“Lucky”')."""
    doc = s.doc
    return (
        who.end - who.start >= 2
        and who.start > 0
        and who.end < len(doc)
        and doc[who.start - 1].text in QUOTE_MARKS
        and doc[who.end].text in QUOTE_MARKS
    )


def _owned_by_others(s: Sentence, end: int) -> bool:
    """'(por conta da penalização dos ponteiros)', 'after a penalty of the leaders': the penalty
    belongs to a group a common noun names, not to the sentence's subject, and to whom is not
    settled ('a penalty of five seconds', 'la pénalité de Lacoste' are no such phrase)."""
    if end + 1 >= s.span.end or s.doc[end].lower_ not in OWNER_WORDS:
        return False
    if any(end < m.start <= end + OWNER_REACH for m in s.mentions if m.kind == "name"):
        return False  # "la squalifica del ceco Tlachac": the owner is named
    after = s.doc[end + 1]
    if after.lower_ in {"the", "a", "an"} | s.vocab.articles and end + 2 < s.span.end:
        after = s.doc[end + 2]
        if count_word(after.text) is not None and after.i + 1 < s.span.end:
            after = s.doc[after.i + 1]  # "of the two leaders"
    if not after.is_alpha or not after.is_lower or count_word(after.text) is not None:
        return False
    told = [*s.spans("times"), *s.spans("penalties")]  # "of a drive-through", "of ten seconds"
    return not any(t.start <= after.i < t.end for t in told)


def _driver_of_team(s: Sentence, who):  # noqa: ANN001, ANN202 - a Mention
    """'Rui Lemos da Apex Square Tyres, que ... cumpriu um drive-through', 'Tom Orr of Apex
    Tyres, who ...': a team named right after a driver's name and a preposition is his team; the
    penalty is the driver's (the words before the preposition, where the name took in the team's
    first word; no one when they are a single word)."""
    if who is None or not who.driver or name_kind(who.driver) != "team":
        return who
    k = who.start - 1
    while k > s.span.start and s.doc[k].is_title:
        k -= 1  # "da Saffron Square Tyres": the team's words the mention left out
    if k <= s.span.start or not s.doc[k].is_lower or not s.doc[k].is_alpha:
        return who
    glued = next((m for m in s.mentions if m.start < k < m.end == who.start), None)
    if glued is not None:  # "Rui Lemos da Saffron" read as one name before "Square Tyres"
        words = s.doc[glued.start : k]
        return Mention(glued.start, k, driver=words.text) if len(words) >= 2 else None
    return next(
        (m for m in s.mentions if m.end == k and m.driver and name_kind(m.driver) == "person"),
        who,
    )


def _counted_seconds(s: Sentence, span) -> int | None:  # noqa: ANN001 - a spaCy Span
    """The count before a penalty word that names seconds itself ('4 Strafsekunden')."""
    if span.start <= s.span.start or not any(stem in span.text.lower() for stem in SECONDS_STEMS):
        return None
    return count_word(s.doc[span.start - 1].text)


def _marked_seconds(s: Sentence, span) -> int | None:  # noqa: ANN001 - a spaCy Span
    """The count of seconds marked '"' before 'di penalità' ('30" di penalità')."""
    k = span.start
    if k - 3 < s.span.start or s.doc[k - 2].text not in SECONDS_MARKS:
        return None
    if s.doc[k - 1].lower_ not in {"of", "di", "de", "da"}:
        return None
    return count_word(s.doc[k - 3].text)


def _converted_to(s: Sentence, span):  # noqa: ANN001, ANN202 - spaCy Spans
    """The time quantity a penalty was turned into, told right after it ('a drive-through,
    converted into 30 seconds')."""
    after = s.doc[span.end : min(s.span.end, span.end + CONVERSION_REACH)]
    word = next((t for t in after if t.lower_ in CONVERSION_WORDS), None)
    if word is None:
        return None
    return next(
        (t for t in s.spans("times") if word.i < t.start <= word.i + CONVERSION_REACH), None
    )


def _subject_after_opening(s: Sentence, start: int, end: int):  # noqa: ANN202
    """The name right after the comma that closes an opening participle clause holding the
    penalty ('After receiving a ten-second penalty, Orr ...', 'Having served a drive-through,
    Orr ...'): the clause's subject is the main clause's."""
    doc = s.doc
    opening = doc[s.span.start : min(start, s.span.start + OPENING_REACH)]
    if s.vocab.code != ENGLISH or not any(t.lower_.endswith("ing") for t in opening):
        return None
    comma = next((t.i for t in doc[end : min(s.span.end, end + 2)] if t.text == ","), None)
    if comma is None or any(t.text == "," for t in doc[s.span.start : start]):
        return None
    return next((m for m in s.mentions if m.start == comma + 1 and m.kind == "name"), None)


def _penalty(s: Sentence, span, previous: Sentence | None) -> Penalty | None:  # noqa: ANN001
    doc = s.doc
    if span.text.lower() == "penalties" and _receiver_after(s, span.end) is None:
        return None  # "penalties were flying": no one penalty ("penalties to Vos and Kok" are)
    before = [t.lower_ for t in doc[max(s.span.start, span.start - 4) : span.start]]
    if any(word in NEGATIONS for word in before) or _owned_by_others(s, span.end):
        return None
    if "=" in before[-3:]:
        return None  # "Max = Maximum penalty for incomplete tests": a legend's entry, no one's
    kind = span.id_
    start, end = span.start, span.end
    seconds = None
    quantity = next(
        (
            t
            for t in s.spans("times")
            if 0 <= span.start - t.end <= 1
            or 0 <= t.start - span.end <= 1
            or span.start <= t.start < span.end  # "acréscimo de 20 segundos": one phrase
        ),
        None,
    )
    if (
        quantity is not None
    ):  # "a ten-second penalty", "a five-second time penalty", "penalised five seconds"
        seconds = parse_seconds(quantity.text)
        start, end = min(start, quantity.start), max(end, quantity.end)
        if kind == "other":
            kind = "time"
    elif (count := _counted_seconds(s, span)) is not None:  # "trotz 4 Strafsekunden"
        seconds, start, kind = float(count), span.start - 1, "time"
    elif (marked := _marked_seconds(s, span)) is not None:  # '30" di penalità'
        seconds, start, kind = float(marked), span.start - 3, "time"
    if seconds is None and (converted := _converted_to(s, span)) is not None:
        seconds = parse_seconds(converted.text)  # "un drive through, converti en 30 secondes"
        end = max(end, converted.end)
    phrase_end = end  # the penalty and its length: its receiver comes right after them
    reason = None
    for r in s.spans("penalties", "REASON"):
        if (
            span.end <= r.start <= span.end + REASON_WINDOW
            or 0 <= span.start - r.end <= REASON_LEAD
        ):
            reason = r.id_
            start, end = min(start, r.start), max(end, r.end)
            break
    who = _latter(s, start, previous) or _unless_a_role_between(s, s.subject_before(start), start)
    who = _actor(s, who)
    receiver = _receiver_after(s, phrase_end) or _receiver_after(s, end)
    if receiver is not None:  # "won after a late penalty for Ortiz"
        who = receiver
    elif (role := _object_after(s, span)) is not None:  # "ha penalizzato l'olandese"
        who = role
    if receiver is None and _to_an_entry(s, phrase_end):
        return None  # "X won after a penalty to the car of team Y": Y's car's, not X's
    if who is None:  # "After receiving a ten-second penalty, Orr was classified 19th"
        who = _subject_after_opening(s, start, end)
    who = _driver_of_team(s, who)
    if who is not None and _team_role(s, who):
        return None  # "the Apex driver had received a penalty": a team's driver, unsettled here
    if who is not None and _nicknamed(s, who):
        return None  # "con Santero el Titán cometió ...": the name or the nickname, unsettled
    if who is not None and _quoted_term(s, who):
        who = None  # "wegen „Track Limit Strikes“ eine Strafe": a term, not who got it
    if who is not None and (
        _is_circuit(doc[who.start : who.end].text) or (who.driver and _is_circuit(who.driver))
    ):
        who = None  # "around the virtual Albert Park, until he was disqualified": no driver
    driver = who.driver if who is not None else None
    if who is not None and who.driver is not None:
        start, end = min(start, who.start), max(end, who.end)
    while start > s.span.start and doc[start - 1].lower_ in ("a", "an", "his", "her", "the"):
        start -= 1  # "a ten-second penalty" reads better than "ten-second penalty"
    lap_match = LAP_RE.search(s.span.text)
    lap = int(lap_match.group(1) or lap_match.group(2)) if lap_match else None
    race = s.race_for(span.start)
    return Penalty(
        race=race,
        race_key=named_race_key(race),
        driver=driver,
        seconds=seconds,
        kind=kind,
        reason=reason,
        lap=lap,
        evidence=s.evidence(start, end),
    )
