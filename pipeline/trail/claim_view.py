"""One parsed claim as stance rules see it: content tokens, cue, references and frame.

Kept apart from the rules so each rule is a small function over this view: `refs` are the
words that name the proposition's policy or event, including anaphors ("the scheme") and
resolved pronouns ("it"); `frame` are the speaker's own verbs around the cue ("attacked the
plans, saying ..."); `walk` (scope.py) gives what scopes a word inside the content."""

from __future__ import annotations

import functools
import itertools
import re

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.cues import cue_lemma
from pipeline.nlp.polarity import NEGATIVE_CUES
from pipeline.trail.amounts import another_amount, proposed_amount
from pipeline.trail.consistency import governs
from pipeline.trail.decision_nouns import clause_decision, definite_decision
from pipeline.trail.direction_groups import LEVELS
from pipeline.trail.evaluative import (
    ATTRIBUTES,
    CARRIERS,
    INSTITUTIONS,
    OWNERSHIP_KEYS,
    in_force,
    owned_by,
    prep_objects,
)
from pipeline.trail.misparses import hyphen_piece
from pipeline.trail.negators import is_negator
from pipeline.trail.policy_nouns import (
    COMPARATIVES,
    anaphor_nouns,
    bare_halt,
    comparative_direction,
    curbed,
    hosts,
    law_to_change,
    named_sign,
    proceeds_of,
    removing_measure,
    standing_ban,
    standing_law,
)
from pipeline.trail.prices import paid_charge, price_moved
from pipeline.trail.pronouns import antecedent, pronoun_refs
from pipeline.trail.proposition import ALLOWED, COMPELLING, Proposition
from pipeline.trail.proposition_nouns import names_replaced
from pipeline.trail.proposition_words import akin
from pipeline.trail.scope import Walk, walk
from pipeline.trail.speaker_frame import speaker_frame
from pipeline.trail.valence import phrase_valences, token_valence
from pipeline.trail.word_forms import (
    about_modified,
    agent_noun,
    class_plural,
    curbed_thing,
    duty_named,
    generic_plural,
    gerund_object,
    in_name,
    made_free,
    modifier_of_another_kind,
    other_of_kind,
    shares_stem,
    term_forms,
    unqualified,
    word_forms,
)

COMMIT_CUES = frozenset({"vow", "pledge", "promise", "threaten", "urge", "call", "propose",
                         "demand", "insist", "recommend"})
WISH_CUES, _PLEAS = frozenset({"want", "hope"}), frozenset({"ask", "beg", "implore", "press"})

_USES = frozenset({"use", "taking", "abuse", "usage"})  # "drug use" names the doping
_MEASURING = frozenset({"act", "measure"})  # anaphors that are also "an act of", "a measure of"
_TURNS = frozenset("course direction heart mind tack tune".split())  # "a change of course"


def _measuring(tok: Token) -> list[Token]:
    """What an "act of" or a "measure of" is of ("vandalism"), when the word is used so; the
    way a "change of course" turns (not "a change of ownership": the policy)."""
    if tok.lemma_.lower() == "change":
        return [g for g in prep_objects(tok, {"of"}) if g.lemma_.lower() in _TURNS]
    return prep_objects(tok, {"of"}) if tok.lemma_.lower() in _MEASURING else []


def _own_modifier(view: ClaimView, tok: Token) -> bool:
    """ "smart" of "smart motorways" when the proposition says so: its name, no praise."""
    return tok.dep_ in {"amod", "compound"} and (tok.lower_, tok.head.lower_) in _word_pairs(
        view.prop.text) and view.is_arg(tok.head)


@functools.lru_cache(maxsize=64)
def _word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Each pair of adjacent words of a proposition, lower-cased."""
    return frozenset(itertools.pairwise(re.findall(r"[\w']+", text.lower())))


def _split_subject(root: Token | None, inside: set[int]) -> set[int]:
    """ "The plans, he said, [were unworkable]": the subject cut off by an attribution."""
    if root is None or root.pos_ not in {"VERB", "AUX"} or not inside:
        return set()
    first = min(inside)
    return {t.i for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < first
            and c.i not in inside and c.tag_ not in {"WDT", "WP"} for t in c.subtree}


def _agents_attribute(tok: Token, prop: Proposition) -> bool:
    """ "Mr Glazer's business plan assumptions": the agent's plan, named inside an attribute
    of it (the evaluation of the assumptions is of the plan; see stance_eval._holder)."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in ATTRIBUTES and any(
        c.dep_ == "poss" and c.lower_ in prop.agents for c in tok.head.children)


