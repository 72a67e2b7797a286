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

if TYPE_CHECKING:  # spaCy's types only: the word lists load without it
    from spacy.tokens import Doc, Span, Token

_NOT_EVALUATIVE = frozenset(
    "no yes like well please united party interest share free kind pretty want true fresh hand "
    "sure certain ok okay ready readiness security justice ease support supported oppose "
    "opposed welcomed fight fighting attack attacks stop ban banned "
    "protest protests critic critics criticism delay reform promote mediate "
    "peace war easy hard serious seriously motivated supporter supporters argument "
    "arguments greater comedian comedians huge original honestly frankly candidly "
    "truthfully prospect prospects treat".split()  # "at greater risk": more of it, no praise;
    # "leave comedians unsure": a trade; "a huge bill": a size; "the original forecast": the
    # first one; "It's mixed, honestly": candour, not a judgement; "the prospect of controls":
    # what is expected, not a hope; "treat": handle, not a delight
)
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
    "sham": -2.0, "gimmick": -2.0, "gimmicky": -2.0, "charade": -2.0, "aggressive": -1.2,
    "smokescreen": -2.0, "nightmare": -2.5, "meddling": -1.5, "ill-thought-out": -2.0,
    "premature": -1.5, "unwarranted": -2.0, "hasty": -1.2, "victory": 2.0,
    "healthier": 1.5, "safer": 1.5, "fairer": 1.5, "worse": -2.0, "better": 1.9,
    "overdue": 1.5, "answer": 1.5, "solution": 1.5, "sensible": 2.0, "reasonable": 1.5,
    "workable": 1.5,
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
    "fantasy": -1.5, "unlock": 1.2,  # "the biggest barrier buyers face", "scrapping it is a
    # fantasy" (no daydream of pleasure), "unlock the whole chain"
}
# Set phrases whose words mean nothing alone ("a white elephant", "a step in the right
# direction"); the valence goes to the phrase's syntactic head.
PHRASE_VALENCE = {
    "the sooner the better": 2.0, "about time": 2.0, "flies in the face": -2.0,
    "fly in the face": -2.0, "flew in the face": -2.0, "white elephant": -2.0,
    "slippery slope": -2.0,
    "big brother": -2.0, "own goal": -2.0,
    "dreamt up": -1.5, "dreamed up": -1.5, "trojan horse": -2.0, "sticking plaster": -1.5,
    "smoke and mirrors": -2.0, "smokescreen": -2.0, "wishful thinking": -2.0,
    "step too far": -2.0, "kick in the teeth": -2.0, "dog's breakfast": -2.0,
    "damp squib": -2.0, "fig leaf": -2.0, "paper tiger": -2.0, "knee-jerk": -2.0,
    "empire-building": -1.5, "empire building": -1.5, "sledgehammer to crack a nut": -2.0,
    "blunt instrument": -2.0, "blunt tool": -2.0,  # crude, hitting the wrong people too
    "much good it did": -2.0, "much good that did": -2.0, "fat lot of good": -2.0,  # no good
    "red tape": -1.5, "treat the symptom": -1.5, "treats the symptom": -1.5,
    "treating the symptom": -1.5, "treats a symptom": -1.5, "treat a symptom": -1.5,
    "treating a symptom": -1.5,  # not the cause
    "solution looking for a problem": -2.0,
    "value for money": 1.5, "step forward": 2.0, "step in the right direction": 2.0,
    "common sense": 1.5, "no-brainer": 2.0, "win-win": 2.0, "surveillance society": -2.0,
    "police state": -2.0, "nanny state": -2.0, "whose time has come": 2.0,
    "whose time had come": 2.0, "way forward": 1.5, "better spent": -2.0,
    "backward step": -2.0, "backwards step": -2.0, "step backwards": -2.0,
    "retrograde step": -2.0, "go to the wall": -2.0, "went to the wall": -2.0,
    "out of business": -2.0, "go bust": -2.0, "went bust": -2.0, "close their doors": -2.0,
    "coach and horses": -3.0, "black hole": -2.0, "rule of law": 1.5, "gold standard": 2.0,
    "place in a civilised": 2.0,
    "place in a civilized": 2.0, "place in a modern": 2.0, "place in modern": 2.0,
    "place in the 21st century": 2.0, "place in today's": 2.0, "dressed up as": -1.5,
    "is a start": 1.5, "was a start": 1.5, "'s a start": 1.5, "as a start": 1.5,
    "but a start": 1.5,  # more wanted, not less (also "only a start" below)
    "has a place in": 1.5, "have a place in": 1.5, "has no place in": -2.0,
    "have no place in": -2.0, "had no place in": -2.0, "has a place on": 1.5,
    "have a place on": 1.5, "has no place on": -2.0, "have no place on": -2.0,
    "had no place on": -2.0,  # ("on our roads"; not "took place in")
    "class war": -2.0, "judge and jury": -2.0, "judge, jury and": -2.0,
    "playing politics": -2.0, "play politics": -2.0, "played politics": -2.0,
    "last straw": -2.0, "by another name": -1.5, "fall short": -2.0, "falls short": -2.0,
    "fell short": -2.0, "falling short": -2.0, "think again": -2.0,
    "back to the drawing board": -2.0, "stealth tax": -2.0, "tax grab": -2.0,
    "price worth paying": 2.0, "worth the paper": 1.5, "money well spent": 2.0,
    "worth every penny": 2.0,
    "nail in the coffin": -2.0, "riddled with": -1.5, "recipe for disaster": -2.0,
    "open the floodgates": -2.0, "opens the floodgates": -2.0, "thin end of the wedge": -2.0,
    "even up a playing field": 2.0, "even up the playing field": 2.0,
    "level the playing field": 2.0, "level a playing field": 2.0, "chilling effect": -2.0,
    "for good": 0.0,  # for ever, no praise ("close their doors for good")
    "good luck with that": 0.0, "nice try": 0.0,  # a sneer at someone, no praise of anything
    "funding gap": -1.5, "do nothing for": -1.5, "does nothing for": -1.5,
    "did nothing for": -1.5, "done nothing for": -1.5,  # "would do nothing for turnout"
    "poll tax": -2.0, "for the privilege of": -1.5,  # "pay for the privilege of being watched"
    "out of work": -2.0, "out of a job": -2.0, "out of their jobs": -2.0, "two-tier": -1.5,
    "heart attack": -2.0, "priced out": -2.0, "breaking point": -2.0, "saddled with": -2.0,
    "cash grab": -2.0, "cash cow": -1.5, "like confetti": -1.5, "beyond repair": -2.0,
    "set up to fail": -2.0,
    "good money after bad": -2.0, "fit for purpose": 2.0, "turning the corner": 1.5,
    "turned the corner": 1.5, "turn the corner": 1.5, "gesture politics": -2.0,
    "legislating for headlines": -2.0, "legislation for headlines": -2.0,
    "headline-grabbing": -2.0, "solution in search of a problem": -2.0, "against everything": -2.0,
    "unanswered questions": -1.5, "database state": -2.0, "pie in the sky": -2.0,
    "pipe dream": -2.0, "peace of mind": 2.0, "hell-bent": -1.5, "vanity project": -2.0,
    "vanity projects": -2.0,
    "write off": -1.5, "writes off": -1.5, "written off": -1.5, "writing off": -1.5,
    "on the map": 1.5, "pay for itself": 2.0, "pays for itself": 2.0, "for the few": -1.5,
    "send shockwaves": -2.0, "sent shockwaves": -2.0, "central to": 1.5, "integral to": 1.5,
    "long overdue": 2.0, "cost less": 1.5, "costs less": 1.5,
    "only a start": 1.5, "just a start": 1.5, "only a first step": 1.5,  # more is wanted
    "just a first step": 1.5, "gift to": -1.5, "gift-wrapped": -1.5,  # "a gift to the
    "solution in search of": -2.0,  # supermarkets": a favour to whoever gains, not praise
    "honeypot for": -1.5,  # "a honeypot for fraudsters": a lure for the wrong people
    "the last thing": -2.0,  # "the last thing the sector needs is dearer money"
    "to a halt": -2.0, "to a standstill": -2.0,  # "would grind Wales to a halt"
    "on a plate": -1.5, "on a silver platter": -1.5,  # "hand British TV to streamers on a
    "on the backs of": -2.0, "on the back of the poor": -2.0,  # plate"; "brought in on the
    "one size fits all": -1.5, "one-size-fits-all": -1.5,  # backs of the people"
    "give something back": 1.5, "gives something back": 1.5,  # "would give something back
    # to the people who live here"
    "low-carbon": 1.5, "lower-carbon": 1.5, "low carbon": 1.5, "lower carbon": 1.5,  # "a
    # lower-carbon source of coal": less of a bad thing, not a low verdict
    "dark day": -2.0, "black day": -2.0, "day of shame": -2.0,  # "a dark day for the coast"
    "had its day": -2.0, "had their day": -2.0, "past its sell-by date": -2.0,
    "past their sell-by date": -2.0,  # "the tests have had their day": obsolete
    **{f"what {it} {was} {meant} to do": 2.0 for it, was in (("it", "was"), ("they", "were"),
                                                             ("it", "is"), ("they", "are"))
       for meant in ("designed", "meant", "intended", "supposed")},  # "doing what it was
    # designed to do": it works
    # "would put thousands out of work", "a two-tier system",
    # "stretched to breaking point", "saddled with debt", "handed out like confetti", "the
    # agency is beyond repair", "not fit for purpose", "throw good money after bad"
}
# Faults of too little: "a toothless ban", "a timid one", "half measures", "a watered-down
# scheme" want more of the thing, not less, so they count for it, as "only a start" does (and
# "far too timid" is no excess). Not "a paper tiger" or "a fig leaf": a sham, not a start.
INSUFFICIENT = 1.5
_TOO_LITTLE = frozenset({"toothless", "timid", "half-hearted", "feeble", "cop-out",
                         "watered-down", "unambitious"})
