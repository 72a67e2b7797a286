"""Boilerplate removal: article body lines -> kept paragraphs + every dropped line with a reason.

How `clean_body` decides, in order:

1. Hard-wrapped paragraphs are re-joined first: a line that does not end a sentence, directly
   followed (next line number) by one starting in lower case, is one logical line.
2. Line rules ("strong" rules) tag page furniture wherever it appears: captions and credits,
   galleries, share/follow bars, comment forms, cookie/subscription/login prompts, adverts,
   timestamps, bylines, link lists (``a | b | c``), footers, embeds, lone punctuation, button
   labels glued together. Rules for long lines need the reader to be addressed (we/our/you/
   your), so an article sentence *about* cookies or newsletters survives; a line over 40 words
   needs two different notice keywords. Then: a line in another script than the document's
   (a Hebrew caption in an English article) is ``foreign_script``; a short line directly above
   a credit line is ``photo_caption``; repeats of the title are ``title_repeat``; a repeated
   line is ``duplicate_line`` (or ``navigation`` when short, like menus at top and bottom).
3. Section headings open regions. *List* headings (``Related``, ``Read more``, ``Most read``,
   ``Trending`` ...) tag the lines under them until article text clearly resumes: a prose line
   of >= 25 words, or two consecutive prose lines of >= 10 words (so a related block in the
   middle of an article costs only the block). *Terminal* headings (``Comments``, ``N thoughts
   on``, ``Leave a Reply``, ``Recent Posts``, ``About the author``, ``Sort by``) cut everything
   below them, but only once >= 30% of the document's prose lies above (a "Comments" link in a
   share bar at the top is treated like a list heading instead).
4. The article core is the maximum-sum run of lines (Kadane): prose scores its word count (half
   for a paragraph missing its full stop), furniture scores negative, and every further line of
   an unbroken run of non-prose lines costs GAP_STEP more, so a caption between paragraphs is
   bridged but a block of teaser cards or comments is not. Everything outside the core is
   dropped (``outside_article``/``navigation`` unless a more specific reason applies).
5. Inside the core only tagged lines, list regions, runs of >= 3 menu-like lines, pull quotes (a
   line repeated inside a longer one) and an author blurb after the last article paragraph (a
   byline-ish line + "X is a journalist/editor ..." paragraph) are dropped. Every other line,
   including short quotes and crossheads, is kept.

Blank lines are skipped without a RemovedLine (they carry no text). Pure regex, no I/O; about
0.4 ms for a typical article, ~1.5 ms for a whole page dump.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.text.records import CleanedBody, Line, RemovedLine

__all__ = ["clean_body"]

# ----------------------------------------------------------------------------- scoring constants
MIN_PROSE_WORDS = 4  # shorter lines are never scored as prose
LONG_PROSE_WORDS = 8  # prose lines at least this long score their full word count
READER_NOTICE_WORDS = 40  # longer reader-addressed lines need two notice keywords
TEASER_MAX_WORDS = 40  # a line this short ending in "..." is a teaser, not prose
UNPUNCTUATED_PROSE = 12  # a line without a closing sentence mark must be this long to be prose
PROSE_CAP = 80  # cap on one line's score, so one huge paragraph cannot drag the core around
RESUME_ONE = 25  # a list region ends at a prose line this long ...
RESUME_TWO = 10  # ... or at two consecutive prose lines at least this long
TERMINAL_MASS = 0.3  # share of prose that must precede a terminal heading for it to cut
MENU_RUN = 3  # consecutive 1-3 word lines inside the core that count as a menu
PULL_QUOTE_MAX_WORDS = 40
WRAP_MIN_CHARS = 25  # a line this long not ending a sentence may continue on the next line

SOFT_PENALTY = 3  # furniture that also appears between article paragraphs
CHROME_PENALTY = 8  # page chrome
HEADING_PENALTY = 12  # a list-section heading
GAP_STEP = 2  # extra penalty per line already in the current run of non-prose lines
SOFT_REASONS = frozenset({
    "photo_caption", "photo_credit", "gallery", "advert", "related_list", "foreign_script",
    "share_follow", "duplicate_line", "byline", "timestamp", "pull_quote", "punctuation",
    "title_repeat",
})

# ----------------------------------------------------------------------------- line shape
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"""(?:[.!?。！？؟]|[.!?]\s?["')\]]+|\w"|:)\s*$""")
_TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")
_NO_LETTERS = re.compile(r"[\W\d_]*$")
_STARTS_LOWER = re.compile(r"[^\W\d_A-Z]")
_WRAP_STOP = re.compile(r"""[.!?:;"')\]|>»]\s*$""")
_QUOTE_SAID = re.compile(
    r"""["'].{3,}["'],?\s+(?:\w+\s+){0,4}(?:said|says|told|added|wrote|warned|asked)\b|"""
    r"""\b(?:said|says|told|added|wrote|warned)\b[^"]{0,60}:\s*["']""",
    re.I,
)
_READER = re.compile(r"\b(?:(?i:we|we're|we've|our|you|you're|you've|your)|us)\b")
_NORM = re.compile(r"[\W_]+")
_GLUED = re.compile(r"[a-z\d](?=[A-Z][a-z])")
_FUNCTION = re.compile(
    r"\b(?:the|a|an|is|are|was|were|has|have|had|been|will|would|could|this|that|its|their|his|"
    r"her)\b",
    re.I,
)

# ----------------------------------------------------------------------------- scripts
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")

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
_SECTION_LIST = _full(
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
_SECTION_TERMINAL = _full(
    r"comments?|reader comments|(?:no|show|view|load|hide|read|add|post|leave|write) "
    r"(?:a |your |the )?comments?(?: yet)?|(?:\d+|no) (?:comments?|responses?|replies|thoughts)"
    r"(?: (?:on|to)\b.*)?|leave a (?:reply|comment|response)(?:\s+cancel reply)?|"
    r"join the (?:conversation|discussion|debate)|discussion|have your say|"
    r"what do you think\??|comments? on this (?:article|story)|recent posts|"
    r"about the authors?|about (?:me|us)|more (?:articles|stories|posts) by(?:\s+\S+){0,4}|"
    r"sort (?:comments )?by\b\W*(?:best|top|new(?:est)?|old(?:est)?|popular|oldest first)?"
)
_COMMENTS_ON = re.compile(r"\d+\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\b", _I)

# Rules tried with .match (anchored at the line start) on lines of at most `max_words` words,
# in order; the first that fires gives the reason.
_START_RULES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
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
        r"(?:email this|blogthis!?|share to \w+)$|listen to this (?:article|story)|"
        r"(?:save|bookmark) (?:this )?(?:article|story)?$", _I)),
    ("comment_form", 14, re.compile(
        r"log out\s*/|change\s*\)|notify me of (?:new|follow-up)|"
        r"(?:post|submit|add|cancel) (?:a )?(?:comment|reply)$|cancel reply$|"
        r"(?:comment|name|email|website|e-mail)\s*\*?$|sign in to (?:comment|reply)|"
        r"(?:viewing options|reply|delete|report|flag|like|dislike|upvote|downvote|"
        r"report abuse|load more comments|show more comments)$|"
        r"\S+(?:\s+\S+){0,3}\s+(?:says|said|wrote)\s*(?::|\.\.\.)$|subscribe to:\s*post comments",
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
_PHRASE_RULES: tuple[tuple[str, int, tuple[str, ...], re.Pattern[str]], ...] = (
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
_READER_KEYS = (
    "cookie", "consent", "personal data", "privacy", "partners", "personalised", "personalized",
    "newsletter", "inbox", "sign up", "signing up", "subscri", "free trial", "member",
    "support us", "support our", "unlimited access", "ad-free", "donat", "click here",
    "download", "notification", "email us", "contact us", "contact our", "got a story",
    "got a tip", "submit", "send us", "get in touch", "we pay for", "comment",
)
_READER_NOTICE: tuple[tuple[str, re.Pattern[str]], ...] = (
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
_LINK_SEP = re.compile(r"\s*(?:\||•|·|\s/\s)\s*")
_CREDIT_TAIL = re.compile(
    r"(?:photo(?:graph)?|image|picture|pic|credit|illustration|file photo|photo credit)s?"
    r"(?:\s+by)?\s*:\s*[^:.!?\"]{2,80}\)?\s*$|(?:photo(?:graph)?|illustration|"
    r"image|picture|artwork)s? by (?-i:[A-Z])[^.!?\"]{2,60}\)?\s*$|"
    r"\((?:photo|image|picture)s?\s*:[^)]{2,80}\)\s*$|"
    r"(?:getty images|/\s*(?:afp|reuters|ap|epa|pa|getty))\s*\)?\s*$",
    _I,
)
_CREDIT_KEYS = ("photo", "image", "picture", "pic", "credit", "illustration", "artwork", "getty",
                "/")
_AUTHOR_ROLE = re.compile(
    r"\b(?:journalists?|reporters?|correspondents?|editors?|writers?|news-writers|authors?|"
    r"columnists?|contributors?|analysts?|lecturer|professor|fellow|researcher|blogger|"
    r"commentator|freelance|staff|photographer|producer|presenter|broadcaster|novelist)\b",
    _I,
)
_BLURB_START = re.compile(
    r"(?:the\s+)?(?!(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\b\.?)"
    r"(?:[A-Z][\w'’.-]*\s+){1,5}(?:is|are|was|has been|have been|writes|covers|reports|"
    r"teaches|works)\b",
)
_NAMEY = re.compile(r"(?:by\s+)?(?:[A-Z][\w'’.-]*\s*){1,5}$")
_INLINE_RELATED = re.compile(
    r"(?:related(?: (?:article|story|coverage|content|reading))?|read more|read also|"
    r"also read|see also|more|don'?t miss|recommended|further reading|watch|listen|"
    r"more on this(?: story)?|editor'?s pick|must read|also on \w+)\s*[:|>»›-]\s*\S",
    _I,
)


@dataclass(slots=True)
class _Row:
    """One logical body line (a hard-wrapped paragraph's lines are one row) and its features."""

    parts: tuple[Line, ...]  # the original (line_no, text) lines
    text: str
    words: int
    prose: bool  # running text (see _shape)
    ends: bool  # ends with a sentence mark
    key: str = ""  # case- and punctuation-folded text, for repeats
    reason: str | None = None  # set when the line is dropped
    section: str | None = None  # "list" / "terminal" for section headings


def clean_body(lines: Sequence[Line], *, title: str | None = None) -> CleanedBody:
    """Keep the article paragraphs of `lines`; return them with every dropped line and why."""
    rows = [_Row(parts, text, *_shape(text), key=_norm(text)) for parts, text in _unwrap(lines)]
    if not rows:
        return CleanedBody(paragraphs=(), removed=())
    _tag_lines(rows, title)
    start, end = _core(rows)
    _tag_core(rows, start, end)
    kept = tuple(r.text for r in rows[start:end] if r.reason is None)
    removed = tuple(
        RemovedLine(no, text, r.reason) for r in rows if r.reason for no, text in r.parts
    )
    return CleanedBody(paragraphs=kept, removed=removed)


def _unwrap(lines: Sequence[Line]) -> list[tuple[tuple[Line, ...], str]]:
    """Non-blank lines, re-joining a hard-wrapped paragraph: a line that does not end a sentence
    followed directly (next line number) by one starting in lower case."""
    out: list[tuple[tuple[Line, ...], str]] = []
    for no, raw in lines:
        text = raw.strip()
        if not text:
            continue
        if out:
            parts, prev = out[-1]
            if (
                no == parts[-1][0] + 1
                and len(parts[-1][1]) >= WRAP_MIN_CHARS
                and _STARTS_LOWER.match(text)
                and not _WRAP_STOP.search(prev, max(0, len(prev) - 8))
            ):
                hyphen = prev.endswith("-") and prev[-2:-1].isalpha()
                out[-1] = ((*parts, (no, text)), prev + ("" if hyphen else " ") + text)
                continue
        out.append((((no, text),), text))
    return out


# ----------------------------------------------------------------------------- features


def _shape(text: str) -> tuple[int, bool, bool]:
    """(word count, is prose, ends a sentence) of one line.

    Prose is running text: enough lower-case words, and either a closing sentence mark or (for
    a paragraph whose final full stop is missing) at least UNPUNCTUATED_PROSE words.
    """
    tokens = text.split()
    words = len(_WORD.findall(text)) if len(text) <= 300 else len(tokens)
    if not text.isascii():
        cjk = len(_SCRIPTS["cjk"].findall(text))
        words = max(words, words - len(tokens) + 1 + cjk // 2) if cjk else words
    tail = max(0, len(text) - 8)
    ends = bool(_SENT_END.search(text, tail))
    if words < MIN_PROSE_WORDS or (words <= TEASER_MAX_WORDS and _TEASER_END.search(text, tail)):
        return words, False, ends
    if not ends and (words < UNPUNCTUATED_PROSE or len(_FUNCTION.findall(text)) < 2):
        return words, False, ends  # a headline, not a paragraph missing its full stop
    lower = cased = 0
    for token in tokens[:40]:
        initial = token.lstrip("\"'(«[-")[:1]
        cased += initial.isupper() or initial.islower()
        lower += initial.islower()
    if cased >= 4:
        return words, lower >= 0.25 * cased, ends
    return words, True, ends


def _script(text: str) -> tuple[str | None, int, int]:
    """(dominant script, its letter count, all letters counted) of a line (letters approximate)."""
    if text.isascii():
        n = len(text) - text.count(" ")
        return ("latin" if n else None), n, n
    rest = _ASCII_RUN.sub("", text)
    counts = {name: len(rx.findall(rest)) for name, rx in _SCRIPTS.items()}
    counts["latin"] += len(text) - len(rest) - text.count(" ")
    name = max(counts, key=counts.__getitem__)
    return (name if counts[name] else None), counts[name], sum(counts.values())


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


def _line_reason(row: _Row) -> str | None:
    """The strong rule that fires on one line, if any."""
    text, words = row.text, row.words
    if _NO_LETTERS.match(text):
        return "punctuation"
    for reason, max_words, rx in _START_RULES:
        if words <= max_words and rx.match(text):
            if reason in ("byline", "tags", "footer", "timestamp") and row.prose and words > 25:
                continue  # long running text that merely starts like furniture
            return reason
    low = text.casefold()
    for reason, max_words, keys, rx in _PHRASE_RULES:
        if words <= max_words and any(k in low for k in keys) and rx.search(text):
            return reason
    if not row.prose and _INLINE_RELATED.match(text):
        return "related_list"
    if text.endswith(("»", "›")) and words <= 14:
        return "navigation"  # "Next post »"
    tail = max(0, len(text) - 130)
    credit_tail = words <= 45 and any(k in low[tail:] for k in _CREDIT_KEYS)
    if credit_tail and _CREDIT_TAIL.search(text, tail):
        return "photo_caption"
    if words <= 8 and len(_GLUED.findall(text)) >= 2:
        return "navigation"  # button labels copied without spaces: "412ReplyAwardShare"
    if ("|" in text or "•" in text or "·" in text or " / " in text) and _is_link_list(text):
        return "link_list"
    if (
        words >= 6
        and any(k in low for k in _READER_KEYS)
        and _READER.search(text)
        and not _QUOTE_SAID.search(text)
    ):
        needed = 1 if words <= READER_NOTICE_WORDS else 2  # long paragraphs need more evidence
        for reason, rx in _READER_NOTICE:
            if len({m.casefold()[:5] for m in rx.findall(text)}) >= needed:  # distinct stems
                return reason
    return None


def _is_link_list(text: str) -> bool:
    """`Home | News | Sport` style lines: separators between several short segments."""
    parts = [p for p in _LINK_SEP.split(text) if p.strip()]
    sizes = [len(_WORD.findall(p)) for p in parts]
    return (len(parts) >= 3 and max(sizes) <= 6) or (len(parts) == 2 and sum(sizes) <= 10)


def _section(row: _Row) -> str | None:
    """"terminal" / "list" when the line is a boilerplate-section heading."""
    if row.words > 12 and not _COMMENTS_ON.match(row.text):
        return None
    if _SECTION_TERMINAL.match(row.text) or _COMMENTS_ON.match(row.text):
        return "terminal"
    if row.words <= 8 and _SECTION_LIST.match(row.text):
        return "list"
    return None


def _section_reason(row: _Row) -> str:
    t = row.text.casefold()
    if "archive" in t or "categor" in t or t.startswith(("meta", "recent comments")):
        return "navigation"
    if "author" in t or t.startswith(("about", "more articles by", "more stories by")):
        return "author_blurb"
    if row.section == "terminal" and "recent" not in t:
        return "comments"
    if "topic" in t or "tag" in t:
        return "tags"
    if "newsletter" in t or "follow" in t:
        return "subscribe"
    return "related_list"


# ----------------------------------------------------------------------------- tagging


def _tag_lines(rows: list[_Row], title: str | None) -> None:
    """Strong line rules, foreign scripts, captions, repeats, section headings."""
    scripts = [_script(r.text) for r in rows]
    totals: Counter[str] = Counter()
    for name, n, _ in scripts:
        if name:
            totals[name] += n
    doc_script = totals.most_common(1)[0][0] if totals else None
    title_key = _norm(title) if title else ""
    counts = Counter(r.key for r in rows)
    seen: set[str] = set()
    for i, row in enumerate(rows):
        key = row.key
        name, n, total = scripts[i]
        row.section = _section(row)
        if row.section:
            continue
        if title_key and (key == title_key or _is_title_variant(key, title_key)):
            row.reason = "title_repeat"
        else:
            row.reason = _line_reason(row)
        if row.reason is None and name and name != doc_script and n >= 3 and n >= 0.5 * total:
            row.reason = "foreign_script"
        if row.reason is None and key in seen:
            row.reason = "duplicate_line" if row.words > 3 else "navigation"
        elif row.reason is None and counts[key] > 1 and row.words <= 3 and not row.prose:
            row.reason = "navigation"  # menus repeated at the top and bottom of the page
        seen.add(key)
    for i, row in enumerate(rows):  # a short caption directly above a credit line
        if row.reason == "photo_credit" and i and rows[i - 1].reason in (None, "photo_caption"):
            prev = rows[i - 1]
            if prev.section is None and prev.words <= 25:
                prev.reason = "photo_caption"


def _is_title_variant(key: str, title_key: str) -> bool:
    """`Title - Site` / `Site | Title` / an upper-cased title."""
    if len(title_key) < 12:
        return False
    return (key.startswith(title_key) or key.endswith(title_key)) and len(key) <= len(
        title_key
    ) * 1.6


# ----------------------------------------------------------------------------- the core


def _score(row: _Row) -> float:
    """A line's contribution to the article core: prose > 0, furniture < 0."""
    if row.reason:
        return -(SOFT_PENALTY if row.reason in SOFT_REASONS else CHROME_PENALTY)
    if row.prose and not row.ends:
        return min(row.words, PROSE_CAP) / 2
    if row.prose:
        return float(min(row.words, PROSE_CAP)) if row.words >= LONG_PROSE_WORDS else row.words / 2
    if row.words <= 3:
        return -3.0
    return -4.0 if row.words <= 12 else -1.0


def _list_regions(rows: list[_Row], heads: list[int]) -> None:
    """Tag lines under each section heading until article text clearly resumes."""
    for h in heads:
        rows[h].reason = rows[h].reason or _section_reason(rows[h])
        reason = _section_reason(rows[h])
        j = h + 1
        while j < len(rows) and rows[j].section is None and not _resumes(rows, j):
            rows[j].reason = rows[j].reason or reason
            j += 1


def _resumes(rows: list[_Row], j: int) -> bool:
    """Whether article text clearly resumes at row j (ending a list region)."""
    row = rows[j]
    if not row.prose or row.reason:
        return False
    if row.words >= RESUME_ONE:
        return True
    nxt = rows[j + 1] if j + 1 < len(rows) else None
    return row.words >= RESUME_TWO and nxt is not None and nxt.prose and not nxt.reason and (
        nxt.words >= RESUME_TWO
    )


def _core(rows: list[_Row]) -> tuple[int, int]:
    """[start, end) of the article core; tags section regions on the way."""
    mass = [max(_score(r), 0.0) for r in rows]
    total = sum(mass) or 1.0
    before = 0.0
    barriers: list[int] = []
    list_heads: list[int] = []
    for i, row in enumerate(rows):
        if row.section == "terminal" and before / total >= TERMINAL_MASS:
            barriers.append(i)
        elif row.section:
            list_heads.append(i)
        before += mass[i]
    cut = barriers[0] if barriers else len(rows)
    for i in range(cut, len(rows)):  # everything under the first real terminal heading
        rows[i].reason = rows[i].reason or _section_reason(rows[cut])
    _list_regions(rows, [h for h in list_heads if h < cut])
    best, best_span = 0.0, (0, 0)
    run, run_start, gap = 0.0, 0, 0
    for i in range(cut):
        s = -HEADING_PENALTY if rows[i].section else _score(rows[i])
        if s <= 0:  # each further line of a gap costs more: long furniture blocks split the text
            s -= GAP_STEP * gap
            gap += 1
        else:
            gap = 0
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (run_start, i + 1)
    if best <= 0:  # no prose at all: keep whatever the line rules left
        return 0, cut
    return best_span


def _tag_core(rows: list[_Row], start: int, end: int) -> None:
    """Core-only rules, then reasons for everything outside the core."""
    core = rows[start:end]
    _tag_menu_runs(core)
    _tag_pull_quotes(rows, core)
    _tag_author_blurb(core)
    for row in rows[:start] + rows[end:]:
        if row.reason is None:
            row.reason = "navigation" if row.words <= 3 and not row.prose else "outside_article"


def _tag_menu_runs(core: list[_Row]) -> None:
    """Runs of MENU_RUN or more untagged 1-3 word lines (menus, tag lists, share bars)."""
    run: list[_Row] = []
    for row in [*core, None]:
        if row is not None and row.reason is None and not row.prose and row.words <= 3:
            run.append(row)
            continue
        if len(run) >= MENU_RUN:
            for r in run:
                r.reason = "navigation"
        run = []


def _tag_pull_quotes(rows: list[_Row], core: list[_Row]) -> None:
    """A short line whose text also appears inside a longer line (a pull quote)."""
    big = "\n".join(r.key for r in rows)
    same = Counter(r.key for r in rows)
    for row in core:
        if (
            row.reason is None
            and 6 <= row.words <= PULL_QUOTE_MAX_WORDS
            and big.count(row.key) > same[row.key]  # also inside a longer line
        ):
            row.reason = "pull_quote"


def _tag_author_blurb(core: list[_Row]) -> None:
    """An "X is a journalist ..." paragraph after the last article paragraph (and its heading)."""
    kept = [i for i, r in enumerate(core) if r.reason is None]
    last = next((i for i in reversed(kept) if core[i].prose), None)
    if last is None:
        return
    row = core[last]
    if not (_BLURB_START.match(row.text) and _AUTHOR_ROLE.search(row.text)):
        return
    if _QUOTE_SAID.search(row.text) or row.words > 90 or sum(core[i].prose for i in kept) < 2:
        return
    row.reason = "author_blurb"
    prev = [i for i in kept if i < last]
    if prev and not core[prev[-1]].prose and _NAMEY.match(core[prev[-1]].text):
        core[prev[-1]].reason = "author_blurb"