# Attributes that, with "the" and nothing saying whose, are the policy's under discussion.
_BRIDGED = frozenset("price logic rationale principle terms timing merits money result results "
                     "consequence detail safeguard safeguards consequences effect effects "
                     "impact outcome".split())


def _bridged(tok: Token) -> bool:
    """ "the price is not crazy", "the logic is strong", "there are proper safeguards": a bare
    definite (or existential) attribute of the policy (not "the price of oil", "their terms")."""
    existential = tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children)
    return tok.lemma_.lower() in _BRIDGED and tok.pos_ == "NOUN" and tok.dep_ != "compound" and (
        existential or any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ) and not any(c.dep_ in {"poss", "prep", "compound", "acl", "relcl", "nummod"}
                  or c.ent_type_ == "DATE" or c.tag_ == "VBG"  # "the 2014 result", "the
                  for c in tok.children)  # betting money"


def _owner(tok: Token) -> bool:
    """A possessor or name that says whose policy it is: an institution ("the Home Office
    scheme") or a proper name before "'s" ("Labour's plans"); "the Patriot Act" is another."""
    return tok.lemma_.lower() in INSTITUTIONS or (tok.pos_ == "PROPN" and tok.dep_ == "poss")


def _another_thing(tok: Token, prop: Proposition) -> bool:
    """Named as what the policy replaces ("council tax is unfair" argues for replacing it) or
    as the law in force ("existing laws are sufficient", "the law on cannabis is outdated")."""
    return bool(prop.replaced and names_replaced(tok, prop)) or standing_law(tok, prop) or (
        law_to_change(tok, prop)) or (
        prop.kind == "policy" and prop.target_sign > 0 and in_force(tok))


# The state a ban (DIRECTIONS[3]) or a permission puts its object in: "e-scooters remain illegal".
LEGAL_STATES = {"illegal": 3, "unlawful": 3, "controlled": 3, "legal": ALLOWED, "lawful": ALLOWED}
GOVERNED = frozenset({"government", "uk", "britain", "ministers"})  # agents a minister speaks for
_NOMINAL = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "pobj", "conj", "attr"})


def _renamed(tok: Token, refs: dict[int, str]) -> bool:
    """A policy noun that only renames the subject: "the moratorium was [the right decision]"."""
    return refs.get(tok.i) in {"anaphor", "decided"} and tok.dep_ == "attr" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i in refs for c in tok.head.children)


