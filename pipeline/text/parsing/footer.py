"""Footer evidence in the body: "Posted by" dates before the comments, outlet credits anywhere,
and the agency credit line that closes a wire story."""

from __future__ import annotations

import re

from pipeline.text.dates import DATE_PATTERN, find_date
from pipeline.text.parsing.lines import word_count
from pipeline.text.parsing.outlets import footer_outlet
from pipeline.text.parsing.state import ParseState
from pipeline.text.parsing.wires import credited_agency

CREDIT_ROWS = 3  # the last body rows searched for an agency's credit line

_TAIL_MARK_RE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:reply|comment)|related(?: \w+)?"
    r"|recent posts|most (?:read|popular|viewed|shared)|you (?:may|might) also like"
    r"|read (?:more|also|next)|more (?:from|stories|news|on)\b.*|latest(?: \w+)?|trending(?: now)?"
    r"|popular(?: \w+)?|see also|also read|no comments yet|top stories)\W*$"
    r"|\b(?:says|said)(?::|\.\.\.)",
    re.I,
)
_FOOTER_DATE_RE = re.compile(
    rf"^(?:{DATE_PATTERN}\s*[-–—|,:]?\s*)?(?:posted|published|filed|first published|last updated"
    r"|updated)\b",
    re.I,
)


def scan_footer(st: ParseState, start: int, body_start: int) -> None:
    """Outlet footers/credits in any unconsumed row; a "Posted by" date in the body before
    any comments or related-posts section."""
    dates_open = True
    for i in range(start, len(st.rows)):
        text = st.texts[i]
        if i in st.consumed or word_count(text) > 25:
            continue
        if i < body_start:
            pass
        elif dates_open and _TAIL_MARK_RE.search(text):
            dates_open = False
        elif dates_open and _FOOTER_DATE_RE.match(text) and (found := find_date(text)):
            st.add_date(found[0], "footer", i)
            dates_open = False
        if (outlet := footer_outlet(text)) is not None:
            st.add_outlet(*outlet, i)
    body = [i for i in range(body_start, len(st.rows)) if i not in st.consumed]
    for i in body[-CREDIT_ROWS:]:  # a story's credit line closes it; photo credits sit higher
        st.add_wire(credited_agency(st.texts[i], st.agencies), 2, i)

