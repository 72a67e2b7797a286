"""Reporting cues and the token-level rules around them (spaCy dependency parse).

A cue is the word that attributes a statement: a reporting verb ("said", "denied",
"ruled out"), plus the lexicons saying which cues take a clause, a noun phrase or an
infinitive as their content. `find_subject` finds who makes the statement, climbing from
participles and coordinated verbs ("..., saying", "and added") to the verb with a subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.speakers import MEDIA_NOUNS, ORG_NOUNS, ROLE_NOUNS

# Verbs that label what they judge, with the label quoted: "slammed the ban as 'unworkable'".
LABELLING_CUES = frozenset(
    "slam blast hail attack criticise criticize praise condemn denounce welcome lambast "
    "lambaste label dub decry deride rubbish".split())
SAY_CUES = frozenset(
    "say tell add note state declare explain argue assert claim insist stress emphasize "
    "emphasise underline underscore warn acknowledge admit concede confirm announce reiterate "
    "repeat reaffirm suggest predict report reveal disclose indicate write tweet post comment "
    "remark observe complain allege maintain contend reply respond answer recall agree "
    "estimate forecast promise pledge vow assure inform deny reject dismiss refute dispute "
    "quote accuse blame brand describe propose express threaten caution counter retort boast "
    "hint speculate testify brief call concur conclude urge continue recommend resolve object "
    "believe think reckon fear hope want demand fume quip joke opine aver muse sneer scoff"
    .split()  # positions, moods
) | LABELLING_CUES
# "Critics are concerned that ...", "the minister is confident that ...": an attitude with a
# that-clause is a position of the copula's subject.
ADJECTIVE_CUES = frozenset(
    "concerned worried confident convinced adamant sure certain optimistic hopeful afraid "
    "fearful insistent".split())
PHRASAL_CUES = {("rule", "out"): "rule out", ("point", "out"): "point out", ("go", "on"): "go on"}
# Cues whose content may be a noun phrase / infinitive instead of a clause.
NP_CUES = frozenset(
    "deny reject dismiss refute dispute confirm announce acknowledge admit reiterate reaffirm "
    "predict forecast brand describe accuse express propose warn stress emphasize emphasise "
    "underline underscore reveal disclose concede promise pledge vow threaten claim call "
    "rule_out demand blame".split()
) | LABELLING_CUES
XCOMP_CUES = frozenset({"promise", "pledge", "vow", "threaten", "claim", "refuse"})
NOUN_CUES = frozenset(
    "remark comment statement claim warning assertion announcement denial admission "
    "insistence suggestion assurance allegation accusation promise pledge prediction "
    "account position view belief argument contention".split()  # "stuck to its account that"
)
PERSON_ONLY_CUES = frozenset({"propose"})  # "the bill proposes ..." is not a statement
# Content must be a clause ("believes [that] X", "wants X to Y"): "hopes to win", "wants a car"
# report no statement. "urged X to do Y" counts as a request (REQUEST_CUES).
CCOMP_ONLY_CUES = frozenset({"urge", "believe", "think", "reckon", "fear", "hope", "want", "find"})
# Requests are positions: "urged X to do Y", "called on X to do Y", "called for X (to be Y)".
REQUEST_CUES = frozenset({"urge", "call on", "call for"})
NOT_SAYING = frozenset({"refuse", "decline", "fail", "hesitate", "want", "try", "ask", "stop"})
CONTRAST = frozenset({"while", "whereas", "though", "although"})  # "..., though officials said"
EVIDENTIAL = frozenset({"suggest", "indicate", "show", "reveal", "report", "confirm"})
# "called it 'a disaster'"; "slammed the plans as 'a war on the motorist'" (but "welcomed
# the decision" alone reports no words, nor "called it a day"); "described it as a sensible
# response" reports words, quoted or not
QUOTE_NEEDED = frozenset({"call", "brand"}) | LABELLING_CUES
# "asked" reports words only with a quoted question next to it ('"Why the hurry?" he asked'):
# "asked not to be named", "asked for more time" report none. Kept out of SAY_CUES so that
# no other rule (climbing, cutting a clause at a cue) takes it for a reporting verb.
QUESTION_CUES = frozenset({"ask"})
ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "brief", "warn", "urge", "accuse"})
CONTENT_PREPS = {"of", "about", "against", "as"}
NOT_CONTENT = {"punct", "cc", "conj", "parataxis", "ccomp", "npadvmod", "mark", "dep"}
NP_DEPS = {"dobj", "prep", "oprd", "dative", "attr", "acomp"}
_NOT_MEDIA_ORGS = frozenset({"government", "ministry", "party"})
CLAUSE_EDGE_DEPS = {
    "nsubj", "nsubjpass", "dobj", "dative", "iobj", "npadvmod", "advmod", "prep", "prt",
    "agent", "neg", "aux", "auxpass",
}  # fmt: skip


_FINITE = frozenset({"MD", "VBZ", "VBD", "VBP"})


def cue_lemma(tok: Token) -> str | None:
    """Lemma of a reporting verb ("rule out" for phrasal ones), or None."""
    lemma = tok.lemma_.lower()
    misread = tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in tok.children)  # a finite
    if tok.pos_ not in {"VERB", "AUX"} or (  # verb with a subject is no modifier ("Prentice
            tok.dep_ in {"amod", "compound", "aux", "auxpass"} and not misread):  # insisted MPs")
        return None
    if lemma == "hop" and tok.lower_.startswith("hope"):
        lemma = "hope"  # the small model lemmatises "hopes"/"hoped" as "hop"
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if (lemma, prt) in PHRASAL_CUES:
        return PHRASAL_CUES[(lemma, prt)]
    if lemma == "rule" and any(c.dep_ == "ccomp" for c in tok.children):
        return "rule"  # "the tribunal ruled that ...": a verdict
    if lemma == "find" and any(c.dep_ == "ccomp" and any(t.tag_ in _FINITE for t in (
            c, *c.children)) for c in tok.children):
        return "find"  # "the inquiry found that ...": a finding (not "I find it hard to believe")
    if lemma in {"rule", "point", "go", "find"}:
        return None
    if lemma == "put":  # "as one steward put it, ...": the words are the steward's
        return "put" if as_clause(tok) and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children) else None
    if lemma == "call":  # "called on X to ...", "called for X", "called for X to be done"
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"for", "on"}:
                return f"call {child.lower_}"
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for"
                                             for g in child.children):
                return "call for"
    return lemma if lemma in SAY_CUES else None


def as_clause(tok: Token) -> bool:
    """`tok` heads a clause opened by "as" ("as the minister said", "as she put it")."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def tag_question(tok: Token) -> bool:
    """ "wouldn't they", "isn't it": an auxiliary with only a pronoun and a negation, which
    the parser may hang on "they would say that" as what was said."""
    kids = [c for c in tok.children if not c.is_punct and c.dep_ != "mark"]
    return tok.pos_ == "AUX" and bool(kids) and all(  # not "(he said) it would not"
        c.dep_ == "neg" or (c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i > tok.i)
        for c in kids)