class ClaimView:
    """A claim's sentence, content span and cue, with helpers shared by the stance rules."""

    def __init__(self, prop: Proposition, sent: Doc | Span, start: int, end: int, cue: str,
                 polarity: str, lexicon: str = "vader", speaker: str = "",
                 decided: int = 0) -> None:
        self.prop, self.sent, self.lexicon, self.polarity = prop, sent, lexicon, polarity
        self.speaker = speaker.strip().lower()
        # "Why should ...?"; a clause subject judged (stance_doing); an "if" clause read as said
        self.rhetorical, self.judged, self.supposed = False, frozenset[int](), -1
        # Its own agent speaking ("Deutsche Boerse said the bid would ..."); a minister for "the
        # government", "the UK" (not for no agent: "the levy will start in April", a timetable)
        words = set(re.findall(r"[\w-]+", self.speaker))
        self.agent_speaks = bool(prop.agents & words or (prop.agents & GOVERNED and governs(
            self.speaker)))
        self.base, self.start, self.end = getattr(sent, "start_char", 0), start, end
        self.tokens = [t for t in sent if start <= t.idx - self.base < end and not t.is_space]
        self.inside = {t.i for t in self.tokens}
        self.cue = cue.lower().strip()
        self.root = self._content_root()
        self.inside |= _split_subject(self.root, self.inside)
        self.cue_tok = self._find_cue()
        negated_cue = _negated_cue(self.cue_tok, self.inside)
        self.flip = -1 if (self.cue in NEGATIVE_CUES) != negated_cue else 1
        self.decided, self.decided_here = decided, dict[int, int]()
        self.refs = find_refs(self)
        self.phrases = phrase_valences(sent)
        self.frame = speaker_frame(self)

    # -- set-up ------------------------------------------------------------------------------
    def _content_root(self) -> Token | None:
        roots = [t for t in self.tokens if t.head.i not in self.inside or t.head.i == t.i]
        roots = [t for t in roots if not t.is_punct and t.dep_ not in {"mark", "cc"}]
        verbal = [t for t in roots if t.pos_ in {"VERB", "AUX"}]
        return (verbal or roots or [None])[0]

    def _find_cue(self) -> Token | None:
        first = self.cue.split()[0] if self.cue else ""
        found = [t for t in self.sent if t.i not in self.inside
                 and (t.lemma_.lower() == first or (cue_lemma(t) or "").split(" ")[0] == first)]
        if not found or not self.tokens:
            return None
        return min(found, key=lambda t: abs(t.i - self.tokens[0].i))

    def matches_about(self, tok: Token, phrase: bool = False) -> bool:
        """The word (with its particle, next word or phrase) matches a term (of several words)."""
        return bool(self.prop.about) and any(p.fullmatch(f) for p in self.prop.about
                                             for f in term_forms(tok) if " " in f or not phrase)

    def is_target(self, tok: Token) -> bool:
        """An explicit name of the policy or event ("ban", "talks", "ID cards", "sell-off")."""
        if (self.prop.predicate in OWNERSHIP_KEYS and owned_by(tok)) or duty_named(tok, self.prop):
            return True  # "public ownership", "in private hands" (its opposite: named_sign)
        if tok.lemma_.lower() in _USES and self.prop.kind == "event" and any(
                c.dep_ in {"compound", "amod"} and c.i < tok.i and (
                    self.is_target(c) or word_forms(c) & self.prop.target) for c in tok.children):
            return True  # "drug use", "drug-taking": the act of the event, named by its object
        if tok.pos_ not in {"NOUN", "PROPN"} and not gerund_object(tok) and not (
                tok.tag_ == "VBG" and tok.dep_ in _NOMINAL):
            return False  # a gerund used as a noun: "[fracking] is safe", "halt [fracking]"
        words = word_forms(tok)
        if tok.lemma_.lower() in hosts(self.prop) and any(
                c.dep_ == "compound" and c.lemma_.lower() in self.prop.target - self.prop.modifiers
                for c in tok.children):
            return True  # "street kiosk [sites]": the place the policy allows
        # An event is named by the proposition's own nouns; a watchlist term only says the
        # claim is on the topic ("crash", "tribunal" are about the case, not the avoided test).
        phrase = _level_term(self, tok)
        about = self.prop.kind == "policy" and self.matches_about(tok) and not any(
            f(tok, self.prop) for f in (agent_noun, curbed_thing, standing_ban)) and (
            phrase or not class_plural(tok, self.prop))  # "votes at 16": no class of votes
        if not words & self.prop.target and not about:
            return False
        if words & self.prop.args or in_name(tok, self.prop.target):
            return False
        if not words & self.prop.target and akin(words, self.prop.args) and not (about and phrase):
            return False  # "brand advertising" under a ban on adverts (but "votes at 16")
        if (words & self.prop.qualified and unqualified(tok, self.prop)) or (other_of_kind(
                tok, self.prop) and not about):  # (but "the wood burner ban" watched)
            return False  # "schools" when the policy is "trust schools"; "inheritance tax"
        if tok.dep_ == "compound":  # "identity cards": the head stands for both; the pilot
            head = tok.head.lemma_.lower()  # of "the basic income pilot" carries the policy
            return (self.prop.kind == "event" and head in _USES) or (self.prop.kind == "policy"
                and head in CARRIERS) or self.is_target(tok.head)  # "kiosk" of "kiosk sites"
        return about or not words & self.prop.modifiers or made_free(tok, self.prop) or bool(
            words & self.prop.target - self.prop.modifiers)  # "bad behaviour" is no order

    def is_arg(self, tok: Token) -> bool:
        """A participant of the proposition, not another of its kind ("the jobless rate")."""
        return bool({tok.lower_, tok.lemma_.lower()} & self.prop.args) and (not any(
            modifier_of_another_kind(c, self.prop, self.lexicon) for c in tok.children)
            or about_modified(tok, self.prop.about))  # the term matched only when needed

    # -- helpers for rules -------------------------------------------------------------------
    def ref_sign(self, tok: Token) -> int:
        if self.refs.get(tok.i) in {"direction", "halt", "curbed"}:  # "lower rates", "a pause"
            return comparative_direction(tok, self.prop) or -1
        if self.refs.get(tok.i) == "decided":  # "the decision": the way it is said to go
            return self.decided_here.get(tok.i, self.decided)
        if _another_thing(tok, self.prop):
            return -1
        if tok.dep_ == "compound" and tok.head.i in self.refs and tok.head.i != tok.i:
            return self.ref_sign(tok.head)  # "tuition" of "abolishing tuition fees"
        named = antecedent(self, tok) if self.refs.get(tok.i) == "pronoun" else None
        if named is not None and self.ref_sign(named) < 0:  # "free entry ... keep it": the
            return -1  # opposite (a name of the policy leaves "it" its own reading)
        if self.refs.get(tok.i) == "anaphor" and self.prop.target_sign < 0:
            return 1  # "the bill" of a removal is the removing measure, not what it removes
        return named_sign(tok, self.prop)

    def topical(self, tok: Token) -> bool:
        """Words of the proposition itself: never counted as evaluations."""
        if tok.lower_ in COMPARATIVES and (self.refs.get(tok.head.i) == "direction" or (
                tok.head.i in self.refs and self.prop.group in {0, 1})):  # "lower rates", "a
            return True  # lower limit" name the act, they do not judge it
        own = self.prop.target | self.prop.nominals | {self.prop.predicate}  # "forced" too
        return tok.i in self.refs or self.is_arg(tok) or _own_modifier(self, tok) or bool({
            tok.lemma_.lower(), tok.lower_} & (
            own | (COMPELLING if self.prop.compels else set()))) or (
            self.prop.group in LEGAL_STATES.values() and tok.lower_ in LEGAL_STATES and any(
                t.i in self.refs or self.is_arg(t) for t in (tok.head, *tok.head.children)))

    def valence(self, tok: Token) -> float:
        """Evaluative valence: none for the proposition's own words ("ban") nor a proposed
        charge's price (prices.paid_charge); a set phrase judged whole ("a tax on success")."""
        if tok.i in self.phrases:
            return self.phrases[tok.i][0]
        own = self.topical(tok) or paid_charge(self.prop, tok)
        return 0.0 if own else token_valence(tok, self.lexicon)

    def word(self, tok: Token) -> str:
        """How an evaluative word is quoted in a basis: the whole set phrase it heads."""
        return self.phrases[tok.i][1] if tok.i in self.phrases else tok.text

    def commit_cue(self) -> bool:
        """The speaker asks for or wants what the content says ("called on X to", "hopes")."""
        cue, first = self.cue.split(" ")[0], self.tokens[0].lower_ if self.tokens else ""
        return cue in COMMIT_CUES | WISH_CUES or (cue in _PLEAS and first == "to")  # "asked X [to"

    def walk(self, tok: Token, inside_only: bool = True) -> Walk:
        """Climb from `tok` to the content root (or the sentence root): see scope.walk."""
        return walk(self, tok, inside_only)

    def token_at(self, offset: int) -> Token | None:
        """The content's token at (or first after) a character offset in the sentence's text."""
        return next((t for t in self.tokens if t.idx - self.base + len(t.text) > offset), None)

    def snippet(self, *toks: Token, limit: int = 48) -> str:
        """Short quoted text spanning the given tokens ("'no ongoing talks'")."""
        return snippet(toks, limit)


