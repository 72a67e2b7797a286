"""A transcript's turns (attribution/transcripts.py): a paragraph opened by a speaker's label is
that speaker's, sentence by sentence; section labels, the questioner's side and a lone label
are not turns. Texts written for these tests."""

from __future__ import annotations

from pipeline.nlp.attribution import extract_claims
from pipeline.nlp.model import load_nlp
from pipeline.text.cleaning import clean_body
from pipeline.text.normalize import normalize_text
from tests.test_attribution_parse_repairs import claims_of

PRESS_CONFERENCE = "\n\n".join([
    "Harbour board press conference: edited transcript",
    "Edited transcript of the press conference given by the harbour master, Joan Pellow, in "
    "Fowey on Monday.",
    "JOAN PELLOW: Good afternoon. The board has read the engineers' report. The breakwater is "
    "safe and it will stay open.",
    "QUESTION (local radio): Fishermen say the cracks are getting wider. Are they wrong?",
    "PELLOW: The cracks are old and they are stable. We measure them every month.",
    "QUESTION (county paper): Will you publish the measurements?",
    "PELLOW: Yes, by the end of the week.",
]) + "\n"

PHONE_IN = """Drive Time phone-in: the Fowey breakwater

Radio Kernow, Drive Time, Tuesday. Transcript edited for length.

Mark Tonkin (presenter): The harbour board says the breakwater is safe. Your calls.

Derek: I have fished out of Fowey for thirty years. That wall is coming apart.

Susan: My husband checked it last spring. It is as solid as the day it was built.
"""

FACT_CHECK = """Fact check: is the breakwater crumbling?

Claim: The breakwater is about to collapse.

Verdict: There is no evidence for this. The engineers found the structure sound.

The harbour master, Joan Pellow, said the wall would stay open.
"""


def test_each_sentence_of_a_turn_is_the_speakers_statement() -> None:
    found = claims_of(PRESS_CONFERENCE)
    by_pellow = [c for s, _, c in found if s in {"Joan Pellow", "Pellow"}]
    assert "The breakwater is safe and it will stay open." in by_pellow
    assert "The cracks are old and they are stable." in by_pellow
    assert all(cue == "say" for s, cue, _ in found if s in {"Joan Pellow", "Pellow"})


def test_the_questioners_side_is_no_speaker() -> None:
    found = claims_of(PRESS_CONFERENCE)
    assert not any("Are they wrong?" in c for _, _, c in found)
    assert not any(s.lower().startswith("question") for s, _, _ in found)


def test_callers_named_by_a_first_name_speak_in_turn() -> None:
    found = claims_of(PHONE_IN)
    assert ("Derek", "say", "That wall is coming apart.") in found
    assert ("Susan", "say", "It is as solid as the day it was built.") in found


def test_section_labels_are_not_speakers() -> None:
    found = claims_of(FACT_CHECK)
    assert not any(s in {"Claim", "Verdict"} for s, _, _ in found)
    assert [s for s, _, _ in found] == ["Joan Pellow"]


def test_a_lone_label_is_no_transcript() -> None:
    text = ("Harbour news\n\nDEREK POLGLASE: a life on the water\n\n"
            "The fisherman has worked the harbour for forty years.\n")
    assert claims_of(text) == []


HANSARD = "\n\n".join([
    "Harbour Safety: Fowey Breakwater. Westminster Hall debate",
    "[Mr Peter Rowe in the Chair]",
    "Anne Trelawny (St Austell North) (Lab): I beg to move that this House has considered the "
    "safety of the Fowey breakwater.",
    "Tom Vosper (Bodmin Moor) (Con): Will the hon. Lady give way?",
    "Anne Trelawny: I will.",
    "Tom Vosper: Does the hon. Lady accept that the engineers found the wall sound?",
]) + "\n"


def test_a_hansard_label_with_constituency_and_party_is_a_turn() -> None:
    """Two parentheses (constituency, party) after the name; "hon." ends no sentence; the
    headline, which ends without a full stop, is no turn."""
    found = claims_of(HANSARD)
    assert ("Tom Vosper", "say", "Will the hon. Lady give way?") in found
    assert ("Anne Trelawny", "say", "I will.") in found
    assert not any(s.startswith("Harbour") for s, _, _ in found)


def test_a_note_of_the_record_in_brackets_is_no_ones_statement() -> None:
    """ "[Interruption.]", "(Laughter)": the record's notes inside a turn, said by nobody."""
    found = claims_of(HANSARD.replace("I will.", "I will. [Interruption.] I will. (Laughter)"))
    assert ("Anne Trelawny", "say", "I will.") in found
    assert not any("Interruption" in c or "Laughter" in c for _, _, c in found)


def test_what_a_member_argues_from_is_no_speaker_inside_the_turn() -> None:
    """ "the low number of cracks tells us ...": the member's argument, not a statement of the
    number's."""
    found = claims_of(HANSARD)
    assert ("Tom Vosper", "say",
            "Does the hon. Lady accept that the engineers found the wall sound?") in found
    argued = claims_of(HANSARD.replace(
        "Does the hon. Lady accept that the engineers found the wall sound?",
        "Does the hon. Lady accept that the low number of cracks tells us the wall is sound?"))
    assert [s for s, _, c in argued if "cracks" in c] == ["Tom Vosper"]
    cited = claims_of(PHONE_IN.replace(
        "That wall is coming apart.", "Every survey I've seen says that wall is coming apart."))
    assert ("Derek", "say", "Every survey I've seen says that wall is coming apart.") in cited


