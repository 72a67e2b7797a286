"""Attributed-claim extraction on small hand-written passages of different styles."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.nlp.attribution import ClaimCandidate, extract_claims
from pipeline.nlp.model import load_nlp


@pytest.fixture(scope="module")
def claims():
    nlp = load_nlp()

    def run(text: str, published: dt.date | None = None) -> list[ClaimCandidate]:
        return extract_claims(nlp(text), published=published)

    return run


def one(found: list[ClaimCandidate]) -> ClaimCandidate:
    assert len(found) == 1, found
    return found[0]


# -- direct quotations ------------------------------------------------------------------------


def test_quote_then_pronoun_attribution(claims):
    c = claims('Nasser Kanaani spoke in Tehran.\n\n"We will announce the details later," he said.')
    c = one(c)
    assert (c.speaker, c.cue, c.quote_type) == ("Nasser Kanaani", "say", "direct")
    assert c.content == "We will announce the details later"
    assert c.speaker_is_named and c.speaker_label == "PERSON"


def test_colon_quote(claims):
    c = one(claims('Ms Okafor said: "We think the new bridge can open by May."'))
    assert c.speaker == "Okafor" and c.quote_type == "direct"
    assert c.content == "We think the new bridge can open by May."


def test_said_comma_quote(claims):
    c = one(
        claims(
            'Kanaani said, "It is regrettable that this country deprives Iranians of their rights."'
        )
    )
    assert c.quote_type == "direct" and c.content.startswith("It is regrettable")


def test_inverted_said_name(claims):
    c = one(claims('"We have no intention of holding talks with the Americans," said Vaezi.'))
    assert (c.speaker, c.quote_type, c.polarity) == ("Vaezi", "direct", "negative")


def test_that_plus_full_quote_is_direct(claims):
    c = one(claims('Kanaani said that "Iran will not hesitate to defend Lebanon in this case."'))
    assert c.quote_type == "direct" and c.polarity == "negative"


def test_quote_split_across_sentences_is_two_claims(claims):
    """'"A," he said. "B."': the attribution splits two statements (attribution/split.py)."""
    text = (
        'Mr Dunmore spoke to reporters. "The ferry is more reliable," he said. "We '
        'plan to extend its timetable."'
    )
    first, second = claims(text)
    assert {first.speaker, second.speaker} == {"Dunmore"}
    assert first.quote_type == second.quote_type == "direct"
    assert first.content == "The ferry is more reliable"
    assert text[second.start_char : second.end_char].endswith("extend its timetable.")


def test_quote_split_inside_one_sentence_is_one_claim(claims):
    c = one(claims('"The ferry," he said, "is more reliable than the bus."'))
    assert "ferry" in c.content and c.content.endswith("than the bus.")


def test_each_paragraph_of_a_long_quotation_is_a_statement(claims):
    """A quotation whose marks open again on each paragraph: one claim per paragraph, all the
    speaker's, as the stance gold marks them (attribution/split.py)."""
    text = (
        'Ms Adams said: "Small businesses are the backbone of this country.\n\n'
        '"We will cut their rates by a quarter.\n\n"This is the biggest change in a generation."'
    )
    found = claims(text)
    assert [c.content for c in found] == [
        "Small businesses are the backbone of this country.",
        "We will cut their rates by a quarter.", "This is the biggest change in a generation."]
    assert all(c.speaker == "Adams" and c.quote_type == "direct" for c in found)
    assert found[0].sentence_start == 0 and found[-1].sentence_end == len(text)


def test_collapsed_paragraph_quote(claims):
    """The corpus's flattened paragraphs: the marks open again mid-line ('ready. "What')."""
    found = claims('Ms Varga told Radio Clyde: "They are not ready. "What the survey shows is '
                   'there is a backlog."')
    assert [c.content for c in found] == ["They are not ready.",
                                          "What the survey shows is there is a backlog."]
    assert all(c.cue == "tell" and c.quote_type == "direct" for c in found)


def test_reporting_verb_inside_quote_is_not_a_cue(claims):
    c = one(claims('Mr Hollis said: "I said then you don\'t sell a striker in January."'))
    assert c.speaker == "Hollis"


