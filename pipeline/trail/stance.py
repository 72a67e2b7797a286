"""Stance of an attributed claim toward a watched proposition: supports, refutes or neutral.

Events (stance_events.py) are judged by whether the content restates the event, negated or
not ("there are no ongoing talks" refutes), denies or confirms a report of it, rules out its
possibility, or names its doer; offers ("readiness to mediate") are neutral. Policies, by
side-taking verbs and nouns on it in the content or the speaker's frame (stance_rules.py), by
prescribed or promised restatements ("rates should stay on hold"), and evaluations of it
(stance_eval.py: "will not work"). A negative cue ("denied") turns the content round; a
negative or removing proposition turns the result. Signals are weighted (user term 5, verb/noun/
restatement 3, evaluation 2, existential 1); a side needs weight 2 and twice the other's; hedged
or questioned statements give none: a wrong side is worse than neutral."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.polarity import NEGATIVE_CUES
from pipeline.trail import (
    changes_of_mind,
    pronouns,
    rulebook,
    stance_causes,
    stance_consequences,
    stance_counterfactuals,
    stance_doing,
    stance_eval,
    stance_exclaims,
    stance_extent,
    stance_intent,
    stance_labels,
    stance_opinions,
    stance_timing,
    stance_undoing,
)
from pipeline.trail import stance_concessions as concede
from pipeline.trail import stance_rules as rules
from pipeline.trail.abstentions import ABSTAINS, abstains
from pipeline.trail.claim_view import ClaimView
from pipeline.trail.conditions import any_such
from pipeline.trail.consistency import CAME_ROUND, CHANGED, GUESSES
from pipeline.trail.decisions import decided_sign, needs_opening
from pipeline.trail.frames import frame_side
from pipeline.trail.interests import stake_side
from pipeline.trail.misparses import retag_commands
from pipeline.trail.negators import is_negator
from pipeline.trail.proposition import Proposition, parse_proposition
from pipeline.trail.references import GENERIC_NOUNS

__all__ = ["ClaimText", "Proposition", "Stance", "claim_stance", "join_prefixes", "locate",
           "parse_proposition", "stances"]
StanceLabel = Literal["supports", "refutes", "neutral"]


@dataclass(frozen=True)
class Stance:
    stance: StanceLabel
    basis: str


@dataclass(frozen=True)
class ClaimText:
    """The columns of a claim row that stance needs."""

    content: str
    sentence: str
    cue: str
    polarity: str
    speaker: str = ""
    opening: str = ""  # the article's title and lead: what it reports was decided


def _user_terms(view: ClaimView) -> list[rules.Signal]:
    """The topic's own `supports`/`refutes` terms found in the content, with negation."""
    out = []
    text = view.sent.text
    for side, terms in ((1, view.prop.supports), (-1, view.prop.refutes)):
        for term, pattern in terms:
            match = next((m for m in pattern.finditer(text)
                          if view.start <= m.start() < view.end), None)
            tok = match and view.token_at(match.start())
            w = view.walk(tok) if tok is not None else None
            if w is None or w.hedge:
                continue
            sign = side * w.sign * view.flip
            negated = " (negated)" if sign != side else ""
            out.append(rules.Signal(sign, 5, f"user term '{term}'{negated}"))
    return out


def collect_signals(view: ClaimView) -> list[rules.Signal]:
    """Every rule's signals on the content: the event rules, or the policy's (rulebook.py)."""
    signals = _user_terms(view)
    if view.prop.extent:  # how far a wrong went: that it happened is granted by all
        return signals + stance_extent.extent_signals(view)
    if view.prop.kind == "event":
        signals += [s for rule in rulebook.EVENT_RULES for s in rule(view)]
        return stance_causes.caused(view, stance_intent.intent_decides(signals))
    doing = stance_doing.doing_signals(view)  # first: it notes the clause it judges
    for i in sorted(view.refs):
        tok = view.sent.doc[i]
        if i not in view.judged:
            signals += stance_undoing.acted_signals(view, tok)
        signals += stance_opinions.noun_signals(view, tok)
        if (i in view.inside or rules.quoted_predicate(view, tok.head)) and (
                i not in view.judged):  # "[scrapping] HS2 would be a mistake"
            signals += stance_eval.eval_signals(view, tok)
    signals += [s for rule in rulebook.POLICY_RULES for s in rule(view)] + doing
    signals += [s for rule in rulebook.LATE_RULES for s in rule(view)]
    if view.refs:
        signals += stance_labels.existential_signals(view)
    antecedent = pronouns.relative_antecedent(view)
    if antecedent is not None:  # "the law, which the EU says [is needed]"
        signals += rules.act_signals(view, antecedent) + stance_eval.eval_signals(view, antecedent)
    return signals