def test_a_speakers_own_cue_keeps_the_rest_of_their_sentence() -> None:
    """ "I think the wall is safe, and frankly it should stay open": the caller's whole
    sentence, not only what they think ("I think" alone still reports its clause)."""
    found = claims_of(PHONE_IN.replace(
        "It is as solid as the day it was built.",
        "I think the wall is safe, and frankly it should stay open. I think it is sound."))
    assert ("Susan", "say", "I think the wall is safe, and frankly it should stay open.") in found
    assert ("Susan", "think", "it is sound") in found


CHAT = """Harbour parents: digest of the breakwater chat

Compiled by the class rep. Messages copied as sent.

07:52 Kerry (class rep): The harbour board has closed the breakwater path until the survey.

08:03 Mo T: About time. That path has been falling apart for years.

[08:20] Gwen P: My two walk that way to school. The detour is miles longer.

08:31 Sian A: The survey was booked in March. Nobody told us.

5/ Reply from @fowey_fisher: The wall is as solid as the day it was built.

6/ @harbourwatch: Fair point. Nobody has shown a single crack wider than a pencil.

▲ 1.2k · u/porthpean_pete
The board should have closed it years ago.

Edit: thanks for the replies.

#7 Fowey_Fisher_2 (skipper, 30 years), 4 Mar 2024
Solid as the day it was built.
"""


def test_a_chat_or_a_thread_has_turns_after_times_and_numbers() -> None:
    """A chat's time ("07:52", "[08:20]") and a thread's number and reply ("5/ Reply from")
    go before the label; a handle names its account."""
    found = claims_of(CHAT)
    assert ("Mo T", "say", "That path has been falling apart for years.") in found
    assert ("Gwen P", "say", "The detour is miles longer.") in found
    assert ("Sian A", "say", "Nobody told us.") in found  # an initial, not Q&A's "A:"
    assert any(s.endswith("fowey_fisher") and c.startswith("The wall is as solid")
               for s, _, c in found)
    assert any(s.endswith("harbourwatch") for s, _, _ in found)
    # a forum's header line names the poster, the post follows; "Edit:" is no one
    assert ("u/porthpean_pete", "say", "The board should have closed it years ago.") in found
    assert not any(s == "Edit" for s, _, _ in found)
    assert ("Fowey_Fisher_2", "say", "Solid as the day it was built.") in found  # "#7 name"


INTERVIEW = """The engineer who says the wall will hold

Helga Marstrand spent 22 years inspecting harbour walls before she retired to write.

Meridian: Is the breakwater safe?

Marstrand: It is as solid as the day it was built.

Meridian: And the survey?

Marstrand: It will find nothing.
"""


def test_an_interviews_surname_label_is_the_person_introduced() -> None:
    """ "Marstrand:" after "Helga Marstrand spent ...": her turns, under her whole name."""
    found = claims_of(INTERVIEW)
    assert ("Helga Marstrand", "say", "It is as solid as the day it was built.") in found


HANSARD_OFFICE = "\n\n".join([
    "Harbour Safety: Fowey Breakwater. Westminster Hall debate",
    "Anne Trelawny (St Austell North) (Lab): Will the Minister fund the repairs?",
    "The Parliamentary Under-Secretary of State for Transport, Ports and Harbours (Colin "
    "Pask): The Government have no plans to fund the repairs this year.",
]) + "\n"

PHONE_IN_CALLERS = """Drive Time phone-in: the Fowey breakwater

KATH NOONE (HOST): The harbour board says the breakwater is safe. Your calls.

CALLER (GREG, PENRITH): I have fished out of Fowey for thirty years. That wall is coming apart.
"""


def test_an_office_holder_or_a_caller_named_in_brackets_speaks() -> None:
    """Hansard names a minister after the office, "(Colin Pask)"; a phone-in names its
    caller after the word "CALLER"."""
    assert ("Colin Pask", "say", "The Government have no plans to fund the repairs this "
            "year.") in claims_of(HANSARD_OFFICE)
    assert ("Greg", "say", "That wall is coming apart.") in claims_of(PHONE_IN_CALLERS)


def test_a_message_read_out_is_its_senders() -> None:
    text = PHONE_IN + (
        "\nMark Tonkin (presenter): Thanks Derek. A text from Jenny in Polruan: \"They should "
        "close it before someone gets hurt.\" And from Alan in Lostwithiel: \"The wall is fine, "
        "leave it alone.\" Tom: I am back on the line.\n")
    found = claims_of(text)
    assert ("Jenny in Polruan", "write", "They should close it before someone gets hurt.") in found
    assert ("Alan in Lostwithiel", "write", "The wall is fine, leave it alone.") in found
    assert ("Mark Tonkin", "say", "Thanks Derek.") in found  # the reader's own words


def test_a_posts_header_on_its_own_paragraph_heads_the_next_one() -> None:
    """Parsed text makes every line a paragraph: a thread's header, then its post."""
    thread = ("Digest of the thread\n\n#1 GearUpLate (B777 FO), 9 Mar 2014\n\nThat is the gap "
              "anyone would pick.\n\n#2 HeavyMetal777, 9 Mar 2014\n\nMy money is on a fire.\n")
    found = claims_of(thread)
    assert ("GearUpLate", "say", "That is the gap anyone would pick.") in found
    assert ("HeavyMetal777", "say", "My money is on a fire.") in found


