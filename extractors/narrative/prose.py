"""An article's prose as the fact readers see it: sentences, each with its race and the driver
mentions in it (names resolved through the article's roster, and roles such as 'the Italian')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from spacy.tokens import Doc, Span, Token

from extractors.names import fold_name
from extractors.narrative.components import ORGANISATION_WORDS, elided, is_name_word
from extractors.narrative.drivers import NameOccurrence, Roster
from extractors.narrative.lang import ENGLISH, Vocabulary, vocabulary
from extractors.nations import lookup
from extractors.records import Evidence

MentionKind = Literal["name", "demonym", "rival", "compatriot", "pronoun"]

# "TB_Racer77", "KdB_77": an online ID (digits or underscores) given in brackets after a name
ONLINE_ID_RE = re.compile(r"^(?=[\w.-]*[\d_])[^\W_][\w.-]{2,}$")
# Words between "the" + demonym and the reference: "the Italian driver", "the Japanese ace"
ROLE_NOUNS = frozenset(
    {
        "driver",
        "racer",
        "rider",
        "man",
        "woman",
        "ace",
        "star",
        "youngster",
        "veteran",
        "rookie",
        "teenager",
        "champion",
        "talent",
        "sim-racer",
        "simracer",
        "competitor",
        "prodigy",
        "gamer",
        "esports",
        "sim",
        "karter",
        "native",
    }
)
# Plural nouns after a demonym: a group, not one driver ("the Japanese drivers")
PLURAL_NOUNS = frozenset(
    {
        "drivers",
        "racers",
        "riders",
        "duo",
        "pair",
        "trio",
        "contingent",
        "drivers’",
        "drivers'",
        "men",
    }
)
# Words after which a name is an object, not the one acting: "from Vos", "past Kok"
OBJECT_WORDS = frozenset(
    {
        "from",
        "of",
        "on",
        "past",
        "behind",
        "over",
        "to",
        "for",
        "between",
        "alongside",
        "than",
        "against",
        "beat",
        "beating",
        "beats",
        "passed",
        "passing",
        "pass",
        "overtaking",
        "overtook",
        "overtake",
        "pipped",
        "pipping",
        "defeat",
        "defeated",
        "defeating",
        "defeats",
        "jumped",
        "jumping",
        "tip",
        "tipped",
        "at",
        "into",
        "off",
        "towards",
        "toward",
        "under",
    }
)
# "No. 7": the word a team entry's car number follows
ENTRY_WORDS = frozenset({"No.", "No"})
# Words that open a role before a name ("the defending champion", "his team-mate"), and how far
ROLE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
ROLE_REACH = 5
# Possessive determiners right before a name: "his Apex Motors backed car" names what he owns
OWNING_DETERMINERS = frozenset({"his", "her", "their"})
# How many numbers and lower-case words may describe what he owns: "his 2 litre Escort"
OWNED_REACH = 3
# Words that make the subject of a phrase a group, never one driver: "both men made it through"
# Words before "with" that make the driver after it an object: "contact with Braun"
ENCOUNTER_WORDS = frozenset(
    {
        "contact",
        "collision",
        "collided",
        "colliding",
        "battle",
        "battling",
        "tangled",
        "tangling",
        "clash",
        "clashed",
        "duel",
        "duelling",
        "dicing",
        "fight",
        "fighting",
        "squabble",
        "incident",
        "crash",
        "crashed",
        "tussle",
        "scrap",
        "coming-together",
        "together",
        "touch",
        "touched",
        "tangle",
    }
)
# Words after which a clause has its own subject: "Conti crossed the line third, while the Finn ..."
CLAUSE_BREAKS = frozenset({"while", "whereas", "whilst"})
# Words opening an English sentence with a clause of its own, up to its comma: "While X took
# pole, Y won"; "Despite X's best efforts, Y held on"
SUBORDINATORS = frozenset(
    {"while", "whilst", "whereas", "although", "though", "after", "when", "once", "as", "since"}
    | {"because", "despite", "if", "unless", "until", "before"}
)
# "X, who was fifth": the relative's antecedent acts
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
# Words allowed between a name and its "who": "Sofia Marquez of Argentina, who"
RELATIVE_GAP = 4
# Markup and quotes around a name: "beating **Jan Vos**", "“Berg”"
EMPHASIS = frozenset({"*", "**", "_", "__", '"', "“", "”", "‘"})
# Words that join the names of a list: "A, B and C", "A and the Belgian B"
LIST_WORDS = frozenset({",", "and", "&", "the", "’s", "'s"})
# Connectors after which the drivers named finished behind the one acting: "won from X",
# "ahead of X and Y", "followed by X, Y and Z"
AHEAD_CONNECTORS = (("from",), ("ahead", "of"), ("followed", "by"), ("in", "front", "of"))
# Pronouns that open a sentence about the previous sentence's subject.
SUBJECT_PRONOUNS = frozenset({"he", "she"})
# Nouns after 'top' that make it one place: "charged to the top spot", "on the top step"
ONE_PLACE_NOUNS = frozenset({"spot", "step", "position", "place", "of"})
GROUP_SUBJECTS = frozenset(
    {
        "they",
        "both",
        "pair",
        "duo",
        "trio",
        "quartet",
        "men",
        "drivers",
        "all",
        "everyone",
        "top",
        "rest",
        "others",
        "field",
    }
)


@dataclass
class Mention:
    """A driver named (or referred to) in a sentence; `driver` is the roster's display name."""

    start: int  # token indices in the sentence's spaCy doc
    end: int
    kind: MentionKind = "name"
    driver: str | None = None
    nation: str | None = None  # the nation a demonym role names

    def __repr__(self) -> str:
        return f"Mention({self.kind}:{self.driver}@{self.start})"


