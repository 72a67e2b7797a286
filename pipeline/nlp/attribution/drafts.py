"""Draft claims per unit: verb cues, "according to", noun cues, and quote-only (orphan) units."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from pipeline.nlp.attribution.content import (
    adjacent_quotes,
    clause_content,
    content_ranges,
    preceding_clause,
    request_content,
)
from pipeline.nlp.attribution.inverted import inverted_speaker
from pipeline.nlp.attribution.split import split_statements
from pipeline.nlp.attribution.units import TRIM_CHARS, Article, Range
from pipeline.nlp.cues import (
    ADJECTIVE_CUES,
    CCOMP_ONLY_CUES,
    NOT_SAYING,
    NOUN_CUES,
    QUESTION_CUES,
    QUOTE_NEEDED,
    asked_of,
    cue_lemma,
    find_subject,
    indirect_question,
    question_lemma,
    span_of,
    subtree_range,
)
from pipeline.nlp.speakers import (
    AGE_NOUN,
    MEDIA_NOUNS,
    ROLE_NOUNS,
    Speaker,
    SpeakerResolver,
    np_tokens,
    span_text,
    strip_determiner,
)
from pipeline.text.cleaning.rules import HANDLE

_HANDLE = re.compile(HANDLE)


@dataclass
class Draft:
    """A cue with its speaker token and content ranges, before the speaker is resolved."""

    cue_tok: Token
    cue: str
    speaker_tok: Token | None
    anchor: Token  # verb whose subtree holds the attribution (for the date)
    ranges: list[Range]
    unit: int
    via: str | None = None
    units: list[int] = field(default_factory=list)
    orphan: bool = False
    signer: Speaker | None = None  # a letter's writer: the speaker, whatever `speaker_tok` says


def drafts_for_unit(article: Article, k: int) -> list[Draft]:
    """Every cue outside quotation marks in unit `k`, as a draft claim."""
    unit = article.units[k]
    out: list[Draft] = []
    vias: dict[int, str] = {}
    for tok in article.tokens(*unit):
        if article.in_quote(tok):
            continue
        draft = None
        lemma = cue_lemma(tok) or question_lemma(tok)
        if lemma is not None:
            draft = _verb_draft(article, tok, lemma, k, unit)
        elif (
            tok.lower_ == "according"
            and tok.i + 1 < len(article.doc)
            and tok.nbor(1).lower_ == "to"
        ):
            if tok.head.i != tok.i and cue_lemma(tok.head):
                pobj = next((g for c in tok.children for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    vias[tok.head.i] = span_text(np_tokens(pobj))
                continue
            draft = _according(article, tok, k, unit)
        elif tok.lower_ == "in" and tok.dep_ == "prep" and (held := _in_view(tok)) is not None:
            draft = _according(article, tok, k, unit, held)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES:
            draft = _noun_draft(tok, k)
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in ADJECTIVE_CUES:
            draft = _adjective_draft(article, tok, k)
        if draft is not None:
            out.extend(split_statements(article, draft))
    verbs = [d for d in out if d.cue not in _PHRASE_CUES]
    for d in [d for d in out if d.cue in _PHRASE_CUES]:
        inner = [v for v in verbs if any(s <= v.cue_tok.idx < e for s, e in d.ranges)]
        if inner:  # "X said Y, according to a statement": the statement is the medium
            inner[0].via = inner[0].via or span_text(np_tokens(d.speaker_tok))
            out.remove(d)
    for d in out:
        d.via = vias.get(d.cue_tok.i, d.via)
    return out


def _verb_draft(article: Article, cue: Token, lemma: str, k: int, unit: Range) -> Draft | None:
    if lemma == "quote" and any(
        c.dep_ == "prep" and any(g.lemma_ == "say" for g in c.children) for c in cue.children
    ):
        return None  # "quoted X as saying ...": the "saying" cue carries the claim
    if (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NOT_SAYING) or asked_of(cue):
        return None  # "refused to say whether ...", "did he say ...?": no statement was made
    if _short_of(cue):
        return None  # "stopped short of blaming the council": no statement was made
    inverted = inverted_speaker(cue)
    speaker, anchor, medium = (inverted, cue, None) if inverted else find_subject(cue)
    if speaker is not None and article.in_quote(speaker):
        # '"... whether the fans like it," he told us': the parser also hangs a noun of the
        # quotation on the cue as a subject; the one between the quotation and the cue speaks.
        speaker = next((c for c in anchor.children if c.dep_ == "nsubj" and c.i < cue.i
                        and not article.in_quote(c)), speaker)
    if speaker is None and anchor.i == cue.i:
        speaker = _age_subject(cue) or _left_person(article, cue, unit)
    if speaker is None or article.in_quote(speaker):
        return None
    if anchor.lemma_ == "quote" and lemma == "say":
        lemma = "quote"
    chains = adjacent_quotes(article, cue, speaker, unit)
    asked = indirect_question(cue) if lemma in QUESTION_CUES and not chains else None
    if lemma in QUESTION_CUES and not _quoted_question(article, chains) and asked is None:
        return None
    if asked is not None:  # "asked why Wales should act alone": the question, wh-word and all
        ranges = [asked]
    elif chains:
        ranges = article.chain_ranges(chains)
        article.used_chains.update(chains)
    elif inverted is not None:
        ranges = preceding_clause(article, cue, speaker, unit)
    else:
        ranges = content_ranges(article, cue, lemma, speaker, anchor, unit)
    if not ranges or (not chains and article.inside_used_quote(ranges)):
        return None
    if lemma in CCOMP_ONLY_CUES and cue.dep_ != "parataxis" and not (
            clause_content(article, cue) or request_content(cue, lemma)):
        return None
    negated = any(c.dep_ == "neg" for c in cue.children)
    if negated and not chains and not clause_content(article, cue):
        return None  # "has not confirmed any timing": no statement was made
    if lemma in QUOTE_NEEDED and not any(
        article.in_quote(t) for r in ranges for t in article.tokens(*r)
    ):
        return None  # "called it a disaster" without quotation marks
    via = strip_determiner(span_text(np_tokens(medium))) if medium is not None else _via(cue)
    return Draft(cue, lemma, speaker, anchor, ranges, k, via)


def _short_of(cue: Token) -> bool:
    """The cue follows "(stopped / fell) short of"."""
    of = cue.head
    if cue.dep_ != "pcomp" or of.lower_ != "of":
        return False
    return of.head.lower_ == "short" or any(c.lower_ == "short" for c in of.head.children)


def _quoted_question(article: Article, chains: list[int]) -> bool:
    """The quotation next to the cue ends in a question mark."""
    pieces = [q for c in chains for q in article.chain_pieces(c)]
    return bool(pieces) and article.text[pieces[-1].inner_start : pieces[-1].inner_end].rstrip(
        " ,").endswith("?")


def _adjective_draft(article: Article, tok: Token, k: int) -> Draft | None:
    """ "Critics are concerned that X": the subject's position (not when negated: "are not
    convinced that X" doubts X, which the clause alone would assert)."""
    if tok.dep_ != "acomp" or any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None
    speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in {"it", "this", "that", "there"}:
        return None
    ranges = clause_content(article, tok)
    return Draft(tok, tok.lemma_.lower(), speaker, tok.head, ranges, k) if ranges else None


