"""What page furniture looks like: the regexes, keyword lists and rule tables of the cleaner."""

from __future__ import annotations

import re

from pipeline.text.dates import MONTH_PATTERN

# ----------------------------------------------------------------------------- line shape
WORD_RE = re.compile(r"\w+")
SENT_END_RE = re.compile(r"""(?:[.!?。！？؟]|[.!?]\s?["')\]]+|\w"|:)\s*$""")
# A quotation signed after a dash ('"Scrap it." - Darren, 42, plumber, Stoke'), a vox pop: it
# ends a sentence inside its marks, and the signature names who said it.
SIGNED_QUOTE_RE = re.compile(r"""^\s*["“‘].{8,}?[.!?]["”’]\s*[-–—]\s*[A-Z][^"“”]{1,80}$""")
TEASER_END_RE = re.compile(r"(?:…|\.\.\.)\s*$")
NO_LETTERS_RE = re.compile(r"[\W\d_]*$")
STARTS_LOWER_RE = re.compile(r"[^\W\d_A-Z]")
WRAP_STOP_RE = re.compile(r"""[.!?:;"')\]|>»]\s*$""")
QUOTE_SAID_RE = re.compile(
    r"""["'].{3,}["'],?\s+(?:\w+\s+){0,4}(?:said|says|told|added|wrote|warned|asked)\b|"""
    r"""\b(?:said|says|told|added|wrote|warned)\b[^"]{0,60}:\s*["']""",
    re.I,
)
READER_RE = re.compile(r"\b(?:(?i:we|we're|we've|our|you|you're|you've|your)|us)\b")
FOLD_RE = re.compile(r"[\W_]+")
GLUED_RE = re.compile(r"[a-z\d](?=[A-Z][a-z])")
# A forum post's header: "#7 NorthAtlanticTrack, 6 Aug 2015", "▲ 2.4k · u/skeptical_sam" (its
# handle glued in camel case, its score and separators like a button bar's).
POST_HEADER_RE = re.compile(r"#\d{1,4}\s+\S|.{0,30}?(?<![\w/])u/[\w-]{2,30}\s*$")
# A poster's label on its own line, the post below it: "GranOfSeven:", "BuzzLightyearsMum (98
# likes):", "Top reply, by MumOfTwoInLeeds:", "ThreeUnderFive asked:" (a handle, not a glued
# button row: the colon closes it).
POSTER_LABEL_RE = re.compile(r"(?:[^:]{0,40}\bby\s+)?[\w.-]{2,30}(?:\s*\([^()]{1,40}\))?"
                             r"(?:\s+(?:asked|replied|wrote|said|posted|added|commented))?\s*:$")
# A transcript's speaker label opening a turn: "NAOMI PRICE MP: ...", "Dr Ann Lee (Marlow)
# (Lab): ..."; what follows is the speaker's, not a notice to the reader.
TURN_LABEL_RE = re.compile(r"[A-Z][A-Z'\u2019. -]{1,40}(?:\([^()\n]{1,40}\))?\s*:\s|"
                           r"(?:[A-Z][\w'\u2019.-]*\s+){1,4}\([^()\n]{1,40}\)\s*"
                           r"(?:\([^()\n]{1,30}\)\s*)?:\s")
# A poster's handle: an underscore, a digit or a capital inside it ("Giglio_Lover", "Nodge68",
# "MumOfTwoInLeeds"; not a surname's "McDonald", "DeSantis").
HANDLE_SHAPE = (r"(?=[\w.-]*(?:_|\d|[a-z][A-Z]))"
                r"(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+\b)")