def test_quote_after_indirect_claim_gets_its_speaker(claims):
    found = claims(
        'Maria Lund said stewards should act as "guides and hosts". "They should not be '
        'checking bags."'
    )
    assert [c.quote_type for c in found] == ["mixed", "direct"]
    assert {c.speaker for c in found} == {"Maria Lund"}


def test_parenthetical_attribution(claims):
    c = one(claims("The only way to counter this trick, he said, is to use the means of pressure."))
    assert c.quote_type == "indirect" and "he said" not in c.content
    assert c.content.startswith("The only way") and c.content.endswith("means of pressure.")


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # parsed as "the delay she had insisted on"
    ('Ann Cole spoke first. The delay, she had insisted, was "a pause, not a retreat".',
     "Ann Cole", 'The delay was "a pause, not a retreat".'),
    ("Ann Cole spoke first. Closing the depot at night, she went on, would cost jobs.",
     "Ann Cole", "Closing the depot at night would cost jobs."),
    ("The tunnel, Ann Cole told MPs, was a waste of money.",
     "Ann Cole", "The tunnel was a waste of money."),
])
def test_an_interjected_attribution_the_parser_reads_as_a_clause(claims, text, speaker, content):
    c = one(claims(text))
    assert (c.speaker, c.content) == (speaker, content)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("As the minister said last week, the jousting ban is working.", "the minister", "say",
     "the jousting ban is working."),
    ("The toll is a tax on jobs, as Ann Cole noted in March.", "Ann Cole", "note",
     "The toll is a tax on jobs"),
    ('As Gaz put it on the coach home, "The safest seat is the one nobody sits in."', "Gaz",
     "put", "The safest seat is the one nobody sits in."),
    ('As a steward puts it: "Nobody stands on a seat now."', "a steward", "put",
     "Nobody stands on a seat now."),
])
def test_as_he_said_attributes_the_clause_it_hangs_on(claims, text, speaker, cue, content):
    """ "As X said, Y" and "as X put it, 'Y'" (forty-third session): Y is X's statement."""
    c = one(claims(text))
    assert (c.speaker, c.cue, c.content) == (speaker, cue, content)


@pytest.mark.parametrize("text", [
    "As he said goodbye, the crowd cheered.",
    "As she put her coat on, the lights went out.",
    "As the stewards told the crowd to sit, the rain came.",
    "The toll is, as they say, about time.",
    "She removed the posts as soon as she was informed of the ban.",
    "He watched on television as his side went on to win the joust.",
])
def test_as_with_a_verb_of_saying_that_reports_nothing(claims, text):
    assert not claims(text)


def test_as_they_warn_of_something_is_a_warning_of_its_own(claims):
    c = one(claims("Rents rose as landlords warned of an exodus."))
    assert (c.speaker, c.content) == ("landlords", "of an exodus")


# -- indirect and mixed speech ----------------------------------------------------------------


def test_indirect_that_clause(claims):
    c = one(claims("Kanaani said that diplomatic channels between the two countries are open."))
    assert (c.quote_type, c.content) == (
        "indirect",
        "diplomatic channels between the two countries are open",
    )


def test_inverted_indirect(claims):
    c = one(claims("The cost of the repairs was far too high, Ms Pryce told Radio Wales."))
    assert c.content == "The cost of the repairs was far too high" and c.cue == "tell"


def test_said_he_will_is_a_claim(claims):
    c = one(claims("Pezeshkian said he will promote a pragmatic foreign policy."))
    assert c.content == "he will promote a pragmatic foreign policy" and c.quote_type == "indirect"


def test_mixed_quote_fragment(claims):
    first, second = claims(
        'Rouhani said Washington\'s claims were "mere lies" and that the US intended '
        "to force Iran to its knees."
    )  # two that-clauses: two statements (attribution/split.py)
    assert first.quote_type == "mixed" and first.content.endswith('"mere lies"')
    assert second.quote_type == "indirect" and second.content.endswith("knees")