def test_a_numbered_posts_header_may_carry_a_time_and_an_edit() -> None:
    """ "#2 Name, 20:31", "#3 Name (moderator), 6 May 2031, 21:26 (edited 08:15)": a time's
    colon does not make the header a label with words after it."""
    thread = ("Kessel Lane: the flood thread\n\n#1 Sluice_Sam, 6 May 2031, 20:14\nIt was the "
              "valve, full stop.\n\n#2 MarlowMo (moderator), 20:31 (edited 7 May 2031, 08:15)"
              "\nThe report is in the pinned thread.\n")
    found = claims_of(thread)
    assert ("Sluice_Sam", "say", "It was the valve, full stop.") in found
    assert ("MarlowMo", "say", "The report is in the pinned thread.") in found


def test_a_numbered_posts_header_may_end_in_a_bare_time() -> None:
    """ "#1 Sluice_Sam 12:14": the time straight after the handle, no comma or dash."""
    thread = ("Kessel Lane: the flood thread\n\n#1 Sluice_Sam 12:14\nIt was the valve, full "
              "stop.\n\n#2 MarlowMo (moderator) 12:40\nThe report is in the pinned thread.\n")
    found = claims_of(thread)
    assert ("Sluice_Sam", "say", "It was the valve, full stop.") in found
    assert ("MarlowMo", "say", "The report is in the pinned thread.") in found


AMA = """AMA digest: a councillor answers

Digest of the AMA posted on 28 January by u/CllrRMcNab, a city councillor.

Q (u/auld_reekie_bam, 2.1k points): Why 5% and not a flat fee?

A (OP): The Act lets councils set a percentage. That seems right to me.

Q (u/MarchmontMoaner, 1.6k): About time they paid something.
"""


def test_an_amas_questions_and_answers_are_their_posters() -> None:
    """ "Q (u/name, score):" is the asker's; "A (OP):" the original poster's, named in the
    digest's "by u/..."."""
    found = claims_of(AMA)
    assert ("u/CllrRMcNab", "say", "That seems right to me.") in found
    assert ("u/MarchmontMoaner", "say", "About time they paid something.") in found


PRINTED_INTERVIEW = """"The quay must stay open": a Q&A with Ruth Bell KC

HARBOUR REVIEW | The Interview | Interview by Tom Jago

Q: Will the quay close?

A: No. The quay is sound and it will stay open.

Q: And the fishermen?

A: They have my word on it.
"""

INTRODUCED = """"The quay must stay open"

HARBOUR REVIEW | The Interview | Interview by Tom Jago

Ruth Bell KC has chaired the harbour board since 2019.

Q: Will the quay close?

A: No. The quay is sound and it will stay open.

Q: And the fishermen?

A: They have my word on it.
"""


def test_a_printed_interviews_answers_are_the_interviewees() -> None:
    """ "A:" is the person the interview is with (its title's "Q&A with ...", or the name its
    introduction opens with), not its byline's interviewer; "Q:" is no one's statement."""
    for text in (PRINTED_INTERVIEW, INTRODUCED):
        found = claims_of(text)
        assert ("Ruth Bell", "say", "The quay is sound and it will stay open.") in found
        assert not any(c.startswith("Will the quay") for _, _, c in found)
        assert not any(s == "Tom Jago" for s, _, _ in found)


BARE_ANSWERS = """The harbourmaster who wants the quay rebuilt

Captain Ruth Bell, the harbourmaster at Polwenna, has run the port for twenty years. Interview by
Tom Jago.

Q: Will the quay close?

No. The quay is sound and it will stay open.

Q: And the fishermen?

They have my word on it.

Ruth Bell's talk on the harbour is at the chapel on 9 May.
"""


def test_a_magazine_interviews_bare_answers_are_the_interviewees() -> None:
    """Answers printed bare under each "Q:" are the interviewee's, up to the next question; a
    closing note that names her is about her, not her answer; "Q:" is no one's statement."""
    found = claims_of(BARE_ANSWERS)
    assert ("Ruth Bell", "say", "The quay is sound and it will stay open.") in found
    assert ("Ruth Bell", "say", "They have my word on it.") in found
    assert not any(c.startswith(("Will the quay", "Ruth Bell's talk")) for _, _, c in found)
    assert not any(s == "Tom Jago" for s, _, _ in found)
    one = BARE_ANSWERS.replace("Q: And the fishermen?\n\nThey have my word on it.\n\n", "")
    assert not any(s == "Ruth Bell" and c.startswith("The quay") for s, _, c in claims_of(one))


LETTERS_PAGE = """Your letters

From Mrs Irene Dolan, Todmorden: Our Margaret has gone over to the other side, I see.

From Mr Harold Gee, Mytholmroyd: Good on the Chair. Scrap it.

From Monday: the hall opens at ten.
"""


def test_a_letters_pages_from_name_and_town_label_is_the_writer() -> None:
    found = claims_of(LETTERS_PAGE)
    assert ("Irene Dolan", "say", "Our Margaret has gone over to the other side, I see.") in found
    assert ("Harold Gee", "say", "Scrap it.") in found
    assert not any(s == "Monday" for s, _, _ in found)  # no town after it: no writer