def _age_subject(cue: Token) -> Token | None:
    """ "The 31-year-old insisted ...": the small model reads the age noun as an adjective on
    the verb and leaves it without a subject; the age phrase is the subject (a person)."""
    for child in cue.lefts:
        if child.dep_ == "amod" and AGE_NOUN.search(span_text(list(child.subtree))):
            return child
    return None


def _left_person(article: Article, cue: Token, unit: Range) -> Token | None:
    """Subject the parser lost: "Mr Yushchenko - keen to reassure investors - had said"."""
    for tok in reversed(article.tokens(unit[0], cue.idx)):
        if article.in_quote(tok):
            return None
        if tok.dep_ in {"dobj", "dative"} and cue_lemma(tok.head):
            return None  # "denied Mr Yeo ... said": the object of another statement
        if (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") or tok.lower_ in {"he", "she"} or (
                _titled(tok)):
            if tok.ent_iob_ != "B" and tok.i + 1 < cue.i and tok.nbor(1).ent_type_ == "PERSON":
                continue
            return tok
        if tok.dep_ in {"nsubj", "nsubjpass"} or tok.lower_ in {";", ":"}:
            return None
    return None


def _titled(tok: Token) -> bool:
    """A name after a role noun, however tagged: "chief executive Adrian Holt" (an ORG)."""
    start = next(i for i in range(tok.i, -1, -1) if i == 0 or tok.doc[i - 1].pos_ != "PROPN")
    return tok.pos_ == "PROPN" and start > 0 and tok.doc[start - 1].lemma_.lower() in ROLE_NOUNS


