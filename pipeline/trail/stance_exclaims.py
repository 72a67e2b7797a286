"""Set exclamations that judge whatever is under discussion, with no word for it: "You couldn't
make it up", "What could possibly go wrong?", "It beggars belief", "What a farce", "What
next?", "Where will it end?", "Not in my name", "Next they'll be banning ..." against it;
"Brilliant. Another law nobody will enforce." (praise alone in its sentence, beside what it
mocks), "Oh good, another ban", "Great idea. Let's ban horses while we're at it" (praise that
opens a mockery), "Madness." (a verdict as a sentence of its own); "About time too",
"Finally.", "Good on them", "Hats off to the council", "Bring it on!" for it. Likewise, of a
policy, a bare reaction ("it was disappointed", "deeply concerned", "we are delighted") and a
verdict on the doing ("they were right to do it", "the council did the wrong thing", "ministers
have got it badly wrong"), and being left with no way to cope ("What am I supposed to do?").
The claim is on the topic, so the thing judged is the policy in the news (as with a refusal,
stance_camps.py).

Not for a proposition that removes something ("the ban should be scrapped"): whether "about
time" greets the ban or its end is not in the words.
"""

from __future__ import annotations

import re

from pipeline.trail.claim_view import ClaimView
from pipeline.trail.stance_rules import Signal

_AGAINST = re.compile(
    r"\b(?:you|we|i)\s+(?:really\s+|honestly\s+|simply\s+|just\s+)?(?:could\s*n[o']t"
    r"|can\s*n[o']t|could\s+not|cannot)\s+make\s+(?:it|this)\s+up\b"
    r"|\bwhat\s+(?:could|can)\s+(?:possibly\s+)?go\s+wrong\b|\bbeggars?\s+belief\b"
    r"|^\W*what\s+an?\s+(?:joke|farce|shambles|mess|nonsense|disgrace|carve-up|con)\b"
    r"|\bnot\s+in\s+my\s+name\b|^\W*what(?:'s|\s+is)?\s+next\s*[?,]"
    r"|\bwho\s+(?:asked|voted)\s+for\s+(?:this|it)\b|\bgive\s+(?:me|us)\s+a\s+break\b"
    r"|^\W*where\s+(?:will|does|would|is)\s+(?:it|this)\s+(?:all\s+)?end\b", re.I)
# The slippery slope: "Next they'll be banning sparklers", "Whatever next, they'll tax air": the
# policy mocked by the absurd step after it, whose words restate it (so the mockery replaces them).
_SLOPE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:and\s+|so\s+)?(?:whatever\s+)?next,?\s+(?:they|you|we|he|she|it"
    r"|ministers)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\b", re.I)
# Praise as a sentence of its own beside what it mocks: "Brilliant. Another law the police won't
# enforce.", "So we're licensing the problem now? Marvellous." (alone, it may be meant).
_SARCASM = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:oh,?\s+)?(?:brilliant|great|marvell?ous|splendid|wonderful|fantastic"
    r"|lovely|perfect|genius|superb|terrific)(?:\s*[.!]+\W*(?:\s|$)|\W*$)", re.I)
_PRAISE = (r"(?:good|great|brilliant|marvell?ous|splendid|wonderful|fantastic|lovely|perfect"
           r"|super|terrific|excellent|genius)")
# Praise that opens a mockery: "Oh good, another ban", "Oh aye, great idea.", "Great, so the fix is
# a leaflet", "Brilliant, another database to lose", "Great idea. Let's ban horses while we're at
# it" (an idea praised, then a jeer: "let's", "why not", "while we're at it", "and watch").
_IRONIC = re.compile(
    r"^\W*(?:(?:oh|aye|yeah|yes|ah),?\s+)+(?:what\s+an?\s+)?" + _PRAISE
    + r"(?:\s+(?:idea|plan|news|move|thinking))?\s*(?:[,.!:;]|$)"
    r"|^\W*" + _PRAISE + r",\s+(?:so\b|another\b|more\b)"
    r"|^\W*" + _PRAISE + r"\s+(?:idea|plan|thinking|move)\b[^.!?:;,]{0,20}[,.!:;]\s+.*?(?:\blet's"
    r"|\blet\s+us\b|\bwhy\s+not\b|\bwhile\s+(?:we|they|you)(?:'re|\s+are)\s+at\s+it\b"
    r"|\band\s+(?:watch|see)\b|\bcan't\s+wait\b)", re.I | re.S)
# A verdict as a sentence of its own: "Madness. The city will miss the money."
_VERDICT = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:madness|lunacy|insanity|nonsense|rubbish|ridiculous|absurd|bonkers"
    r"|barmy|pathetic|shameful|disgraceful|outrageous|scandalous|a\s+disgrace|a\s+scandal)"
    r"\s*[.!]", re.I)
# A bare reaction, with no word for what it reacts to: "it was surprised and disappointed".
_FEELING = (r"(?:it|they|he|she|we|i|the\s+\w+)\s+(?:was|were|is|are|am|'m|'re|'s|felt|feels?"
            r"|(?:had|has|have)\s+been)\s+(?:very\s+|deeply\s+|bitterly\s+|extremely\s+|really"
            r"\s+|hugely\s+|so\s+|thoroughly\s+|absolutely\s+)?(?:surprised\s+and\s+|shocked\s+"
            r"and\s+)?")