def asked_of(cue: Token) -> bool:
    """The cue is asked about, not used: "Are you blaming the farms?", "Did the minister say
    it would work?" (an auxiliary before the subject, and a question mark)."""
    subj = max((c.i for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), default=-1)
    last = next((t for t in reversed(cue.sent) if not t.is_space), None)
    return last is not None and last.text == "?" and any(
        c.dep_ in {"aux", "auxpass"} and c.i < subj for c in cue.children)


def question_lemma(tok: Token) -> str | None:
    """ "ask" for a verb that can report a quoted question (see QUESTION_CUES), else None."""
    lemma = tok.lemma_.lower()
    if lemma in QUESTION_CUES and tok.pos_ == "VERB" and tok.dep_ not in {"amod", "compound"}:
        return lemma
    return None


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_NOBODY = frozenset("anyone anybody someone somebody nobody everyone everybody one".split())


def indirect_question(cue: Token) -> tuple[int, int] | None:
    """The character span of the question an "asked" reports in its own words ("asked [why
    Wales should act alone]", "asked [whether the ban would work]", "asked [what compensation
    staff would get]", which the small model reads as an object); not "asked for time", "asked
    not to be named", "asked them what they wanted" (a request, as often as a question)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if question_lemma(cue) is None or cue.i + 1 >= len(cue.doc) or (subject is not None and (
            subject.lower_ in _NOBODY or any(c.dep_ == "aux" and c.i < subject.i
                                             for c in cue.children))):
        return None  # "Has anyone asked what ...?": a question of the writer's own
    first = cue.doc[cue.i + 1]
    if not (first.tag_ in _WH_TAGS or (first.lower_ in {"whether", "if"} and first.dep_ == "mark")):
        return None
    clause = next((c for c in cue.children if c.dep_ in {"ccomp", "dobj"} and c.i > cue.i), None)
    if clause is None or clause.left_edge != first:
        return None
    last = [t for t in cue.subtree if t.i >= clause.i and not t.is_punct] if (
        clause.dep_ == "dobj") else [t for t in clause.subtree if not t.is_punct]
    return first.idx, last[-1].idx + len(last[-1])


def find_subject(cue: Token) -> tuple[Token | None, Token, Token | None]:
    """(speaker head, anchor verb, medium head) for a cue verb; climbs for "..., saying"."""
    verb = cue
    participle = cue.tag_ == "VBG"
    for _ in range(6):
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.lemma_ == "quote":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if passive:
                subs = [c for c in verb.children if c.dep_ == "nsubjpass"]
            elif obj is not None and subs and (is_medium(subs[0]) or is_person_like(obj)):
                return obj, verb, subs[0]  # "the Etemad newspaper quoted the minister"
        elif passive and verb.i == cue.i:
            return passive_agent(verb), verb, None
        elif passive and participle and not subs and not _can_speak(verb):
            # "The bill was backed by some firms, saying ...": a thing cannot say; the agent does
            return passive_agent(verb), verb, None
        if subs:
            best = next(
                (s for s in subs if s.ent_type_ == "PERSON"),
                next((s for s in subs if s.pos_ == "PROPN"), subs[0]),
            )
            if best.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                best = verb.head
            if best.lower_ in {"what", "which", "who"}:
                return None, verb, None
            return best, verb, None
        if verb.dep_ == "relcl" and verb.i == cue.i:
            return (verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else None), verb, None
        if verb.dep_ == "acl" and verb.i == cue.i and is_source_noun(verb.head):
            return verb.head, verb, None
        climb = {"advcl", "xcomp", "conj", "pcomp", "prep", "advmod", "acl", "dobj", "pobj"}
        if verb.dep_ not in climb | {"ccomp"} or verb.head.i == verb.i:
            return None, verb, None
        if verb.dep_ == "ccomp" and not participle and not cue_lemma(verb.head):
            return None, verb, None
        verb = verb.head
        if verb.dep_ == "ccomp" and cue_lemma(verb.head) and verb.head.i != cue.i:
            verb = verb.head  # "said X, but admitted Y": Y belongs to the outer speaker
    return None, verb, None


def passive_agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was backed by [firms]")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _can_speak(verb: Token) -> bool:
    """The passive subject could be the one saying ("He was cleared by the panel, saying ...")."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return patient is not None and (is_source_noun(patient) or patient.pos_ in {"PRON", "PROPN"})