def decide(signals: Sequence[rules.Signal], negated: bool = False) -> Stance:
    """Weigh the signals; a side needs twice the weight of the other side to win."""
    if not signals:
        return Stance("neutral", "no side taken")
    pro = sum(s.weight for s in signals if s.sign > 0)
    con = sum(s.weight for s in signals if s.sign < 0)
    if max(pro, con) < 2:
        return Stance("neutral", f"too weak: {signals[0].basis}"[:100])
    if pro and con and max(pro, con) < 2 * min(pro, con):
        return Stance("neutral", f"mixed: {signals[0].basis}"[:100])
    side = 1 if pro > con else -1
    best = max((s for s in signals if s.sign == side), key=lambda s: s.weight)
    if negated:
        side = -side
    return Stance("supports" if side > 0 else "refutes", best.basis[:100])


def claim_stance(
    proposition: Proposition, *, sentence: Doc | Span, content_start: int, content_end: int,
    cue: str, polarity: str, lexicon: str = "vader", speaker: str = "", decided: int = 0,
) -> Stance:
    """Stance of one claim (`content_start/end`: char offsets in the sentence's text); ``speaker``
    keeps another speaker's camp from counting; ``decided``: decisions.decided_sign."""
    text = sentence.text
    retag_commands(sentence)
    if _POLL.search(speaker):  # "a poll found that 38 per cent wanted the fee abolished": how
        return Stance("neutral", "a poll's finding")  # others stand, no side of its own

    def rest_from(at: int, to: int | None = None, polarity: str = polarity) -> Stance:
        """The content from `at` (to `to`), judged as said."""
        return claim_stance(proposition, sentence=sentence, content_start=content_start + at,
                            content_end=content_end if to is None else content_start + to,
                            cue=cue, polarity=polarity, lexicon=lexicon, speaker=speaker,
                            decided=decided)

    given = changes_of_mind.given_up(text[content_start:content_end])
    if given:  # "I was against it at first, but now ...": the present side, else the first
        now = rest_from(given[1])  # turned round
        then = rest_from(0, given[0], "")
        if then.stance == "neutral" or now.stance not in {"neutral", then.stance}:
            return now  # (the same side again is the first clause read as the frame)
        return Stance("refutes" if then.stance == "supports" else "supports",
                      f"given up: {then.basis}"[:100])
    disputed = _DISPUTED.match(text[content_start:content_end])
    if disputed:  # "What we dispute is [that this is the answer]": that content, turned round
        inner = rest_from(disputed.start(1))
        if inner.stance == "neutral":
            return inner
        turned = "refutes" if inner.stance == "supports" else "supports"
        return Stance(turned, f"disputes: {inner.basis}"[:100])
    sought = _AGREEMENT_SOUGHT.match(text[content_start:content_end])
    if sought and sentence[-1].text == "?" and content_end >= len(text.rstrip()) - 1:  # "AIBU
        held = sentence[:-1]  # to think the fines should be scrapped?": the asker's view, said
        found = claim_stance(proposition, sentence=held, content_start=content_start
                             + sought.end(), content_end=min(content_end, len(held.text)),
                             cue=cue, polarity="", lexicon=lexicon, speaker=speaker,
                             decided=decided)
        return Stance(found.stance, f"asks for agreement: {found.basis}"[:100]) if (
            found.stance != "neutral") else found
    disclaimed = concede.DISCLAIMED.match(text[content_start:content_end])
    if disclaimed:  # "Nobody is saying the ban is perfect": a claim nobody makes, put aside;
        said = _SENTENCE_END.search(text, content_start + disclaimed.end(), content_end)
        return rest_from(said.end() - content_start) if said else Stance(  # what follows
            "neutral", "a point conceded")  # it is the speaker's
    turn = concede.TURN.search(text[content_start:content_end])
    if turn:  # "It's expensive, but it works": the point is made after the "but"
        after = rest_from(turn.end(), polarity="")
        if after.stance != "neutral" and not after.basis.startswith(GUESSES):
            return Stance(after.stance, f"after 'but': {after.basis}"[:100])
        why = concede.granted_view(text[content_start:content_start + turn.start()])
        fault = why is None and proposition.kind == "policy" and after.basis == "no side taken"
        why = 0 if fault and concede.plain_turn(text[content_start:content_end], turn) else why
        others = rest_from(why, turn.start(), "") if why is not None else None  # "I get why
        if others and others.stance != "neutral" and not others.basis.startswith(GUESSES) and (
                not fault or concede.FAULT.match(f"{others.stance} {others.basis}")):  # they
            side = "refutes" if others.stance == "supports" else "supports"  # want it, but"
            return Stance(side, f"granted before 'but': {others.basis}"[:100])  # or a fault
    if _ADDRESSED.match(text[content_start:content_end]):  # "So for you it was X?": an
        return Stance("neutral", "the addressee's view")  # interviewer's summing-up
    granted = concede.GRANTED.match(text[content_start:content_end])
    if granted and proposition.kind != "event":  # "Nobody disputes [that there is a problem]"
        inner = rest_from(granted.end())
        return inner if inner.stance != "neutral" else Stance("neutral", "a point conceded")
    doubted = _DOUBTED_BELIEF.search(text[content_start:content_end])
    if doubted:  # judge the question alone: what the doubted belief holds, denied
        content_start, content_end = (content_start + doubted.start(1),
                                      content_start + doubted.end(1))
    trimmed = _outside_questions(text, content_start, content_end)
    if trimmed != (content_start, content_end):
        polarity = ""  # the upstream polarity read the questions too: no veto on the rest
    content_start, content_end = trimmed
    content = text[content_start:content_end].strip()
    question = (content.endswith("?") or (text.rstrip().endswith("?")
                                          and content_end >= len(text.rstrip()) - 2)
                or (cue in _ASKING and _WH_START.match(content) is not None)
                ) and not _PRESUPPOSED.match(content)
    idiom = (question and stance_exclaims.exclaims(content)) or (  # "what could go wrong?",
        stance_exclaims.slippery_slope(content))  # "who asked for this?": said, not asked,
    question = question and not idiom  # and judged whole
    view = ClaimView(proposition, sentence, content_start, content_end, cue, polarity, lexicon,
                     speaker, decided)
    if not content or not view.tokens:
        return Stance("neutral", "no content")
    if question and not (_RHETORICAL.match(content) or doubted):  # asked: only a counterfactual
        found = decide(stance_counterfactuals.counterfactual_signals(view), proposition.negated)
        return found if found.stance != "neutral" else Stance("neutral", "question")  # denies
    if proposition.kind != "event" and _conceded(view):
        return Stance("neutral", "a point conceded")
    if any_such(view.root, GENERIC_NOUNS, view.refs):  # "any levy would have to be ring-fenced"
        return Stance("neutral", "a condition on any such measure")
    view.rhetorical = question
    signals = [] if idiom else collect_signals(view)
    if question:  # "Why should we scrap the ban?": the speaker denies what the question asks
        signals = [rules.Signal(-s.sign, s.weight, f"rhetorical question: {s.basis}")
                   for s in signals]
    signals += stance_exclaims.exclaim_signals(view)  # "What next?" is said, not asked
    found = decide(signals, proposition.negated)
    if found.basis == "no side taken" and stance_timing.forecast(view):
        return Stance("neutral", "a forecast")  # not given the speaker's side (consistency.py)
    if found.basis == "no side taken" and stance_timing.timetable(view):
        return Stance("neutral", "a timetable")  # "the consultation closes in March": no side
    if found.basis == "no side taken" and changes_of_mind.came_round(content):
        return Stance("supports", CAME_ROUND)  # the direction said ("I've come round")
    if found.basis == "no side taken" and changes_of_mind.changed_mind(content):
        return Stance("neutral", CHANGED)  # "I was wrong": the side it turns (consistency.py)
    if found.basis == "no side taken" and abstains(content):
        return Stance("neutral", ABSTAINS)  # "isn't for me to say": none carried to it either
    if found.basis == "no side taken" and not question:  # what the policy will do to people
        found = decide(stance_consequences.consequence_signals(view), proposition.negated)
    if found.basis == "no side taken" and not question:  # "[pointless and unworkable]"
        found = decide(stance_labels.fragment_signals(view), proposition.negated)
    framed = frame_side(view) if found.basis == "no side taken" and not question else None
    if framed is not None:  # the last resort: the frame the content argues in (frames.py)
        return decide([rules.Signal(framed[0] * view.flip, 2, framed[1])], proposition.negated)
    staked = (stake_side(view.speaker, proposition.backers, proposition.resisters)
              if found.basis == "no side taken" and not question else None)
    if staked is not None:  # after it, the speaker's stake in the policy (interests.py)
        return decide([rules.Signal(staked[0], 2, staked[1])], proposition.negated)
    return found


