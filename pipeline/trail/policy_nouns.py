"""Nouns that name the policy or a stop put to it, and which noun an act on it is done to.

The anaphors that name it ("the plans"; of a removal, only the removing measure; of a thing to
be allowed, the places that house it too), the nouns of stopping it ("a delay to", "a pause"),
the direction words of a level ("higher rates"), the noun an act is done to ("the principle of
[ID cards]"), and the law as it stands on the thing a ban or a legalisation is about ("change
[the law on cannabis]").

Of a proposition that bans or allows something (DIRECTIONS[3] and [4]), "the law on X" is the
law in force, which the proposition changes: changing it is the change proposed (relaxing it
too, of a legalisation; of a ban, relaxing the law on its thing goes the other way), keeping or
defending it refuses it, calling it outdated argues for the change. So it is named
as the opposite of the policy (like "the existing laws", evaluative.in_force), and the thing
the parser hangs on the verb ("change the law [on cannabis]") is read as that law.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.trail.evaluative import (
    OPPOSITE_DIRECTIONS,
    OWNERSHIP_KEYS,
    POLICY_ANAPHORS,
    REVISE,
    direction_of,
    owned_by,
    passive_agents,
    phrasal_keys,
    prep_objects,
)
from pipeline.trail.word_forms import freed, made_free, word_forms

if TYPE_CHECKING:  # spaCy's types only, as in evaluative.py
    from spacy.tokens import Token

    from pipeline.trail.proposition import Proposition

_POLICY_TRANSPARENT = frozenset("principle idea use concept notion extension implementation "
                                "rollout roll-out version details wording phrasing text".split())
# Nouns of a stop put to a policy besides bans: "a halt to", "a freeze on", "a delay to",
# "the suspension of".
HALTS = frozenset("halt end stop freeze pause suspension delay postponement".split())
HALT_PREPS = frozenset({"to", "on", "in", "of"})
# Anaphors that name the measure, never the thing it does away with: of a removal ("Section 21
# should be abolished"), "the bill" is the abolition, "the scheme" may be what it abolishes.
REMOVING_MEASURES = frozenset("bill legislation plan plans proposal proposals move shake-up "
                              "overhaul motion pledge commitment measure measures crackdown "
                              "clampdown".split())  # (not "reform, not abolition")
_PLEDGED = frozenset({"pledge", "commitment", "motion"})  # "a commitment to VAR": to the thing


def removing_measure(tok: Token, prop: Proposition) -> bool:
    """Of a removal, a noun of the measure that removes ("the bill"), not a pledge to keep what
    it removes ("their commitment to VAR", "a motion for the cameras")."""
    return tok.lemma_.lower() in REMOVING_MEASURES and not (
        tok.lemma_.lower() in _PLEDGED and any(
            o.lower_ in prop.target or o.lemma_.lower() in prop.target
            for o in prep_objects(tok, {"to", "for"})))


# Places that house a measure, named by its words: "supervised injecting sites" for the rooms.
HOSTS = frozenset("facility facilities centre centres center centers site sites hub hubs "
                  "clinic clinics service services".split())
BAN_OR_ALLOW = frozenset({3, 4})  # DIRECTIONS of "ban ..." and "allow ..."
_CLOSING = frozenset({"close", "shut", "shut_down", "close_down", "board_up"})
_LAWS = frozenset({"law", "legislation", "rule", "regulation", "regime"})
_ON = frozenset({"on", "around", "about", "governing", "over"})
_NEW = frozenset({"new", "proposed", "planned", "draft", "tougher", "stricter", "looser"})
_LOOSEN = frozenset({"relax", "loosen", "ease", "liberalise", "liberalize", "soften"})


# Direction words a participant may carry and still be one ("higher rates"), by their verb.
COMPARATIVES = {"higher": "raise", "lower": "cut"}


def comparative_direction(tok: Token, prop: Proposition) -> int:
    """+1 "higher rates" for "should raise rates" (the policy done), -1 "lower rates" (its
    opposite), 0 for no direction word before the participant."""
    for c in tok.children:
        verb = COMPARATIVES.get(c.lower_) if c.dep_ == "amod" else None
        found = direction_of(verb) if verb else None
        if found is not None and prop.group is not None:
            return 1 if found == prop.group else -1 if found in OPPOSITE_DIRECTIONS.get(
                prop.group, ()) else 0
    return 0


_BARE_HALTS = frozenset({"delay", "pause", "moratorium", "suspension", "postponement"})


def bare_halt(tok: Token, prop: Proposition) -> bool:
    """A stop with nothing said of what it stops ("backed a pause", "no case for more
    delay"): in a claim on the policy, a stop put to it (of a ban, "a moratorium" is the ban)."""
    return tok.lemma_.lower() in _BARE_HALTS and tok.pos_ == "NOUN" and (
        prop.group not in BAN_OR_ALLOW) and tok.dep_ not in {"attr", "appos"} and not any(
        c.dep_ in {"prep", "compound", "poss"} for c in tok.children) and (
        tok.head.lower_ != "without")  # (not "the pause was a delay": what a thing is called;
    # nor "back it without further delay": promptly)


def standing_ban(tok: Token, prop: Proposition) -> bool:
    """Of a policy that permits or grants ("Prisoners should be given the right to vote",
    "Cannabis should be legalised"), "the ban" is what it would end: the bar that stands."""
    return prop.group in _GRANTS and tok.lemma_.lower() in _BANS and tok.pos_ == "NOUN" and (
        tok.dep_ != "compound") and not prop.target & {tok.lemma_.lower()}


_GRANTS = frozenset({4, 9})  # DIRECTIONS of "allow legalise ..." and "give grant ..."
_BANS = frozenset({"ban", "bar", "prohibition", "embargo", "moratorium"})


def curbed(tok: Token, prop: Proposition) -> bool:
    """What a limit shares out among fewer people ("the grant" of "the grant should be limited
    to carers"): restoring it undoes the limit, cutting it carries it out."""
    return prop.group == 10 and prop.target_sign > 0 and tok.pos_ == "NOUN" and bool(
        {tok.lower_, tok.lemma_.lower()} & (prop.restricted - prop.target))


def hosts(prop: Proposition) -> frozenset[str]:
    """Of a thing to be allowed, the places that house it ("supervised injecting sites")."""
    return HOSTS if prop.group == max(BAN_OR_ALLOW) else frozenset()


_HOSTED_ANAPHORS = POLICY_ANAPHORS | HOSTS
_CUT_ANAPHORS = POLICY_ANAPHORS | {"cut", "cuts"}


def anaphor_nouns(prop: Proposition) -> frozenset[str]:
    """Nouns that name the policy after a determiner: "the plans", "the scheme"; of a thing to
    be allowed, the places that house it too ("such facilities", "the centre"); of a limit on
    what is shared out, "the cut"."""
    if prop.group == 10 and prop.restricted - prop.target:  # a limit on a grant: "the cut"
        return _CUT_ANAPHORS
    return _HOSTED_ANAPHORS if hosts(prop) else POLICY_ANAPHORS


def policy_head(tok: Token) -> Token:
    """Climb "the principle of ID cards", "the use of the powers" to the noun in the relation."""
    while (tok.dep_ == "pobj" and tok.head.lower_ == "of"
           and tok.head.head.lemma_.lower() in _POLICY_TRANSPARENT):
        tok = tok.head.head
    return tok


def _things(noun: Token) -> list[Token]:
    """What a law is on: "the law [on cannabis]", "[cannabis] laws", or the parser's "change
    the law [on cannabis]" (the phrase hung on the verb the law is the object of)."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _ON
            for g in c.children if g.dep_ in {"pobj", "pcomp"}] + [
        c for c in noun.children if c.dep_ == "compound"]


def standing_law(noun: Token, prop: Proposition) -> bool:
    """The law as it stands on the thing the proposition bans or allows."""
    if prop.kind != "policy" or prop.group not in BAN_OR_ALLOW or (
            noun.lemma_.lower() not in _LAWS) or any(c.lower_ in _NEW for c in noun.children):
        return False
    return any(word_forms(t) & (prop.target | prop.args) for t in _things(noun))


_PROCEEDS = frozenset("money revenue revenues proceeds cash funds income receipts".split())
_RAISES = frozenset({"raise", "generate", "bring", "collect"})


def proceeds_of(tok: Token, refs: dict[int, str]) -> bool:
    """ "money from the premium", "the cash raised by the levy": what the policy raises, whose
    good or harm is the policy's ("money from the premium has helped first-time buyers")."""
    if tok.lemma_.lower() not in _PROCEEDS:
        return False
    raised = [a for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in _RAISES]
    sources = prep_objects(tok, {"from"}) + [g for a in raised for g in passive_agents(a)]
    return any(g.i in refs for g in sources)


def law_to_change(noun: Token, prop: Proposition) -> bool:
    """ "no plans to change the law": the bare law changed is the law as it stands, and changing
    it is the proposal (of a policy that bans, requires or brings something), not a revision of
    the policy ("the ban should be changed" names it)."""
    return (prop.kind == "policy" and prop.target_sign > 0 and noun.lemma_.lower() in _LAWS
            and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in REVISE
            and not any(c.dep_ in {"compound", "amod", "prep", "poss"} for c in noun.children))


def law_on(tok: Token, prop: Proposition) -> Token:
    """The standing law a name of the thing stands in ("change the law on [cannabis]",
    "[cannabis] laws"), else the token itself."""
    head = policy_head(tok)
    if head.dep_ == "compound":
        laws = [head.head]
    elif head.dep_ in {"pobj", "pcomp"} and head.head.lower_ in _ON:
        holder = head.head.head
        laws = [holder, *(c for c in holder.children if c.dep_ in {"dobj", "nsubjpass"})]
    else:
        laws = []
    return next((law for law in laws if standing_law(law, prop)), tok)


def loosened(prop: Proposition, verb: Token) -> bool:
    """ "relax the law on smoking", of a ban on smoking: the law in force loosened, away from
    the ban (of a legalisation, loosening it is the change proposed)."""
    return prop.group == min(BAN_OR_ALLOW) and verb.lemma_.lower() in _LOOSEN and any(
        c.dep_ in {"dobj", "nsubjpass"} and standing_law(c, prop) for c in verb.children)


def named_sign(tok: Token, prop: Proposition) -> int:
    """+1 for a name of the policy ("the ban" of a ban, always), -1 for its undoing ("the
    moratorium" when fracking "should be allowed"), else the proposition's target sign; what a
    removal removes, named with the act ("abolishing section 21"), is the act's."""
    words = word_forms(tok)  # "phase-out" of its "out"
    if words & prop.nominals or made_free(tok, prop):  # "free tuition" of scrapping its fees
        return 1
    if freed(tok, prop):  # "free entry" of charging for it
        return -1
    if prop.predicate in OWNERSHIP_KEYS and owned_by(tok):
        return owned_by(tok)  # "public ownership" +1, "private hands" -1
    acts = [c.lemma_.lower() for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBG"]
    if prop.target_sign < 0 and acts and prop.restates(acts):
        return prop.restates(acts)  # "committed to [abolishing] section 21", misparsed
    return -1 if prop.target_sign > 0 and prop.restates(sorted(words)) < 0 else prop.target_sign


def closes_banned(prop: Proposition, verb: Token) -> bool:
    """ "I'd shut it tomorrow" of a ban: a ban is lifted, never shut, so what is shut or closed
    is the banned thing (its track, its shop)."""
    return prop.group == min(BAN_OR_ALLOW) and bool(set(phrasal_keys(verb)) & _CLOSING)