def test_reiterate_with_quoted_fragment(claims):
    c = one(
        claims(
            "Pezeshkian reiterated Tehran's support for Palestinians against \"the "
            'occupation of the Zionist regime."'
        )
    )
    assert (c.cue, c.quote_type) == ("reiterate", "mixed")


def test_adding_is_a_second_statement(claims):
    found = claims(
        "He said it was not only Lavrov who had offered to mediate, adding other "
        "countries have tried too."
    )
    assert [c.cue for c in found] == ["say", "add"]
    assert found[0].polarity == "positive"  # "not only Lavrov" does not negate the statement


def test_deny_and_reject_objects_are_negative_claims(claims):
    found = claims(
        "Fiona Grant denied the reports. Rejecting all reports about talks, the "
        "diplomat emphasized "
        'that "Iran is ready for balanced relations."'
    )
    assert [(c.cue, c.polarity) for c in found] == [
        ("deny", "negative"),
        ("reject", "negative"),
        ("emphasize", "positive"),
    ]


def test_rule_out_and_saying(claims):
    found = claims(
        'Khamenei ruled out the possibility of talks, saying such negotiations will be "fruitless."'
    )
    assert [(c.cue, c.polarity, c.quote_type) for c in found] == [
        ("rule out", "negative", "indirect"),
        ("say", "positive", "mixed"),
    ]


def test_negated_cue_with_clause(claims):
    c = one(claims("The minister did not say that the talks had failed."))
    assert c.polarity == "negative"


# -- sources ----------------------------------------------------------------------------------


def test_according_to_source(claims):
    c = one(
        claims(
            "According to the health ministry, 14 people have died since the start of the outbreak."
        )
    )
    assert (c.speaker, c.cue) == ("health ministry", "according to")
    assert c.content == "14 people have died since the start of the outbreak."


def test_according_to_document_is_the_medium(claims):
    c = one(
        claims(
            "The World Health Organization said it had recorded 312 cases, according to "
            "a statement."
        )
    )
    assert c.speaker == "World Health Organization" and c.via == "a statement"


def test_unnamed_source(claims):
    c = one(
        claims(
            "A senior Iranian official says the country has no plans for direct talks with the US."
        )
    )
    assert (c.speaker, c.speaker_is_named, c.polarity) == (
        "A senior Iranian official",
        False,
        "negative",
    )


def test_reporting_noun_with_source(claims):
    c = one(
        claims(
            "The remarks followed comments from the White House spokesperson that the US "
            "was not ready to resume talks."
        )
    )
    assert c.speaker == "the White House spokesperson" and not c.speaker_is_named
    assert c.content.startswith("the US was not ready") and c.polarity == "negative"


def test_a_held_account_or_view_is_its_owners_claim(claims):
    found = claims(
        "The Harbour Board has stuck to its account that the tanker drifted off course. "
        "Mary Okoro, the port minister, restated her view that the dredging was working. "
        "She later repeated her belief that it would pay for itself."
    )
    assert [(c.speaker, c.content.rstrip(".")) for c in found] == [
        ("Harbour Board", "the tanker drifted off course"),
        ("Mary Okoro", "the dredging was working"),
        ("Mary Okoro", "it would pay for itself"),  # once: the verb's claim, not the noun's
    ]


def test_newspaper_quoting_a_role_resolved_by_next_sentence(claims):
    found = claims(
        "Iran is still conducting indirect talks with the US via Oman, Iran's Etemad newspaper on "
        "Thursday quoted Iran's acting foreign minister. Ali Bagheri Kani's comments "
        "followed a week of talks."
    )
    c = one(found)
    assert (c.speaker, c.cue, c.via) == ("Ali Bagheri Kani", "quote", "Etemad newspaper")
    assert c.speaker_role == "acting foreign minister"
    assert c.content == "Iran is still conducting indirect talks with the US via Oman"


def test_newspaper_quoting_a_role_without_name(claims):
    c = one(
        claims(
            "Talks are continuing, Iran's Etemad newspaper quoted Iran's acting foreign minister."
        )
    )
    assert c.speaker == "Iran's acting foreign minister" and c.via == "Etemad newspaper"


