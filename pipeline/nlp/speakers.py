"""Who is speaking: name forms, titles/roles and antecedents of "he" / "the spokesman".

Article-local and rule-based: the longest name form of a person in the article is used
("Kanaani" -> "Nasser Kanaani"), honorifics are stripped ("Ayatollah Seyyed Ali Khamenei" ->
"Ali Khamenei") and titles become the role ("Supreme Leader"). Pronouns and definite role
noun phrases point back to the nearest compatible person; a role-only lead sentence
("..., Iranian Foreign Minister spokesperson said Monday.") points forward to a person
introduced in the next sentences.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady baroness baron ayatollah "
    "grand seyyed sayyed sayed seyed sheikh shaikh hojatoleslam hojjatoleslam rev rev. "
    "reverend mullah imam hon hon. mister madam".split()
)
TITLES = frozenset(
    "president vice prime minister premier chancellor secretary senator sen. rep. "
    "representative governor gov. mayor general gen. colonel col. captain capt. admiral judge "
    "justice king queen prince princess emir sultan pope leader supreme foreign deputy acting "
    "chief spokesman spokeswoman spokesperson ambassador commissioner chairman chairwoman "
    "speaker interior defence defense finance home health economy shadow".split()
)
NAME_SUFFIXES = frozenset("mp mep qc kc msp am jr jr. sr sr. ms".split())
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson minister president leader official diplomat chairman "
    "chairwoman chair chief director secretary governor senator ambassador envoy commander "
    "general premier chancellor mayor judge prosecutor lawyer attorney analyst economist "
    "expert source aide adviser advisor negotiator representative deputy head executive ceo "
    "boss manager mp mep candidate officer investigator researcher professor campaigner "
    "activist witness resident king queen prince cleric member politician lawmaker legislator "
    "strategist insider ally critic founder president-elect secretary-general coordinator "
    "commissioner inspector detective doctor scientist author journalist editor "
    "correspondent observer chairperson monarch emir colonel captain admiral agent banker "
    "trader investor owner worker student teacher nurse patient victim person man woman "
    "spokespeople".split()
)
# Role nouns vague enough to refer back to the last person mentioned ("the Iranian diplomat").
GENERIC_PERSON_NOUNS = frozenset(
    "diplomat official politician lawmaker legislator statesman cleric veteran man woman "
    "person".split()
)
AGE_NOUN = re.compile(r"\d+-year-old$")
MEDIA_NOUNS = frozenset(
    "newspaper paper daily agency television tv radio broadcaster channel website site outlet "
    "media magazine journal report statement communique announcement letter book study survey "
    "poll document memo interview tweet post release bulletin network station programme "
    "program".split()
)
ORG_NOUNS = frozenset(
    "government party company firm group ministry council union board committee department "
    "office bank court agency administration campaign team organisation organization "
    "association federation authority authorities commission regulator watchdog army "
    "military police cabinet parliament opposition embassy family".split()
)
# "the bank", "the agency": generic nouns that point back to the organisation being reported on.
ANAPHORIC_ORG_NOUNS = frozenset(
    "company firm bank lender group agency organisation organization retailer carrier airline "
    "insurer manufacturer maker chain giant operator broadcaster network watchdog regulator "
    "charity body business club".split()
)
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople"}
# "a spokesman for Mr Blair", "Mr Blair's lawyer": the named person is someone else.
RELATIONAL = _SPOKES | frozenset(
    "aide adviser advisor ally friend lawyer attorney wife husband son daughter brother sister "
    "father mother colleague supporter critic rival office source representative deputy "
    "campaign team camp family relative biographer associate assistant secretary".split()
)
_PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "thing"}
_NP_DROP = {"relcl", "acl", "appos", "punct", "advcl", "ccomp", "parataxis"}
_SUBJ = {"nsubj", "nsubjpass"}
_NAMED = {"PERSON", "ORG", "GPE", "NORP"}
_BACK_SENTENCES = 8


@dataclass(frozen=True)
class Speaker:
    """A resolved source: name or unnamed source text, plus what we know about it."""

    text: str
    is_named: bool
    label: str | None
    role: str | None
    kind: str  # "person", "group" (ORG/plural), "thing" (document, medium), "unknown"


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'.-]+", text)


def clean_name(text: str) -> tuple[str, str]:
    """Strip honorifics/titles/suffixes from a name: ("Ali Khamenei", "Supreme Leader")."""
    words = _words(re.sub(r"'s$|'$", "", text.strip()))
    titles: list[str] = []
    while len(words) > 1 and (words[0].lower() in HONORIFICS or words[0].lower() in TITLES):
        first = words.pop(0)
        if first.lower() not in HONORIFICS:
            titles.append(first)
    while len(words) > 1 and words[-1].lower().rstrip(",") in NAME_SUFFIXES:
        words.pop()
    return " ".join(words), " ".join(titles)


def strip_determiner(text: str) -> str:
    """Drop a leading article/possessive: "the chief of staff", "Iran's acting minister"."""
    text = re.sub(r"^(?:the|a|an|his|her|its|their)(?:\s+|$)", "", text.strip(" ,"), flags=re.I)
    return re.sub(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*'s?\s+", "", text)


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without relative clauses, appositions or edge punctuation."""
    keep = [head]
    for child in head.children:
        if child.dep_ not in _NP_DROP:
            keep.extend(child.subtree)
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    doc = head.doc
    while (
        hi + 2 < len(doc)
        and doc[hi + 1].text == "-"
        and not doc[hi].whitespace_
        and not doc[hi + 1].whitespace_
    ):
        hi += 2  # "co-chairman" split by the tokenizer
    toks = [t for t in doc[lo : hi + 1] if not t.is_space]
    while toks and (toks[0].is_punct or toks[0].lower_ in {"and", "but"}):
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks or [head]


