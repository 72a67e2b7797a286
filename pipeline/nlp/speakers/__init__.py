"""Who is speaking: name forms, titles/roles and antecedents of "he" / "the spokesman".

Article-local and rule-based: the longest name form of a person in the article is used
("Kanaani" -> "Nasser Kanaani"), honorifics are stripped ("Ayatollah Seyyed Ali Khamenei" ->
"Ali Khamenei") and titles become the role ("Supreme Leader"). Pronouns and definite role
noun phrases point back to the nearest compatible person; a role-only lead sentence
("..., Iranian Foreign Minister spokesperson said Monday.") points forward to a person
introduced in the next sentence.

`names` holds the `Speaker` record, word lists and name clean-up (role words the NER took into a
name: "Lib Dem MP Lembit Opik" -> "Lembit Opik", role "Lib Dem MP"); `mentions` what one article
offers (its name forms, its candidate mentions); `resolver` turns a head token into a
`Speaker`; `antecedents` follows pronouns, role and organisation nouns to whom they mean;
`roles` decides which earlier-named person a role phrase ("the Tory leader") can mean: it is
resolved only when exactly one person fits.
"""

from __future__ import annotations

from pipeline.nlp.speakers.names import (
    AGE_NOUN,
    ANAPHORIC_ORG_NOUNS,
    GENERIC_PERSON_NOUNS,
    HONORIFICS,
    MEDIA_NOUNS,
    NAME_SUFFIXES,
    ORG_NOUNS,
    RELATIONAL,
    ROLE_NOUNS,
    TITLES,
    Speaker,
    clean_name,
    np_tokens,
    span_text,
    split_role_before,
    strip_determiner,
)
from pipeline.nlp.speakers.resolver import SpeakerResolver

__all__ = [
    "AGE_NOUN",
    "ANAPHORIC_ORG_NOUNS",
    "GENERIC_PERSON_NOUNS",
    "HONORIFICS",
    "MEDIA_NOUNS",
    "NAME_SUFFIXES",
    "ORG_NOUNS",
    "RELATIONAL",
    "ROLE_NOUNS",
    "TITLES",
    "Speaker",
    "SpeakerResolver",
    "clean_name",
    "np_tokens",
    "span_text",
    "split_role_before",
    "strip_determiner",
]