@dataclass
class Sentence:
    """One sentence of a prose block, with its race and its mentions in text order."""

    span: Span
    offset: int  # character offset of the block in Document.text
    block: int
    paragraph: int  # ordinal of the prose block
    index: int  # ordinal of the sentence in the article
    race: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    named_races: list[tuple[int, str]] = field(default_factory=list)  # (token index, race)
    told_before: str | None = None  # the race the prose told before this sentence named others
    # key -> the pipeline's spans of `key` inside this sentence (see `spans`)
    _spans: dict[str, list[Span]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def whole_paragraph(self) -> bool:
        """Whether the sentence is its prose block's only one ('QUALIFYING.', a title)."""
        return self.span.start == 0 and self.span.end == len(self.span.doc)

    def race_for(self, index: int) -> str | None:
        """The race of what the words at token `index` say: the section's race, else the race
        the sentence names next ('won the sprint', 'by two seconds in the feature race'), else
        the one it named before."""
        if self.race is not None or not self.named_races:
            return self.race
        after = [race for at, race in self.named_races if at >= index]
        if self.vocab.code != ENGLISH:  # "im ersten Lauf Platz drei und im zweiten Lauf Platz
            # vier": the race named nearest, before or after, in the same clause ('X won, nadat
            # hij in race 1 moest uitvallen': race 1 is the clause's after 'nadat')
            breaks = self.vocab.clause_breaks
            same_clause = [
                named
                for named in self.named_races
                if not any(
                    t.lower_ in breaks
                    for t in self.doc[min(index, named[0]) : max(index, named[0])]
                )
            ]
            if not same_clause and self.told_before is not None:
                return self.told_before
            return min(same_clause or self.named_races, key=lambda named: abs(named[0] - index))[1]
        return after[0] if after else self.named_races[-1][1]

    @property
    def doc(self) -> Doc:
        return self.span.doc

    @cached_property  # asked for by every reader of every phrase of the sentence
    def vocab(self) -> Vocabulary:
        """The words of the sentence's language."""
        return vocabulary(self.doc._.language)

    def spans(self, key: str, label: str | None = None) -> list[Span]:
        """The pipeline's spans of `key` inside this sentence."""
        inside = self._spans.get(key)
        if inside is None:  # asked for many times per sentence: the doc's spans are read once
            start, end = self.span.start, self.span.end
            inside = [s for s in self.doc.spans.get(key, []) if start <= s.start and s.end <= end]
            self._spans[key] = inside
        return [s for s in inside if label is None or s.label_ == label]

    def has_cue(self, cue: str) -> bool:
        return any(s.id_ == cue for s in self.spans("cues", "CUE"))

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for tokens [start, end) of this sentence, offsets into Document.text."""
        span = self.doc[start:end]
        a, b = span.start_char, span.end_char
        return Evidence(text=self.doc.text[a:b], start=self.offset + a, end=self.offset + b)

    def mention_at(self, index: int, *, skip: int = 3) -> Mention | None:
        """The mention starting at token `index`, allowing a few lower-case words before it
        ('ahead of defending champion X', 'the American X')."""
        nation_tokens = self.nation_tokens()
        for m in self.mentions:
            if m.start < index:
                continue
            if m.end + 1 < len(self.doc) and self.doc[m.end].text in ("’s", "'s"):
                index, skip = (
                    m.end + 1,
                    skip + 1,
                )  # "Park's team-mate R. Kim": the possessor is not it
                continue
            between = self.doc[index : m.start]
            # "including Finland's Eero Lahti", "beating **Jan Vos**"
            words = [t for t in between if t.i not in nation_tokens and t.text not in EMPHASIS]
            if len(words) <= skip and all(
                t.text[:1].islower()
                or t.text in ("’s", "'s", "-")
                or t.lower_ in self.vocab.role_nouns  # "vor seinem Teamkollegen X"
                for t in words
            ):
                return m
            return None
        return None

    def introduced(self, start: int, end: int, words: tuple[str, ...]) -> list[Mention]:
        """Drivers introduced by 'from X', 'ahead of X and Y', 'followed by X' (or the language's
        'à frente de X', 'vor X') in tokens [start, end)."""
        connectors = [c for c in AHEAD_CONNECTORS if c[0] in words or c[0] == "followed"]
        if "ahead" in words:
            connectors += [*self.vocab.ahead, *self.vocab.followed]
        for k in range(start, end):
            found = next(
                (
                    c
                    for c in connectors
                    if k + len(c) <= end and tuple(t.lower_ for t in self.doc[k : k + len(c)]) == c
                ),
                None,
            )
            if found is None:
                continue
            first = self.mention_at(k + len(found))
            if first is None:
                return []
            return self.coordinated(first) if first.kind == "name" else [first]
        return []

    def beaten_after(self, phrase: Span) -> list[Mention]:
        """The driver named right after a win verb that takes an object ('venceu X por 0s004'),
        in a language whose file says so; [] otherwise."""
        if not self.vocab.win_object or phrase.id_ != "won":
            return []
        beaten = self.mention_at(phrase.end, skip=0)
        return [beaten] if beaten is not None and beaten.kind == "name" else []

    def opening_clause_end(self) -> int | None:
        """The comma closing the subordinate clause an English sentence opens with ('While X
        took pole, ...', 'Despite X's efforts, ...'); None when it opens no such clause."""
        if self.vocab.code != ENGLISH:
            return None
        words = [t for t in self.span if not (t.is_punct and t.text != ",")]
        if not words or words[0].lower_ not in SUBORDINATORS:
            return None
        return next((t.i for t in words if t.text == ","), None)

    def subject_before(self, index: int) -> Mention | None:
        """Who does what the words at `index` say: the nearest mention before it that is not the
        object of a preposition or verb ('Vos, skipping past Kok to take second' -> Vos).
        A group word in between ('both men made it through') means no single driver."""
        if any(
            t.lower_ in GROUP_SUBJECTS and not self.one_place(t)
            for t in self.doc[max(self.span.start, index - 3) : index]
        ):
            return None
        relatives = RELATIVE_PRONOUNS | self.vocab.relative_pronouns
        breaks = CLAUSE_BREAKS | self.vocab.clause_breaks
        # a relative pronoun of this clause: none before a conjunction with 'que' that opens
        # another ('X, que ..., enquanto que em terceiro'), nor that 'que' ('mientras que')
        opened = max(
            (
                t.i
                for t in self.doc[self.span.start : index - 1]
                if t.lower_ in breaks and self.doc[t.i + 1].lower_ in relatives
            ),
            default=-1,
        )
        relative = [
            t.i
            for t in self.doc[self.span.start : index]
            if t.lower_ in relatives and t.i > opened + 1
        ]
        earlier = [m for m in self.mentions if m.end <= index]
        if (opened := self.opening_clause_end()) is not None and index > opened:
            # "While X took pole, Y won the race": X is the subordinate clause's, not Y's verb's
            earlier = [m for m in earlier if m.start > opened]
        if relative and earlier and earlier[-1].end <= relative[-1]:
            # "... behind Sofia Marquez of Argentina, who was fifth": the relative's antecedent
            # "X (Ukraina), który ...": X, never the nation or team in his brackets
            unbracketed = [m for m in earlier if m.end <= relative[-1] and not self.in_brackets(m)]
            antecedent = (unbracketed or [m for m in earlier if m.end <= relative[-1]])[-1]
            if relative[-1] - antecedent.end <= RELATIVE_GAP:
                return antecedent
        elif relative and earlier:
            # "Kim, who blocked Ota and finished first, was pushed back": inside the relative
            # clause its antecedent acts; once a comma closes it, the sentence's subject again
            before = [m for m in earlier if m.end <= relative[-1]]
            commas = [t.i for t in self.doc[relative[-1] : index] if t.text == ","]
            if self.listed_before(earlier[-1], index):
                return earlier[-1]  # "Y who finished second and X in third": X's third
            if (
                before
                and relative[-1] - before[-1].end <= RELATIVE_GAP
                and not self.in_brackets(before[-1])
                and (not commas or not any(m.start > commas[-1] for m in earlier))
            ):
                return before[-1]
        for m in reversed(earlier):
            between = self.doc[m.end : index]
            if any(t.lower_ in breaks for t in between):
                return None
            if self.in_brackets(m):
                continue  # "Ana Lima (Lotus Exige) won", "X (Tony Kart) montait": no subject
            if m.end == index:
                if self.after_passing_verb(m):
                    continue  # "X double Y pour prendre la 4e place": X is fourth, not Y
                return None if self.after_preposition(m) else m
            if self.is_object(m):
                continue
            return m
        return None

    def listed_before(self, m: Mention, index: int) -> bool:
        """'... and Riley Ek in third': an English name listed right before the words at
        `index`, after 'and' or a comma, is who they are about."""
        return (
            self.vocab.code == ENGLISH
            and m.end == index
            and m.start > self.span.start
            and self.doc[m.start - 1].lower_ in ("and", ",")
        )

    def one_place(self, token: Token) -> bool:
        """'to the top spot', 'the top step': 'top' of one place, no group of drivers."""
        following = self.doc[token.i + 1].lower_ if token.i + 1 < len(self.doc) else ""
        return token.lower_ == "top" and following in ONE_PLACE_NOUNS

    def after_preposition(self, m: Mention) -> bool:
        """'who spots for Vos was fourth': a mention after an English preposition or verb of
        overtaking does not do what follows it, even right before the verb; nor does one before
        it, whom the sentence does not name."""
        return m.start > self.span.start and self.doc[m.start - 1].lower_ in OBJECT_WORDS

    def after_passing_verb(self, m: Mention) -> bool:
        """Outside English, a mention right after the language's verb of passing or beating
        ('dépasse', 'superou'): its object, which does not do what follows."""
        return (
            self.vocab.code != ENGLISH
            and m.start > self.span.start
            and self.doc[m.start - 1].lower_ in self.vocab.passing_verbs
        )

    def is_object(self, m: Mention) -> bool:
        """A mention that undergoes rather than acts: 'from Vos', 'past Kok', 'contact with
        Braun', or a possessor ("Fraser's team-mate")."""
        doc = self.doc
        objects = OBJECT_WORDS | self.vocab.object_words
        start = self.role_start(m)
        before = doc[start - 1].lower_ if start > self.span.start else ""
        before2 = doc[start - 2].lower_ if start - 1 > self.span.start else ""
        after = doc[m.end].text if m.end < len(doc) else ""
        if before == "with" and before2 in ENCOUNTER_WORDS:
            return True
        if before == "on" and before2 in ("early", "later", "then"):
            return False  # "Early on Aoi Mori joined ...": an adverb, not "the move on X"
        if self.vocab.code == ENGLISH and self.owned(start):
            return True  # "in his Apex Motors backed car": a sponsor or car he owns, no actor
        if self.after_described_object(start):
            return True
        return before in objects or after in ("’s", "'s", "’", "'")

    def owned(self, start: int) -> bool:
        """'his Apex Motors backed car', 'with his 2 litre Escort': a possessive determiner right
        before the words at `start`, or a few numbers and words in lower case before them."""
        k = start - 1
        while (
            k > self.span.start
            and start - k <= OWNED_REACH
            and self.doc[k].lower_ not in (OWNING_DETERMINERS)
        ):
            if not (self.doc[k].like_num or self.doc[k].text[:1].islower()):
                return False
            k -= 1
        return k >= self.span.start and self.doc[k].lower_ in OWNING_DETERMINERS

    def after_described_object(self, start: int) -> bool:
        """Outside English, a preposition, then an article and a demonym before the mention ('in
        het Finse Alahärmä', 'im finnischen Alahärmä'): the object of the preposition."""
        if self.vocab.code == ENGLISH:
            return False
        k, described = start - 1, self.vocab.articles | set(self.vocab.demonyms)
        while k > self.span.start and start - k <= 2 and self.described(self.doc[k], described):
            k -= 1
        return k < start - 1 and self.doc[k].lower_ in OBJECT_WORDS | self.vocab.object_words

    def described(self, token: Token, described: set[str]) -> bool:
        """An article or a demonym of the language ('no francês Rui Lobo'), a demonym in
        lower case where the language writes them so."""
        if token.lower_ in described:
            return True
        if not self.vocab.lowercase_demonyms or not token.text.islower():
            return False
        found = lookup(token.text)
        return found is not None and found[1] == "demonym"

    def role_start(self, m: Mention) -> int:
        """Where a role in lower case before an English mention starts ('overtake the defending
        champion Vos': 'the'), so that the word before the role governs the mention; the
        mention's own start when no determiner opens such a role or a function word ('with',
        'as') stands between."""
        if self.vocab.code != ENGLISH:
            return m.start
        for k in range(m.start - 1, max(self.span.start, m.start - ROLE_REACH) - 1, -1):
            word = self.doc[k]
            if word.lower_ in ROLE_DETERMINERS:
                return k if k < m.start - 1 else m.start
            if word.is_space:
                continue
            if word.is_stop or not (word.is_lower or word.text in "-‑"):
                return m.start
        return m.start

    def nation_tokens(self) -> set[int]:
        return {i for s in self.spans("nations") for i in range(s.start, s.end)}

    def coordinated(self, mention: Mention) -> list[Mention]:
        """The mentions listed together with `mention` ('Jan Vos, Ruiz, and Piet Kok')."""
        listed = [
            m
            for m in self.mentions
            if m is mention or not (self.in_brackets(m) or self.is_possessor(m))
        ]
        index = listed.index(mention)
        joiners = LIST_WORDS | self.vocab.list_words | self.vocab.articles
        group = [mention]
        for step in (-1, 1):
            k = index
            while 0 <= k + step < len(listed):
                a, b = sorted((listed[k], listed[k + step]), key=lambda m: m.start)
                joint = [
                    t
                    for t in _outside_brackets(self.doc[a.end : b.start])
                    if t.i not in self.nation_tokens()
                ]
                # "A, B and C", "Canada's A and the Belgian B"
                if not joint or any(t.lower_ not in joiners for t in self.past_repeated(joint)):
                    break
                k += step
                group.append(listed[k])
        return sorted(group, key=lambda m: m.start)

    def past_repeated(self, joint: list) -> list:
        """The words joining two names once a preposition said again after 'and' is left out
        ('davanti a X e a Y', 'de X y de Y': 'e', 'y'); the words as they are otherwise."""
        again, joining = self.vocab.list_prepositions, self.vocab.list_words - {","}
        if len(joint) >= 2 and joint[-1].lower_ in again and joint[-2].lower_ in joining:
            return joint[:-1]
        if len(joint) >= 3 and joint[-2].lower_ in again and joint[-3].lower_ in joining:
            return [*joint[:-2], joint[-1]]  # "e al", "y el": the preposition and an article
        return joint

    def is_possessor(self, m: Mention) -> bool:
        """ "Apex Racing’s Leo Gatti": the mention owns the next one, it is no list item."""
        return m.end < len(self.doc) and self.doc[m.end].text in ("’s", "'s")

    def in_brackets(self, m: Mention) -> bool:
        """A mention inside brackets ('Jan Peeters (B – Tecno)'): a team or an ID, no list item."""
        depth = 0
        for t in self.doc[self.span.start : m.start]:
            depth += (t.text == "(") - (t.text == ")" and depth > 0)
        return depth > 0


def _outside_brackets(tokens: Span) -> list:
    """The tokens not inside a bracket: 'Jan Peeters (B – Tecno) and Piet Kok' joins the two."""
    depth, kept = 0, []
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(t)
    return kept


def read_sentences(
    parsed: Iterable[tuple[int, Doc]],
    offsets: dict[int, int],
    races: dict[int, str | None],
    known_names: Iterable[str] = (),
) -> tuple[list[Sentence], Roster]:
    """Sentences of the parsed prose blocks ((block index, doc) in text order) with their driver
    mentions resolved through a roster built from the whole article."""
    parsed = list(parsed)
    occurrences = [
        NameOccurrence(s.text, s.label_) for _, doc in parsed for s in doc.spans["names"]
    ]
    aliases = [alias for _, doc in parsed for alias in _online_ids(doc)]
    endings = parsed[0][1]._.language if parsed else None
    roster = Roster.build(
        occurrences,
        known_names=known_names,
        aliases=aliases,
        endings=vocabulary(endings).name_endings,
        stems=vocabulary(endings).given_stems,
        cases=vocabulary(endings).case_endings,
        paired=vocabulary(endings).paired_endings,
    )
    surnames, ids = roster.surnames(), roster.aliases()
    sentences: list[Sentence] = []
    for paragraph, (block, doc) in enumerate(parsed):
        mentions = _mentions(doc, roster, surnames, ids)
        for sent in doc.sents:
            sentence = Sentence(
                sent, offsets[block], block, paragraph, len(sentences), races.get(block)
            )
            sentence.mentions = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
            sentences.append(sentence)
    return sentences, roster


def _online_ids(doc: Doc) -> Iterator[tuple[str, str]]:
    """(name, online ID) for 'Tomas Berg (TB_Racer77)'."""
    for span in doc.spans["names"]:
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            alias = doc[span.end + 1].text
            if ONLINE_ID_RE.match(alias):
                yield span.text, alias


def _mentions(
    doc: Doc, roster: Roster, surnames: dict[str, str], ids: dict[str, str]
) -> list[Mention]:
    """Driver names and roles in one parsed block, in text order."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    for span in doc.spans["names"]:
        if _entry_at(doc, span.end - 1):
            continue  # "Rebellion-Williams Esport No. 1": a team, its entry read by `_entries`
        driver = roster.resolve(span.text)
        if driver and span.start not in taken:  # one name found twice (two labels) is one
            mentions.append(Mention(span.start, span.end, driver=driver))
            taken.update(range(span.start, span.end))
    nation_tokens = {i for s in doc.spans["nations"] for i in range(s.start, s.end)}
    for token in doc:  # names the NER missed: a known surname or online ID on its own
        if token.i in taken or token.i in nation_tokens:
            continue
        if not (
            token.text[:1].isupper() or (not token.is_alpha and ONLINE_ID_RE.match(token.text))
        ):  # an online ID holds a digit or '_': a word of letters only is none
            continue
        key = fold_name(token.text)
        driver = ids.get(key) or (surnames.get(key) if is_name_word(token.text) else None)
        if driver:
            mentions.append(Mention(token.i, token.i + 1, driver=driver))
    mentions.extend(_demonym_roles(doc, taken))
    mentions.extend(_entries(doc, taken))
    vocab = vocabulary(doc._.language)
    # English pronouns in English only: Spanish "He acabado sexto" is "I have finished sixth"
    pronouns = SUBJECT_PRONOUNS if vocab.code == ENGLISH else vocab.subject_pronouns
    for sent in doc.sents:  # "He’d never relinquish this spot": the previous sentence's subject
        if sent[0].lower_ in pronouns:
            mentions.append(Mention(sent.start, sent.start + 1, kind="pronoun"))
        elif (
            vocab.code == ENGLISH
            and (after := _after_opening_clause(sent)) is not None
            and doc[after].lower_ in pronouns
        ):  # "While X crossed the line fifth, he was later disqualified": X
            mentions.append(Mention(after, after + 1, kind="pronoun"))
    if vocab.inverted_subject:  # "pakte hij de winst", "gewann er": the subject after the verb
        mentions.extend(_inverted_pronouns(doc, pronouns))
    for span in doc.spans["cues"]:
        if span.label_ == "ROLE":
            mentions.append(Mention(span.start, span.end, kind=span.id_))  # type: ignore[arg-type]
    return sorted(mentions, key=lambda m: m.start)


def _after_opening_clause(sent: Span) -> int | None:
    """The token right after the comma closing the subordinate clause an English sentence opens
    with ('While X crossed the line fifth, he ...'); None when it opens no such clause."""
    if sent[0].lower_ not in SUBORDINATORS:
        return None
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < sent.end else None


def _inverted_pronouns(doc: Doc, pronouns: frozenset[str]) -> Iterator[Mention]:
    """A subject pronoun inside a placing phrase or right after one, or right before a finish
    cue, not opening its sentence ('Niet alleen pakte hij de winst', 'Das Rennen gewann er',
    'Met 18 seconden voorsprong kwam hij over de finish'): the subject of a verb-second clause,
    resolved as a sentence's opening pronoun is."""
    for span in doc.spans.get("placings", []):
        for token in doc[span.start + 1 : min(span.end + 1, len(doc))]:
            if token.lower_ in pronouns and not token.is_sent_start:
                yield Mention(token.i, token.i + 1, kind="pronoun")
                break
    for span in doc.spans.get("cues", []):
        before = doc[span.start - 1] if span.start > 0 else doc[0]
        if span.id_ == "finish" and before.lower_ in pronouns and not before.is_sent_start:
            yield Mention(before.i, before.i + 1, kind="pronoun")


def _entries(doc: Doc, names: set[int]) -> Iterator[Mention]:
    """'the No. 7 Apex car', 'its No. 8': a team entry named by its car number, the entrant of
    its result, where no driver's name stands right before or after it ('No. 7 Ari Pell', 'Ari
    Pell (No. 7)' are Ari Pell)."""
    for token in doc[:-1]:
        if token.text not in ENTRY_WORDS:  # most tokens: no 'No.' to read a number after
            continue
        number = _entry_at(doc, token.i)
        if number is None or number.i + 1 in names or token.i - 1 in names:
            continue
        if token.i > 0 and doc[token.i - 1].text == "(":
            continue  # "Ari Pell (No. 25)": his car's number, not an entry of its own
        yield Mention(token.i, number.i + 1, driver=f"No. {number.text}")  # see `_entry_name`


def _entry_name(driver: str) -> bool:
    """Whether a display name is a team entry's ('No. 50'), as `_entries` names them."""
    return driver.startswith("No. ") and driver[4:].isdigit()


def _entry_at(doc: Doc, index: int) -> Token | None:
    """The car number after 'No.' at token `index` ('No. 7', 'No . 7'); None otherwise."""
    if doc[index].text not in ENTRY_WORDS or index + 1 >= len(doc):
        return None
    number = doc[index + 1]
    if number.text == "." and index + 2 < len(doc):
        number = doc[index + 2]
    return number if number.is_digit and len(number.text) <= 3 else None


def _demonym_roles(doc: Doc, names: set[int]) -> Iterator[Mention]:
    """'the Italian', 'The French driver', "the Spanish driver’s": one driver of that nation, to
    be resolved from context. Not a role when a name follows ('the American Chris Dalton') or the
    noun is plural ('the Japanese drivers')."""
    vocab = vocabulary(doc._.language)
    articles = {"the"} | vocab.articles
    roles = ROLE_NOUNS | vocab.role_nouns
    for span in doc.spans["nations"]:
        if span.label_ != "DEMONYM":
            continue
        if _bare_role(doc, span, vocab, names):  # Polish "Słowak został ukarany": no articles
            yield Mention(span.start, span.end, kind="demonym", nation=span.kb_id_)
            continue
        if span.start == 0:
            continue
        start = span.start - 1
        if doc[start].lower_ in roles and start > 0:  # "o piloto canadiano": the noun first
            start -= 1
        if start > 0 and doc[start].is_lower and doc[start - 1].lower_ in articles:
            start -= 1  # "the flying Finn", "le jeune Français"
        if elided(span.text, vocab) != span.text:
            start = span.start  # "l’olandese": the article elided onto the demonym
        elif doc[start].lower_ not in articles or doc[start].lower_ in vocab.plural_articles:
            continue  # no article; or a plural one, a group ("os brasileiros"), no one driver
        end = _after_team(doc, span.end, roles)
        while end < len(doc) and (doc[end].lower_ in roles or doc[end].like_num):
            end += 1
        if end < len(doc) and (
            end in names
            or doc[end].lower_ in PLURAL_NOUNS
            or is_name_word(doc[end].text)
            or doc[end].is_upper
            and doc[end].is_alpha  # "the Italian GP", "de Australische GP"
            or _of_a_team(doc, end, vocab)  # "l’indiano della Apex Racing Raj Patel"
        ):
            continue
        yield Mention(start, end, kind="demonym", nation=span.kb_id_)


def _bare_role(doc: Doc, span: Span, vocab: Vocabulary, names: set[int]) -> bool:
    """A capitalised demonym noun opening a sentence of a language with no articles, no name
    after it ('Słowak został ukarany'): one driver of that nation, as 'the Slovak' is."""
    if vocab.articles or not vocab.demonyms or not doc[span.start].is_sent_start:
        return False
    if not doc[span.start].text[:1].isupper() or span.end >= len(doc):
        return False
    after = doc[span.end]
    return span.end not in names and after.is_lower and after.lower_ not in vocab.role_nouns


def _of_a_team(doc: Doc, end: int, vocab: Vocabulary) -> bool:
    """A preposition of the language, or a comma, and a capitalised word after a demonym
    ('l’indiano della Apex Racing Raj Patel', 'ο Ρουμάνος, Πόπεσκου'): it describes a driver
    named there, it refers to no one before."""
    return (
        end + 1 < len(doc)
        and (doc[end].lower_ in vocab.object_words or doc[end].text == ",")
        and is_name_word(doc[end + 1].text)
        and not doc[end + 1].is_sent_start
    )


def _after_team(doc: Doc, end: int, roles: frozenset[str]) -> int:
    """Past a team named between a demonym and its role noun ('the British Apex Racing Esports
    driver'): where the role noun is; `end` when no such team is there."""
    k = end
    while k < len(doc) and is_name_word(doc[k].text):
        k += 1
    if end < k < len(doc) and doc[k - 1].lower_ in ORGANISATION_WORDS and doc[k].lower_ in roles:
        return k
    return end


def resolve_pronouns(sentences: list[Sentence]) -> None:
    """A sentence opening with 'He' or 'She' is about the previous sentence's subject: its first
    driver that is no object ('it was Vos in the rear pack, passing Kok ...' -> Vos); one opening
    with 'It' is when that subject is a team entry ('the No. 50 car')."""
    for previous, sentence in zip(sentences, sentences[1:], strict=False):
        if previous.paragraph != sentence.paragraph and previous.block != sentence.block - 1:
            continue
        pronoun = next((m for m in sentence.mentions if m.kind == "pronoun"), None)
        if pronoun is not None:
            pronoun.driver = _clause_subject(sentence, pronoun) or previous_subject(previous)
        elif sentence.vocab.code == ENGLISH and sentence.span[0].lower_ == "it":
            entry = previous_subject(previous)  # "The No. 50 car ... It completed the race 20th"
            if entry is not None and _entry_name(entry):
                start = sentence.span.start
                sentence.mentions.insert(0, Mention(start, start + 1, "pronoun", entry))


def _clause_subject(sentence: Sentence, pronoun: Mention) -> str | None:
    """The driver a pronoun after its verb refers to in its own sentence ('X fuhr stark, und im
    zweiten Lauf sicherte er sich den Sieg': X); None when none is named before it."""
    before = [m for m in sentence.mentions if m.end <= pronoun.start and m.driver]
    acting = {m.driver for m in before if not sentence.is_object(m)}
    return acting.pop() if len(acting) == 1 else None


def previous_subject(sentence: Sentence) -> str | None:
    """The driver a sentence is about: its first driver that is no object, else the one driver
    it names ('... a sad ending for Vos. He got disqualified')."""
    subject = next(
        (m.driver for m in sentence.mentions if m.driver and not sentence.is_object(m)), None
    )
    if subject is None:
        named = {m.driver for m in sentence.mentions if m.driver and m.kind == "name"}
        subject = named.pop() if len(named) == 1 else None
    return subject