HANDLE = HANDLE_SHAPE + r"[\w.-]{2,30}"
# A forum post's header of piped fields: a handle (an underscore, a digit or a capital inside
# it), then a date or a time among the fields: "CombiKing_Leeds | Posts: 3,412 | 14 Dec 2023,
# 07:52", perhaps after the post's number ("#1 | ", "Reply #1 | "), the fields also set apart by
# dots ("TollDodger77 \u00b7 Member since 2011 \u00b7 8 Feb 2022, 07:42"); a "u/" handle of any
# shape, a flair in brackets, a nested reply's "> " before it ("> u/quiet | 8 Apr | 97
# points"), a thread's "r/Kessel | Posted by u/name | 8 Apr 2026"; not "Home | News | Sport"
# (also transcripts.py's post header).
PIPED_POST_RE = re.compile(
    rf"(?:>+[ \t]*|r/\w{{2,30}}[ \t]*\|[ \t]*Posted[ \t]+by[ \t]+)?"
    rf"(?:(?:[A-Z][a-z]{{2,8}}[ \t]+)?#\d{{1,4}}[ \t]*\|[ \t]*)?"
    rf"(?P<name>u/[\w.-]{{2,30}}|{HANDLE})(?:\s*(?:\([^()\n]{{1,60}}\)|\[[^\[\]\n]{{1,60}}\]))?"
    r"(?=[^\n]*(?:\d[:.]\d\d|\b(?:19|20)\d\d\b|\|[ \t]*\d{1,2}[ \t]+[A-Z][a-z]{2,8}\b))"
    r"(?:[ \t]*[|\u00b7\u2022][ \t]*[^|\u00b7\u2022\n]{1,40}){1,4}[ \t]*(?:\n(?=\S)|$)")
# A social network's post header: the poster's name (a group's too), perhaps "replied", a
# badge or two, and the post's time last, the fields set apart by dots: "Dan Whitlock \u00b7 14
# May at 20:31", "Sarah Okoro \u00b7 Admin \u00b7 15 May at 07:58", "Jo Pritchard replied \u00b7
# 2h", "Dave (Leicester) \u00b7 27 January 2026", "Admin post \u00b7 10 June at 08:05", "@ann_lee
# \u00b7 07:40"; or by a dash before a clock time ("Kev Rudd - 2 March at 19:02", not a
# dateline's "London - 12 May"); the post below it (also transcripts.py's post header). The time
# last: not a masthead's "Spadework Monthly \u00b7 April 2013 \u00b7 Feature"; no byline ("By Ann
# Lee \u00b7 14 May 2024"), live page's stamp ("Live \u00b7 12:30") nor button row ("Like \u00b7
# Reply \u00b7 2h").
SOCIAL_POST_RE = re.compile(
    r"(?!(?:By|Updated|Published|Posted|Edited|Written|Last|Like|Reply|Share|Comment|Sponsored"
    r"|Photo|Image|Video|Watch|Listen|Read|Pinned|Live|Breaking)\b)"  # a byline, a button row
    r"(?P<name>@\w{2,30}|[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|van|von|al|bin|da|di"
    r"|le|la|&)){0,3})(?:\s+@\w{2,30})?(?:\s*\((?P<role>[^()\n]{1,60})\))?"  # "Ann Lee @annlee"
    r"(?:\s+(?:replied|commented|posted|shared|post))?"
    r"(?:(?:[ \t]*[\u00b7\u2022][ \t]*[^\u00b7\u2022\n\d][^\u00b7\u2022\n]{0,39}?){0,2}"  # badges
    r"[ \t]*[\u00b7\u2022][ \t]*"
    r"(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}|Yesterday|Today)"
    r"(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[APap][Mm])?)?"
    r"|\d{1,2}[:.]\d{2}(?:\s*[APap][Mm])?|\d{1,2}\s?(?:h|hr|hrs|m|min|mins|d|w|y)|Just now)"
    r"|[ \t]+[-\u2013\u2014][ \t]+"  # or a dash, then a clock time: "Kev Rudd - 2 March at
    r"(?:(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}|Yesterday|Today)"  # 19:02"
    r"(?:,?\s+\d{4})?,?\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}(?:\s*[APap][Mm])?)"
    r"[ \t]*(?:\n(?=\S)|$)")
# A numbered forum post's header line: "#2 HeavyMetal777 (retired 777 captain), 9 Mar 2014",
# "#3 PortholePete - 20:11", "#4 Kessel_fan, 6 May 2021, 20:14 (edited 08:15)", "#5 ann_b \u00bb
# 11 Feb 19:42", "#6 ann_b 12:14", the post below it (also transcripts.py's post header; with no
# `tail`, a bare "#1 Sophie" is one only there).
NUMBERED_POST_RE = re.compile(r"#\d{1,4}\s+(?P<name>[\w'\u2019.-]{2,30})"
                              r"(?:\s*\((?P<role>[^()\n]{1,60})\))?(?P<tail>,(?:[^\n.!?:]|:(?=\d))"
                              r"{1,40}|\s+[-\u2013\u2014\u00bb|]\s+(?:[^\n.!?]|\.(?=\d)){1,30}"
                              r"|\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?(?:\n(?=\S)|$)")