# "Why should taxpayers ...?", "Why on earth would anyone ...?": asked to deny, not to learn;
# "Why the rush to ...?", "Why is there such a hurry to ...?": haste objected to, not asked about.
# "Where is the evidence that ID cards stop terrorism?", "Will a bomber really be deterred ...?",
# "How can a minister be judge and jury?", "What kind of democracy locks people up ...?", "Would
# anyone want a well next to their house?": each denies what it asks, as "there is no evidence
# that ...", "a bomber will not be deterred" do.
_RHETORICAL = re.compile(
    r"^\W*why\s+(?:on\s+earth\s+)?(?:should|would|must)\b|^\W*why\s+(?:(?:is|was)\s+there\s+)?"
    r"(?:such\s+an?|all\s+(?:this|the)|the|this)\s+(?:\w+\s+)?(?:rush|hurry|haste)\s+to\b"
    r"|^\W*where\s+(?:(?:is|was)\s+)?the\s+(?:evidence|proof|justification|logic|sense|need"
    r"|case)\b"
    r"|^\W*(?:will|would|is|are|does|do|can|could|should)\b[^?,;]*\breally\b"
    r"|^\W*how\s+(?:on\s+earth\s+)?(?:can|could)\b|^\W*what\s+(?:kind|sort)\s+of\b"
    r"|^\W*what(?:'s|\s+is)?\s+next\b|^\W*who\s+(?:asked|voted)\s+for\b"
    r"|^\W*would\s+any(?:one|body|\s+\w+)\b", re.I)  # "Would any of you accept this ...?"