def test_lead_role_resolves_to_person_named_next(claims):
    found = claims(
        "Indirect negotiations have been conducted, Iranian Foreign Minister "
        "spokesperson said Monday.\n\n"
        "During a weekly press briefing, Nasser Kanaani said that diplomatic channels are open."
    )
    assert [c.speaker for c in found] == ["Nasser Kanaani", "Nasser Kanaani"]
    assert found[0].speaker_role == "Iranian Foreign Minister spokesperson"


def test_longest_name_form_and_honorifics(claims):
    found = claims(
        "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei ruled out talks. "
        "Deputy minister Ali Bagheri Kani arrived in Oman. Bagheri Kani said the talks "
        "were confidential."
    )
    assert [c.speaker for c in found] == ["Ali Khamenei", "Ali Bagheri Kani"]
    assert found[0].speaker_role == "Leader of the Islamic Revolution"


def test_role_noun_points_back_to_titled_person(claims):
    found = claims(
        "Iran's President Hassan Rouhani met his cabinet. Mr Zarif also attended.\n\n"
        '"The US does not want negotiations," the president told the cabinet session.'
    )
    c = one(found)
    assert (c.speaker, c.speaker_role) == ("Hassan Rouhani", "President")


def test_the_leader_and_the_diplomat(claims):
    found = claims(
        "Supreme Leader Ali Khamenei addressed students. "
        '"Negotiation is a trap," the Leader said.\n\n'
        "Iranian Deputy Foreign Minister Abbas Araqchi met his Omani counterpart. "
        '"Iran is ready for good relations," the Iranian diplomat emphasized.'
    )
    assert [c.speaker for c in found] == ["Ali Khamenei", "Abbas Araqchi"]


def test_pronoun_prefers_main_clause_subject(claims):
    found = claims(
        "Nasser Kanaani held his weekly briefing. "
        "Kanaani also congratulated Masoud Pezeshkian as the reformist candidate was "
        "elected president. "
        "The ministry will assist the president-elect, he said."
    )
    assert one(found).speaker == "Nasser Kanaani"


def test_pronoun_can_be_a_person_just_introduced(claims):
    found = claims(
        "Janet Orme told the committee the tram would open in 2027. "
        "The committee then heard from Colin Pask, leader of the county council. "
        'He called the tram "a white elephant".'
    )
    assert [c.speaker for c in found] == ["Janet Orme", "Colin Pask"]


def test_a_described_person_is_the_pronouns_antecedent(claims):
    """ "Her neighbour" (a person noun, no name) is who "he" is, not the named woman before."""
    found = claims(
        'Sara Lund, a teacher, said: "Build the bridge tomorrow." Her neighbour, who did not '
        'want to be named, was unconvinced. "Who will pay the toll?" he asked.'
    )
    assert [c.speaker for c in found] == ["Sara Lund", "Her neighbour"]


def test_he_is_no_spokeswoman_and_she_no_chairman(claims):
    """A pronoun skips a speaker whose words make them the other sex (not a possessive: "her
    neighbour" may be a man, above)."""
    found = claims(
        'A Kestrel spokeswoman said the chief executive had answered in good faith. "The '
        'statement speaks for itself."\n\nMarlow has just spoken to analysts. "I said what I '
        'was able to say yesterday," he told them.')
    assert [c.speaker for c in found][-1] != "A Kestrel spokeswoman"
    found = claims('The chairman said the club would appeal. "We are confident," she added.')
    assert [c.speaker for c in found][-1] != "The chairman"


def test_what_the_speaker_is_asked_about_is_not_who_answers(claims):
    """ "Asked whether Brexit was ..., she said", "Would Brexit have mattered? ... she said":
    the subject of the question (tagged PERSON by the small model) is not the pronoun's
    antecedent (speakers/antecedents._asked_about)."""
    found = claims(
        "Its policy director, Elizabeth Dunn, described the shortage as a perfect storm. Asked "
        'whether Brexit was the biggest of them, she said: "It is certainly one of them."\n\n'
        'Kelly Obi, who runs a training school, was blunt. "Nobody could sit a test," she said. '
        'Would Brexit have mattered without Covid? "Far less," she said.')
    assert [c.speaker for c in found][-3:] == ["Elizabeth Dunn", "Kelly Obi", "Kelly Obi"]