# A forum post's header line of its own: "ThistleAndBolt, 28 May:", "Mod_Fern (moderator), 28
# May 2025, 14:02:", "Opening post, Hattie_T, Tuesday 21:04", "Reply, SouthLondonDad, 21:30" (a
# bare time only after "Reply,"), a handle's "Kessel_Kate (Member, 88 posts) - 9 April 2025,
# 19:40" (a dash only after a handle: not "Updated - 9 April"), a petition's comment "Ann Lee, 4
# February" and "Reply from Dr Ann Lee, sleep researcher, 22 February", the post below it (also
# transcripts.py's post header).
POSTER_HEADER_RE = re.compile(
    r"(?P<lead>(?:[A-Z][a-z]+\s+)?(?:[Pp]ost|[Rr]eply|[Cc]omment|[Aa]nswer|[Rr]esponse)"
    r"(?:,\s+|\s+from\s+))?"  # "Reply, SouthLondonDad", "Reply from Ann Lee"
    rf"(?P<name>(?P<handle>{HANDLE_SHAPE})?[\w.-]{{2,30}}"
    r"(?:\s+(?:[A-Z][a-z][\w'\u2019.-]{0,19}|[A-Z]\.?)){0,2})"  # "Ann Lee", "Dan P"
    r"(?:\s*\((?P<role>[^()\n]{1,60})\)|,\s+[a-z][\w' -]{1,40}(?=,))?"  # ", sleep researcher"
    r"(?:,\s*|(?(handle)\s+[-\u2013\u2014]\s+|(?!)))"
    rf"(?:(?:\d{{1,2}}\s+(?i:{MONTH_PATTERN})\.?|(?i:{MONTH_PATTERN})\.?\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?|[A-Z][a-z]{2,5}day|(?(lead)(?=\d)|(?!)))"  # a month: not "Block 14"
    r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?\s*:?\s*$")
# A mail digest's sender line, whose message follows (after a "Subject:" line): "From: Dave
# Kowalski (Fort Ave)", "From: Ann Lee <ann@example.org>" (also transcripts.py's message header).
MAIL_FROM_RE = re.compile(r"From:\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
                          r"(?:\s*\((?P<role>[^()\n]{1,60})\))?\s*(?:<[^>\n]*>)?\s*$")
FUNCTION_WORD_RE = re.compile(
    r"\b(?:the|a|an|is|are|was|were|has|have|had|been|will|would|could|this|that|its|their|his|"
    r"her)\b",
    re.I,
)

# An article sentence that merely starts like furniture ("Follow the money, she told reporters.",
# "Source: a person close to the talks said ..."): a closed sentence with a reporting verb or a
# finite verb. A call to action or a line addressing the reader needs the reporting verb.
CLOSED_SENTENCE_RE = re.compile(r"""[a-z0-9%)'"”’][.!?]["')\]”’]*\s*$""")
REPORTING_RE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|urged|urges|warned|asked|announced"
    r"|according to|reported)\b",
    re.I,
)
FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does)\b", re.I)
CALL_TO_ACTION_RE = re.compile(
    r"(?:click|tap|subscribe|sign|register|join|donate|follow|share|download|read|watch|listen"
    r"|support|get|save|like|comment)\b",
    re.I,
)

# ----------------------------------------------------------------------------- scripts
SCRIPT_LETTERS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}
ASCII_RUN_RE = re.compile(r"[\x00-\x7f]+")

# ----------------------------------------------------------------------------- line rules
_I = re.I


def _full(alternatives: str) -> re.Pattern[str]:
    """A whole-line match, tolerant of trailing punctuation/counts like ':' or '(12)'."""
    return re.compile(rf"(?:{alternatives})\s*(?:\(\d+\)|\d+)?\s*[:.!»›>|-]*$", _I)


