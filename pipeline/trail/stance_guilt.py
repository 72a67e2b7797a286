"""The accused's guilt or innocence, for an alleged misdeed ("Labour councillors rigged postal
votes") or any past act laid at a named door ("Blunkett's office fast-tracked a visa"): "the
councillors are innocent", "we have done nothing wrong", "we have nothing to hide", "he acted
with complete integrity" refute it, "they are guilty", "the men are corrupt", "he acted
improperly" support it. The one judged must be a participant or a personal pronoun; a
verdict on a person ("the report vindicated the minister") is on the accused; "guilty of
fraud" is a verdict on the charge (stance_verdicts.py). What the misdeed was done to, judged,
speaks too, for a misdeed only: "the postal votes were valid" refutes, "the votes were
fraudulent" supports. The accused owning up ("we have totally screwed up", an apology)
supports; keeping the rules ("its engines met every legal limit", "complied with all the
regulations") refutes."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.person_words import ROLE_NOUNS
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.evaluative import MISDEEDS, REPORT_NOUNS
from pipeline.trail.plight import persons
from pipeline.trail.scope import negated_here
from pipeline.trail.stance_eval import eval_signals
from pipeline.trail.stance_rules import Signal, subjects, usable

_VERDICTS = {"innocent": -1, "blameless": -1, "clean": -1, "guilty": 1, "corrupt": 1,
             "dishonest": 1, "crooked": 1, "culpable": 1}
_PERSONAL = frozenset({"i", "we", "he", "she", "they"})
# Verdicts on the accused themselves ("vindicated the prime minister", "convicted the men").
_ACQUIT = {"clear": -1, "vindicate": -1, "exonerate": -1, "absolve": -1, "acquit": -1,
           "convict": 1}
_ACCUSED = frozenset({"government", "party"})  # bodies; people are persons, roles or args


def _of(verb: Token) -> list[Token]:
    """The "of" of "cleared [him] of any wrongdoing", on the verb or its object."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return [c for t in (verb, *objs) for c in t.children if c.lower_ == "of"]


def _judged(view: ClaimView, tok: Token) -> tuple[int, Token] | None:
    """(side, the word) for "X are innocent" / "X had done nothing wrong"."""
    lemma = tok.lemma_.lower()
    if tok.dep_ in {"acomp", "attr", "oprd"} and lemma in _VERDICTS and (
            _VERDICTS[lemma] < 0 or not any(c.dep_ == "prep" for c in tok.children)):
        return _VERDICTS[lemma], tok.head  # "innocent of the charges" too, "raced clean"
    if lemma in _VERDICTS and _bare(view, tok) and view.prop.accused_person:
        return _VERDICTS[lemma], tok  # a verdict on the person given bare: "Not guilty, and
        # history will catch up", "Not proven, but guilty"
    if lemma in _CHECKED and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TESTS for c in tok.children):
        return _CHECKED[lemma], tok  # "passed every test", "had never failed a drugs test"
    if lemma in _ACQUIT and tok.pos_ == "VERB" and (any(c.dep_ == "dobj" and (
            persons(c) or view.is_arg(c) or c.lemma_.lower() in ROLE_NOUNS | _ACCUSED
            or _owned(c)) for c in tok.children) or any(
                g.lemma_.lower() in MISDEEDS for c in _of(tok) for g in c.children)):
        return _ACQUIT[lemma], tok  # "the report vindicated the prime minister", "cleared
        # the club", "clear its name"
    if tok.pos_ == "VERB" and _called_to_account(tok) and not _others(view, tok):
        return 1, tok  # "Moscow must be held to account", "the men should stand trial"
    if lemma in {"act", "behave"} and tok.pos_ == "VERB":
        side = next((v for c in tok.children for v in _conduct(c)), 0)
        return (side, tok) if side else None  # "had not acted improperly": the walk negates
    if (lemma in _ADMITTED and tok.pos_ == "VERB" and (lemma in _SORRY or any(
            c.dep_ in {"prt", "dobj"} and c.lower_ in _ADMITTED[lemma] for c in tok.children))):
        return 1, tok  # "we have totally screwed up", "broke the trust of our customers"
    if (lemma in _COMPLIED or lemma == "meet") and any(  # "with the rules", "met limits"
            g.lemma_.lower() in _RULES for c in tok.children if c.lower_ == "with"
            or c.dep_ == "dobj" for g in ((c,) if c.dep_ == "dobj" else c.children)):
        return -1, tok if tok.dep_ != "acomp" else tok.head  # "met every legal limit",
        # "fully compliant with the rules"
    if tok.dep_ == "prep" and tok.lower_ in {"within", "against", "outside"} and (
            tok.head.lemma_.lower() in _STOOD) and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _RULES for g in tok.children):
        return (-1 if tok.lower_ == "within" else 1), tok.head  # "acted within the rules",
        # "nothing I did was against any rule"
    if lemma in {"do", "have"} and tok.pos_ in {"VERB", "AUX"}:  # "done nothing wrong",
        for obj in (c for c in tok.children if c.dep_ == "dobj"):  # "nothing to hide"
            if obj.lower_ in {"nothing", "anything", "something", "much", "little"} and any(
                    a.lower_ == "wrong" if lemma == "do" else a.lemma_ == "hide"
                    for a in obj.children):  # "did not do much wrong", "did little wrong"
                return (-1 if obj.lower_ in {"nothing", "little"} or negated_here(obj)
                        else 1), tok
        wrong = next((c for c in tok.children if c.dep_ in {"advmod", "dobj"}
                      and c.lower_ == "wrong" and lemma == "do"), None)  # "did (little) wrong"
        if wrong is not None and not any(c.dep_ == "dobj" and c != wrong for c in tok.children):
            return (-1 if any(c.lower_ in {"little", "nothing"} for c in wrong.children)
                    else 1), tok
    return None


