"""Claims that refer to a watched topic without naming it, in articles about it."""

from __future__ import annotations

from pipeline.trail.references import (
    ArticleClaim,
    about_topics,
    continued_topics,
    reference_pattern,
    referred_topics,
    sole_topic_claims,
)

PATTERNS = {"ban": reference_pattern(["ban"], ["Smoking"])}


def claim(n: int, content: str, named: tuple[str, ...] = ()) -> ArticleClaim:
    return ArticleClaim(f"c{n}", n * 100, content, named)


def test_the_ban_refers_to_the_topic_in_an_article_about_it() -> None:
    claims = [claim(1, "a smoking ban in pubs would save lives", ("ban",)),
              claim(2, "the ban would be unworkable in rural pubs"),
              claim(3, "such a measure was long overdue")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"], "c3": ["ban"]}


def test_an_article_not_about_the_topic_gets_no_references() -> None:
    claims = [claim(1, "the ban would be unworkable", ()), claim(2, "it will not work", ())]
    assert referred_topics(claims, [], PATTERNS) == {}


def test_two_naming_claims_make_an_article_about_the_topic() -> None:
    claims = [claim(1, "the smoking ban starts in May", ("ban",)),
              claim(2, "the scheme is a mistake"),
              claim(3, "the pub smoking ban is welcome", ("ban",))]
    assert referred_topics(claims, [], PATTERNS) == {"c2": ["ban"]}


def test_it_refers_back_only_to_a_nearby_claim_on_the_topic() -> None:
    near = [claim(1, "the smoking ban is right", ("ban",)), claim(2, "It will save lives")]
    assert referred_topics(near, ["ban"], PATTERNS) == {"c2": ["ban"]}
    far = [claim(1, "the smoking ban is right", ("ban",)),
           ArticleClaim("c9", 5000, "It was a good season for the club", ())]
    assert referred_topics(far, ["ban"], PATTERNS) == {}


def test_a_participant_of_the_proposition_counts_as_a_reference() -> None:
    claims = [claim(1, "smoking kills", ())]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c1": ["ban"]}
    assert not reference_pattern(["ban"]).search("he banned nothing")


def test_a_pronoun_after_a_joining_word_still_refers_back():
    claims = [claim(1, "the ban will cost jobs", ("ban",)),
              claim(2, "But it won't help anyone either"),
              claim(3, "If this goes through, pubs will close"),
              claim(4, "Butter prices are rising")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"], "c3": ["ban"]}


def test_the_text_or_draft_of_a_measure_refers_to_it():
    claims = [claim(1, "the smoking ban starts in May", ("ban",)),
              claim(2, "the draft was rushed through the committee"),
              claim(3, "the final text leaves too many exemptions")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"], "c3": ["ban"]}


def test_it_as_a_later_subject_refers_back_but_not_it_is_clear():
    """ "I don't think it would stop us": "it" is the subject of a modal verb later in the
    content; "it is clear that" and "it" as an object do not count."""
    claims = [claim(1, "the smoking ban will cost jobs", ("ban",)),
              claim(2, "I don't think it would stop anyone smoking at home"),
              claim(3, "Frankly it is clear that nobody asked us"),
              claim(4, "Landlords told me they loved it")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"]}


def test_a_proposition_noun_refers_in_the_plural():
    patterns = {"id": reference_pattern(["card", "scheme"])}
    claims = [claim(1, "ID cards will cut fraud", ("id",)),
              claim(2, "the cards would cost far too much"),
              claim(3, "the cardinal was not consulted")]
    assert referred_topics(claims, ["id"], patterns) == {"c2": ["id"]}


def test_a_title_naming_the_topic_lets_the_first_claim_refer_back() -> None:
    """The title stands at the article's start: "If this goes through" in its first claim
    refers to it; an article whose title does not name the topic gives no such start."""
    claims = [claim(2, "If this goes through, half the pubs in the village will shut")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"]}
    named = [claim(1, "the smoking ban starts in May", ("ban",)),
             claim(2, "the pub smoking ban is welcome", ("ban",)),
             ArticleClaim("c3", 3000, "If this goes through, nobody will notice", ())]
    assert referred_topics(named, [], PATTERNS) == {}


def test_a_later_sentence_opening_with_a_pronoun_refers_back() -> None:
    """Two sentences in one claim: the second opens with "If that" or asks "Will it"; a
    lower-case "it" inside a sentence is no sentence opening."""
    claims = [claim(1, "the smoking ban will cost jobs", ("ban",)),
              claim(2, "We want a compromise on smoking rooms. If that fails we will go to court"),
              claim(3, "Landlords are angry. Will it close pubs? Probably"),
              claim(4, "The weather was good and we sold it all by noon")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"], "c3": ["ban"]}


def test_it_as_the_object_of_a_side_taking_verb_refers_back() -> None:
    """ "Ministers should block it", "push this through"; not "it" after any verb, nor "this
    week"."""
    claims = [claim(1, "the smoking ban will cost jobs", ("ban",)),
              claim(2, "Ministers should block it before the summer"),
              claim(3, "campaigners vowed to push this through parliament"),
              claim(4, "Landlords told me they loved it"),
              claim(5, "the brewery will stop this week for repairs")]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"], "c3": ["ban"]}


def test_the_matter_refers_back_only_right_after_a_claim_on_the_topic() -> None:
    claims = [claim(1, "the smoking ban will cost jobs", ("ban",)),
              claim(2, "he would take the matter to the Prime Minister"),
              ArticleClaim("c3", 5000, "the issue of parking was raised again", ())]
    assert referred_topics(claims, ["ban"], PATTERNS) == {"c2": ["ban"]}


def test_the_pronoun_reach_counts_from_the_end_of_a_long_claim() -> None:
    """A long claim on the topic does not use up the reach of the pronoun after it."""
    long = "the smoking ban will cost jobs in every pub " + "and club " * 60
    claims = [ArticleClaim("c1", 0, long, ("ban",)),
              ArticleClaim("c2", len(long) + 300, "I don't think it would stop anyone", ()),
              ArticleClaim("c3", len(long) + 2000, "it would be a good season", ())]
    assert referred_topics(claims, ["ban"], {"ban": None}) == {"c2": ["ban"]}


def test_the_topics_own_terms_refer_to_it_in_an_article_about_it() -> None:
    """The watchlist's `about` term without its context words: the article gives the context
    ("the levy" in a story whose title names the congestion charge)."""
    from pipeline.trail.topics import group_pattern

    patterns = {"charge": reference_pattern(["charge"], ["London"],
                                            about=group_pattern(["congestion charge", "levy"]))}
    claims = [claim(1, "a levy of ten pounds is far too much"),
              claim(9, "the congestion charge has cut traffic by a fifth")]
    assert referred_topics(claims, ["charge"], patterns) == {"c1": ["charge"], "c9": ["charge"]}
    assert referred_topics(claims, [], patterns) == {}  # not about it: the terms alone are not


def test_policy_nouns_of_political_news_refer_to_the_measure() -> None:
    """ "the shake-up", "the crackdown", "the package": a measure's common names."""
    pattern = reference_pattern(["card", "scheme"])
    for text in ("the shake-up would hurt", "this crackdown is wrong", "the whole package",
                 "the government's blueprint", "the overhaul is overdue", "the new curbs"):
        assert pattern.search(text), text
    assert not pattern.search("he cracked down on nothing")


def test_a_speaker_on_the_topic_stays_on_it_in_an_article_about_it() -> None:
    claims = [ArticleClaim("c1", 100, "ID cards are needed", ("id",), "the minister"),
              ArticleClaim("c2", 200, "we need to protect people from fraud", (), "the minister"),
              ArticleClaim("c3", 300, "the weather was poor", (), "a farmer"),
              ArticleClaim("c4", 400, "ID cards are a waste", ("id",), "critics"),
              ArticleClaim("c5", 500, "nobody asked us", (), "")]
    tagged = {"c1": ["id"], "c4": ["id"]}
    assert about_topics(claims, []) == {"id"}
    assert continued_topics(claims, {"id"}, tagged) == {"c2": ["id"]}
    assert about_topics(claims[:3], []) == set()  # one naming claim: not about it
    assert continued_topics(claims[:3], set(), {"c1": ["id"]}) == {}
    # a second topic named in passing (twice, against five) is not a second subject
    many = [ArticleClaim(f"c{n}", n, "ID cards", ("id",), "x") for n in range(5)] + [
        ArticleClaim(f"d{n}", 10 + n, "the ban", ("ban",), "y") for n in range(2)]
    assert about_topics(many, []) == {"id"}
    assert about_topics(many[3:], []) == {"id", "ban"}  # two and two: both


def test_every_claim_of_an_article_about_one_topic_alone_is_on_it() -> None:
    claims = [claim(1, "the smoking ban starts in May", ("ban",)),
              claim(2, "the detail here is a mess"),
              claim(3, "nobody asked us")]
    assert about_topics(claims, ["ban"]) == {"ban"}
    assert sole_topic_claims(claims, {"ban"}, {"c1": ["ban"]}) == {"c2": ["ban"], "c3": ["ban"]}
    rates = [claim(n, "rates will rise", ("rates",)) for n in (4, 5)]
    two = [*claims, *rates]
    assert about_topics(two, ["ban"]) == {"ban", "rates"}
    assert sole_topic_claims(two, {"ban", "rates"}, {"c1": ["ban"]}) == {}  # a liveblog
    assert about_topics(claims[1:], []) == set()
    assert sole_topic_claims(claims[1:], set(), {}) == {}  # about nothing