_TOO_LITTLE_PHRASES = ("half measure", "half measures", "halfway house", "watered down",
                       "cop out")
PHRASE_VALENCE |= dict.fromkeys(_TOO_LITTLE_PHRASES, INSUFFICIENT)
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
                       "work": 1.5}  # "it will work"; the noun is labour ("seasonal work")


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
    if low in _NOT_EVALUATIVE or lemma in _NOT_EVALUATIVE or (
            tok.pos_ == "NOUN" and lemma == "fire"):  # "an open fire" (not "fire the staff")
        return 0.0
    if tok.pos_ == "VERB" and lemma in DOMAIN_VERB_VALENCE:
        return DOMAIN_VERB_VALENCE[lemma]
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


# Between a set phrase's words: a space or hyphen, and an opening quotation mark ("is 'a start'").
_GAP = r"[\s-][\"\u201c\u2018']?"
_OPENING = re.compile(r"(?<=[\s-])[\"\u201c\u2018']")


def phrase_valences(doc: Doc | Span) -> dict[int, tuple[float, str]]:
    """Token index of each set phrase's word -> (valence, the phrase): the phrase's valence on
    its syntactic head, 0 on its other words ("right" in "a step in the right direction")."""
    whole = doc.doc  # a Doc is its own doc
    base = 0 if whole is doc else doc.start_char
    out = {}
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
    if _a_figure(tok):
        return 0.0  # "the cost of the line could reach £106bn": a figure, said of the cost
    if tok.lower_ == "well" and tok.dep_ == "advmod" and tok.head.lemma_.lower() in _DONE_WELL and (
            "as" not in {t.lower_ for t in tok.doc[max(tok.i - 1, 0):tok.i + 2] if t != tok}):
        return _WELL_DONE  # "it has served us well" (a bare "well" is no judgement)
    own = word_valence(tok, lexicon)
    return -own if own and _decreased(tok) else own


# Verbs whose "well" says a thing does its job: "served the country well", "has worked well".
_DONE_WELL = frozenset("serve work perform run function operate".split())
_WELL_DONE = 1.5


_FIGURE_VERBS = frozenset("reach estimate total stand come amount put".split())
_TRUE = frozenset("true real hidden full spiralling soaring".split())  # "the true cost"


def _a_figure(tok: Token) -> bool:
    """A cost as the subject of a figure ("was estimated at £5.8bn"), not "the true cost"."""
    return (tok.lemma_.lower() == "cost" and tok.pos_ == "NOUN" and tok.dep_ in {
        "nsubj", "nsubjpass"} and tok.head.lemma_.lower() in _FIGURE_VERBS
        and not any(c.lower_ in _TRUE for c in tok.children))


# Less of a thing is the opposite of the thing: "fewer deaths", "less crime", "a fall in
# crime" are good, "fewer jobs" bad.
_FEWER = frozenset("fewer less lower reduced smaller decreased".split())
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