# Where a deed stood as to the rules: "was against the rules", "acted within the rules" (not
# "campaigned against the rules").
_STOOD = frozenset({"be", "act", "operate", "behave", "stay", "remain", "go", "fall", "work"})
# How the accused acted: "acted with complete integrity", "behaved properly" clear them.
_PROPER = frozenset("properly correctly appropriately honourably honorably lawfully "
                    "responsibly prudently integrity propriety honesty faith".split())
_IMPROPER = frozenset("improperly wrongly unlawfully illegally dishonestly recklessly "
                      "irresponsibly negligently impropriety".split())


# Made to answer for a misdeed: "be punished", "be held to account", "answer for it", "stand
# trial", "face justice", "be brought to justice" (a wish or a promise: see guilt_signals).
_PUNISHED = frozenset({"punish", "prosecute", "jail", "sanction"})
_ANSWERED = {"answer": ("prep", {"for"}), "stand": ("dobj", {"trial"}),
             "face": ("dobj", {"justice", "trial", "prosecution", "punishment", "consequences"}),
             "hold": ("prep", {"to"}), "bring": ("prep", {"to"})}
_ACCOUNT = frozenset({"account", "justice", "book"})
_ACCOUNTABLE = frozenset({"accountable", "responsible", "liable"})
_DEMANDING = frozenset({"should", "must", "will", "'ll", "shall", "ought", "has", "have",
                        "would"})


