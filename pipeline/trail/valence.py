"""How good or bad a word is: VADER's lexicon plus policy words and set phrases it lacks.

Evaluative polarity comes from VADER's lexicon (`vaderSentiment`, read offline from the wheel)
plus DOMAIN_VALENCE, policy words VADER lacks ("unworkable", "draconian", "premature", "cost" as a
verb), minus a stop list of VADER words that are no evaluation in news ("united", "interest",
"party", "ban"). VADER was kept over the hand-written HAND_VALENCE (same domain list added) because
it scored better on labelled sentences written before either was run: 49/60 vs 37/60 on
evaluation-only claims ("the ban was a recipe for disaster"), 55/74 vs 53/74 and 44/61 vs 43/61
on two sets of mixed claims (after the rules were tuned: 59/60 vs 44/60). HAND_VALENCE stays
selectable (`lexicon="hand"`) for comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.trail.prices import lowered, price_moved
from pipeline.trail.valence_phrases import INSUFFICIENT, PHRASE_VALENCE

if TYPE_CHECKING:  # spaCy's types only: the word lists load without it
    from spacy.tokens import Doc, Span, Token

_NOT_EVALUATIVE = frozenset(
    "no yes like well please united party interest share free kind pretty want true fresh hand "
    "sure certain ok okay ready readiness security justice ease support supported oppose "
    "opposed welcomed fight fighting attack attacks stop ban banned "
    "protest protests critic critics criticism delay reform promote mediate "
    "peace war easy hard serious seriously motivated supporter supporters argument "
    "arguments greater comedian comedians huge original honestly frankly candidly truly surely "
    "truthfully prospect prospects treat engage engaged engagement".split()  # "at greater
    # risk": more of it, no praise; "will engage constructively with it": a process, no verdict;
    # "leave comedians unsure": a trade; "a huge bill": a size; "the original forecast": the first
    # one; "It's mixed, honestly": candour; "the prospect of controls": expected, not a hope
)  # "treat": handle, not a delight
DOMAIN_VALENCE = {
    "unworkable": -2.5, "joke": -1.5, "draconian": -2.5, "unenforceable": -2.0, "illiberal": -2.0,
    "heavy-handed": -2.0, "ill-conceived": -2.0, "half-baked": -2.0, "misguided": -2.0,
    "disproportionate": -2.0, "unjustified": -2.0, "unnecessary": -1.5, "pointless": -2.0,
    "counterproductive": -2.0, "counter-productive": -2.0, "backfire": -2.0, "cost": -1.5,
    "costly": -1.5, "expensive": -1.2, "intrusive": -2.0, "authoritarian": -2.0,
    "shambles": -2.5, "fiasco": -2.5, "botched": -2.0, "rushed": -1.2, "undermine": -2.0,
    "erode": -2.0, "infringe": -2.0, "loophole": -1.2, "loopholes": -1.2, "bureaucratic": -1.5,
    "bureaucracy": -1.5, "red-tape": -1.5, "nanny": -1.5, "unfair": -2.1, "ineffective": -2.0,
    "fruitless": -1.5, "incompatible": -1.5, "unlawful": -2.0, "poorly": -1.5,
    "inflation": -1.2, "excessive": -2.0, "oppressive": -2.0, "illogical": -1.5,
    "absurd": -2.0, "unpopular": -1.5, "breakthrough": 2.0, "boon": 2.0, "cripple": -2.5,
    # obsolete: "a relic of the three-channel age", "an outdated tax"
    "relic": -1.5, "outdated": -1.5, "outmoded": -1.5, "antiquated": -1.5, "archaic": -1.5,
    "anachronism": -1.5, "anachronistic": -1.5, "fad": -1.5,  # a passing fashion (VADER: +0.9)
    "stitch-up": -2.0, "fleecing": -2.0, "fleeced": -2.0, "unsound": -2.0,  # a con on payers
    "convenient": 1.5, "impractical": -2.0, "cumbersome": -1.5, "unwieldy": -1.5,
    "clunky": -1.5, "hassle": -1.5,  # how a scheme is to use
    "sham": -2.0, "gimmick": -2.0, "gimmicky": -2.0, "charade": -2.0, "aggressive": -1.2,
    "smokescreen": -2.0, "nightmare": -2.5, "meddling": -1.5, "ill-thought-out": -2.0,
    "premature": -1.5, "unwarranted": -2.0, "hasty": -1.2, "victory": 2.0,
    "healthier": 1.5, "safer": 1.5, "fairer": 1.5, "worse": -2.0, "better": 1.9,
    "overdue": 1.5, "answer": 1.5, "solution": 1.5, "sensible": 2.0, "reasonable": 1.5,
    "workable": 1.5, "flaw": -1.5, "flaws": -1.5,  # "the bill has serious flaws"
    "proportionate": 1.5, "necessary": 1.5, "needed": 1.2, "vital": 2.0, "essential": 2.0,
    "justified": 1.5, "defined": 1.0, "clear": 1.5, "unclear": -1.5,
    "right": 1.5, "landmark": 1.5, "lifesaver": 2.0, "lifeline": 2.0, "benefit": 2.0,
    "benefits": 2.0, "boost": 1.7, "jobs": 0.0, "closures": -1.5, "closure": -1.5,
    "discriminatory": -2.0, "scaremongering": -2.0, "scaremonger": -2.0, "short-sighted": -1.5,
    "breach": -2.0, "well-funded": 1.5, "credible": 1.5, "viable": 1.5, "unviable": -2.0,
    "unrealistic": -1.5, "unaffordable": -1.5, "unsustainable": -1.5, "compatible": 1.5,
    "collapsing": -2.0, "crumbling": -2.0, "strengthening": 1.5,
    # political verdicts missing from VADER
    "alienate": -2.0, "divisive": -2.0, "polarising": -1.5, "polarizing": -1.5,
    "regressive": -1.5, "undemocratic": -2.0, "unconstitutional": -2.0, "shambolic": -2.5,
    "incoherent": -2.0, "wrongheaded": -2.0, "wrong-headed": -2.0, "arbitrary": -1.5,
    "opaque": -1.5, "unaccountable": -1.5, "onerous": -2.0, "hypocrisy": -2.0, "fudge": -1.5,
    "complacency": -1.5, "dither": -1.5, "gamble": -1.5, "prudent": 1.5, "timely": 1.5,
    "pragmatic": 1.0, "coherent": 1.0, "transparent": 1.0, "accountable": 1.0,
    "affordable": 1.5, "unfairness": -2.0, "injustice": -2.0, "orwellian": -2.0,
    "kafkaesque": -2.0, "robbery": -2.0, "overreach": -2.0, "muddled": -1.5, "tokenistic": -1.5,
    "unfunded": -1.5, "invasive": -2.0, "unproven": -1.5,
    "untested": -1.2, "rip-off": -2.0, "milestone": 1.5, "world-leading": 1.5,
    "groundbreaking": 1.5, "sustainable": 1.2, "rogue": -1.5, "unscrupulous": -2.0,
    "stain": -2.0, "blot": -2.0, "overwhelming": 1.5, "flimsy": -1.5, "racket": -2.0,
    "proper": 1.5,
    "sufficient": 1.2, "insufficient": -1.5, "correct": 1.5, "incorrect": -1.5,
    "practical": 1.2, "unreasonable": -1.5,
    "crucial": 1.5, "lax": -1.5, "watertight": 1.5, "leaky": -1.5,
    "wasteful": -2.0, "unsafe": -2.0, "harmful": -2.0, "legitimate": 1.2,
    "illegitimate": -2.0, "populist": -1.2, "opportunistic": -1.5, "safeguard": 1.2,
    "lawful": 1.5, "humane": 1.5, "inhumane": -2.0, "barbaric": -2.5, "uncivilised": -2.0,
    "uncivilized": -2.0, "decency": 1.5, "misuse": -2.0, "hacker": -1.5, "hackers": -1.5,
    "congestion": -1.2, "gridlock": -1.5, "obesity": -1.5, "smoking": -1.2, "pollution": -1.5,
    "disease": -1.5, "emissions": -1.2,
    "unthinkable": -2.0, "important": 1.2, "contaminate": -2.0, "contamination": -2.0,
    "overblown": -1.5, "overhyped": -1.5, "traffic": -1.0, "responsibly": 1.5,
    "irresponsibly": -2.0, "proportionately": 1.5, "blight": -2.0, "eyesore": -2.0,
    "monstrosity": -2.0, "carbuncle": -2.0,
    "homelessness": -1.5,  # not "the homeless": people in a plight (plight.py)
    # bad actors and ills of news reports missing from VADER ("a gift to extremists")
    "extremist": -2.0, "fanatic": -2.0, "thug": -2.0, "bigot": -2.0, "hooligan": -2.0,
    "yob": -1.5, "gangster": -2.0, "trafficker": -2.0, "paedophile": -2.5, "addiction": -2.0,
    "prohibitionist": -1.2, "prohibitionists": -1.2, "lobbyist": -1.2, "lobbyists": -1.2,
    "binge": -1.5, "shortfall": -1.5, "gap": -1.2,  # "close a gap in the law"
    "fairness": 1.5, "compelling": 1.5, "persuasive": 1.5, "cogent": 1.5,
    "unanswerable": 1.5, "unconvincing": -1.5, "vindication": 1.8, "priority": 1.5,
    "disrepute": -2.0, "indefensible": -2.0, "unjustifiable": -2.0,
    # verbs that damage their object, missing from VADER ("stifle innovation")
    "stifle": -2.0, "hamper": -1.5, "hinder": -1.5, "jeopardise": -2.0, "jeopardize": -2.0,
    "endanger": -2.0, "stunt": -1.5, "penalise": -1.5, "penalize": -1.5, "undervalue": -2.0,
    "hammer": -1.5, "clobber": -2.0, "fleece": -2.0, "squeeze": -1.2, "criminalise": -2.0,
    "criminalize": -2.0, "vandalism": -2.0, "deadly": -2.0, "exploitative": -2.0,
    "exploitation": -2.0, "predatory": -2.0, "barrier": -1.5, "barriers": -1.5, "hurdle": -1.2,
    # scorn and praise of everyday speech ("barmy", "a blunder", "codswallop", "pioneering")
    **dict.fromkeys("daft barmy bonkers lunacy farcical preposterous risible asinine "
                    "cack-handed hare-brained harebrained crackpot ill-judged madcap overkill "
                    "blunder folly idiocy spineless vindictive pantomime patronising patronizing "
                    "condescending sledgehammer".split(), -2.0),
    "disgraceful": -2.5, "tone-deaf": -1.5, "tin-eared": -1.5, "amateurish": -1.5,
    "slapdash": -1.5, "piecemeal": -1.2, "ploy": -1.5, "game-changer": 2.0, "pioneering": 1.5,
    **dict.fromkeys("tosh drivel claptrap balderdash hogwash baloney codswallop bunkum twaddle "
                    "poppycock".split(), -1.5),
    "fantasy": -1.5, "unlock": 1.2,  # "the biggest barrier buyers face", "scrapping it is a
    # fantasy" (no daydream of pleasure), "unlock the whole chain"
}
# Harms a measure may stop, missing from VADER (or, as "attack", a speech act there).
_HARMS = frozenset({"bite", "mauling", "stabbing", "burglary", "theft", "overdose"})
# Faults of too little: "a toothless ban", "a timid one", "half measures", "a watered-down
# scheme" want more of the thing, not less, so they count for it, as "only a start" does (and
# "far too timid" is no excess). Not "a paper tiger" or "a fig leaf": a sham, not a start.
_TOO_LITTLE = frozenset({"toothless", "timid", "half-hearted", "feeble", "cop-out",
                         "watered-down", "unambitious"})
DOMAIN_VALENCE |= dict.fromkeys(_TOO_LITTLE, INSUFFICIENT)
# "too high", "too late": an excess is a fault whatever the adjective ("too good to miss" aside).
EXCESS = -1.5
_TOO = frozenset({"too", "overly", "wildly", "hopelessly", "unduly", "excessively"})  # "wildly
# optimistic"
# A hand-written alternative to VADER (same domain list added), kept for the comparison.
HAND_VALENCE = {
    **{w: 2.0 for w in (
        "good great excellent sensible fair right reasonable effective workable beneficial "
        "benefit boost help improve protect save safe safer success successful work works "
        "necessary needed vital essential important useful valuable justified proportionate "
        "overdue clear simple popular positive progress win gain strong robust cheap "
        "affordable efficient modern landmark victory welcome brilliant excellent "
        "excellent fantastic wise prudent appropriate").split()},
    **{w: -2.0 for w in (
        "bad wrong unfair unworkable unenforceable draconian flawed costly expensive waste "
        "disaster disastrous mistake failure fail hurt harm damage destroy cost kill threat "
        "threaten risk danger dangerous unnecessary pointless useless ineffective confusion "
        "confusing unclear vague chaos chaotic mess shambles fiasco nightmare burden "
        "bureaucracy bureaucratic illiberal authoritarian intrusive sinister undermine erode "
        "backfire absurd ridiculous nonsense crazy madness unjust unjustified "
        "disproportionate excessive heavy-handed ill-conceived half-baked rushed botched "
        "loophole crime terrorism fraud loss lose closure bankrupt ruin cripple devastate "
        "crisis problem worry fear death deaths illegal hit weak dire flaw").split()},
}

DOMAIN_VERB_VALENCE = {"close": -1.5, "shut": -1.5, "axe": -1.5, "slash": -1.0, "hit": -1.5,
                       "correct": 0.0,  # "it corrects nothing": a remedy, not "correct"
                       "apologise": -1.5, "apologize": -1.5,  # "apologising for it": a fault
                       "work": 1.5,  # "it will work"; the noun is labour ("seasonal work")
                       "answer": 0.0,  # "questions to be answered"; "the answer": a remedy
                       "thrive": 2.0, "flourish": 2.0, "prosper": 2.0}  # "would thrive
# without the fee" (VADER has none of these; "survive" is also a law's in court: left out)


@lru_cache(maxsize=2)
def base_lexicon(name: str = "vader") -> dict[str, float]:
    """Word -> valence: VADER's lexicon (from the installed wheel) or the hand list."""
    if name == "hand":
        return dict(HAND_VALENCE)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