# "How many hounds will have to be destroyed because of this law?", "How much will this cost
# taxpayers?": the question takes its content for granted, so the content is judged as said.
_PRESUPPOSED = re.compile(r"^\W*how\s+(?:many|much)\b", re.I)
# "Why is everyone so sure this is a disaster?", "Why do people assume the plan will fail?":
# a belief doubted, so its content is denied (also as one sentence of a longer content).
# A question that asks others to agree with the asker's view: "AIBU to think X?", "Am I wrong to
# think X?", "Is it just me, or X?" (a forum's "Am I being unreasonable").
_AGREEMENT_SOUGHT = re.compile(
    r"\W*(?:AIBU|WIBU|am\s+I\s+(?:being\s+)?(?:unreasonable|wrong|mad|crazy|alone)|is\s+it\s+"
    r"(?:just\s+)?me,?\s+or)\s+(?:(?:to|in)\s+(?:think|thinking|say|saying|want|wanting|believe|"
    r"believing)\s+(?:that\s+)?)?", re.I)
_DOUBTED_BELIEF = re.compile(
    r"(?:^|(?<=[.!?])\s+)\W*(why\s+(?:is|are|was|were|do|does|did)\s+(?:every(?:one|body)|"
    r"people|so\s+many(?:\s+\w+)?|they|you)\s+(?:so\s+)?(?:sure|certain|convinced|confident|"
    r"think|believe|assume|insist)\s+[^?]+\?)", re.I)
# A pseudo-cleft that disputes its own complement: "What we dispute is that this is the answer",
# "What I object to is the idea that ...".
_DISPUTED = re.compile(
    r"^\W*what\s+(?:\w+\s+){1,2}?(?:dispute|disputes|reject|rejects|question|questions|doubt|"
    r"doubts|deny|denies|object\s+to|objects\s+to|oppose|opposes)\s+(?:is|was)\s+"
    r"(?:(?:that|the\s+idea\s+that|the\s+claim\s+that|the\s+notion\s+that)\s+)?(\S.*)$",
    re.I | re.S)
# A poll as the speaker, in lower case ("a YouGov poll"; not "the Economic Survey", a report, nor
# the campaign group "Open Polls").
_POLL = re.compile(r"\b(?:polls?|surveys?|tracker|polling)\b")
# The view of the one spoken to, summed up by the one asking: "So for you it was the wiring",
# "In your view the ban has failed", "You're saying the plan won't work".
_ADDRESSED = re.compile(r"^\W*(?:so,?\s+)?(?:for\s+you\b|in\s+your\s+(?:view|opinion|book)\b"
                        r"|you(?:'re|\s+are)\s+saying\b|you\s+(?:think|believe|reckon|mean)\b)",
                        re.I)
# Reported questions: "asked [where the evidence was that ...]" asks as "Where is ...?" does.
_ASKING = frozenset({"ask", "wonder", "query", "question"})
_WH_START = re.compile(r"^\W*(?:why|how|where|what|whether|who|which)\b", re.I)
# The end of a sentence inside a content: ". ", "? ", "! " (a closing quote may follow).
_SENTENCE_END = re.compile(r"[.?!][\"'”’]?\s+(?=[\"'“‘]?[A-Z])")


