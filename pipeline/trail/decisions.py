"""What an article reports was decided, so its claims' "the decision", "the vote" take a side.

"The decision was a huge victory for the communities" is against fracking when the article
opens "the government halted fracking", and for it when it opens "ministers approved the
well": the noun names the act the article reports, not the policy, so its sign is that act's.
The title and opening (a news story's lead says what happened) are read as the narrator's own
sentences: a verb that brings the policy about or undoes it, asserted (not planned, hedged
or called for), with the policy as its object (or as a headline's subject: "Tram line
scrapped"), the policy going ahead ("the levy comes into force"), or the proposition's own act
done to what it acts on ("ministers have banned quarrying"). A removal proposed is read the same
way: "the council has scrapped the toll" brings it about, "voted to keep the toll" refuses it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import DECISIONS, EMOTIONS, phrasal_keys
from pipeline.trail.policy_nouns import HALTS, policy_head
from pipeline.trail.proposition import OCCURRENCES, Proposition
from pipeline.trail.stance_rules import BANS, act_sign, verb_of
from pipeline.trail.word_forms import counted_part

_MENTION = re.compile(r"\b(?:" + "|".join(sorted(DECISIONS)) + r")s?\b", re.I)
# Verbs by which a body decides on what is put to it, whatever their own tone in a claim.
_DECIDING = {**dict.fromkeys("approve back endorse uphold grant vote_for".split(), 1),
             **dict.fromkeys("reject refuse veto vote_against turn_down dismiss throw_out".split(),
                             -1)}
# Verbs that put a decision into effect in narration: "announced a moratorium on fracking".
_ENACTING = frozenset("announce unveil order impose declare".split())

# What the topic's agent puts up to be decided on.
_PROPOSALS = frozenset("application applications bid plan plans proposal proposals scheme "
                       "project request requests appeal licence license permit".split())
# What is brought against the policy, for a body to uphold or dismiss.
_CHALLENGES = frozenset({"challenge", "objection", "appeal", "claim", "complaint", "action",
                         "case", "bid", "petition"})
# Scopes of a narrated act that still report it done: none, or a decision announced ("will").
_DONE = frozenset({"", "will", "'ll", "shall"})


def needs_opening(sentence: Doc, start: int, end: int) -> bool:
    """Whether a claim can use the way its article's opening says a decision went: its
    sentence names a decision ("the vote"), or its content (char offsets) is a bare verdict
    with no verb but "be" ("'a democratic disgrace'", "this is a disgrace", "'About time.
    I've ...'": its first sentence), or names a feeling ("it was disappointed") or good sense
    ("ministers have seen sense"). Saves parsing the opening for every claim."""
    if _MENTION.search(sentence.text):
        return True
    content = [t for t in sentence if start <= t.idx < end]
    content = [t for t in content if t.sent.start == content[0].sent.start] if content else []
    return any(t.lower_ in EMOTIONS or t.lower_ == "sense" for t in content) or not any(
        t.pos_ == "VERB" or (t.pos_ == "AUX" and t.lemma_ != "be") for t in content)


def decided_sign(prop: Proposition, opening: str, nlp: Language) -> int:
    """+1 when the opening reports the policy brought about ("ministers approved the scheme"),
    -1 when it reports it undone, refused or halted ("the government halted fracking"), 0 for
    neither or both (a decision the article does not say the way of)."""
    if prop.kind != "policy" or not opening.strip():
        return 0
    signs = set()
    for sent in nlp(opening).sents:
        if sent.text.rstrip().endswith("?"):
            continue  # "Has England really banned fracking?": asked, not reported
        view = ClaimView(prop, sent, 0, len(sent.text), "report", "positive")
        for i in view.refs:
            tok = sent.doc[i]
            sign = _act_on(view, tok)
            if sign:
                signs.add(sign * view.ref_sign(tok))
        signs |= {_restated(view, verb) for verb in sent if verb.pos_ == "VERB"} - {0}
    return signs.pop() if len(signs) == 1 else 0


def _restated(view: ClaimView, verb: Token) -> int:
    """+1/-1 for the proposition's own act done, as narrated, to what it acts on: "ministers
    have banned jousting" (a ban's object is no reference to the policy, only its participant)."""
    if not any(c.dep_ in {"dobj", "nsubjpass"} and view.is_arg(c) for c in verb.children):
        return 0
    restated = view.prop.restates(phrasal_keys(verb))
    w = view.walk(verb)
    if not restated or w.hedge or w.irrealis or w.embedded or w.commit not in _DONE:
        return 0
    return restated * w.sign


def _challenge(tok: Token) -> Token | None:
    """The challenge a policy is the object of: "the challenge [brought by X] to the law", also
    parsed on the verb ("upheld the challenge to the law")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"to", "against"}:
        return None
    holder = tok.head.head
    if holder.dep_ == "acl" and holder.head.lemma_.lower() in _CHALLENGES:
        holder = holder.head  # "the challenge brought by the manufacturers to the law"
    if holder.lemma_.lower() in _CHALLENGES and holder.pos_ == "NOUN":
        return holder
    return next((c for c in holder.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in _CHALLENGES), None) if holder.pos_ == "VERB" else None


def _asked_in(tok: Token) -> Token:
    """The request or bid that asks for the policy: "the request for a referendum", "her
    request for the powers to hold a referendum" (else the token itself)."""
    node = tok
    for _ in range(6):
        if node.dep_ not in {"pobj", "prep", "dobj", "acl", "xcomp"} or node.head.i == node.i or (
                node.lower_ == "against"):  # "the appeal against it": a challenge (_challenge)
            return tok
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _PROPOSALS and node.i != tok.i:
            return node
    return tok


def _act_on(view: ClaimView, tok: Token) -> int:
    """+1/-1 for an asserted act that enacts or undoes `tok`, 0 for anything else."""
    if tok.dep_ in {"poss", "compound"} and tok.head.lemma_.lower() in _PROPOSALS:
        tok = tok.head  # "rejected [Cuadrilla's application]": the bid of the topic's agent
    asked = tok = _asked_in(tok)  # "refused the request for a second referendum"
    undoing, head = 1, policy_head(counted_part(tok))  # "all 46 of the cameras were ..."
    challenge = _challenge(head)
    if challenge is not None:  # "dismissed the challenge to the law": refused, it upholds it
        head, undoing = challenge, -1
    verb, rel = verb_of(head)
    if rel == "pobj" and verb is not None and tok.head.lower_ in {"on", "to"} and (
            verb.lemma_.lower() in BANS | HALTS):  # "announced [a moratorium on] fracking"
        undoing = view.prop.restates([verb.lemma_.lower()]) or -1
        verb, rel = verb_of(verb)
    if verb is not None and rel == "subj" and verb.pos_ == "VERB" and not any(
            c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        if set(phrasal_keys(verb)) & _HAPPENS:  # "the ban goes ahead", "the rule returns"
            w = view.walk(verb)
            return 0 if w.hedge or w.irrealis or w.embedded else w.sign * undoing
        rel = "obj"  # a headline's passive: "Jousting ban scrapped"
    if verb is None or rel == "subj" or verb.pos_ not in {"VERB", "AUX"}:
        return 0
    keys = phrasal_keys(verb)
    sign, needs_commit = act_sign(view, verb)
    deciding = next((_DECIDING[k] for k in keys if k in _DECIDING), 0)
    if asked.lemma_.lower() in _PROPOSALS and not deciding and sign > 0:
        return 0  # "made a request for it", "unveiled plans for it": asked, not done
    if deciding or set(keys) & _ENACTING:
        sign, needs_commit = deciding or 1, True
    if not sign or not needs_commit:
        return 0  # "campaigners welcomed the ban": a side taken, not a decision
    joined = verb.head if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in (
        _JOINING) else None  # "rebels joined Labour to throw out the plan": it was thrown out
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _DOCUMENTS:
        joined = verb.head  # "Johnson's letter refusing the request": the letter did it
    w = view.walk(joined if joined is not None else verb)
    if w.hedge or w.irrealis or w.embedded or w.commit not in _DONE:
        return 0  # "plans to scrap", "may halt", "called on ministers to ban": not yet done
    return sign * w.sign * undoing


# What happens to a policy, said with it as the subject: it goes ahead, takes effect, returns.
_HAPPENS = OCCURRENCES | {"return", "come_back"}
# What does a decision when it is sent: "a letter refusing the request".
_DOCUMENTS = frozenset({"letter", "statement", "ruling", "judgment", "judgement", "order",
                        "notice", "decision", "reply", "response"})
# Verbs of siding with others whose infinitive says what was done together.
_JOINING = frozenset({"join", "unite", "combine", "team", "side", "band", "gang"})