def test_a_chat_exports_dated_lines_are_their_handles() -> None:
    """ "[09/01/2023 20:41] mx_volt: ...": a date and time, then the handle as typed (a pin or
    badge after it is no part of the name)."""
    chat = ("The year in posts\n\n[09/01/2023 20:41] mx_volt: I hope they never legalise.\n\n"
            "[17/03/2023 08:03] Mod_Kez \U0001f4cc: Riding on the pavement is still illegal.\n")
    found = claims_of(chat)
    assert ("mx_volt", "hope", "they never legalise") in found
    assert ("Mod_Kez", "say", "Riding on the pavement is still illegal.") in found


def test_a_forums_lower_case_handle_with_an_underscore_is_a_poster() -> None:
    forum = ("Thread: the ruling\n\nvasilisa_luge: Our athletes were never part of any scheme.\n\n"
             "skel_north_CA (Calgary): The sample-swapping happened.\n")
    found = claims_of(forum)
    assert ("vasilisa_luge", "say", "Our athletes were never part of any scheme.") in found
    assert ("skel_north_CA", "say", "The sample-swapping happened.") in found


def test_a_networks_label_with_an_affiliation_after_a_comma() -> None:
    """Cable news prints "DR. HELEN YEO, LANSING INSTITUTE:" and "COL. MIKE TRAN (RET.), U.S.
    AIR FORCE:" before a guest's first turn."""
    show = ("THE EVENING BRIEF - TRANSCRIPT\n\n"
            "COL. MIKE TRAN (RET.), U.S. AIR FORCE: This was a collection platform.\n\n"
            "DR. HELEN YEO, LANSING INSTITUTE: A small chance, honestly.\n\n"
            "TRAN: You don't get that by accident.\n")
    found = claims_of(show)
    assert ("Mike Tran", "say", "This was a collection platform.") in found
    assert ("Helen Yeo", "say", "A small chance, honestly.") in found


def test_a_clip_played_on_air_is_its_speakers_turn() -> None:
    show = ("Northern Current\n\n[CLIP] DAVID LOCHRIDGE: I asked for the hull to be scanned.\n\n"
            "HOST (ANNE-MARIE DUBE): Dr Kavanagh is with us.\n\n"
            "DR. RUTH KAVANAGH: The people in that industry did see it coming.\n")
    found = claims_of(show)
    assert ("David Lochridge", "say", "I asked for the hull to be scanned.") in found



def test_a_bulletins_clip_names_its_speaker_inside_the_brackets() -> None:
    """A script prints "[SOUNDBITE - NAME, ROLE]:" or "[VOX POP - NAME, PLACE]:" before the
    clip's quotation: the name is the speaker, whatever the clip's kind."""
    show = ("Evening bulletin\n\n"
            "ANCHOR (RUTH PASCO): The harbour board met tonight.\n\n"
            '[SOUNDBITE - JOAN PELLOW, HARBOUR MASTER]: "The wall is safe and it stays open."\n\n'
            '[VOX POP - DEREK TONKIN, FISHERMAN, FOWEY]: "That wall is coming apart."\n')
    found = claims_of(show)
    assert ("Joan Pellow", "say", "The wall is safe and it stays open.") in found
    assert ("Derek Tonkin", "say", "That wall is coming apart.") in found


def test_a_scripts_cue_on_a_line_of_its_own_heads_what_is_said_below() -> None:
    """A television script's cue line ("[TAKE SOT. SUPER: NAME // ROLE]", "[NAME, VO]") names
    who speaks on the lines below it; a graphic's cue ("[FULL SCREEN GRAPHIC: ... STATEMENT]")
    is no speaker."""
    script = ("Six o'clock script\n\n"
              "[RUTH PASCO, ON CAM]\nThe harbour board met tonight in Fowey.\n\n"
              "[TAKE SOT. SUPER: JOAN PELLOW // HARBOUR MASTER]\n"
              '"The wall is safe and it stays open."\n\n'
              "[FULL SCREEN GRAPHIC: BOARD STATEMENT]\nThe board will publish its report.\n\n"
              "[TAKE SOT. SUPER: DEREK TONKIN // FISHERMAN]\n"
              '"That wall is coming apart."\n')
    found = claims_of(script)
    assert ("Joan Pellow", "say", "The wall is safe and it stays open.") in found
    assert ("Derek Tonkin", "say", "That wall is coming apart.") in found
    assert not any(s.lower().startswith("board") for s, _, _ in found)

FORUM_DIGEST = """The Waiting Room weekly digest

Mod_Fern (moderator), 28 May:

Summary for anyone who missed it. The commission says possession should not be a crime.

ThistleAndBolt, 28 May:

Four years later, I've changed my mind.

Legalise it properly, with testing and labels.

MSwarrior_Kent, 28 May 2025, 14:02:

Hard disagree. I'd lose the one thing that works.
"""


def test_a_forum_posters_header_line_heads_the_paragraphs_below() -> None:
    """ "ThistleAndBolt, 28 May:" on a line of its own: the post is every paragraph below it
    up to the next header (parsed text makes each line a paragraph)."""
    found = claims_of(FORUM_DIGEST)
    assert ("ThistleAndBolt", "say", "Legalise it properly, with testing and labels.") in found
    assert ("MSwarrior_Kent", "say", "I'd lose the one thing that works.") in found
    assert ("Mod_Fern", "say", "Summary for anyone who missed it.") in found


DASHED_THREAD = """Toll consultation: which way are you voting?

Kessel_Kate (Member, 88 posts) - 9 April 2025, 19:40

I ticked keep. Every penny from the toll goes back into the bridge.

MarlowMike - 9 April 2025, 20:15

The toll is a tax on people who have no other road.

Updated - 10 April 2025, 08:30

The consultation closes at the end of May.
"""


