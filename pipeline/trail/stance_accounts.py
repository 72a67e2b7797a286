"""The account of an event, judged true or false with no word for the event itself: "the claims
were completely untrue", "the story is true", "the book is a work of fiction", "these
allegations are baseless", and the rumour mill's set phrases ("there is nothing in it", "a
done deal"). In a claim on an event's topic, a definite report noun that names
nothing else (no "claims of ...", "the report that ...") is the account in the news: calling it
false denies the event, calling it true affirms it. Events only: a policy has no account to be
true or false. An account named by the event's own words is the event's too: "the lab-leak
theory is nonsense", "the power-failure explanation does not stand up" (not "the sabotage
theory", a rival's), and so is the event itself called unreal: "the lab leak is a myth".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.nlp.polarity import NEGATIVE_CUES
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import REPORT_NOUNS, TRUTH, phrasal_keys
from pipeline.trail.misparses import hyphen_prefix
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_case import case_signals
from pipeline.trail.stance_hypotheses import (
    cause_there_signals,
    cause_words,
    hypothesis_signals,
    phrase_words,
    rivals_excluded_signals,
)
from pipeline.trail.stance_rules import CONFIRM_CUES, Signal
from pipeline.trail.stance_witness import witness_signals
from pipeline.trail.valence import false_front
from pipeline.trail.word_forms import finite

# Accounts beyond REPORT_NOUNS: the book, the memoir or the article that tells the story.
_ACCOUNTS = REPORT_NOUNS | frozenset({"book", "memoir", "article", "version", "tale", "case",
                                      "publication", "documentary", "research", "finding",
                                      "document", "study", "slide", "file", "paper"})
# The event's denial, an account the other way round ("the denials always looked thin").
_DENIALS = frozenset({"denial", "rebuttal"})
# Someone's own telling, which may be the accused's denial as well as the accuser's charge
# (not "Mr Gilligan's story": a story is what a reporter files).
_NARRATIVES = frozenset({"account", "version", "explanation"})
_NAMING = frozenset({"of", "about", "on", "over", "into", "regarding", "concerning"})
_DEFINITE = frozenset({"the", "these", "those", "this", "such", "that"})
# Falsehood nouns an account "is": "a work of fiction", "a fantasy", "a fabrication".
_FALSE_NOUNS = frozenset({"fiction", "fantasy", "fabrication", "invention", "myth", "lie",
                          "lies", "nonsense", "rubbish", "tittle-tattle", "gossip",
                          "fairytale", "fairy", "smear", "slur", "innuendo", "falsehood",
                          "witch-hunt", "witchhunt", "vendetta", "hoax", "persecution",
                          "propaganda", "disinformation", "misinformation", "slander", "libel"})
# Told wrongly, said of an account only ("the research was misrepresented", "cherry-picked",
# "misleading"; not "the crew misread the test").
_MISTOLD = frozenset("misrepresent distort misread mischaracterise mischaracterize twist "
                     "cherry-pick cherry-picked mislead misleading".split())
# Verbs that find an account out, as its verb: "the allegations were (not) borne out",
# "the claims have been debunked", "the research was misrepresented".
_FOUND_OUT = {**dict.fromkeys("bear substantiate corroborate verify prove".split(), 1),
              **dict.fromkeys("debunk disprove discredit refute".split(), -1),
              **dict.fromkeys(_MISTOLD, -1)}
_ABSURD = frozenset({"absurd", "ridiculous", "preposterous", "laughable", "ludicrous"})
# Whether an account stands up: "credible", "far-fetched", "does not hold water".
_STANDING = {**dict.fromkeys("credible convincing compelling persuasive".split(), 1),
             **dict.fromkeys("far-fetched fanciful implausible unconvincing discredited thin "
                             "hollow flimsy".split(), -1),
             **dict.fromkeys("stand_up hold_up hold_water add_up".split(), 1)}
_FALSE_WORDS = {**TRUTH, **dict.fromkeys(_FALSE_NOUNS | _ABSURD, -1), **_FOUND_OUT, **_STANDING}
# Nouns that name an explanation by what it says happened: "the lab-leak theory".
_THEORIES = frozenset("theory hypothesis explanation idea notion claim suggestion story "
                      "allegation scenario thesis account version narrative".split())
# Set phrases of the rumour mill, with no word for the event: "there is nothing in it",
# "pure speculation", "paper talk" deny it; "the worst-kept secret", "a done deal", "as good as
# done", "only a matter of time" affirm it.
_RUMOUR_DENIED = re.compile(
    r"\bnothing\s+(?:is\s+|was\s+)?(?:happening|going\s+on|in\s+it|to\s+it)\b|\bno\s+truth\b"
    r"|\b(?:pure|complete|total|wild|idle|mere)\s+speculation\b|\bpaper\s+talk\b"
    r"|\bwishful\s+thinking\b|\bnon-story\b|\bwithout\s+(?:any\s+)?foundation\b", re.I)
_RUMOUR_AFFIRMED = re.compile(
    r"\b(?:worst|worst-|badly)[\s-]?kept\s+secret\b|\bopen\s+secret\b|\bdone\s+deal\b"
    r"|\bas\s+good\s+as\s+(?:done|agreed|signed|sealed)\b|\bonly\s+a\s+matter\s+of\s+time\b"
    r"|\bno\s+smoke\s+without\s+fire\b", re.I)


def _account(tok: Token) -> bool:
    """A definite account that names nothing else ("the claims", "his book")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ACCOUNTS | _DENIALS:
        return False
    if any(c.dep_ in {"acl", "relcl", "ccomp"} or (c.dep_ == "prep" and (
            c.lower_ in _NAMING or (c.lower_ == "for" and tok.lower_ == "case")))
           for c in tok.children):
        return False  # "claims of a cover-up", "the report that ...", "the case for Oxford":
        # named (not "in the book")
    if tok.lemma_.lower() in _NARRATIVES and any(c.dep_ == "poss" for c in tok.children):
        return False  # "the men's account", "his version": the accused's, or the accuser's?
    return any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in tok.children)