_SOCIAL = (
    r"facebook|twitter|x|instagram|linkedin|reddit|pinterest|telegram|whatsapp|youtube|"
    r"tiktok|threads|bluesky|flipboard|messenger|tumblr|mastodon|email|e-mail|sms|print|"
    r"copy link|copy this link|copy url|share|tweet|save|comments?"
)
_SOCIAL_SITE = (
    r"facebook|twitter|x|instagram|linkedin|telegram|youtube|tiktok|threads|bluesky|whatsapp|"
    r"google news"
)
SECTION_LIST_RE = _full(
    r"related(?:\s+(?:articles?|stories|posts?|content|topics|coverage|news|links|reading|"
    r"videos?|internet links))?|read more|read also|also read|see also|further reading|"
    r"more on this(?:\s+story| topic)?|more (?:from|on|in|about|stories|news|articles|"
    r"headlines|videos)(?:\s+\S+){0,4}|don'?t miss|editor'?s picks?|in other news|"
    r"around the web|from (?:our|the) partners|(?:sponsored|promoted|partner)\s*(?:content|"
    r"stories|links|news)?|what to read next|most (?:read|popular|viewed|shared|watched|"
    r"commented|recent)(?:\s+\S+){0,4}|trending(?:\s+\S+){0,3}|popular(?:\s+\S+){0,3}|"
    r"recommended(?:\s+\S+){0,3}|you (?:may|might) also (?:like|enjoy|be interested in)|"
    r"top (?:stories|news|headlines)|latest(?:\s+\S+){0,3}|features|"
    r"(?:explore )?more on these topics|(?:related )?topics|(?:blog )?archives?|categories|"
    r"what'?s hot|hot topics|editor'?s choice|top picks|just in|more (?:stories|news)|"
    r"in case you missed it|you may have missed|recommended reading|related videos?|"
    r"more (?:for you|like this|to (?:explore|read|watch))|"
    r"meta|recent comments|popular posts|key (?:links|topics)|follow (?:us|the latest)|"
    r"newsletters?"
)
SECTION_TERMINAL_RE = _full(
    r"comments?|reader comments|(?:no|show|view|load|hide|read|add|post|leave|write) "
    r"(?:a |your |the )?comments?(?: yet)?|(?:\d+|no) (?:comments?|responses?|replies|thoughts)"
    r"(?: (?:on|to)\b.*)?|leave a (?:reply|comment|response)(?:\s+cancel reply)?|"
    r"join the (?:conversation|discussion|debate)|discussion|have your say|"
    r"what do you think\??|comments? on this (?:article|story)|recent posts|"
    r"about the authors?|about (?:me|us)|more (?:articles|stories|posts) by(?:\s+\S+){0,4}|"
    r"sort (?:comments )?by\b\W*(?:best|top|new(?:est)?|old(?:est)?|popular|oldest first)?"
)
COMMENTS_ON_RE = re.compile(r"\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\b", _I)