def test_a_handles_header_with_a_dash_before_the_date_heads_the_post() -> None:
    """ "Kessel_Kate (Member, 88 posts) - 9 April 2025, 19:40" heads the post below it; a dash
    is taken only after a handle ("Updated - 10 April" is no poster)."""
    found = claims_of(DASHED_THREAD)
    assert ("Kessel_Kate", "say", "Every penny from the toll goes back into the bridge.") in found
    assert ("MarlowMike", "say", "The toll is a tax on people who have no other road.") in found
    assert not any(s == "Updated" for s, _, _ in found)


PIPED_THREAD = """No gas boilers in new builds, then?

BoilerBob_Hull | Posts: 3,412 | 14 Dec 2023, 07:52

Thirty years of my trade binned by a consultation.

HeatPumpHal | Posts: 1,187 | 14 Dec 2023, 08:20

> Quote from: BoilerBob_Hull on 14 Dec 2023, 07:52

> Thirty years of my trade binned

It's new builds, mate. A heat pump there is a no-brainer.

Installer | Leeds and Wakefield
"""


def test_a_forum_posts_piped_header_heads_the_post_less_what_it_quotes() -> None:
    """ "handle | Posts: n | date" over a post; the "> " lines a reply quotes atop it are the
    quoted poster's, not the replier's; a signature's "Installer | Leeds" heads nothing."""
    found = claims_of(PIPED_THREAD)
    assert ("BoilerBob_Hull", "say", "Thirty years of my trade binned by a consultation.") in found
    assert ("HeatPumpHal", "say", "A heat pump there is a no-brainer.") in found
    assert not any(who == "HeatPumpHal" and "binned" in what for who, _, what in found)
    assert not any(who == "Installer" for who, _, _ in found)

POSTERS_LABELS = """Kessel Talk weekly digest

Here are the week's busiest posts on the jousting ban. Posts are trimmed for length.

Original post, by Lance_Lover:

Ban it in every county and be done with it.

Top reply (212 likes), by MumOfTwoInMarlow:

Our county banned it last spring and nobody misses it.

VisorDownVera (98 likes):

Oh brilliant, another thing for the sheriff to police.

THE POLL

We attached a snap poll to the thread. See you next week!
"""


def test_a_posters_label_on_its_own_line_heads_the_post_below() -> None:
    """ "VisorDownVera (98 likes):", "Top reply ..., by MumOfTwoInMarlow:": the poster's label,
    a handle or a name a post is "by", over the post; a capitals heading ends the last post."""
    found = claims_of(POSTERS_LABELS)
    assert ("Lance_Lover", "say", "Ban it in every county and be done with it.") in found
    assert ("MumOfTwoInMarlow", "say",
            "Our county banned it last spring and nobody misses it.") in found
    assert ("VisorDownVera", "say",
            "Oh brilliant, another thing for the sheriff to police.") in found
    assert not any("poll" in what for _, _, what in found)


HANSARD_SPEECH = """Jousting - House of Commons

2.14 pm

Dr Ivo Kessel (Marlow West) (Con): I beg to move,

That this House calls on the Government to withdraw its ban on jousting.

Mr Speaker, the ban will close every tiltyard in the county.

Ann Lee (Marlow East) (Lab): Will the hon. Gentleman give way?

Dr Kessel: I give way.

2.20 pm

The Secretary of State for Sport (Ms Ruth Bray): The ban stays.

Our plans keep archery open.
"""


def test_a_members_speech_runs_on_over_the_paragraphs_below_its_label() -> None:
    """Hansard prints a speech's later paragraphs with no label: they are the member's, up to
    the next label, a time or a heading."""
    found = claims_of(HANSARD_SPEECH)
    assert ("Ivo Kessel", "say", "Mr Speaker, the ban will close every tiltyard in the "
                                 "county.") in found
    assert ("Ruth Bray", "say", "Our plans keep archery open.") in found
    assert not any("2.20" in what for _, _, what in found)


def test_a_turn_does_not_run_on_over_a_label_in_capitals_it_cannot_read() -> None:
    """ "(VT) ANN LEE: ..." (a recorded clip's label) under a presenter's turn is another's
    turn, not the presenter's words."""
    found = claims_of("Jousting on the Sunday show\n\nRUTH BRAY: Good morning. We spoke to a "
                      "jouster.\n\n(VT) ANN LEE: My lance broke in April. The ban came too "
                      "late.\n\nIVO KESSEL: The ban is wrong.\n")
    assert not any(who == "Ruth Bray" and "lance" in what for who, _, what in found)


REPLIES = ["Jousting digest", "Opening post, Lance_Lover, Tuesday 21:04",
           "Ban it in every county and be done with it.", "Reply, SouthMarlowDad, 21:30",
           "Squires cost a fortune.", "Reply, VisorDownVera, Wednesday 07:12",
           "The lists are safer than ever."]


def test_a_replys_header_with_a_day_or_a_time_is_kept_and_heads_the_post() -> None:
    """ "Reply, SouthMarlowDad, 21:30": the cleaner keeps it (not glued buttons) and the post
    below is the poster's."""
    kept = clean_body([(i, t) for i, t in enumerate(REPLIES, 1)]).paragraphs
    found = claims_of("\n\n".join(kept) + "\n")
    assert ("SouthMarlowDad", "say", "Squires cost a fortune.") in found
    assert ("Lance_Lover", "say", "Ban it in every county and be done with it.") in found
    assert ("VisorDownVera", "say", "The lists are safer than ever.") in found


