"""The nouns of a watched proposition: which words name its participants ("replica guns",
"Blunkett"), what a ban restricts, what a replacement replaces, and the event a generic noun
is made of ("a doping programme")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.trail.evaluative import POLICY_ANAPHORS, passive_agents
from pipeline.trail.proposition_words import ACCESS_VERBS, CAUSING, EVENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trail.proposition import Proposition


def noun_lemmas(tok: Token) -> set[str]:
    """A noun and its compound modifiers ("identity cards" -> identity, card; "its default
    speed limit" -> default, speed, limit: a noun the parser hangs as "nmod"; "standing areas":
    a noun hung as "amod")."""
    words = {tok.lemma_.lower(), tok.lower_}
    for child in tok.children:
        if child.dep_ == "compound" or (child.dep_ in {"nmod", "amod"} and child.pos_ == "NOUN"):
            words |= noun_lemmas(child)  # "ID card scheme": id, card, scheme
    return words


def undertaken_act(root: Token) -> tuple[set[str], set[str]]:
    """The act an undertaking binds to and what it is done to: "agreed to join Westport
    Athletic" is restated by "is joining Westport", who also takes part. The act restates it
    only of a named person, whom other doers can be told from (stance_events.someone_else)."""
    acts = [c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    objects = [g for a in acts for c in a.children if c.dep_ in {"dobj", "prep"}
               for g in ([c] if c.dep_ == "dobj" else c.children)
               if g.dep_ in {"dobj", "pobj"} and g.pos_ in {"NOUN", "PROPN"}]
    person = any(t.ent_type_ == "PERSON" for c in root.children if c.dep_ == "nsubj"
                 for t in [c, *c.children])  # "Jon Varo", "the striker Jon Varo"
    return {a.lemma_.lower() for a in acts if person}, {w for o in objects for w in noun_lemmas(o)}


def initials(tok: Token) -> str:
    """ "lse" for "the London Stock Exchange": a name of three or more capitalised words is
    also written as its initials."""
    words = [t for t in tok.subtree if t.dep_ in {"compound", "amod"} or t == tok]
    if len(words) < 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return ""
    return "".join(t.text[0].lower() for t in words)


def what_it_acts_on(toks: list[Token], target: set[str]) -> set[str]:
    """The participants a policy noun names after it: "the ban on [smoking]", "fines for
    [taking children on holiday during term time]" (every noun of what they are for)."""
    found = {w for t in toks if t.lemma_.lower() in target for c in t.children if c.lower_ == "on"
             for g in c.children for w in noun_lemmas(g)}
    found |= {w for t in toks if t.lemma_.lower() in target and not t.lower_.endswith("ing")
              for c in t.children if c.lower_ == "for"  # not "fracking for [shale gas]", the
              for g in c.subtree if g.pos_ == "NOUN" for w in noun_lemmas(g)}  # act's own
    return found - target


def short_names(objects: list[Token], subjects: list[Token], args: set[str]) -> set[str]:
    """How a proposition's participants are also written: a name's initials ("lse"), a thing's
    abbreviation ("ltc" for "low-toll corridors", three letters or more)."""
    return {initials(t) for t in objects + subjects if initials(t)} | {
        a for a in abbreviations(subjects, args) if len(a) > 2}


def abbreviations(toks: list[Token], words: set[str]) -> set[str]:
    """The abbreviations of those of `toks` that `words` name."""
    return {abbreviation(t) for t in toks if t.lemma_.lower() in words and abbreviation(t)}


def negative(root: Token) -> bool:
    """The proposition denies its predicate: "X should not (never) be ...", and of a subject
    that is none, "No new jousting arenas should be approved"."""
    return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} or (
        c.dep_ in {"nsubj", "nsubjpass"} and any(g.dep_ == "det" and g.lower_ == "no"
                                                 for g in c.children)) for c in root.children)


def abbreviation(tok: Token) -> str:
    """ "pr" for "proportional representation", "ltc" for "low-toll corridor": a thing
    named by two or more plain words is also written as their initials ("" if not)."""
    words = [t for t in tok.subtree if t.i < tok.i and t.dep_ in {"compound", "amod"}] + [tok]
    if len(words) < 2 or not all(t.is_alpha and t.pos_ in {"NOUN", "ADJ"} for t in words):
        return ""
    return "".join(t.lower_[0] for t in words)


def event_kind(tok: Token) -> str:
    """The event a generic noun is made of: "a doping programme" is doping ("" if none; "drug
    tests" are tests)."""
    if tok.lemma_.lower() not in GENERIC_NOUNS:
        return ""
    return next((c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}
                 and c.lemma_.lower() in EVENT_NOUNS), "")