def _via(cue: Token) -> str | None:
    """The medium named after the cue: "said in a statement", "wrote to the newspaper"."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "to"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in MEDIA_NOUNS - {"interview"}:
                return span_text([t for t in np_tokens(pobj) if t.i <= pobj.i])
    return None


# "In her view, ...", "in the opinion of the unions": a view held, said as "according to" is.
_VIEWS = frozenset({"view", "opinion", "judgement", "judgment", "estimation"})
_PHRASE_CUES = frozenset({"according to", "in the view of"})


def _in_view(tok: Token) -> Token | None:
    """Whose view "in" opens: "her" of "in her view", "the unions" of "in the view of the
    unions" (not the writer's "in my view", nor "in view of the cost")."""
    noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _VIEWS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        holder = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
    if holder is None or holder.lower_ in {"my", "our", "your", "its"}:
        return None
    return holder


def _according(article: Article, tok: Token, k: int, unit: Range,
               holder: Token | None = None) -> Draft | None:
    """ "X, according to Y" (or "In Y's view, X"): the rest of the unit is Y's claim."""
    if holder is None:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        holder = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
    if holder is None:
        return None
    s, e = subtree_range(tok)
    ranges = [
        r for r in ((unit[0], s), (e, unit[1])) if article.text[r[0] : r[1]].strip(TRIM_CHARS + ".")
    ]
    if not ranges:
        return None
    return Draft(tok, "according to" if tok.lower_ == "according" else "in the view of", holder,
                 tok, ranges, k)