def word_valence(tok: Token, lexicon: str = "vader", text: str | None = None) -> float:
    """Evaluative valence of one token (0 for stop words, names and non-evaluative words)."""
    low, lemma = (text.lower(), text.lower()) if text else (tok.lower_, tok.lemma_.lower())
    if tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or tok.pos_ in {"DET", "ADP"} or (
            tok.pos_ == "PROPN" and low not in DOMAIN_VALENCE):  # but "Orwellian", "Kafkaesque"
        return 0.0
    if tok.pos_ == "NOUN" and (lemma in _HARMS or (lemma == "attack" and any(
            c.dep_ == "compound" for c in tok.children))):  # "dog attacks", "one bite"
        return -1.9
    if low in _NOT_EVALUATIVE or lemma in _NOT_EVALUATIVE or (
            tok.pos_ == "NOUN" and lemma == "fire"):  # "an open fire" (not "fire the staff")
        return 0.0
    if tok.pos_ == "VERB" and lemma in DOMAIN_VERB_VALENCE:
        return DOMAIN_VERB_VALENCE[lemma]
    if lemma == "fine":  # "the scheme is fine", "works fine"; "a fine": a penalty; "fine dust"
        return 1.2 if tok.pos_ == "ADV" or (tok.pos_ == "ADJ" and tok.dep_ != "amod") else 0.0
    if lemma == "sound":  # "the principle is sound", "a sound policy"; not a noise
        return 1.5 if tok.pos_ == "ADJ" else 0.0
    for word in (low, lemma):
        if word in DOMAIN_VALENCE:
            return DOMAIN_VALENCE[word]
    lex = base_lexicon(lexicon)
    for word in (low, lemma):
        value = lex.get(word)
        if value is not None and abs(value) >= 0.5:
            return float(value)
    return 0.0


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    phrases = sorted(PHRASE_VALENCE, key=len, reverse=True)  # "nanny-state" is "nanny state"
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", _GAP) for p in phrases)
                      + r")s?\b", re.I)


