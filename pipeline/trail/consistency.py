"""A speaker keeps their side within one article.

A person quoted several times in one article on one topic almost always speaks for one side of
it, but the stance rules find the side in only some of the quotes ("The accident happened." says
nothing about avoided tests until you know who said it). So a claim the rules leave neutral for
lack of evidence ("no side taken", "too weak: ...") takes the side of its speaker's other claims
on the same topic in the same article, when all of those that take a side take the same one.
Its basis then starts with ``INHERITED`` and names the claim it follows; such claims count in
the speaker's position but are never cited as a contradiction's evidence.

Mixed or hedged claims, forecasts, and claims of anonymous speakers ("he" left unresolved) are
left as they are; a question takes its asker's side. A change of mind ("I was wrong", ``CHANGED``)
takes the side its speaker argues after it in the article, else the opposite of the side of
the claim just before it when that one is reported as said earlier ("At last year's conference
he had argued ...", `reported_earlier`), else that claim's side (the same occasion: "he had been
persuaded ... 'I have changed my mind'"); in ``start_char`` order when the rows have it. A
side is carried only within the stretch of a speaker's claims before or after a change of mind,
never across it; "I've come round" (``CAME_ROUND``) keeps its own side and opens the stretch
after it.

One speaker may appear under several strings in an article: a spokesperson for a body speaks
for it ("a spokesman for the supporters club" = "the Man Utd supporters club"), and a definite
"the source" / "the lawyer" is the one earlier speaker of that noun ("a City source close to the
camp"); `speaker_keys` gives them one key.
"""

from __future__ import annotations

import re

import polars as pl

from pipeline.trail.abstentions import ABSTAINS

INHERITED = "same speaker in this article: "
ACROSS = "same speaker elsewhere: "  # carried across articles (stages/claim_sides.py)
CHANGED = "a change of mind"  # stance.py: no side of its own; turned here
CAME_ROUND = "comes round to it"  # stance.py: a change of mind with its side, the first of its
# stretch ("I've come round")
TURNS = "turns to: "  # the basis of a change of mind turned to a side ...
TURNS_FROM = "turns from: "  # ... or away from the side said before it
FRAMED = "by its frame: "  # the last resort, from the content's frame (frames.py)
BY_STAKE = "by stake: "  # after it, from the speaker's stake in the policy (interests.py)
# Weak sides: they count in positions but are never evidence, and a speaker's own words beat them.
GUESSES = (FRAMED, BY_STAKE)


def guessed_sql(column: str) -> str:
    """SQL: ``column`` (a stance_basis) holds a weak side."""
    return "(" + " OR ".join(f"starts_with({column}, '{p}')" for p in GUESSES) + ")"

# Neutral for lack of evidence, not for a reason; a question (most are rhetorical) is asked
# from the asker's side: "Fair to whom?" after "rural drivers will be hammered".
OPEN_BASES = ("no side taken", "too weak", "question")
# Speakers that say nothing about who spoke: an unresolved pronoun is no one in particular.
ANONYMOUS_SPEAKERS = frozenset({"", "he", "she", "they", "it", "we", "i", "you", "who"})


_DETERMINER = re.compile(r"^(?:the|an?)\s+")
_SPOKESPERSON = re.compile(
    r"^(?:spokes(?:man|woman|person)|representative)\s+(?:for|of|from)\s+(?:the\s+)?(.+)$"
    r"|^(.+?)\s+(?:spokes(?:man|woman|person)|representative)$")  # "a SEGAS spokesman"
_DEFINITE = re.compile(r"^the\s+([a-z-]+)$")


def _words(words: str) -> str:
    """A regex for any of ``words`` as a whole hyphenated word ("ex-minister" is one word)."""
    return rf"(?:^|[^\w-])(?:{'|'.join(words.split())})(?:$|[^\w-])"


_GOVERNING = re.compile("(?i)" + _words("minister ministers secretary chancellor premier ministry "
                                        "whitehall downing cabinet")
                        + r"|(?:^|\W)(?:the\s+)?(?:government|department\s+(?:of|for)\b|"
                        r"home\s+office|treasury|cabinet\s+office|foreign\s+office)")
# a devolved First Minister heads another government than the one its ministers answer to; a
# university's "Department of Engineering" is none
_NOT_GOVERNING = re.compile("(?i)" + _words("shadow opposition former ex general first "
                                            "university college faculty"))


def governs(speaker: str) -> bool:
    """A minister, a ministry or department, or the government itself (not a shadow, former
    or union "general secretary")."""
    return bool(_GOVERNING.search(speaker)) and not _NOT_GOVERNING.search(speaker)