NUMBERED_THREAD = """#1 | Kessel_Fan_88 | 15 May 2024, 18:22 | Posts: 4,518

Scrap the jousting ban. It has ruined the fair.

Likes: 41

#2 | TiltYardTim | 15 May 2024, 18:40 | Posts: 902

Quote from: Kessel_Fan_88

"It has ruined the fair."

Not true though. The fair is busier than ever.

#3 PortcullisPete - 20:11

Busier, and safer.

GlasgowGav wrote: The ban stays, and good riddance.
"""


def test_a_numbered_thread_opens_the_body_and_a_reply_is_not_the_quote_it_carries() -> None:
    """ "#1 | handle | date" opening the body is a post's header, not a headline; "#3 name -
    20:11" heads a post; "Quote from: name" and the quotation below it are not the replier's;
    "GlasgowGav wrote: ..." is a post on its line."""
    found = claims_of(NUMBERED_THREAD)
    assert ("Kessel_Fan_88", "say", "Scrap the jousting ban.") in found
    assert ("TiltYardTim", "say", "The fair is busier than ever.") in found
    assert not any(who == "TiltYardTim" and "ruined" in what for who, _, what in found)
    assert ("PortcullisPete", "say", "Busier, and safer.") in found
    assert any(who == "GlasgowGav" and "good riddance" in what for who, _, what in found)
    assert not any(who in {"Likes", "PortcullisPete"} and "riddance" in what
                   for who, _, what in found)


REPLY_THREAD = """Is the jousting ban working?

Thread started by Kessel_Fan_88 | 14 May 2025, 21:07

Kessel_Fan_88: The fair feels empty without the lists. Does the ban even work?

Reply #1 | TiltYardTim | 21:15
The ban works. Nobody has been hurt since it came in.

Reply #2 | Lance_Lover | 21:32
It is a nonsense. Bring the lances back.
"""


def test_a_numbered_reply_header_heads_its_post() -> None:
    """ "Reply #1 | handle | 21:15" (forty-second session) heads the post below it, as "#1 |
    handle | date" does."""
    found = claims_of(REPLY_THREAD)
    assert ("TiltYardTim", "say", "The ban works.") in found
    assert ("Lance_Lover", "say", "Bring the lances back.") in found


MAIL_DIGEST = """Neighbors Digest, Vol 14, Issue 131

Message: 1

Date: Wed, 15 May 2024 07:12:40 -0400

From: Dave Kowalski (Fort Ave)

Subject: Re: NTSB report on the Key Bridge

On Tue, Mar 26, 2024 at 6:41 AM, Dave Kowalski wrote:

> Somebody did this on purpose.

I owe the list an apology for that one. It was the power, plain and simple.

Message: 2

From: Renee Whitfield (Latrobe Park)

On Wed, May 15, 2024 at 7:12 AM, Marcus Tate wrote:

> Nobody turned her in time.

Sure, the ship went dark. Nobody put proper fenders around those piers.
"""


def test_a_mailing_list_digests_messages_and_quotations() -> None:
    """ "From: <name>" heads a message (past its "Subject:"); "On <date>, <name> wrote:" heads
    the "> " lines it quotes, which are that writer's, inside the message around them."""
    found = claims_of(MAIL_DIGEST)
    assert ("Dave Kowalski", "say", "It was the power, plain and simple.") in found
    assert ("Renee Whitfield", "say", "Sure, the ship went dark.") in found
    assert any(s == "Marcus Tate" and "Nobody turned her in time." in c for s, _, c in found)
    assert not any(s in {"Subject", "Date", "Message"} for s, _, _ in found)


def test_a_digest_whose_body_opens_with_the_first_sender() -> None:
    """The cleaned body of a digest may start at its first "From:" line (the digest's title
    and table of contents dropped): that line heads the message, it is no headline."""
    body = MAIL_DIGEST.split("From: Dave", 1)[1].replace("Subject: Re: NTSB report on the Key "
                                                          "Bridge\n\n", "")
    found = claims_of("From: Dave" + body)
    assert ("Dave Kowalski", "say", "It was the power, plain and simple.") in found


STAMPED_THREAD = """Ferry forum digest: the harbour closure thread

Mon 3 Feb, 07:40 - Quayside_Kev:

The harbour will never reopen this year. Somebody wants it shut for good.

Mon 3 Feb, 08:05 - TideTable (replying to Quayside_Kev):

Steady on. The survey is routine after a storm like that.

Mon 3 Feb, 09:30 - [Moderator] Port_Anna:

Reminder: keep it civil.
"""


def test_a_forum_digests_stamped_header_heads_the_post_below() -> None:
    """ "Mon 3 Feb, 07:40 - handle:" on a line of its own heads the post below it, past a
    moderator's badge or a "(replying to ...)" note; a "Reminder:" is no speaker."""
    found = claims_of(STAMPED_THREAD)
    assert ("Quayside_Kev", "say", "The harbour will never reopen this year.") in found
    assert ("TideTable", "say", "The survey is routine after a storm like that.") in found
    assert not any(s == "Reminder" for s, _, _ in found)


WRITTEN_QUESTIONS = """Written questions: Harbour Dredging

Asked by Alan Pike (Labour, Seaford North)

To ask the Secretary of State for Transport, whether he will fund the dredging of Seaford harbour.

Answered on 7 May 2024 by Maria Lowe

The Government has no plans to fund the dredging. The harbour trust is responsible for it.
"""