# Nouns of organised activity, named by what they are made of ("a doping programme"); see-through
# for an event's mentions too ("a system of doping": stance_events.transparent).
GENERIC_NOUNS = frozenset("programme program scheme system regime campaign network operation "
                          "culture".split())
# Each names the organised event a generic noun names: "the programme" is "the scheme".
GENERIC_EVENTS = frozenset({"programme", "program", "scheme", "system", "regime"})


def restricted_things(objects: list[Token], subjects: list[Token], passive: bool,
                      about_terms: Sequence[str] = ()) -> tuple[set[str], set[str]]:
    """The thing a ban or curb acts on, by its head noun: the object ("ban smoking"), or the
    subject of a passive without one ("disposable vapes should be banned"), and the watchlist's
    other names for it (`_watched_names`); and the words that say which of its kind ("replica"
    guns, "street" parking), participants but not restricted themselves (a safer street is no
    harm to a parking ban)."""
    things = [o for o in objects if o.dep_ == "dobj"] or (
        [s for s in subjects if s.dep_ in {"nsubjpass", "csubjpass"}] if passive else [])
    acts = [g for t in things for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pcomp" and (g.tag_ == "VBG" or _having(g))]
    done_to = [d for a in acts for d in a.children if d.dep_ == "dobj"]
    had = [d for d in done_to if d.head.lemma_.lower() in ACCESS_VERBS or _having(d.head)]
    bound = {w for t in things + done_to for w in noun_lemmas(t) if t not in had}
    things = had or acts or things  # "ban parents from smacking their children": the smacking
    # is what is banned, parents and children take part; "ban homes from having gas boilers":
    # the boilers
    things += [g for t in things for c in t.children if c.lower_ == "of"  # "the sale of
               for g in c.children if g.dep_ in {"pobj", "pcomp"}]  # replica guns": the guns
    things += [d for t in things if t.dep_ in {"pcomp", "csubjpass"} and t not in acts  # too;
               for d in t.children if d.dep_ == "dobj"]  # "imports of carving ivory", "using a
    # phone ... should be banned": gerund and object
    things = [t for t in things if t.pos_ == "NOUN" or t.tag_ == "VBG"]  # "hunting with dogs"
    words = {w for t in things for w in (t.lemma_.lower(), t.lower_)}
    stems = {w[:-3] for w in words if w.endswith("ing") and len(w) > 5}
    kinds = ({w for t in things for w in noun_lemmas(t)} | bound | {  # and "hands-free"
        w for t in things for c in t.children if c.dep_ == "amod" for d in c.subtree
        if d.is_alpha for w in (d.lower_, d.lemma_.lower())}) - words
    named = (_ACTIVITY if stems else set()) | (_TRADE if words & _SALES else set())
    kin = {_stem(w) for t in things for w in (t.lower_, *(  # "wood-burning stoves"
        c.lower_ for c in t.children if c.dep_ == "amod"))}
    names, marks = _watched_names(about_terms, kin)
    named, kinds = named | names, kinds | marks
    return words | stems | {f"{w}e" for w in stems} | named, kinds  # "smoking": smoke, "the
    # practice"; "the sale of fireworks": "the trade"


def _watched_names(about_terms: Sequence[str], kin: set[str]) -> tuple[set[str], set[str]]:
    """Watchlist terms that name the curbed thing by a stem of its own or of its describing
    word, with no word for a measure: "wood burners" and "log burner" of "wood-burning stoves",
    "bullfights" of "bullfighting" (not "fighting bulls", nor "greyhounds" of "greyhound
    racing", whose noun is a mere modifier: the dogs are not what is banned); their heads, and
    the words before them, which say which of its kind ("wood", "log")."""
    heads, marks = set(), set()
    for term in about_terms:
        words = term.lower().split()
        head = words[-1]
        if head.isalpha() and term.split()[-1].islower() and _stem(head) in kin and not any(
                w in POLICY_ANAPHORS | {"ban", "bans"} for w in words):
            heads |= {head, head.removesuffix("s")}
            marks |= set(words[:-1])
    return heads, marks


def _stem(word: str) -> str:
    """ "burn" of "burners" and "burning"; "stove" of "stoves"."""
    word = word.lower().removesuffix("s")
    for suffix in ("ing", "er"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


# What a banned activity or sale is called once named: "ban the practice", "the sport".
_ACTIVITY = frozenset({"practice", "sport", "pastime"})
_SALES = frozenset({"sale", "sales", "import", "imports"})
_TRADE = frozenset({"trade"})


def _having(verb: Token) -> bool:
    """ "having paid second jobs" misparsed as a perfect: "paid" is the jobs' kind."""
    return any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def shared_out(objects: list[Token]) -> bool:
    """A limit "to" people ("the grant should be limited to carers"): what is limited is
    shared out among fewer of them, a participant, not the policy."""
    from pipeline.trail.plight import persons  # spaCy's, paid only when a proposition is parsed

    return any(persons(g) for g in objects if g.head.lower_ == "to")


REPLACES = frozenset({"replace", "supplant", "supersede"})


def replacement(root: Token, passive: bool
                ) -> tuple[set[str], set[str], set[str], set[str], set[str]]:
    """(old, new) noun words of a replacement: "X should be replaced by Y", "Y should replace
    X"; the adjectives of each ("appointed", "elected" of "the appointed board should be
    replaced by an elected board"); and the acts of the new one's participles ("elect"), which
    done to the old one make the change ("peers should be elected")."""
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    agents = passive_agents(root)
    objects = [c for c in root.children if c.dep_ == "dobj"]
    new, old = (agents, subjects) if passive else (subjects, objects)
    new += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"]  # "replace X with Y"
    old = old + [g for t in old for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.pos_ == "PROPN"]  # "the House of [Lords]"

    def marks(toks: list[Token]) -> set[str]:
        return {c.lower_ for t in toks for c in t.children if c.dep_ == "amod"}

    made = {c.lemma_.lower() for t in new for c in t.children
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ not in marks(old)}
    return ({w for t in old for w in noun_lemmas(t)}, {w for t in new for w in noun_lemmas(t)},
            marks(old), marks(new), made)


def names_replaced(tok: Token, prop: Proposition) -> bool:
    """The token, or the subject it is said to be ("council tax was [a fair system]"), is
    named as the thing to be replaced ("council tax", not the "local income tax"); by what sets
    the replacement apart, "an unelected chamber" is the old one and "a mostly elected House"
    the new."""
    nodes = [tok] + ([s for s in tok.head.children if s.dep_ == "nsubj"]
                     if tok.dep_ == "attr" else [])
    marks = {c.lower_ for n in nodes for c in n.children if c.dep_ == "amod"}
    if marks & prop.novel:
        return False
    if marks & {f"{p}{w}" for w in prop.novel for p in ("un", "non-", "non")}:
        return True
    return any({w for c in (n, *n.children) if c == n or c.dep_ in {"compound", "amod"}
                for w in (c.lower_, c.lemma_.lower())} & prop.replaced for n in nodes)


# Nouns of number or kind whose "of" names the thing: "a new generation of nuclear stations".
_COLLECTIONS = frozenset("generation network fleet series number raft wave string range set "
                         "host handful batch tranche swathe round".split())


# Verbs that put a duty on their subject: "Cyclists should be required to carry plates".
_DUTIES = frozenset({"require", "oblige", "force", "compel"})


def required_objects(root: Token) -> list[Token]:
    """What a duty makes its subject have or do: "plates" of "should be required to carry number
    plates" (the policy; the cyclists are whom it binds)."""
    if root.lemma_.lower() not in _DUTIES:
        return []
    return [collected(g) for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
            for g in c.children if g.dep_ == "dobj"]


def collected(tok: Token) -> Token:
    """The thing a collection noun collects ("stations" for "a generation of stations")."""
    if tok.lemma_.lower() not in _COLLECTIONS:
        return tok
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), tok)