# The least that should be done wants that much at least: "the least a council can do".
_LEAST = re.compile(r"\bthe\s+(?:very\s+)?least\s+(?:[\w'-]+\s+){0,5}?(?:can|could|should|must)"
                    r"\s+(?:do|offer|expect)\b", re.I)
# Between a set phrase's words: a space or hyphen, and an opening quotation mark ("is 'a start'").
_GAP = r"[\s-][\"\u201c\u2018']?"
_OPENING = re.compile(r"(?<=[\s-])[\"\u201c\u2018']")


def phrase_valences(doc: Doc | Span) -> dict[int, tuple[float, str]]:
    """Token index of each set phrase's word -> (valence, the phrase): the phrase's valence on
    its syntactic head, 0 on its other words ("right" in "a step in the right direction")."""
    whole = doc.doc  # a Doc is its own doc
    base = 0 if whole is doc else doc.start_char
    out = {}
    for match in _LEAST.finditer(doc.text):  # "the least a council can do": more is wanted
        span = whole.char_span(base + match.start(), base + match.end(), alignment_mode="expand")
        if span is not None:
            out |= {t.i: (0.0, match.group(0)) for t in span} | {
                span[1 if span[1].lower_ == "least" else 2].i: (INSUFFICIENT, match.group(0))}
    for match in _phrase_pattern().finditer(doc.text):
        span = whole.char_span(base + match.start(), base + match.end(), alignment_mode="expand")
        if span is not None:
            phrase = _OPENING.sub("", match.group(0))  # "is 'a start'" is "is a start"
            out |= {t.i: (0.0, phrase) for t in span}
            said = phrase.lower()  # "police states": the phrase in the plural
            value = next((PHRASE_VALENCE[k] for w in (said, said.replace("-", " "))
                          for k in (w, w[:-1]) if k in PHRASE_VALENCE), 0.0)
            out[span.root.i] = (value, phrase)
    return out