def test_a_name_opened_by_a_foreign_honorific_is_a_person(claims):
    found = claims("Pani Ewa Kaminska, an economist, said the picture was more complicated. "
                   '"The pandemic sent people home," she said.')
    assert [c.speaker for c in found] == ["Ewa Kaminska", "Ewa Kaminska"]


def test_a_paragraph_that_only_introduces_the_quotation_below_it(claims):
    """Press releases print 'X said:' as a paragraph of its own over the quotation's paragraphs
    (drafts._introducer): the quotation is X's, not the previous speaker's."""
    found = claims(
        "The department said it would look at life expectancy.\n\n"
        "General Secretary Maxine Doherty said:\n\n"
        '"Our members lay bricks. Many of them are finished by sixty.\n\n'
        '"Bringing 68 forward would make it worse."\n\n'
        'Gary Holt, a scaffolder, said: "My knees went at 58."')
    by = {c.speaker: c.content for c in found}
    assert by["Maxine Doherty"].startswith("Our members lay bricks")
    assert "Bringing 68 forward" in by["Maxine Doherty"]
    assert [c.speaker for c in found] == ["The department", "Maxine Doherty", "Gary Holt"]


def test_they_refers_to_plural_group(claims):
    found = claims(
        "The Rovers insisted they would keep their manager until summer. They said they would "
        "also sign a goalkeeper."
    )
    assert [c.speaker for c in found] == ["Rovers", "Rovers"]


def test_a_firms_national_arm_is_the_firm_not_the_country(claims):
    """The tagger reads "Tessaro UK" as a firm beside a country: the speaker is the whole name."""
    found = claims("In a statement, Tessaro UK said the ruling let it keep working with its "
                   "customers. Channel Nine Scotland said the film would air in May. "
                   "The UK said it would respond.")
    assert [(c.speaker, c.speaker_label) for c in found] == [
        ("Tessaro UK", "ORG"), ("Channel Nine Scotland", "ORG"), ("UK", "GPE")]
    # a date or a capitalised word opening the sentence is no part of the name
    found = claims("In December Microsoft said the deal was off. Rival Sony said it would "
                   "match the price.")
    assert [c.speaker for c in found] == ["Microsoft", "Sony"]


def test_the_bank_refers_to_the_main_organisation(claims):
    found = claims(
        "UK house prices rose by 1.1% in December, the Halifax has said. Halifax said "
        "prices rose 15% in 2004. "
        "The average price is £162,086, Halifax said. The Bank of England said lending slowed. "
        "The bank said the pattern continued in December."
    )
    assert [c.speaker for c in found] == [
        "Halifax",
        "Halifax",
        "Halifax",
        "Bank of England",
        "Halifax",
    ]


def test_the_club_is_no_body_whose_name_says_another_kind(claims):
    found = claims(
        "The Northern League charged Harbury Rovers over unpaid wages. The Northern League said "
        "the hearing would be held in May. Rovers manager Sam Tully said the charges were "
        "unfair. The Northern League said the panel was independent. In a statement, the club "
        "said it would clear its name."
    )
    assert [c.speaker for c in found][-1] != "Northern League"
    found = claims(
        "The World Health Organization said 300 cases had been confirmed. The World Health "
        "Organization said more teams were on their way. The agency said the outbreak was "
        "slowing."
    )
    assert [c.speaker for c in found][-1] == "World Health Organization"  # any body is one


# -- non-claims -------------------------------------------------------------------------------


def test_went_on_and_continued_introduce_quotes(claims):
    found = claims('Ms Roche said the plan was sound. She went on: "I think that would help."')
    assert [(c.speaker, c.cue, c.quote_type) for c in found] == [
        ("Roche", "say", "indirect"), ("Roche", "go on", "direct")]
    c = one(claims('The minister continued: "We will not raise taxes."'))
    assert (c.cue, c.quote_type, c.polarity) == ("continue", "direct", "negative")
    c = one(claims("Prices continued to rise in March, the bank said."))
    assert (c.speaker, c.cue) == ("the bank", "say")