_DISMAYED = re.compile(r"^\W*" + _FEELING + r"(?:disappointed|dismayed|saddened|appalled|angered"
                       r"|furious|outraged|devastated|concerned|worried|alarmed|troubled)\W*$",
                       re.I)
_PLEASED = re.compile(r"^\W*" + _FEELING + r"(?:delighted|pleased|thrilled|glad|relieved"
                      r"|heartened|encouraged|happy|overjoyed)\W*$", re.I)
# A verdict on the doing, said of its doer: "they were right to do it", "the council did the
# wrong thing", "ministers have got this badly wrong", "made a serious mistake" (not "it
# punishes people who did the right thing", nor "he got it wrong", a change of mind).
_DOER = r"^\W*(?!(?:i|we|he|she)\b)(?!.*\b(?:who|which)\b)(?:[\w'-]+\s+){1,5}?"
_GOT = r"|got\s+(?:it|this|that)\s+(?:\w+ly\s+|all\s+|so\s+)?"
_RIGHT = re.compile(_DOER + r"(?P<v>(?:\S+\s+)?(?:right|correct)\s+to\s+(?:do|have\s+done)\s+"
                    r"(?:it|this|that|so)|did\s+the\s+right\s+thing" + _GOT + r"right)\W*$",
                    re.I)
_WRONG = re.compile(_DOER + r"(?P<v>(?:\S+\s+)?(?:wrong|mistaken)\s+to\s+(?:do|have\s+done)\s+"
                    r"(?:it|this|that|so)|did\s+the\s+wrong\s+thing" + _GOT + r"wrong"
                    r"|made\s+an?\s+(?:\w+\s+)?(?:mistake|error|blunder))\W*$", re.I)
_FOR = re.compile(
    r"(?:^|[.!]\s+)\W*(?:(?:it\s*(?:'s|is|was)\s+)?(?:about|high)\s+time(?:\s+too)?\s*[.!]|"
    r"(?:finally|at\s+(?:long\s+)?last)\s*[.!]|why\s+not\s*\?|"
    r"good\s+on\s+(?:them|him|her|you|the\s+\w+)\b|well\s+done\s+(?:to\s+)?(?:them|the\s+\w+)"
    r"|hats\s+off\s+to\b|bring\s+it\s+on\s*[.!])", re.I)


# Left with no way to cope, of a policy: "What am I supposed to do, walk?", "How are we meant to
# comply?", "Where exactly are 200 cars supposed to go?" (not a "you": "what are you supposed to
# do if you break down?" asks for advice).
_STUCK = re.compile(
    r"\b(?:what|where|how)\s+(?:exactly\s+|else\s+|on\s+earth\s+)?(?:am\s+i|are\s+(?:we|they"
    r"|people|[\w,-]+\s+[\w-]+)|is\s+(?:a|an|my|our|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:actually\s+|then\s+|now\s+)?(?:supposed|meant|expected)\s+to\b", re.I)
_QUOTED = re.compile(r"[\"\u201c\u201d]")


def exclaims(text: str) -> bool:
    """A set exclamation in the text: said, even when it ends in "?" ("What next?")."""
    return any(p.search(text) for p in (_AGAINST, _FOR, _SLOPE, _STUCK)) or (
        _mocking(text) is not None)


def _mocking(text: str) -> re.Match[str] | None:
    """Sarcastic praise: beside at least a few words of what it mocks, or opening a mockery."""
    found = _IRONIC.search(text)
    if found is not None:
        return found
    found = _SARCASM.search(text)
    rest = text[:found.start()] + text[found.end():] if found else ""
    return found if len(rest.split()) >= 3 else None


def slippery_slope(text: str) -> bool:
    """ "Next they'll be banning sparklers", "Oh good, another ban": judged whole, never by the
    words it mocks or the praise it mocks with."""
    return _SLOPE.search(text) is not None or _IRONIC.search(text) is not None


def exclaim_signals(view: ClaimView) -> list[Signal]:
    """One signal for a set exclamation in the content (against first)."""
    if view.prop.target_sign < 0:
        return []
    text = _QUOTED.sub("", view.sent.text[view.start:view.end]).strip()  # a mixed quote:
    # 'it was "surprised and disappointed"', 'the city was "right to do it"'
    rules = ((-1, _AGAINST), (-1, _SLOPE), (-1, _SARCASM), (-1, _VERDICT), (1, _FOR))
    if view.prop.kind != "event":  # a reaction to a report is no side on the event
        rules += ((-1, _DISMAYED), (1, _PLEASED), (1, _RIGHT), (-1, _WRONG), (-1, _STUCK))
    for sign, pattern in rules:
        found = _mocking(text) if pattern is _SARCASM else pattern.search(text)
        if found is not None:
            said = found.groupdict().get("v") or found.group(0)
            said = " ".join(said.strip(" .!?,").split()[:4])
            done = view.decided or 1  # of a policy said to be halted, it judges the halt
            return [Signal(sign * done * view.flip, 2, f"exclaims: '{said}'")]
    return []