def _noun_draft(tok: Token, k: int) -> Draft | None:
    """ "Mr X's remarks that ...", "a warning from Y that ...": a noun cue with a that-clause
    (which the small model may hang on the verb governing the noun: "stuck to its account
    that ...")."""
    if tok.dep_ == "dobj" and cue_lemma(tok.head):
        return None  # "repeated her belief that ...": the verb's claim
    around = [*tok.children]
    if tok.dep_ == "pobj":
        around += [c for c in tok.head.head.children if c.left_edge.i == tok.right_edge.i + 1]
    clause = next((c for c in around if c.dep_ in {"acl", "ccomp"} and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return None
    speaker = next((c for c in tok.children if c.dep_ == "poss"), None)
    if speaker is None:
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}), None
        )
        speaker = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
    if speaker is None:
        return None
    toks = [t for t in clause.subtree
            if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
    return Draft(tok, tok.lemma_.lower(), speaker, tok, [span_of(toks)], k)


def add_introduced(article: Article, speakers: SpeakerResolver, k: int,
                   drafts: list[Draft]) -> bool:
    """A quotation that ends a unit after a colon, introduced by a person or a body with no
    reporting verb: 'Mr Howard hit back: "..."', 'The minister was unrepentant: "..."',
    'Keith Darby emails: "..."', 'Brentford boss Martin Allen: "..."'. Reporters vary the
    introducing words endlessly; the colon and the quotation are what mark the statement."""
    start, end = article.units[k]
    toks = article.tokens(start, end)
    colon = next((t for t in toks if t.is_punct and t.text.endswith(":")  # "Kev (6,010
                  and not article.in_quote(t)), None)  # posts): ...": the tokenizer's "):"
    if colon is None:
        return False
    after = [i for i in range(colon.idx + len(colon.text), end) if article.text[i].isalnum()]
    if not after or any(article.piece_at(i) is None for i in after):
        return False
    chains = sorted({article.piece_at(i).chain for i in after} - article.used_chains)
    lead = [t for t in toks if t.i < colon.i and not article.in_quote(t)]
    if not chains or not lead or len(lead) < colon.i - toks[0].i:
        return False  # a quotation before the colon: not an introduction
    inside = {t.i for t in lead}
    heads = [t for t in lead if not t.is_punct and (t.head.i not in inside or t.head.i == t.i)]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.pos_ in {"VERB", "AUX"}:
        speaker = next((c for c in head.children
                        if c.dep_ in {"nsubj", "nsubjpass"} and c.i in inside), None)
    else:  # a bare label before the quotation
        speaker = head if head.pos_ in {"PROPN", "NOUN"} else None
    found = speakers.resolve(speaker) if speaker is not None else None
    if found is None or (found.kind not in {"person", "group"} and not _HANDLE.fullmatch(
            speaker.text)):  # a poster's handle ("Old_Bonneville was blunter: ...") is someone's
        return False
    article.used_chains.update(chains)
    ranges = article.chain_ranges(chains)
    drafts.append(Draft(colon, "say", speaker, head, ranges, k, units=[k]))
    return True


def add_orphan(article: Article, speakers: SpeakerResolver, k: int, drafts: list[Draft]) -> None:
    """A unit that is only a quotation: continue the previous quote or find its speaker."""
    start, end = article.units[k]
    chars = [i for i in range(start, end) if article.text[i].isalnum()]
    if not chars or any(article.piece_at(i) is None for i in chars):
        return
    chains = sorted({article.piece_at(i).chain for i in chars} - article.used_chains)
    if not chains:
        return
    article.used_chains.update(chains)
    ranges = article.chain_ranges(chains)
    prev = drafts[-1] if drafts else None
    last_unit = max(prev.units or [prev.unit]) if prev else -1
    if prev is not None and last_unit == k - 1 and article.quote_type(prev.ranges) == "direct":
        # '"A," she said. "B."': the next quotation of the same speaker, a statement of its own
        drafts.append(dataclasses.replace(prev, ranges=ranges, unit=k, units=[k]))
        return
    speaker = _introducer(article, speakers, k)
    if speaker is None and prev is not None and last_unit == k - 1 and article.same_paragraph(
            k - 1, k):
        speaker = prev.speaker_tok
    speaker = speaker or _context_speaker(article, speakers, k)
    if speaker is None and prev is not None and k - last_unit <= 3:
        speaker = prev.speaker_tok
    if speaker is not None:
        drafts.append(Draft(speaker, "say", speaker, speaker, ranges, k, units=[k], orphan=True))


def _context_speaker(article: Article, speakers: SpeakerResolver, k: int) -> Token | None:
    """Subject of the previous sentence in the same paragraph, if it is a person."""
    if k == 0:
        return None
    ps, pe = article.units[k - 1]
    if not article.same_paragraph(k - 1, k):
        return None
    for tok in article.tokens(ps, pe):
        if (
            tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.head.dep_ == "ROOT"
            and not article.in_quote(tok)
        ):
            found = speakers.resolve(tok)
            if found is not None and found.kind == "person":
                return tok
    return None


def _introducer(article: Article, speakers: SpeakerResolver, k: int) -> Token | None:
    """The speaker of a paragraph that only introduces the quotation below it, as press
    releases print them: 'General Secretary Maxine Doherty said:' over '"Our members ...'."""
    if k == 0 or article.same_paragraph(k - 1, k):
        return None
    toks = [t for t in article.tokens(*article.units[k - 1]) if not t.is_space]
    if not toks or toks[-1].text != ":" or any(article.in_quote(t) for t in toks):
        return None
    verb = toks[-1].head if toks[-1].head.pos_ in {"VERB", "AUX"} else None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if (
        verb is not None and cue_lemma(verb)) else None
    found = speakers.resolve(subject) if subject is not None else None
    return subject if found is not None and found.kind in {"person", "group"} else None