def is_source_noun(tok: Token) -> bool:
    """A noun that can make statements: a person/organisation/medium ("outlets alleging")."""
    lemma = tok.lemma_.lower()
    return (
        tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or lemma in MEDIA_NOUNS
        or lemma in ROLE_NOUNS
        or lemma in ORG_NOUNS
    )


def starts_own_statement(tok: Token, comp: Token) -> bool:
    """A cue verb inside a complement that begins a statement of its own (no subject)."""
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST for c in tok.children):
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    lemma = cue_lemma(tok) or indirect_question(tok) is not None
    if not lemma or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in tok.children):
        return False
    if tok.dep_ == "conj":
        return tok.head.i == comp.i and tok.tag_ in {"VBD", "VBZ", "VBP"}
    if tok.dep_ == "acl":
        return tok.tag_ == "VBG" and lemma not in EVIDENTIAL
    return tok.dep_ == "advcl" and tok.tag_ == "VBG"


def is_clause(tok: Token) -> bool:
    """A verb or a word with its own subject."""
    return tok.pos_ in {"VERB", "AUX"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children
    )


def is_person_like(tok: Token) -> bool:
    """A name, pronoun or role noun: something that can be quoted."""
    return (
        tok.pos_ in {"PROPN", "PRON"}
        or tok.ent_type_ == "PERSON"
        or tok.lemma_.lower() in ROLE_NOUNS
    )


def is_medium(tok: Token) -> bool:
    """A newspaper, agency, report or media organisation (it quotes, it is not the source)."""
    lemma = tok.lemma_.lower()
    return lemma in MEDIA_NOUNS or (tok.ent_type_ == "ORG" and lemma not in _NOT_MEDIA_ORGS)


def phrase(tok: Token) -> list[Token]:
    """`tok`'s subtree without the clauses hanging off it (relative clauses, complements)."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in {"relcl", "acl", "ccomp", "advcl"}:
            out.extend(phrase(child))
    return sorted(out, key=lambda t: t.i)


def span_of(toks: list[Token]) -> tuple[int, int]:
    """Character span from the first to the last of `toks` (in order)."""
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def subtree_range(tok: Token) -> tuple[int, int]:
    """Character span of `tok`'s whole subtree."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)