# Rules tried with .match (anchored at the line start) on lines of at most `max_words` words,
# in order; the first that fires gives the reason.
START_RULES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("gallery", 8, re.compile(
        r"(?:\d+\s*)?(?:view|open|see|launch)\s+(?:the\s+)?(?:gallery|slideshow|photos?|images?)"
        r"\s*$|(?:gallery|slideshow|photo gallery|in pictures)\s*$|"
        r"\d+\s+(?:photos?|images?|pictures|slides)\s*$|(?:photo|image|slide)\s+\d+\s+of\s+\d+|"
        r"(?:click|tap) to (?:enlarge|expand|zoom)|(?:enlarge|expand|zoom)(?: this)?(?: image)?$|"
        r"(?:play|watch|replay|pause|mute)(?: video| now)?$|video(?:\s+\d+:\d\d)?$|"
        r"\d{1,2}:\d{2}\s*(?:play|video|watch)", _I)),
    ("photo_credit", 14, re.compile(
        r"\(?\s*(?:photo|photograph|image|picture|pic|foto|credit|illustration|"
        r"photo credit|image source|source image)s?(?:\s+(?:by|credit))?\s*[:,]\s*[^.]{1,80}\)?$|"
        r"\(?\s*(?:©|\(c\))(?!.*(?:\d{4}|rights))\s*[\w .&/-]{2,60}\)?$|"
        r"(?:getty images|reuters|afp|ap|epa|pa|shutterstock|alamy)(?:\s*/\s*[\w ]+)?$", _I)),
    ("photo_caption", 60, re.compile(
        r"(?:image|photo|picture|video|media) caption\b|caption\s*:|pictured\s*:|"
        r"(?:above|top|left|right|main|inset|below)(?: (?:picture|image|photo))?\s*:", _I)),
    ("share_follow", 12, re.compile(
        rf"(?:(?:{_SOCIAL})[\s,/|·•]*)+$|share (?:this|on|to|via|by|the|article|story|"
        r"post|page)\b|(?:click|tap) to (?:share|email|print)|<<.*\bfollow\b|"
        r"follow (?:us|me|him|her|them)\b|\d+(?:[.,]\d+)?k?\s*(?:shares?|likes?|comments?)?$|"
        # a post's counts: "[4 photos] 212 reactions - 87 comments - 40 shares"
        r"(?:\[\d+ (?:photos?|images?|videos?)\]\s*)?(?:\d+(?:[.,]\d+)?k?\s+(?:reactions?|likes?|"
        r"comments?|shares?|replies|views|reposts|retweets)(?:\s*[-\u00b7\u2022|,]\s*|\s*$))+$|"
        r"(?:email this|blogthis!?|share to \w+)$|listen to this (?:article|story)|"
        r"(?:save|bookmark) (?:this )?(?:article|story)?$|"
        r"(?:replying|in reply) to(?:\s+(?:and\s+)?@\w{2,30},?)+$", _I)),  # a reply's own handles
    ("comment_form", 14, re.compile(
        r"log out\s*/|change\s*\)|notify me of (?:new|follow-up)|"
        r"(?:post|submit|add|cancel) (?:a )?(?:comment|reply)$|cancel reply$|"
        r"(?:comment|name|email|website|e-mail)\s*\*?$|sign in to (?:comment|reply)|"
        r"(?:viewing options|reply|delete|report|flag|like|dislike|upvote|downvote|"
        r"report abuse|load more comments|show more comments)$|"
        r"\S+(?:\s+\S+){0,3}\s+says\s*:$|\S+(?:\s+\S+){0,3}\s+(?:says|said|wrote)\s*\.\.\.$|"
        r"\S+\s+(?:said|wrote)\s*:$|subscribe to:\s*post comments",
        _I)),
    ("cookie_notice", 10, re.compile(
        r"(?:accept|reject|allow|refuse|decline)(?: all| cookies| all cookies)?$|"
        r"(?:manage|customi[sz]e|cookie) (?:preferences|settings|options|cookies|choices)$|"
        r"(?:we|this (?:web)?site) (?:use|uses) cookies|we value your privacy|"
        r"(?:cookie|privacy) (?:policy|notice|settings)$|(?:i )?(?:agree|ok|got it)$", _I)),
    ("subscribe", 20, re.compile(
        r"(?:subscribe|sign up|become a (?:member|subscriber|supporter)|support us|"
        r"start (?:your )?free trial)\b|"
        r"(?:register|join|donate|claim (?:the |this )?offer|get (?:the )?app)\b.{0,40}$|"
        r"already (?:a )?(?:subscriber|member|registered)\b|save \d+%|"
        r"(?:our|the) (?:morning|evening|daily|weekly) \w+$", _I)),
    ("promo", 12, re.compile(r"(?:click|tap) here\b|(?:download|get) (?:our|the) app\b", _I)),
    ("login", 5, re.compile(
        r"(?:log ?in|sign ?in|sign out|log ?out|register|my account|account|profile|"
        r"login\s*/\s*register|sign in\s*/\s*register|create (?:an )?account)$", _I)),
    ("advert", 8, re.compile(
        r"(?:advertisement|advertising|advert|ad|ads|sponsored|promoted|paid (?:content|post)|"
        r"partner content|story continues(?: below(?: advertisement)?)?|article continues below"
        r"(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue"
        r"(?: with content)?|skip advert|close ad|report this ad|ad feedback)\s*\.?$", _I)),
    ("navigation", 14, re.compile(
        r"skip to (?:main )?(?:content|navigation|main|search|footer)|(?:menu|search|close|"
        r"home|back to top|top|next|previous|prev|more|show more|load more|see more|view all|"
        r"see all|read next|toggle navigation|open menu|close menu|main menu|navigation|"
        r"newer posts?|older posts?|next (?:article|post|story)|previous (?:article|post|story)|"
        r"show more updates|full forecast|view full table|latest|oldest)\s*[»›>]*$|"
        r"(?:«|‹|<)\s*\S|(?:[\w&'-]+ ){0,3}[\w&'-]+(?: (?:>|›|»|/) "
        r"(?:[\w&'-]+ ){0,3}[\w&'-]+)+$|search for:", _I)),
    ("timestamp", 16, re.compile(
        r"(?:(?:published|updated|posted|last updated|first published|modified|created)"
        r"(?: on| at)?\s*:?\s*)?(?:about |just )?\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|"
        r"h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?|y|years?)\s+ago\.?$|just now$|"
        r"(?:published|updated|posted|last updated|first published|modified)\b.{0,60}"
        r"(?:\d{4}|\d{1,2}[:.]\d{2}|ago)\b.{0,40}$|"
        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?"
        r"\s+)?\d{4}(?:\s*(?:,|at|@|-|–|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
        r"$|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|bst|utc|cet|est|edt|pst|[A-Z]{3}))?"
        r"(?:\s.{0,30})?$|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}(?:\s.{0,20})?$|"
        r"\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen|watch)$|reading time\b", _I)),
    ("byline", 30, re.compile(
        r"[Bb]y\s+[A-Z][\w'.-]*(?:\s+[\w'.&,-]+){0,10}$|(?i:(?:posted|written|edited|compiled|"
        r"produced|reported|words|text) by\b.{0,80}$)|(?i:\(?(?:additional )?(?:reporting|writing|"
        r"editing|research|compiled|edited) by\b.{0,160}$)|(?i:source\s*:.{0,80}$)|"
        r"(?:[A-Z][\w'.-]+\s+){1,3}[A-Z][\w'.-]+,\s*(?:[\w-]+\s+){0,3}(?i:reporter|correspondent|"
        r"editor|writer|columnist|contributor|staff|journalist)$")),
    ("tags", 25, re.compile(
        r"(?:tags?|tagged|labels?|topics?|filed under|categor(?:y|ies)|posted in|"
        r"keywords?)\s*(?::|\b).{0,120}$", _I)),
    ("footer", 60, re.compile(
        r"(?:©|\(c\)|copyright\b)|this (?:entry|post|article) was (?:posted|published|filed)\b|"
        r"theme\s*:|(?:terms(?: of (?:use|service))?|"
        r"privacy(?: policy| notice| dashboard)?|terms and (?:conditions|privacy policy)|"
        r"contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|accessibility(?: help)?|"
        r"help|feedback|sitemap|site map|rss|more info|complaints|corrections|"
        r"do not sell my (?:personal )?information)$", _I)),
)
# Phrases that mark a line anywhere in it: (reason, max_words, cheap keywords, pattern).
PHRASE_RULES: tuple[tuple[str, int, tuple[str, ...], re.Pattern[str]], ...] = (
    ("comment_form", 80, ("comment", "akismet", "connecting to", "your details", "email address",
                          "required fields", "save my name"), re.compile(
        r"you are commenting using your|connecting to %s|fill in your details below|"
        r"save my name, email|your email address will not be published|required fields are "
        r"marked|site uses akismet|commenter agrees to|comments are (?:subject to|moderated|"
        r"closed)|community (?:guidelines|standards|rules)", _I)),
    ("share_follow", 40, ("follow",), re.compile(
        rf"\bfollow\b.{{0,80}}\bon (?:{_SOCIAL_SITE})\b", _I)),
    ("footer", 80, ("rights reserved", "powered by", "registered in", "registered office"),
     re.compile(r"\ball rights reserved\b|\bpowered by\b|\bregistered (?:in england|office)\b",
                _I)),
    ("subscribe", 40, ("free", "subscriber"), re.compile(
        r"\b(?:free|premium) articles? (?:left|remaining)\b|\byou have \d+ free\b|"
        r"\b(?:for|only for) subscribers\b|\bsubscribers? only\b", _I)),
    ("embed", 60, ("pic.twitter", "(@", "instagram"), re.compile(
        r"pic\.twitter\.com/|\(@\w+\)\s*(?:\w+\s+\d{1,2},\s+\d{4})?\s*$|"
        r"^view this post on instagram$|^a post shared by\b", _I)),
    ("byline", 40, ("contributed to this", "originally published", "first published",
                    "appears in"),
     re.compile(r"\bcontributed to this (?:report|story|article)\b|^(?:this (?:article|story|"
                r"piece) (?:was|is|has been) )?(?:originally|first) published\b|"
                r"^this (?:article|story|piece) (?:appears|appeared) in\b", _I)),
    ("promo", 60, ("commission", "affiliate"), re.compile(
        r"\b(?:receive|earn|get|make)s? (?:a )?(?:small )?(?:commission|share of (?:the )?sales)|"
        r"\baffiliate (?:links?|commission|partner)", _I)),
)
# Long lines addressing the reader (we/you) with one of these are notices, not article prose.
READER_KEYS = (
    "cookie", "consent", "personal data", "privacy", "partners", "personalised", "personalized",
    "newsletter", "inbox", "sign up", "signing up", "subscri", "free trial", "member",
    "support us", "support our", "unlimited access", "ad-free", "donat", "click here",
    "download", "notification", "email us", "contact us", "contact our", "got a story",
    "got a tip", "submit", "send us", "get in touch", "we pay for", "comment",
)
READER_NOTICE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cookie_notice", re.compile(
        r"\bcookies?\b|\bconsent\b|"
        r"\b(?:process|stor|collect|access|us)\w*\b.{0,40}\bpersonal data\b|"
        r"\bprivacy\b.{0,60}\b(?:polic|settings|"
        r"choices|preferences)|\bour (?:\d+ )?partners\b|\bpersonali[sz]ed (?:ads|advertising)",
        _I)),
    ("subscribe", re.compile(
        r"\bnewsletters?\b|\binbox\b|\bsign(?:ing)? up\b|\bsubscri(?:be|ption|ber)s?\b|"
        r"\bunsubscribe\b|\bfree trial\b|\bbecome a (?:member|subscriber|supporter)\b|"
        r"\bsupport (?:us|our (?:journalism|work))\b|\bunlimited access\b|\bad-free\b|"
        r"\bdonat(?:e|ion)\b|\bmembers(?:hip)?\b.{0,40}\b(?:month|year)\b", _I)),
    ("promo", re.compile(
        r"\bclick here\b|\bdownload (?:our|the) app\b|\bnotifications\b|\bemail us\b|"
        r"\bcontact (?:us|our newsdesk)\b|\bgot a (?:story|tip)\b|\bsubmit\b.{0,80}\b(?:letter|"
        r"response|story|tip)|\bsend us\b|\bget in touch\b|\bwe pay for\b", _I)),
    ("comment_form", re.compile(r"\bcomments?\b.{0,60}\b(?:policy|guidelines|rules|terms)\b", _I)),
)
LINK_SEP_RE = re.compile(r"\s*(?:\||•|·|\s/\s)\s*")
CREDIT_TAIL_RE = re.compile(
    r"(?:photo(?:graph)?|image|picture|pic|credit|illustration|file photo|photo credit)s?"
    r"(?:\s+by)?\s*:\s*[^:.!?\"]{2,80}\)?\s*$|(?:photo(?:graph)?|illustration|"
    r"image|picture|artwork)s? by (?-i:[A-Z])[^.!?\"]{2,60}\)?\s*$|"
    r"\((?:photo|image|picture)s?\s*:[^)]{2,80}\)\s*$|"
    r"(?:getty images|/\s*(?:afp|reuters|ap|epa|pa|getty))\s*\)?\s*$",
    _I,
)
CREDIT_KEYS = ("photo", "image", "picture", "pic", "credit", "illustration", "artwork", "getty",
                "/")
AUTHOR_ROLE_RE = re.compile(
    r"\b(?:journalists?|reporters?|correspondents?|editors?|writers?|news-writers|authors?|"
    r"columnists?|contributors?|analysts?|lecturer|professor|fellow|researcher|blogger|"
    r"commentator|freelance|staff|photographer|producer|presenter|broadcaster|novelist)\b",
    _I,
)
BLURB_START_RE = re.compile(
    r"(?:the\s+)?(?!(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\b\.?)"
    r"(?:[A-Z][\w'’.-]*\s+){1,5}(?:is|are|was|has been|have been|writes|covers|reports|"
    r"teaches|works)\b",
)
NAME_LINE_RE = re.compile(r"(?:by\s+)?(?:[A-Z][\w'’.-]*\s*){1,5}$")
INLINE_RELATED_RE = re.compile(
    r"(?:related(?: (?:article|story|coverage|content|reading))?|read more|read also|"
    r"also read|see also|more|don'?t miss|recommended|further reading|watch|listen|"
    r"more on this(?: story)?|editor'?s pick|must read|also on \w+)\s*[:|>»›-]\s*\S",
    _I,
)