def snippet(toks: tuple[Token, ...], limit: int = 48) -> str:
    """Short quoted text spanning the tokens, with a determiner or negator directly attached."""
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    for t in toks:
        for c in t.children:
            if c.dep_ in {"det", "neg", "amod", "aux", "prt"} and abs(c.i - t.i) <= 3:
                lo, hi = min(lo, c.i), max(hi, c.i)
    doc = toks[0].doc
    text = doc[lo:hi + 1].text
    if len(text) > limit:
        text = f"{doc[lo:lo + 3].text} … {doc[hi - 2:hi + 1].text}"
    return f"'{text}'"


def _negated_cue(cue: Token | None, inside: set[int]) -> bool:
    """The cue negated ("did not say"), not by the content's own "not" hung on it ("Why not?")."""
    return cue is not None and any(is_negator(c) and c.i not in inside for c in cue.children)


def _level_term(view: ClaimView, tok: Token) -> bool:
    """A term of several words names a level's policy ("votes at 16"); of another policy it may
    name what a ban is on ("outside interests") or what replaces the thing scrapped."""
    return view.prop.group in LEVELS and view.matches_about(tok, phrase=True)


def find_refs(view: ClaimView) -> dict[int, str]:
    """The words of the sentence that name the proposition's policy or event, by kind: its
    own nouns ("target"), an anaphor ("the scheme"), a bare attribute ("the price"), a
    participant with a direction ("higher rates"), a decision the article says the way of
    ("the vote", `decided`), and pronouns resolving to one of them."""
    prop, refs = view.prop, {}
    for tok in view.sent:
        if view.is_target(tok) or (prop.kind == "policy" and proposed_amount(tok, prop)):
            refs[tok.i] = "target"
        elif view.decided and definite_decision(tok):
            refs[tok.i] = "decided"
        elif (prop.kind == "policy" and tok.pos_ in {"NOUN", "PROPN"}
              and (tok.lemma_.lower() in anaphor_nouns(prop) or tok.lower_ == "powers")
              and not generic_plural(tok) and (tok.pos_ == "NOUN" or tok.n_lefts)
              and (prop.target_sign > 0 or removing_measure(tok, prop))
              and ((tok.dep_ != "compound" and not _specific(view, tok))
                   or _agents_attribute(tok, prop))):
            refs[tok.i] = "anaphor"
        elif prop.kind == "policy" and prop.target_sign > 0 and (
                bare_halt(tok, prop) or standing_ban(tok, prop)):  # "backed a pause": a stop
            refs[tok.i] = "halt"  # put to the policy; "the ban" of a grant: the bar it ends
        elif prop.kind == "policy" and curbed(tok, prop):
            refs[tok.i] = "curbed"  # "restore the grant": undo the limit on it
        elif prop.kind == "policy" and prop.target_sign > 0 and _bridged(tok):
            refs[tok.i] = "attribute"  # "the price is not crazy": the deal's price
        elif prop.kind == "policy" and comparative_direction(tok, prop) and view.is_arg(tok):
            refs[tok.i] = "direction"  # "higher rates would hit exports"
    refs = {i: kind for i, kind in refs.items() if not _renamed(view.sent.doc[i], refs)}
    if prop.kind == "policy" and prop.target_sign > 0:  # "money from the levy helped ..."
        refs |= {t.i: "attribute" for t in view.sent if proceeds_of(t, refs)}
    for tok in view.sent:  # "the decision to scrap the tram": the way its own clause says
        sign = clause_decision(tok, prop, refs)
        if sign:
            refs[tok.i], view.decided_here[tok.i] = "decided", sign
    if prop.kind != "policy" or any(owned_by(view.sent.doc[i]) < 0 for i in refs):
        return refs  # "it's been a shambles under the private firms": "it" is not the policy
    return pronoun_refs(view, refs) | refs