GOVERNMENT = "the government"  # the key every minister and department speaks under


def speaker_keys(doc_speakers: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(doc_id, lower-cased speaker) -> the key of who that is within the article."""
    by_doc: dict[str, set[str]] = {}
    for doc, who in doc_speakers:
        by_doc.setdefault(doc, set()).add(who)
    out = {}
    for doc, names in by_doc.items():
        bases = {who: _DETERMINER.sub("", who) for who in names}
        keys = {}
        for who, base in bases.items():
            body = _SPOKESPERSON.match(base)
            if body is None:
                keys[who] = base
                continue
            body_text = body.group(1) or body.group(2)  # the body, as another speaker names it
            named = {b for o, b in bases.items()
                     if o != who and (b == body_text or b.endswith(f" {body_text}")
                                      or f"({body_text})" in b)}
            keys[who] = named.pop() if len(named) == 1 else body_text
        for who in names:
            if governs(who):  # ministers and departments speak for one government
                out[(doc, who)] = GOVERNMENT
                continue
            noun = _DEFINITE.match(who)
            if noun is not None:
                found = {keys[o] for o in names
                         if o != who and noun.group(1) in re.findall(r"[a-z-]+", o)}
                if len(found) == 1:
                    keys[who] = found.pop()
            out[(doc, who)] = keys[who]
    return out


def carry_speaker_side(stances: pl.DataFrame) -> pl.DataFrame:
    """``stances`` (claim_id, doc_id, speaker, topic, stance, stance_basis, ...) with neutral
    claims given the one side their speaker takes on the topic elsewhere in the article; not a
    host's (optional ``hosted``: tagging.py), nor the side of one who declares none
    (abstentions.py)."""
    who = pl.col("speaker").fill_null("").str.strip_chars().str.to_lowercase()
    rows = stances.with_columns(_raw=who)
    keys = speaker_keys(rows.select("doc_id", "_raw").unique().rows())
    key_frame = pl.DataFrame([(d, w, k) for (d, w), k in keys.items()], orient="row",
                             schema={"doc_id": rows.schema["doc_id"], "_raw": pl.String,
                                     "_who": pl.String})
    rows = _after_changes(rows.join(key_frame, on=["doc_id", "_raw"], how="left",
                                    maintain_order="left"))
    sided = rows.filter(pl.col("stance").is_in(["supports", "refutes"])
                        & ~pl.col("stance_basis").str.starts_with(INHERITED)
                        & ~pl.any_horizontal(pl.col("stance_basis").str.starts_with(p)
                                             for p in GUESSES)
                        & ~pl.col("_raw").is_in(list(ANONYMOUS_SPEAKERS))
                        & ~(pl.col("hosted") if "hosted" in rows.columns else pl.lit(False)))
    sides = (sided.sort("claim_id").group_by("doc_id", "topic", "_who", "_seg")
             .agg(_sides=pl.col("stance").n_unique(), _side=pl.col("stance").first(),
                  _basis=pl.col("stance_basis").first())
             .filter(pl.col("_sides") == 1)
             .join(rows.filter(pl.col("stance_basis") == ABSTAINS), how="anti",
                   on=["doc_id", "topic", "_who"]))  # "isn't for me to say": no camp's
    open_ = ((pl.col("stance") == "neutral") & pl.any_horizontal(
        pl.col("stance_basis").str.starts_with(p) for p in OPEN_BASES)
    ) | pl.any_horizontal(pl.col("stance_basis").str.starts_with(p)  # the speaker's words
                          for p in GUESSES)  # beat a frame or a stake
    carried = rows.join(sides, on=["doc_id", "topic", "_who", "_seg"], how="left",
                        maintain_order="left")
    take = open_ & pl.col("_side").is_not_null()
    carried = carried.with_columns(
        stance=pl.when(take).then("_side").otherwise("stance"),
        stance_basis=pl.when(take).then((pl.lit(INHERITED) + pl.col("_basis")).str.slice(0, 100))
        .otherwise("stance_basis"),
    )
    return _turn_changes(carried, sided).select(stances.columns)


def _after_changes(rows: pl.DataFrame) -> pl.DataFrame:
    """Adds _seg: how many of its speaker's changes of mind on the topic come before a claim
    in the article. A side is carried within a stretch, never across a change ("I hope they
    never legalise" ... "I take back what I said" ... "Legalise them")."""
    order = "start_char" if "start_char" in rows.columns else "claim_id"
    turned = pl.col("stance_basis") == CAME_ROUND  # its stretch starts at it, side and all
    changes = (rows.filter((pl.col("stance_basis") == CHANGED) | turned)
               .group_by("doc_id", "topic", "_who")
               .agg(_ats=pl.col(order) - turned * 0.5 if order == "start_char"
                    else pl.col(order)))
    if changes.is_empty():
        return rows.with_columns(_seg=pl.lit(0))
    rows = rows.join(changes, on=["doc_id", "topic", "_who"], how="left", maintain_order="left")
    seg = [sum(a < at for a in ats) if ats is not None else 0
           for ats, at in zip(rows["_ats"], rows[order], strict=True)]
    return rows.with_columns(_seg=pl.Series(seg, dtype=pl.Int64)).drop("_ats")


# A report of what was said on an earlier occasion: "had argued", "In 2003 I wrote", "last year".
_EARLIER = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:argued|said|claimed|insisted|told|backed|supported|called|"
    r"warned|written|declared|described|predicted|promised|vowed|urged|dismissed|welcomed|"
    r"praised|attacked|opposed|condemned)\b|\b(?:in|at|back\s+in)\s+(?:19|20)\d\d\b|\blast\s+"
    r"(?:year|month|week|spring|summer|autumn|winter)\b|\byears?\s+ago\b|\bonce\b"
    r"|\bpreviously\b|\bformerly\b|\bat\s+the\s+time\b|\b(?:in|at\s+the|back\s+in|last)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b", re.I)  # "who at the May meeting called it ...", "last March"


def reported_earlier(sentence: str, content: str) -> bool:
    """The claim is reported as said on an earlier occasion (before its content starts), or
    says itself that it was held before ("I used to think the ban was pointless")."""
    at = sentence.find(content)
    said = _RELATIVE.sub(",", sentence[:at] if at > 0 else "")  # "X, whose party voted
    return _EARLIER.search(said) is not None or (  # against it in 2010, said" is about X
        _HELD_BEFORE.match(content) is not None)


_RELATIVE = re.compile(r",\s*(?:who|whose|which)\b[^,]*,", re.I)
_HELD_BEFORE = re.compile(
    r"^\W*(?:i|we)\s+(?:always\s+|once\s+)?(?:used\s+to\s+(?:think|believe|feel|say|argue|be"
    r"|support|oppose)|once\s+(?:thought|believed|felt|argued)|had\s+(?:always\s+)?(?:thought"
    r"|believed|assumed))\b", re.I)


def _turn_changes(rows: pl.DataFrame, sided: pl.DataFrame) -> pl.DataFrame:
    """Each change of mind given the side argued after it; else the side of the claim before
    it, turned when that one was said on an earlier occasion or is renounced ("I was wrong"),
    kept when on the same one ("he had been persuaded ... 'I have changed my mind'")."""
    changes = rows.filter(pl.col("stance_basis") == CHANGED)
    if changes.is_empty():
        return rows
    order = "start_char" if "start_char" in rows.columns else "claim_id"
    earlier = pl.col("earlier") if "earlier" in rows.columns else pl.lit(False)
    if "renounces" not in changes.columns:
        changes = changes.with_columns(renounces=pl.lit(False))
    found: dict[str, tuple[str, str]] = {}
    for claim_id, doc, topic, who, at, renounces in changes.select(
            "claim_id", "doc_id", "topic", "_who", order, "renounces").rows():
        own = sided.filter((pl.col("doc_id") == doc) & (pl.col("topic") == topic)
                           & (pl.col("_who") == who)).with_columns(_earlier=earlier).sort(order)
        after, before = own.filter(pl.col(order) > at), own.filter(pl.col(order) < at)
        if after["stance"].n_unique() == 1:
            found[claim_id] = (after["stance"][0], f"{TURNS}{after['stance_basis'][0]}")
        elif not before.is_empty() and (before["_earlier"][-1] or renounces):
            side = "refutes" if before["stance"][-1] == "supports" else "supports"
            found[claim_id] = (side, f"{TURNS_FROM}{before['stance_basis'][-1]}")
        elif not before.is_empty():
            found[claim_id] = (before["stance"][-1], f"{TURNS}{before['stance_basis'][-1]}")
    if not found:
        return rows
    turned = pl.DataFrame([(k, v[0], (INHERITED + v[1])[:100]) for k, v in found.items()],
                          orient="row", schema={"claim_id": rows.schema["claim_id"],
                                                "_turned": pl.String, "_turned_basis": pl.String})
    rows = rows.join(turned, on="claim_id", how="left", maintain_order="left")
    return rows.with_columns(stance=pl.coalesce("_turned", "stance"),
                             stance_basis=pl.coalesce("_turned_basis", "stance_basis"))