# Verbs of a disguise: what a thing is "dressed up as" is its false front.
_DISGUISES = frozenset({"dress", "disguise", "masquerade", "pass"})


def false_front(prep: Token) -> bool:
    """ "a tax [dressed up as] help", "a subsidy [dressed up for] the young": the preposition of a
    disguise, whose object is what the thing pretends to be, no merit of its own."""
    return prep.dep_ == "prep" and prep.lower_ in {"as", "for"} and (
        prep.head.lemma_.lower() in _DISGUISES) and (prep.head.lemma_.lower() != "pass" or any(
            c.lower_ == "off" for c in prep.head.children))


_STRUCK = frozenset({"deal", "agreement", "balance", "bargain", "compromise", "accord",
                     "chord", "note", "pact", "truce"})


# Degree adjectives that VADER scores as praise on their own ("great", "huge", "significant").
_INTENSIFIERS = frozenset("significant huge great substantial strong clear considerable real "
                          "enormous massive major big".split())
# Nouns that only count what their "of" names: "the greatest act of vandalism" is vandalism.
_LIGHT = frozenset("act example piece case instance kind form sort display".split())


def _of_light(noun: Token) -> Token:
    """ "vandalism" of "act of vandalism", else the noun itself."""
    if noun.lemma_.lower() not in _LIGHT:
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), noun)