def _verdict(tok: Token, unreal_only: bool = False) -> int:
    """+1/-1 when the account is called true/false: "were untrue", "is a work of fiction"
    (``unreal_only``: the event itself, only called unreal: "a myth", not "wrong")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return 0
    head = tok.head
    words = [c for c in head.children if c.dep_ in {"acomp", "attr", "advmod"} or (
        c.dep_ == "prep" and c.lower_ == "out")]  # "taken [out of context]"
    words += [g for c in words for g in c.subtree if g.dep_ in {"pobj", "amod", "compound"}]
    if unreal_only:
        words = [w for w in words if w.dep_ == "attr" and (
            w.lemma_.lower() in _FALSE_NOUNS or (_false_value(w) < 0 and w.lemma_ == "theory"))]
        head = None
    value = next((v for word in (head, *words) if word is not None and (
        v := _false_value(word))), 0)
    nothing = any(c.dep_ == "dobj" and c.lower_ in {"nothing", "none"} for c in tok.head.children)
    return value * (-1 if negated_here(tok.head) or nothing else 1)  # "it proves nothing"


def _names_event(tok: Token, view: ClaimView) -> int:
    """+1 when ``tok`` is the event named as an account of it ("the lab-leak theory", "the
    theory that the virus leaked from a lab"), or the event itself as a subject ("the lab
    leak"); -1 when the naming clause denies it ("the claim that there was no leak"); else 0."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return 0
    if tok.i in view.refs:
        return 1
    if tok.lemma_.lower() not in _THEORIES:
        return 0
    own = cause_words(view.prop)
    for c in tok.children:
        if c.dep_ in {"compound", "amod", "nmod"} and (
                phrase_words(c) & own or any(t.i in view.refs for t in c.subtree)):
            return 1
        if c.dep_ in {"acl", "ccomp"} and any(t.i in view.refs or t.lemma_.lower() in own
                                               for t in c.subtree):
            return -1 if negated_here(c) else 1
    return 0


def _false_value(word: Token) -> int:
    """-1 for a word that calls an account false ("untrue", "a witch-hunt"), +1 true, else 0."""
    prefix = hyphen_prefix(word)  # "a witch-hunt"
    if word.lower_ == "context" and word.head.lower_ == "of" and word.head.head.lower_ == "out":
        return -1  # "taken out of context"
    if word.lemma_.lower() == "pick" and any(c.lower_ == "cherry" for c in word.children):
        return -1  # "cherry-picked", split by the parser
    if word.lemma_.lower() == "theory" and any(c.lower_ == "conspiracy" for c in word.children):
        return -1
    if any(c.dep_ == "acl" and any(false_front(p) for p in c.children) for c in word.children):
        return -1  # "politics dressed up as intelligence": a case that only looks like one
    if word.pos_ == "VERB":  # "does not stand up", "does not hold water"
        keys = [*phrasal_keys(word), *(f"{word.lemma_}_{c.lower_}" for c in word.children
                                       if c.dep_ == "dobj")]
        return next((_STANDING[k] for k in keys if k in _STANDING), 0) or (
            0 if word.lemma_.lower() in _FALSE_NOUNS else _FALSE_WORDS.get(word.lemma_.lower(), 0))
        # (not "lie" of "tiredness lay behind it")
    return (_FALSE_WORDS.get(word.lower_) or _FALSE_WORDS.get(word.lemma_.lower())
            or (_FALSE_WORDS.get(f"{prefix}-{word.lower_}", 0) if prefix else 0))


def account_signals(view: ClaimView) -> list[Signal]:
    """The event's account called true or false, its teller discredited (stance_witness), the
    case for it weighed (stance_case), or its explanation rated against rivals
    (stance_hypotheses), its cause said to have been there or never, or its rivals ruled out."""
    if view.prop.kind != "event":
        return []
    for tok in view.tokens:
        own = _names_event(tok, view)
        if not (own or _account(tok)):
            continue
        denial = tok.lemma_.lower() in _DENIALS  # "the denials looked thin": there was talk
        value = _verdict(tok, unreal_only=bool(own) and tok.i in view.refs) * (
            own or (-1 if denial else 1))
        if value:
            word = "true" if value * (-1 if denial else 1) > 0 else "false"
            what = view.snippet(*tok.subtree) if own else f"'{tok.text}'"
            return [Signal(value * view.flip, 3, f"calls the {'denial' if denial else 'account'}"
                                                 f" {word}: {what}")]
    return (_framed(view) or _held(view) or _rumour(view) or _called_false(view)
            or witness_signals(view) or case_signals(view) or hypothesis_signals(view)
            or cause_there_signals(view) or rivals_excluded_signals(view))


def _called_false(view: ClaimView) -> list[Signal]:
    """A content that is only a verdict of falsehood, with no tensed verb, on a claim on the
    topic: "called it [a smear]", "[a conspiracy theory with no scientific basis]"."""
    root = view.root
    disguise = root is not None and any(false_front(p) for p in root.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)  # "[nonsense dressed up as
    # history]", whichever way it is parsed
    if root is None or view.prop.accused or (not disguise and (any(
            finite(t) for t in view.tokens) or any(c.dep_ == "nsubj" for c in root.children))):
        return []  # a participle may describe it ("a fiction written to order"); of a deed
        # laid at a door, the story called false may be a rival's ("it was the Americans")
    if root.i in view.refs or (disguise and any(c.i in view.refs for c in root.children)):
        return []  # "[a leak, dressed up as a spillover]": the event itself, disguised
    value = -1 if disguise else _false_value(root) or (-1 if root.lemma_ == "theory" and any(
        c.lower_ == "conspiracy" for c in root.children) else 0)
    if value >= 0 or negated_here(root) or (root.lemma_.lower() in _MISTOLD and any(
            c.dep_ == "nsubj" for c in root.children)):  # "the crew misread the test"
        return []
    return [Signal(value * view.flip, 2, f"calls it false: '{view.word(root)}'")]


# The charge and the inquiry's word on it, which a party accepts or rejects: "fully shares the
# U.S. assessment", "rejected the FBI's findings", "accepted the conclusions of the inquiry".
_CHARGES = frozenset("assessment finding conclusion allegation accusation charge claim "
                     "attribution".split())
_BELIEF = frozenset({"doubt", "question"})  # not doubted is believed; not contested, given up
_OWNING = frozenset({"poss", "compound", "amod"})
_HOLDS = {**dict.fromkeys("accept share endorse back support echo embrace uphold corroborate "
                          "confirm".split(), 1),
          **dict.fromkeys("reject dispute dismiss deny contest challenge question doubt refute "
                          "rebut".split(), -1)}


def _held(view: ClaimView) -> list[Signal]:
    """The charge accepted or rejected by someone in the claim ("Seoul shares the assessment");
    the accused's own findings the other way round. Not for a quality or a kind, whose findings
    may go either way."""
    if view.prop.quality or view.prop.classes:
        return []  # "accepted the findings" on whether a system is reliable: which way?
    for tok in view.tokens:
        side = _HOLDS.get(tok.lemma_.lower(), 0) if tok.pos_ == "VERB" else 0
        held = [c for c in tok.children if side and c.dep_ == "dobj"
                and c.lemma_.lower() in _CHARGES
                and any(d.lower_ in _DEFINITE or d.dep_ in {"poss", "compound"}
                        for d in c.children)  # not "the finding that it broke a rule": named
                and not any(d.dep_ in {"acl", "relcl", "ccomp"} for d in c.children)]
        if not held:
            continue
        w = view.walk(tok)
        if w.hedge or w.irrealis or (w.sign < 0 and side < 0 and tok.lemma_ not in _BELIEF):
            continue  # "would no longer contest the charges": giving up, not admitting
        whose = [c for c in held[0].children if c.dep_ in _OWNING]
        owner = [d for c in whose for d in (c, *c.children) if d.dep_ in _OWNING and (
            view.is_arg(d) or any(d.lower_.startswith(a) for a in view.prop.args if len(a) > 3))]
        # the accused by name or people ("Russia", "Russian"), not "the inquiry's"
        own = -1 if owner else 1  # "rejected the Saudi prosecutors' findings": the accused's
        sign = side * own * w.sign * view.flip
        return [Signal(sign, 3, f"{tok.lemma_} the {'accused' if owner else 'charge'}'s word: "
                                f"'{held[0].text}'{' (negated)' if w.sign < 0 else ''}")]
    return []


def _rumour(view: ClaimView) -> list[Signal]:
    """The rumour mill's set phrases (the content as written, negation included)."""
    text = view.sent.text[view.start:view.end]
    for pattern, side in ((_RUMOUR_DENIED, -1), (_RUMOUR_AFFIRMED, 1)):
        found = pattern.search(text)
        tok = found and view.token_at(view.start + found.start())
        if tok is None:
            continue
        own = tok.lower_ == "no"  # "no truth": the phrase's own "no" is not a negation of it
        w = view.walk(tok.head if own else tok)  # "this is not idle speculation"
        if w.hedge or w.irrealis:
            return []  # "it may be a done deal"
        sign = side * w.sign * (-1 if own else 1) * view.flip
        return [Signal(sign, 2, f"the rumour mill: '{found.group(0)}'")]
    return []


def _framed(view: ClaimView) -> list[Signal]:
    """The account in the speaker's frame, the content its verdict: "United dismissed the report
    as [pure invention]", "described the story as [accurate]" (or the cue alone: "denied the
    claims, saying [...]")."""
    cue, root = view.cue_tok, view.root
    if cue is None or root is None:
        return []
    framing = cue.head if cue.dep_ in {"advcl", "xcomp", "conj"} else None  # "dismissed the
    verbs = [v for v in (cue, framing) if v is not None]  # allegations, saying [...]"
    held = [c for v in verbs for c in v.children if c.dep_ == "dobj" and _account(c)]
    if not held:
        return []
    said = [root, *(c for c in root.children if c.dep_ in {"acomp", "attr"})]
    value = next((v for t in said if (v := _false_value(t))), 0)
    if value and negated_here(root):
        value = -value  # "they were not true"
    judge = framing.lemma_.lower() if framing is not None else view.cue
    sign = value or (view.flip if view.cue in NEGATIVE_CUES | CONFIRM_CUES else 0) or (
        -1 if judge in NEGATIVE_CUES else 1 if judge in CONFIRM_CUES else 0)
    if not sign:
        return []
    return [Signal(sign, 3, f"{judge} the account: '{held[0].text}'")]