def _called_to_account(verb: Token) -> bool:
    """The accused made to answer for the deed, in the passive for "punish" ("must be
    punished"); only as a demand or a promise ("should", "must", "will"): a bare report of
    a prosecution is a fact about the case."""
    lemma = verb.lemma_.lower()
    if not any(c.dep_ == "aux" and c.lower_ in _DEMANDING for c in verb.children) and not (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have"):  # "has to answer"
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in _PUNISHED:
        return passive
    if lemma == "hold" and any(c.dep_ in {"acomp", "oprd"} and c.lower_ in _ACCOUNTABLE
                               for c in verb.children):
        return passive  # "must be held accountable"
    dep, words = _ANSWERED.get(lemma, ("", set()))
    found = [c for c in verb.children if c.dep_ == dep and c.lower_ in words]
    if dep == "prep" and lemma in {"hold", "bring"}:  # "to account" is also read as a clause
        return passive and (any(g.lower_ in _ACCOUNT for c in found for g in c.children) or any(
            c.dep_ == "advcl" and c.lower_ in _ACCOUNT for c in verb.children))
    return bool(found)


def _others(view: ClaimView, verb: Token) -> bool:
    """ "Individuals exceeded their authority, and they will be held to account": a pronoun
    after another subject in the content stands for it, someone other than the accused."""
    pronoun = next((s for s in subjects(verb) if s.pos_ == "PRON"), None)
    if pronoun is None:
        return False
    before = [t for t in view.tokens if t.i < pronoun.i and t.pos_ in {"NOUN", "PROPN"}
              and t.dep_ in {"nsubj", "nsubjpass"}]
    return bool(before) and not view.is_arg(before[-1])


# The accused owning up: "screwed up", "messed up", "broke the trust", "apologised".
_SORRY = frozenset({"apologise", "apologize"})
_ADMITTED = {"screw": {"up"}, "mess": {"up"}, "break": {"trust", "faith"},
             "betray": {"trust", "customers", "faith"}} | {w: set() for w in _SORRY}
# Keeping the rules: "compliant with the rules", "complied", "met every legal limit".
_COMPLIED = frozenset({"compliant", "comply"})
_RULES = frozenset("limit limits standard standards rule rules requirement requirements "
                   "regulation regulations law laws test tests".split())


# Checks the accused passed or failed: evidence of innocence or of guilt.
_CHECKED = {"pass": -1, "fail": 1}
_TESTS = frozenset("test check inspection control audit".split())


def _conduct(tok: Token) -> list[int]:
    """-1 for a manner that clears ("properly", "with integrity"), +1 one that condemns."""
    if tok.dep_ == "advmod":  # "acted properly"
        words = [tok]
    elif tok.dep_ == "prep":  # "acted with integrity"
        words = [g for g in tok.children if g.dep_ == "pobj"]
    else:
        return []
    return [-1 if w.lower_ in _PROPER else 1 for w in words
            if w.lower_ in _PROPER | _IMPROPER]


def guilt_signals(view: ClaimView) -> list[Signal]:
    """One signal per judgement of the accused, or of what the misdeed was done to, in the
    content."""
    if view.prop.kind != "event" or not (view.prop.target & MISDEEDS or view.prop.alleged
                                         or view.prop.accused_person):
        return []
    out = _object_signals(view) if view.prop.target & MISDEEDS else []
    for tok in view.tokens:
        found = _judged(view, tok)
        if found is None:
            continue
        side, verb = found
        if verb.lemma_.lower() not in _ACQUIT and not _bare(view, verb) and not any(
                view.is_arg(s) or s.lower_ in _PERSONAL | {"it"} or _owned(s) or _the_role(s)
                or _own_deeds(s) or s.lower_ in view.prop.accused for s in [*subjects(verb), *(
                    c for c in verb.children if c.dep_ == "csubj")]):
            continue  # "the system is corrupt": not the accused
        w = view.walk(verb)
        if not usable(w, could_ok=False):
            continue
        out.append(Signal(side * w.sign * view.flip, 3,
                          f"judges the accused: {view.snippet(*verb.subtree)}"))
    return out


def _object_signals(view: ClaimView) -> list[Signal]:
    """What the misdeed was done to, judged: "the dossier was a fair reflection of the
    intelligence", "the postal votes were valid" refute it; "the votes were fraudulent"
    supports it. Accounts ("the claims were false") are read in stance_accounts.py."""
    out = []
    for tok in view.tokens:
        lemma = tok.lemma_.lower()
        if not view.is_target(tok) or lemma in MISDEEDS or lemma in REPORT_NOUNS:
            continue
        out += [Signal(-s.sign, s.weight, f"judges what was done: {s.basis}")
                for s in eval_signals(view, tok)]
    return out


def _bare(view: ClaimView, tok: Token) -> bool:
    """A verdict with no one named, the claim's head or joined to it: "Guilty.", "Not
    guilty, and ...", "Not proven, but guilty"."""
    root = getattr(view.root, "i", -1)
    return tok.pos_ == "ADJ" and (tok.i == root or (tok.dep_ == "conj" and tok.head.i == root)
                                  ) and not any(c.dep_ in {"nsubj", "prep"} for c in tok.children)


def _own_deeds(tok: Token) -> bool:
    """ "nothing I did", "everything we did", "what Vale did": the deeds of the accused."""
    deeds = [tok] if tok.dep_ == "csubj" else [  # "[what Vale did] was against the rules"
        c for c in tok.children if c.dep_ in {"relcl", "ccomp"}] if tok.lower_ in {
        "nothing", "everything", "anything", "what"} else []
    return any(g.dep_ == "nsubj" and (g.lower_ in _PERSONAL or g.pos_ == "PROPN")
               for d in deeds for g in d.children)


def _the_role(tok: Token) -> bool:
    """ "the prime minister", "the chairman": the accused by the office the story gives."""
    return tok.lemma_.lower() in ROLE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _owned(tok: Token) -> bool:
    """The accused's own things ("its engines", "our cars"), or the accused body named again."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our", "my"}
               for c in tok.children) or body_named_again(tok)


def body_named_again(tok: Token) -> bool:
    """ "the company had broken the trust": the accused body by its kind alone (not "the rival
    firm", "a firm")."""
    return tok.lemma_.lower() in _BODIES and [c.lower_ for c in tok.children] == ["the"]


_BODIES = frozenset("company firm group carmaker manufacturer maker business corporation "
                    "bank club team board trustee director leadership management".split())