# A speaker's candour, set off by commas: "to be honest, ...", "..., to be fair."
_CANDOUR = frozenset({"honest", "fair", "frank", "clear", "blunt", "candid", "truthful"})


def _candour(tok: Token) -> bool:
    """ "To be fair, it worked", "leave it, to be honest": how it is said, not a judgement."""
    be, doc = tok.head, tok.doc
    to = next((c for c in be.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return tok.lower_ in _CANDOUR and tok.dep_ == "acomp" and to is not None and (
        to.i == 0 or doc[to.i - 1].is_punct or doc[to.i - 1].is_sent_start) and (
        tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct)


def token_valence(tok: Token, lexicon: str) -> float:
    """A word's valence in its context: an excess ("too high") is a fault; a hyphenated word
    ("ill-thought-out") counts once, on its first piece."""
    clausal = {"xcomp", "ccomp", "advcl", "prep"}
    if tok.lemma_.lower() == "strike" and any(t.lemma_.lower() in _STRUCK for t in (
            tok.head, *tok.children) if t.dep_ in {"dobj", "nsubjpass"} or t == tok.head):
        return 0.0  # "strike a deal", "a deal to be struck", "strikes the right balance"
    if tok.pos_ in {"ADJ", "ADV"} and any(c.lower_ in _TOO for c in tok.children) and (
            tok.lower_ not in _TOO_LITTLE) and not any(
            c.dep_ in clausal for c in (*tok.children, *tok.head.children)):
        return EXCESS  # not "too late for ministers to act", "too important to ignore"
    if tok.lower_ in _TOO_LITTLE and any(c.dep_ == "prep" and c.lower_ == "without"
                                         for c in tok.children):
        return -INSUFFICIENT  # "toothless without plates": a plain fault, of what lacks them
    if _candour(tok):
        return 0.0
    if tok.dep_ == "compound" and tok.tag_ == "NNS" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return 0.0  # a plural noun naming a kind: "capital gains tax", "the war crimes court"
    if tok.dep_ == "amod" and tok.lemma_.lower() in _INTENSIFIERS:
        own, head = word_valence(tok, lexicon), word_valence(_of_light(tok.head), lexicon)
        if own * head < 0:
            return 0.0  # "a significant risk", "a huge problem": the degree, not a judgement
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_:
        hi += 2
    if hi > lo:
        whole = word_valence(doc[lo], lexicon, text=doc[lo:hi + 1].text)
        if whole:
            return whole if tok.i == lo else 0.0
    if _a_figure(tok) or _deadline(tok):
        return 0.0  # "the cost of the line could reach £106bn": a figure, said of the cost
    if tok.lower_ == "well" and tok.dep_ == "advmod" and tok.head.lemma_.lower() in _DONE_WELL and (
            "as" not in {t.lower_ for t in tok.doc[max(tok.i - 1, 0):tok.i + 2] if t != tok}):
        return _WELL_DONE  # "it has served us well" (a bare "well" is no judgement)
    if tok.dep_ == "amod" and price_moved(tok.head):
        return 0.0  # "lower bills": the price carries it
    burden = price_moved(tok)
    if burden:  # "higher bills" are a burden, "lower bills" a saving
        return -burden if _decreased(tok) or lowered(tok) else burden
    own = word_valence(tok, lexicon)
    return -own if own and _decreased(tok) else own


# Verbs whose "well" says a thing does its job: "served the country well", "has worked well".
_DONE_WELL = frozenset("serve work perform run function operate".split())
_WELL_DONE = 1.5


# What closes on a date, no harm done: "the consultation closes on 28 April".
_WINDOWS = frozenset("consultation consultations poll polls ballot vote voting window offer "
                     "application applications registration nominations entries tender "
                     "bidding deadline inquiry".split())


def _deadline(tok: Token) -> bool:
    """ "the consultation closes", "polls close at ten": a timetable, not a closure."""
    return tok.lemma_.lower() == "close" and tok.pos_ == "VERB" and any(
        c.dep_ in {"nsubj", "compound"} and c.lemma_.lower() in _WINDOWS for c in tok.children)


_FIGURE_VERBS = frozenset("reach estimate total stand come amount put".split())
_TRUE = frozenset("true real hidden full spiralling soaring".split())  # "the true cost"


def _a_figure(tok: Token) -> bool:
    """A cost as the subject of a figure ("was estimated at £5.8bn"), not "the true cost"."""
    return (tok.lemma_.lower() == "cost" and tok.pos_ == "NOUN" and tok.dep_ in {
        "nsubj", "nsubjpass"} and tok.head.lemma_.lower() in _FIGURE_VERBS
        and not any(c.lower_ in _TRUE for c in tok.children))


# Less of a thing is the opposite of the thing: "fewer deaths", "less crime", "a fall in
# crime" are good, "fewer jobs" bad.
_FEWER = frozenset("fewer less lower reduced smaller decreased cheaper falling".split())
_FALLS = frozenset("fall drop reduction cut cuts decline decrease dip".split())


def _decreased(tok: Token) -> bool:
    """The word is said as less of it: "fewer deaths", "a fall in crime", "the least bad"."""
    if tok.pos_ in {"ADJ", "ADV"}:
        return any(c.dep_ == "advmod" and c.lower_ in {"less", "least"} for c in tok.children)
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _FEWER for c in tok.children):
        return True
    if tok.head.dep_ != "prep" or tok.head.lower_ != "in":
        return False
    owner = tok.head.head  # "a fall in crime", or the verb of "bring [a fall] [in crime]"
    return owner.lemma_.lower() in _FALLS or (owner.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FALLS for c in owner.children))


def conceded(prep: Token, item: Token) -> bool:
    """ "for all its faults", "despite its flaws": a fault granted on the way to a merit, which
    counts for nothing either way."""
    return prep.lower_ in {"despite", "notwithstanding"} or (
        prep.lower_ == "for" and any(c.lower_ == "all" for c in item.children))