def _outside_questions(text: str, start: int, end: int) -> tuple[int, int]:
    """A content of several sentences judged without its questions: the statements after the
    last question, else those before a closing one ("Rural drivers will be hammered. Fair to
    whom?"; "... more powers to do it? You couldn't make it up."). One sentence, all
    questions, or a rhetorical question alone ("Why should ...?") stay as they are."""
    span = text[start:end]
    if "?" not in span.rstrip()[:-1] and not span.rstrip().endswith("?"):
        return start, end
    cuts = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(span)]
    if not cuts or _DOUBTED_BELIEF.search(span):
        return start, end
    closing = span[max((b for _, b in cuts[:-1]), default=0):]
    if span.rstrip().endswith("?") and stance_exclaims.exclaims(closing):
        return start, end  # "... What could possibly go wrong?": judged whole
    asked = [(a, b) for a, b in cuts if span[a] == "?"]
    if asked and len(span[asked[-1][1]:].split()) >= 3 and not span.rstrip().endswith("?") \
            and not stance_exclaims.exclaims(span[:asked[-1][1]]):  # not "Why not? I ..."
        return start + asked[-1][1], end  # the statements after the last question
    if span.rstrip().endswith("?") and not _RHETORICAL.match(span):
        said = [a for a, _ in cuts if span[a] != "?"]
        last_q = max((b for a, b in asked), default=0)
        kept = [a for a in said if a >= last_q]
        if kept:
            return start + last_q, start + kept[-1] + 1  # statements before a closing question
    return start, end


def _conceded(view: ClaimView) -> bool:
    """ "Mr Tett did not deny [that the line was crowded]": a point granted to the other side
    of a policy, not the speaker's own argument (for an event, not denying it leans to it)."""
    cue = view.cue_tok
    return view.cue in NEGATIVE_CUES and cue is not None and any(map(is_negator, cue.children))


def locate(content: str, sentence: str) -> tuple[int, int]:
    """Char offsets of a claim's content inside its sentence (whole sentence if not found)."""
    for needle in (content.strip(), content.strip().strip("\"'“”‘’ .,")):
        if needle:
            at = sentence.find(needle)
            if at < 0:
                at = sentence.lower().find(needle.lower())
            if at >= 0:
                return at, at + len(needle)
    words = content.split()
    for size in (8, 5, 3):  # a content joined from pieces: span its first to its last words
        if len(words) >= size:
            head, tail = " ".join(words[:size]), " ".join(words[-size:])
            lo, hi = sentence.find(head), sentence.rfind(tail)
            if 0 <= lo < hi:
                return lo, hi + len(tail)
    return 0, len(sentence)


# "should be re-drafted": the small model tears a hyphenated "re-" from its verb and parses the
# pieces as three verbs; joined ("redrafted") the clause parses, and the lists know the verb.
_RE_PREFIX = re.compile(r"\b([Rr]e)-(?=[a-z]{3,})")


def join_prefixes(text: str) -> str:
    """ "re-drafted" -> "redrafted", "re-think" -> "rethink" (content and sentence alike)."""
    return _RE_PREFIX.sub(r"\1", text)


def stances(proposition: Proposition, rows: Iterable[ClaimText], nlp: Language,
            lexicon: str = "vader", batch_size: int = 256) -> list[Stance]:
    """Stance of many claims; each distinct sentence is parsed once with `nlp.pipe`.

    With the entity recogniser: the rules read entity types ("£200m" is money, "Liberty" a
    name and no praise), as the labelled-sentence benchmark and the tests do.
    """
    rows = [replace(r, content=join_prefixes(r.content), sentence=join_prefixes(r.sentence))
            for r in rows]
    unique = list(dict.fromkeys(r.sentence for r in rows))
    docs = dict(zip(unique, nlp.pipe(unique, batch_size=batch_size), strict=True))
    decided: dict[str, int] = {}  # an opening is parsed only for a claim that may need it
    out = []
    for row in rows:
        start, end = locate(row.content, row.sentence)
        doc = docs[row.sentence]
        if row.opening and row.opening not in decided and needs_opening(doc, start, end):
            decided[row.opening] = decided_sign(proposition, row.opening, nlp)
        out.append(claim_stance(proposition, sentence=doc, content_start=start, content_end=end,
                                cue=row.cue, polarity=row.polarity, lexicon=lexicon,
                                speaker=row.speaker, decided=decided.get(row.opening, 0)))
    return out