def span_text(tokens: list[Token]) -> str:
    """Document text from the first to the last token."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text.strip()


def _ent(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


class SpeakerResolver:
    """Resolves the source noun phrase headed by a token, using the whole article."""

    def __init__(
        self,
        doc: Doc,
        in_quote: Callable[[int], bool] | None = None,
        speakers: tuple[Token, ...] = (),
    ) -> None:
        self.doc = doc
        self._in_quote = in_quote or (lambda char: False)
        self._ents = {t.i: e for e in doc.ents for t in e}
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self._full_names = [n for n in (clean_name(e.text)[0] for e in persons) if n]
        self._last_names = {n.split()[-1] for n in self._full_names}
        self._org_names = {
            re.sub(r"^the\s+", "", e.text, flags=re.I) for e in doc.ents if e.label_ == "ORG"
        }
        self.roles: dict[str, str] = {}  # canonical person name -> first role seen
        self._described: set[str] = set()  # persons introduced with some description
        self._sents = list(doc.sents)
        self._sent_of = {t.i: k for k, s in enumerate(self._sents) for t in s}
        self._cache: dict[int, Speaker | None] = {}
        self._mentions = self._collect_mentions(speakers)
        for tok, _ in self._mentions:  # in document order, so pronoun chains stay shallow
            self.resolve(tok)

    # -- names ------------------------------------------------------------------------------
    def canonical(self, name: str) -> str:
        """Longest form of a person's name in the article ending with `name`'s words."""
        words = name.split()
        best = name
        for full in self._full_names:
            fw = full.split()
            if len(fw) > len(best.split()) and fw[-len(words) :] == words:
                best = full
        if best == name and len(words) == 1:  # a first name used alone ("Azmat")
            firsts = {f for f in self._full_names if f.split()[0] == name and len(f.split()) > 1}
            if len(firsts) == 1:
                best = firsts.pop()
        return best

    def _is_person_name(self, ent: Span) -> bool:
        if ent.label_ == "PERSON":
            return True
        name, _ = clean_name(ent.text)
        prev = ent.doc[ent.start - 1] if ent.start > 0 else None
        honorific = prev is not None and prev.lower_ in HONORIFICS
        return ent.label_ in {"ORG", "NORP", "GPE"} and (
            honorific or (bool(name) and name.split()[-1] in self._last_names)
        )

    def _person_in(self, head: Token, toks: list[Token]) -> Span | None:
        """The person named by a noun phrase ("Iran's President Hassan Rouhani")."""
        seen = {self._ents[t.i] for t in toks if t.i in self._ents}
        persons = [e for e in seen if self._is_person_name(e)]
        suffix = head.lower_ in NAME_SUFFIXES  # "Frank Field MP", "Guy Mansfield QC"
        own = [e for e in persons if e.start <= head.i < e.end or (suffix and e.end == head.i)]
        if own:
            return own[0]
        lemma = head.lemma_.lower()
        if lemma in RELATIONAL or (lemma not in ROLE_NOUNS and lemma not in TITLES):
            return None  # "a spokesman for Mr Blair", "a resale of Krivorizhstal"
        after = [e for e in persons if e.start > head.i]  # "Leader of ... Ali Khamenei"
        return after[-1] if after else None

    def _bare_name(self, head: Token) -> Span | None:
        """A proper-noun head the NER missed but the article names elsewhere ("Pezeshkian")."""
        if head.pos_ != "PROPN":
            return None
        lo = head.i
        while lo > 0 and self.doc[lo - 1].pos_ == "PROPN" and self.doc[lo - 1].head.i == head.i:
            lo -= 1
        titled = self.doc[lo].lower_ in HONORIFICS and lo < head.i  # "Lord Rennard"
        if head.text not in self._last_names and not titled:
            return None
        return Span(self.doc, lo, head.i + 1, label="PERSON")

    # -- mentions and antecedents -------------------------------------------------------------
    def _collect_mentions(self, speakers: tuple[Token, ...]) -> list[tuple[Token, bool]]:
        """(head token, is_subject) for subjects, known speakers and person names, in order."""
        out: dict[int, tuple[Token, bool]] = {t.i: (t, True) for t in speakers}
        for tok in self.doc:
            if self._in_quote(tok.idx):
                continue
            possessor = tok.dep_ == "poss" and tok.head.dep_ in _SUBJ and tok.pos_ == "PROPN"
            quoted = tok.dep_ == "dobj" and tok.head.lemma_ == "quote"
            source = (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "to"
                and tok.head.head.lower_ == "according"
            )
            implicit = any(c.dep_ == "acl" and c.tag_ == "VBG" for c in tok.children)
            mention = tok.dep_ in _SUBJ or possessor or quoted or source or implicit
            if mention and (tok.pos_ != "PRON" or tok.lower_ in _PRONOUNS):
                out[tok.i] = (tok, True)
        for ent in self.doc.ents:
            if (
                self._is_person_name(ent)
                and ent.root.i not in out
                and not self._in_quote(ent.start_char)
            ):
                out[ent.root.i] = (ent.root, False)
        return [out[i] for i in sorted(out)]

    def is_main_subject(self, tok: Token) -> bool:
        head = tok.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return (tok.dep_ in _SUBJ and head.dep_ == "ROOT") or head.lemma_ == "quote"

    def _role_text(self, toks: list[Token], ent: Span | None) -> str | None:
        """Title words around a name in its noun phrase, or the phrase itself for role NPs."""
        if ent is not None:
            before = [t for t in toks if t.i < ent.start]
            after = [t for t in toks if t.i >= ent.end]
            parts = [span_text(before)] if before else []
            _, titles = clean_name(ent.text)
            if titles:
                parts.append(titles)
            if after and after[0].lower_ in {"of", "for"}:
                parts.append(span_text(after))
            role = strip_determiner(" ".join(p for p in parts if p))
        else:
            role = strip_determiner(span_text(toks))
        words = [w for w in role.split() if w.lower() not in HONORIFICS]
        return " ".join(words).strip(" ,") or None

    def _appos_role(self, head: Token) -> str | None:
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                return strip_determiner(span_text(np_tokens(child)))
        return None

    def _person(self, ent: Span, role: str | None) -> Speaker:
        name = self.canonical(clean_name(ent.text)[0])
        if any(c.dep_ in {"appos", "relcl", "acl", "amod"} for c in ent.root.children):
            self._described.add(name)  # "Irina Sokolova, 63, whose street ..."
        if role:
            self.roles.setdefault(name, role)
        return Speaker(name, True, "PERSON", role or self.roles.get(name), "person")

    def resolve(self, head: Token) -> Speaker | None:
        """The source named or described by the noun phrase headed by `head`."""
        if head.i not in self._cache:
            self._cache[head.i] = None  # guards against cycles
            try:
                self._cache[head.i] = self._resolve(head)
            except Exception:  # odd parses must not lose the article: keep the surface text
                log.warning("speaker resolution failed at token %d", head.i, exc_info=True)
                self._cache[head.i] = Speaker(head.text, False, None, None, "unknown")
        return self._cache[head.i]

    def _resolve(self, head: Token) -> Speaker | None:
        low = head.lower_
        if head.pos_ == "PRON" or low in _PRONOUNS:
            return self._antecedent(head, _PRONOUNS.get(low, "unknown"))
        toks = np_tokens(head)
        for child in head.children:
            ent = self._ents.get(child.i)
            mislabeled = ent is None or not self._is_person_name(ent)
            if (
                child.dep_ == "appos"
                and mislabeled
                and child.pos_ == "PROPN"
                and head.lemma_.lower() in ROLE_NOUNS | RELATIONAL
            ):
                ent = Span(
                    self.doc, child.left_edge.i, child.i + 1, label="PERSON"
                )  # "his father, Azmat,"
            if child.dep_ == "appos" and ent is not None and self._is_person_name(ent):
                return self._person(ent, self._role_text(toks, None))
        ent = self._person_in(head, toks) or self._bare_name(head)
        if ent is not None:
            return self._person(ent, self._appos_role(head) or self._role_text(toks, ent))
        ent = self._ents.get(head.i)
        has_conj = any(c.dep_ == "conj" for c in head.children)
        if ent is not None and ent.label_ in _NAMED and not has_conj:
            text = re.sub(r"^the\s+|'s$", "", ent.text, flags=re.I)
            return Speaker(text, True, ent.label_, None, "group")
        text, lemma = re.sub(r"'s?$", "", span_text(toks)), head.lemma_.lower()
        if len(toks) > 2 and toks[-1].i > head.i and toks[-2].text == "-":
            lemma = toks[-1].lemma_.lower()  # "its co-chairman": a chairman
        plural = head.tag_ in {"NNS", "NNPS"} or has_conj
        if AGE_NOUN.search("".join(t.text for t in toks if t.i <= head.i)):
            lemma = "person"  # "the 34-year-old"
        definite = toks[0].lower_ == "the" or (toks[0].dep_ == "poss" and toks[0].pos_ == "PROPN")
        modified = any(c.dep_ in {"prep", "relcl", "acl"} for c in head.children)
        if (
            (lemma in ORG_NOUNS or lemma in ANAPHORIC_ORG_NOUNS)
            and not plural
            and definite
            and not modified
        ):
            found = self._org_antecedent(head, lemma)
            if found is not None:
                return found
        if lemma in ROLE_NOUNS and not plural:
            return self._role_antecedent(head, toks, lemma) or Speaker(
                text, False, None, None, "person"
            )
        if lemma in ROLE_NOUNS or lemma in ORG_NOUNS or ent is not None:
            return Speaker(text, False, None, None, "group")
        kind = "thing" if lemma in MEDIA_NOUNS else "unknown"
        return Speaker(text, False, None, None, kind)

    def _window(self, head: Token) -> list[tuple[Token, bool]]:
        """Mentions before `head` in the previous few sentences, nearest first."""
        k = self._sent_of.get(head.i, 0)
        lo = self._sents[max(0, k - _BACK_SENTENCES)].start
        return [m for m in reversed(self._mentions) if lo <= m[0].i < head.i]

    def _antecedent(self, head: Token, kind: str) -> Speaker:
        """Nearest compatible mention: subjects first (named before unnamed in a sentence)."""
        window = self._window(head)
        by_sentence: dict[int, list[tuple[Token, bool]]] = {}
        for m in window:
            by_sentence.setdefault(self._sent_of.get(m[0].i, 0), []).append(m)
        for want_subject in (True, False):
            for k in sorted(by_sentence, reverse=True):
                cands = [
                    (t, self._compatible(t, kind))
                    for t, subj in by_sentence[k]
                    if subj or not want_subject
                ]
                cands = [(t, f) for t, f in cands if f is not None]
                if cands:
                    cands.sort(
                        key=lambda c: (
                            kind == "plural"
                            and c[0].tag_ not in {"NNS", "NNPS"}
                            and c[0].lower_ != "they",
                            not self.is_main_subject(c[0]),
                            not c[1].is_named,
                        )
                    )
                    return cands[0][1]
        return Speaker(head.text, False, None, None, "unknown")

    def _compatible(self, tok: Token, kind: str) -> Speaker | None:
        found = self.resolve(tok)
        if found is None or found.kind == "unknown":
            return None
        named_person = found.kind == "person" and found.is_named  # "Balls" is tagged NNPS
        plural = not named_person and (tok.tag_ in {"NNS", "NNPS"} or tok.lower_ == "they")
        if kind == "person" and found.kind == "person" and not plural:
            return found
        if kind == "plural" and (
            (found.kind == "group" and (plural or found.is_named))
            or (found.kind == "thing" and plural)
        ):
            return found
        if kind == "thing" and found.kind in {"thing", "group"} and not plural:
            return found
        return None

    def _org_antecedent(self, head: Token, lemma: str) -> Speaker | None:
        """ "the federation" -> "Police Federation"; "the bank" -> the most mentioned org."""
        named = []
        own = {t.i for t in np_tokens(head)}
        for tok, is_subj in reversed(self._mentions):
            if tok.i >= head.i or tok.i in own:
                continue
            found = self.resolve(tok) if is_subj else None
            if (
                found
                and found.is_named
                and (found.label in {"ORG", "GPE"} or found.text in self._org_names)
            ):
                named.append(found)
        before = self.doc.text[: head.idx]
        compatible = [f for f in named if lemma in f.text.lower().split()]
        if lemma not in ANAPHORIC_ORG_NOUNS:
            named = compatible  # "the federation" -> "Police Federation" only
        # Salience: the organisation mentioned most so far; a matching name ("Bank of ...") adds 1.
        return max(named, key=lambda f: before.count(f.text) + (f in compatible), default=None)

    def _role_antecedent(self, head: Token, toks: list[Token], lemma: str) -> Speaker | None:
        """A definite role NP ("the president") naming a person introduced earlier (or next)."""
        if toks[0].lower_ in {"a", "an", "one", "some", "another", "any", "no"}:
            return None
        word = head.lower_
        window = self._window(head)
        for tok, _ in window:
            found = self.resolve(tok)
            if found and found.kind == "person" and found.is_named and found.role:
                role_words = set(found.role.lower().split())
                if (
                    word in role_words
                    or lemma in role_words
                    or (word in _SPOKES and _SPOKES & role_words)
                ):
                    return found
        generic = lemma in GENERIC_PERSON_NOUNS
        affiliated = any(c.dep_ in {"prep", "poss"} for c in head.children)
        if generic or not affiliated:
            k = self._sent_of.get(head.i, 0)
            for tok, is_subj in window:
                if not is_subj or self._sent_of.get(tok.i, k) >= k:
                    continue
                found = self.resolve(tok)
                if found and found.kind == "person" and found.is_named:
                    if generic or (found.role is None and found.text not in self._described):
                        self.roles.setdefault(found.text, strip_determiner(span_text(toks)))
                        return Speaker(found.text, True, "PERSON", self.roles[found.text], "person")
                    break
        return self._forward(head, strip_determiner(span_text(toks)))

    def _forward(self, head: Token, role: str) -> Speaker | None:
        """Cataphora: a person first introduced (as a subject) in the next two sentences."""
        k = self._sent_of.get(head.i, 0)
        if k + 1 >= len(self._sents):
            return None
        lo, hi = self._sents[k + 1].start, self._sents[k + 1].end
        earlier = {
            clean_name(e.text)[0].split()[-1]
            for e in self.doc.ents
            if e.end <= lo and self._is_person_name(e) and clean_name(e.text)[0]
        } | {t.text for t in self.doc[:lo] if t.pos_ == "PROPN"}
        for tok, is_subj in self._mentions:
            if not (lo <= tok.i < hi) or not is_subj:
                continue
            ent = self._person_in(tok, np_tokens(tok)) or self._bare_name(tok)
            if ent is None or clean_name(ent.text)[0].split()[-1] in earlier:
                continue
            name = self.canonical(clean_name(ent.text)[0])
            if name in self.roles and head.lower_ not in self.roles[name].lower():
                continue
            self.roles.setdefault(name, role)
            return Speaker(name, True, "PERSON", self.roles[name], "person")
        return None