def test_a_written_questions_asker_and_answerer_head_their_texts() -> None:
    """ "Asked by <member> (<party, seat>)" and "Answered on <date> by <minister>" head the
    question and the answer below them."""
    found = claims_of(WRITTEN_QUESTIONS)
    assert any(s == "Alan Pike" and "whether he will fund the dredging" in c
               for s, _, c in found)
    assert ("Maria Lowe", "say", "The harbour trust is responsible for it.") in found


def test_a_journalists_narration_is_no_turn_of_their_own() -> None:
    """A bulletin's anchor and its correspondent's voice-over report; what they attribute is
    a statement, their narration is no position of theirs."""
    show = ("Evening bulletin\n\n"
            "ANCHOR (RUTH PASCO): The harbour board met tonight. It voted to close the wall."
            "\n\n"
            "TOM BRAY (CORRESPONDENT, FOWEY): The vote split the board. Its chair, Joan Pellow, "
            "told me the wall was unsafe.\n\n"
            '[SOUNDBITE - DEREK TONKIN, FISHERMAN]: "That wall is coming apart."\n')
    found = claims_of(show)
    assert not any(s in {"Anchor", "Ruth Pasco", "Tom Bray"} for s, _, _ in found), found
    assert ("Joan Pellow", "tell", "the wall was unsafe") in found
    assert ("Derek Tonkin", "say", "That wall is coming apart.") in found


PODCAST = """Lane Four, episode 9: the kite question (transcript)

[00:00:04] RUTH: Welcome back. I'm Ruth Pasco.

[00:00:09] TOMAS: And I'm Tomas Vane, and I'm already cross about this week's story.

[00:01:21] CLIP (ANNA D'ARCY): The Marlow regatta will go ahead in June.
"""


def test_a_podcasts_turns_after_hours_minutes_and_seconds() -> None:
    """ "[00:01:08] NAME:" opens a turn as "[08:20] NAME:" does; a clip's speaker is named in
    its brackets, capitals written as a name is ("D'ARCY": "D'Arcy")."""
    found = claims_of(PODCAST)
    assert ("Tomas Vane", "say", "And I'm Tomas Vane, and I'm already cross about this week's "
            "story.") in found
    assert ("Anna D'Arcy", "say", "The Marlow regatta will go ahead in June.") in found


def test_one_turn_per_line_with_no_blank_lines_between() -> None:
    """A transcript printed one turn per line (forty-third session): each labelled line that
    follows a finished sentence is a turn of its own, not a line of the first speaker's."""
    text = ("Toll row on Marlow radio\n\nPRESENTER: Good morning. The toll starts today.\n"
            "ANN COLE: It is a disgrace and it will not work.\n"
            "TOM BRAY: I have paid it twice already. It works fine.\n")
    found = claims_of(text)
    assert ("Ann Cole", "say", "It is a disgrace and it will not work.") in found
    assert ("Tom Bray", "say", "It works fine.") in found
    assert not any(s == "Ann Cole" and "paid" in c for s, _, c in found)


def test_a_public_meetings_questions_and_answers() -> None:
    """ "Q (resident):" is the resident's question and "A (Dr Sam Okoro, hydrogeologist):" the
    answer of the person named; a plain word names no one. A reporter's "QUESTION (local
    radio):" stays the questioner's side (above)."""
    text = ("Questions from the public meeting, Kessel village hall\n\n"
            "Q (resident): Why haven't you shut the tannery down?\n"
            "A (Dr Sam Okoro, hydrogeologist): We have no evidence that anything is still "
            "leaking. We can only act on evidence.\n")
    doc = load_nlp()(text)
    found = {(c.speaker, c.content): c for c in extract_claims(doc)}
    asked = found[("resident", "Why haven't you shut the tannery down?")]
    assert not asked.speaker_is_named
    assert ("Sam Okoro", "We can only act on evidence.") in found


def test_a_tag_question_is_no_statement_of_the_pronoun() -> None:
    """ "they would say that, wouldn't they?": the caller's sneer, not "they" saying "wouldn't
    they"."""
    text = ("Marlow phone-in\n\nPRESENTER: The stewards say the rails are safe.\n\n"
            "CALLER (PHIL, KESSEL): Well, they would say that, wouldn't they?\n\n"
            "CALLER (SUE, MARLOW): I stood there last week. It felt safe to me.\n")
    found = claims_of(text)
    assert ("Phil", "say", "Well, they would say that, wouldn't they?") in found
    assert not any(s == "they" for s, _, _ in found)


def test_a_questioner_named_by_outlet_and_a_script_s_captions_are_no_speakers() -> None:
    """A press conference's "PENNINE FM:" and "Q (DALES HERALD):" ask for their readers; a
    script's "ASTON:" caption and "DUR:" timing are furniture; "SOT ANN COLE:" is Ann Cole's
    clip and "MAN 2:" a second man's vox pop."""
    text = ("Fire service briefing, Kessel\n\n"
            "AM ANN COLE: Good morning. These barbecues should not be on sale.\n"
            "PENNINE FM: Isn't this about a handful of idiots? Most people use them sensibly.\n"
            "Q (DALES HERALD): Your response?\n"
            "SOT TOM BRAY: \"A ban is the only thing that will work.\"\n"
            "ASTON: Tom Bray / Kessel Moorland Trust\n"
            "DUR: 0'12\"\n"
            "MAN: \"Ban them. The moor was on fire for a week.\"\n"
            "MAN 2: \"Leave us alone. We clear up after ourselves.\"\n")
    found = claims_of(text)
    speakers = {s for s, _, _ in found}
    assert not speakers & {"Pennine Fm", "PENNINE FM", "DALES HERALD", "Aston", "Dur"}, found
    assert ("Tom Bray", "say", "A ban is the only thing that will work.") in found
    assert ("Man 2", "say", "Leave us alone. We clear up after ourselves.") in found