_BARRING = frozenset({"stop", "prevent", "bar", "block", "forbid", "prohibit"})


def _specific(view: ClaimView, tok: Token) -> bool:
    """ "the new bankruptcy law" names another policy; "the plans", "the ban" do not, nor
    does an owner ("the government's plans", "the Council text", "Mr Clarke's proposals")."""
    named = view.prop.target | view.prop.args
    if another_amount(tok, view.prop) or price_moved(tok) or (tok.lower_ == "bills" and any(
            c.dep_ == "poss" for c in tok.children)):  # "the new £50 rule" is not the £2 limit
        return True  # proposed; "their bills", "higher bills" are paid, no bill in parliament
    if any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in tok.children):
        return True  # "every move costs me a deposit": any one of many, no anaphor
    if _measuring(tok):  # "an act of vandalism", "a measure of success"
        return not any({g.lower_, g.lemma_.lower()} & named or view.matches_about(g)
                       for g in _measuring(tok))
    if view.prop.group not in {3, 10} and any(
            c.dep_ == "relcl" and c.lemma_.lower() in _BARRING for c in tok.children):
        return True  # "the law that stops the museum lending them": what bars it, not a ban
    return any(c.dep_ in {"compound", "nmod", "poss"} and c.pos_ in {"NOUN", "PROPN"}
               and not {c.lower_, c.lemma_.lower()} & named and not view.matches_about(c)
               and not _owner(c) and not hyphen_piece(c.doc[c.i - 1])  # "a long-term
               and not shares_stem(c, view.prop.text)  # system": no "term" policy
               for c in tok.children)