@pytest.mark.parametrize(
    "text",
    [
        "Kanaani met with the Omani foreign minister in Muscat.",
        "The talks were being conducted between the two countries' foreign ministers.",
        "Chelsea will not bid, but is said to be keenly following the auction.",
        "Ms Kerr refused to say whether Mr Doyle would stay on as manager.",
        "The operator itself declined to comment.",
        "Chief executive Anna Berg has not set any date.",
        "The talks went on for hours. Fighting continued in the north.",
        "He went on to win the election.",
        "",
        "   \n\n  ",
    ],
)
def test_non_claims(claims, text):
    assert claims(text) == []


# -- robustness, spans and dates --------------------------------------------------------------


def test_unbalanced_quote_falls_back_to_the_sentence(claims):
    found = claims(
        "\"The barriers did their job, said the city's mayor, Oleg Petrov. He added that "
        "200 volunteers helped."
    )
    assert [(c.speaker, c.quote_type) for c in found] == [
        ("Oleg Petrov", "direct"),
        ("Oleg Petrov", "indirect"),
    ]
    assert found[0].content == "The barriers did their job"


def test_stray_quote_marks_do_not_break_the_article(claims):
    text = (
        'The office said" rainfall could reach 80mm. The governor said the army "would be sent in.'
    )
    found = claims(text)
    assert [c.speaker for c in found] == ["The office", "The governor"]


def test_single_quote_style(claims):
    c = one(
        claims(
            "Sarah Jones says she was left 'shaking with fear' after a stranger followed her home."
        )
    )
    assert c.quote_type == "mixed" and c.speaker == "Sarah Jones"


def test_spans_point_into_the_text(claims):
    text = (
        'Pezeshkian said he will ease tensions. "We will talk," he added.\n\nOthers said nothing.'
    )
    for c in claims(text):
        assert c.sentence_start <= c.start_char < c.end_char <= c.sentence_end <= len(text)
        if c.quote_type == "indirect":
            assert text[c.start_char : c.end_char] == c.content


def test_claim_date_from_the_attribution_only(claims):
    thursday = dt.date(2024, 7, 11)
    found = claims(
        "Talks were held, Iranian Foreign Minister spokesperson said Monday.\n\n"
        "Kanaani said Pezeshkian won the runoff on July 5.",
        published=thursday,
    )
    assert [(c.claim_date, c.date_basis) for c in found] == [
        (dt.date(2024, 7, 8), "weekday:Monday"),
        (None, None),
    ]


def test_present_tense_cue_dates_to_publication(claims):
    c = one(claims("A senior official says talks are over.", published=dt.date(2024, 7, 11)))
    assert (c.claim_date, c.date_basis) == (dt.date(2024, 7, 11), "published")


def test_no_published_date_keeps_weekdays_unresolved(claims):
    c = one(claims("Talks were held, the spokesman said on Monday."))
    assert c.claim_date is None


@pytest.mark.slow  # seconds of spaCy or of the corpus: run in CI, not in the quick loop
def test_long_document(claims):
    para = (
        'Mr Smith said the plan would fail. "It is a disaster," he added. According '
        "to aides, talks stalled."
    )
    found = claims("\n\n".join([para] * 300))
    assert len(found) == 900


# -- determinism across processes --------------------------------------------------------------