def agents_of(subjects: list[Token], passive: bool, occurrence: str | None) -> set[str]:
    """Who is to carry the policy out: the subject of an active policy ("Deutsche Boerse should
    buy ..."), or the owner of a policy that is to happen ("the government's scheme")."""
    if occurrence:
        owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    else:
        owners = [] if passive else [s for s in subjects if s.dep_ == "nsubj"]
    words = {w for o in owners for w in noun_lemmas(o)} | {
        c.lower_ for o in owners for c in o.children if c.dep_ == "compound"}
    return {w for w in words if len(w) > 1 and w.isalpha()}


def named_effect(tok: Token, verb: str) -> bool:
    """ "The Flash Crash was caused by ...": what was caused is the event the proposition is
    about, even under a proper name the parser may take for a person's."""
    return tok.dep_ == "nsubjpass" and verb in CAUSING


# Nouns a watchlist names the policy by that are no policy's word elsewhere: "the pavement
# scooter trial" makes "the trial" the policy (in an article on a court case it is the case).
_TRIALS = frozenset({"trial", "experiment"})


def trial_nouns(about_terms: Sequence[str]) -> set[str]:
    """ "trial" when a watchlist term of several words names one ("pavement scooter trial";
    not "without trial")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # parsing a proposition has loaded spaCy

    return {words[-1] for t in about_terms if len(words := str(t).lower().split()) > 1
            and words[-1] in _TRIALS and not set(words[:-1]) & STOP_WORDS}