def test_a_radio_scripts_clip_is_the_named_speakers() -> None:
    """ "CLIP: ANN COLE MP" over its "IN:", "OUT:", "DUR:" lines: the words below are Ann
    Cole's; a diary's "May 26:" is no speaker, nor are its lines turns."""
    text = ("Marlow Sound breakfast news\n\n"
            "READER: A Kessel MP wants a toll on the bridge.\n"
            "CLIP: ANN COLE MP\nIN: \"The toll...\"\nOUT: \"...a fair price.\"\nDUR: 0'09\"\n"
            "\"The toll is a fair price for a bridge that is falling down.\"\n\n"
            "CLIP: TOM BRAY, KESSEL HAULIERS\nIN: \"It will...\"\nOUT: \"...the town.\"\n"
            "DUR: 0'07\"\n\"It will drive every lorry through the town.\"\n\n"
            "May 26: jousting at the arena, 0900.\nMay 27: the toll vote.\n")
    found = claims_of(text)
    assert ("Ann Cole", "say", "The toll is a fair price for a bridge that is falling down.") in (
        found)
    assert ("Tom Bray", "say", "It will drive every lorry through the town.") in found
    assert not {s for s, _, _ in found} & {"May 26", "May 27", "Clip"}


COMMENTS = """Kessel bridge toll: your views

The council wants to charge drivers to cross the Kessel bridge from April.

Comments (3)

KesselKate: Another tax on people who have no choice. Scrap it.

Marlow88: The bridge is falling apart and somebody has to pay for it.

Bridgeview: I cross twice a day and I would pay it if the potholes got fixed.
"""


def test_a_comments_handles_speak_in_turn() -> None:
    """A label of one word with a capital or a digit inside names an account, as "@name"
    does."""
    found = {(s, c) for s, _, c in claims_of(COMMENTS)}
    assert ("KesselKate", "Scrap it.") in found
    assert ("Marlow88", "The bridge is falling apart and somebody has to pay for it.") in found


THREAD = """Kessel toll: is the bridge charge worth it?

u/quietharbour | 8 Apr | 131 points
The toll paid for the new deck. Keep it.

> u/bridge_nerd | 8 Apr | 97 points
> The deck was paid for in 2019. The toll is pure profit now.

>> u/quietharbour | 8 Apr | 9 points
>> Fair point.

u/MarlowRider [flair: cyclist] | 9 Apr | 63 points
The cyclists on the bridge pay nothing either way.
"""


def test_a_numbered_header_with_a_guillemet_opens_a_thread_and_heads_its_post() -> None:
    """ "#1 lance_lover \u00bb 11 Feb 19:42" (a forum's separator, which normalize_text keeps)
    opens the thread under its title and menu: the cleaner keeps it and the post below is the
    poster's, as is the next."""
    raw = ("KesselTalk forum: jousting ban - discuss\n\nKesselTalk > Local News\n\n"
           "#1 lance_lover \u00bb 11 Feb 19:42\nThe ban is a nonsense. Bring the lances back.\n\n"
           "#2 squire_sam \u00bb 11 Feb 20:05\nThe lists are safer than ever.\n")
    lines = [ln for ln in normalize_text(raw).splitlines() if ln]
    kept = clean_body(list(enumerate(lines, 1))).paragraphs
    assert "#1 lance_lover \u00bb 11 Feb 19:42" in kept
    found = claims_of("\n\n".join(kept) + "\n")
    assert ("lance_lover", "say", "The ban is a nonsense.") in found
    assert ("squire_sam", "say", "The lists are safer than ever.") in found


def test_a_threads_nested_replies_are_their_posters() -> None:
    """ "u/name | 8 Apr | 97 points" heads a post (any "u/" handle, a flair too); a nested
    reply's "> " lines under its own "> u/name | ..." header are that reply, not a quotation
    of the post above; a lone ">>" says nothing."""
    found = claims_of(THREAD)
    assert ("u/quietharbour", "say", "Keep it.") in found
    assert ("u/bridge_nerd", "say", "The toll is pure profit now.") in found
    assert ("u/quietharbour", "say", "Fair point.") in found
    assert ("u/MarlowRider", "say", "The cyclists on the bridge pay nothing either way.") in found
    assert not any(c.strip(" >") == "" for _, _, c in found)


def test_a_threads_headers_are_kept_by_the_cleaner() -> None:
    """The headers that name a thread's posters survive cleaning (not a link list, nor a
    byline for "Posted by")."""
    lines = ["Kessel toll digest", *(ln for ln in THREAD.splitlines()[2:] if ln)]
    kept = clean_body(list(enumerate(lines, 1))).paragraphs
    found = claims_of("\n\n".join(kept) + "\n")
    assert ("u/bridge_nerd", "say", "The toll is pure profit now.") in found
    for header in ("u/quietharbour | 8 Apr | 131 points", "> u/bridge_nerd | 8 Apr | 97 points",
                   "u/MarlowRider [flair: cyclist] | 9 Apr | 63 points"):
        assert header in kept