# Ties that used to be broken by hash order, so the result changed from process to process:
# two person names in one role phrase (a set of spaCy Spans, hashed by id(doc), decided which one
# the phrase names) and two organisations with the same initials (a set of strings, hashed with
# PYTHONHASHSEED, decided which one "MBF" stands for).
_TIE_ARTICLE = (
    "The longtime agent of Marta Velez, Owen Pritchard, has retired at the age of 71, his "
    "colleagues said.\n\n"
    "Mr Pritchard, who also ran a small record label, handled Velez's bookings for two "
    'decades. "I never once doubted her talent," he said.\n\n'
    "The Musicians Benefit Fund and the Music Business Forum both paid tribute. "
    "The MBF said he had been a fair and patient negotiator."
)
# Each process parses the article several times (every Doc lives at its own address) and prints
# the claims and entity mentions of each parse.
_TIE_SCRIPT = """
import json, sys
from pipeline.nlp.attribution import extract_claims
from pipeline.nlp.entities import extract_mentions
from pipeline.nlp.model import load_nlp
nlp = load_nlp()
docs = [nlp(sys.argv[1]) for _ in range(6)]
print(json.dumps([{"claims": [[c.speaker, c.speaker_role, c.content] for c in extract_claims(d)],
                   "mentions": [[m.text, m.canonical, m.role] for m in extract_mentions(d)]}
                  for d in docs]))
"""


@pytest.mark.slow
def test_extraction_is_the_same_for_every_hash_seed():
    root = Path(__file__).resolve().parents[1]
    parses = []
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        done = subprocess.run([sys.executable, "-c", _TIE_SCRIPT, _TIE_ARTICLE], env=env,
                              cwd=root, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        parses += json.loads(done.stdout)
    outputs = {json.dumps(parse) for parse in parses}
    assert len(outputs) == 1, outputs
    # Document order breaks the ties: the name closing the role phrase is the person it names,
    # the organisation mentioned first owns the acronym.
    claims, mentions = parses[0]["claims"], parses[0]["mentions"]
    assert ["Owen Pritchard", "longtime agent of Marta Velez",
            "I never once doubted her talent"] in claims
    assert ["MBF", "Musicians Benefit Fund", None] in mentions


@pytest.mark.parametrize(("text", "content", "nested"), [
    ("Campaigners argue the scheme, which ministers say will cut fraud, is a waste of money.",
     "the scheme, which ministers say will cut fraud, is a waste of money", ["will cut fraud"]),
    ("Unions claim the deal, agreed last week, will cost thousands of jobs.",
     "the deal, agreed last week, will cost thousands of jobs", []),
    ("Analysts believe the merger, which shareholders approved on Monday, will fail.",
     "the merger, which shareholders approved on Monday, will fail", []),
])
def test_a_subject_with_an_insertion_keeps_the_whole_reported_clause(claims, text, content,
                                                                      nested):
    found = claims(text)
    assert found[0].content == content
    # an attribution in the insertion ("which ministers say ...") is a claim of its own
    assert [c.content for c in found[1:]] == nested


@pytest.mark.parametrize(("text", "content"), [
    ("He told the committee, which met on Monday, that the plan was dead.", "the plan was dead"),
    ("She denied the claims, which were published on Monday, and left.",
     "the claims, which were published on Monday"),
    ("He announced the plan, which will cost two billion pounds, on Monday.",
     "the plan, which will cost two billion pounds, on Monday"),
])
def test_an_object_with_an_insertion_stays_an_object(claims, text, content):
    assert one(claims(text)).content == content


def test_a_parenthetical_attribution_is_not_an_insertion(claims):
    found = claims("The only way to counter this plan, he said, is to use every means available.")
    assert [(c.speaker, c.cue) for c in found] == [("he", "say")]


def test_a_finding_reported_with_found_that(claims):
    """ "The inquiry found that X" reports the inquiry's finding (forty-second session); "found
    the body" and "I find it hard to believe" report none."""
    c = one(claims("The Kestrel inquiry found that the jousting ban had cut injuries."))
    assert (c.speaker, c.cue, c.content) == ("The Kestrel inquiry", "find",
                                              "the jousting ban had cut injuries")
    assert not claims("Stewards found the lance on Tuesday.")
    assert not claims("I find it hard to believe.")


def test_a_cue_asked_about_reports_nothing(claims):
    """ "Did the minister say ...?", "Are you blaming ...?" ask whether a statement was made
    (forty-third session); the answer is the statement."""
    assert not claims("Did the minister say the jousting ban would work?")
    assert not claims("Are you blaming the stewards for the crush?")
    c = one(claims("Did the minister say the jousting ban would work? He said it would not."))
    assert (c.speaker, c.content) == ("He", "it would not")
