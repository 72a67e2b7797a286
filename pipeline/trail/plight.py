"""People a policy acts on, as evaluation sees them: named by their plight ("the poorest",
"struggling families") they are no bad thing to reduce, and deterring them is a harm."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.trail.evaluative import phrasal_keys

# People a policy acts on; a bad word before them is their plight ("hard-pressed motorists").
_PEOPLE = frozenset("people family household owner homeowner tenant resident pensioner parent "
                    "child pupil student patient driver motorist smoker worker employee "
                    "taxpayer voter customer consumer citizen neighbour landlord farmer "
                    "shopkeeper trader community victim applicant graduate man woman person "
                    "individual suspect detainee prisoner inmate foreigner national passenger "
                    "traveller commuter crew buyer visitor tourist investor shopper "
                    "guest renter leaseholder borrower saver mortgage-holder carer claimant "
                    "recipient veteran retiree teenager adult cyclist rider pedestrian "
                    "motorcyclist".split())
_PLIGHT = frozenset("struggling vulnerable poor poorer poorest hard-pressed elderly sick ill "
                    "disabled grieving bereaved low-paid hard-up needy desperate cash-strapped "
                    "worried frightened suffering dying homeless jobless unemployed lonely frail "
                    "injured terminally-ill housebound isolated anxious nervous scared stressed "
                    "confused exhausted overwhelmed".split())
_MANY = frozenset("thousands millions hundreds many most some".split())
# Keeping people away from something they would do: "deter students", "put off applicants".
_DETER = frozenset("deter discourage put_off drive_away price_out shut_out scare_off lock_out "
                   "leave_behind".split())


def by_plight(obj: Token) -> bool:
    """ "the poorest", "the most vulnerable", "the sick", "struggling families": people named
    by their plight, not a bad thing to reduce ("punish struggling families" is a harm)."""
    if obj.lemma_.lower() in _PEOPLE and any(c.lower_ in _PLIGHT for c in obj.children):
        return True  # not "rogue landlords": a vice, which punishing reduces
    return obj.tag_ in {"JJ", "JJS"} and any(c.dep_ == "det" and c.lower_ == "the"
                                             for c in obj.children)


def people(obj: Token) -> bool:
    """People, or a number of them ("thousands of students", "the very people")."""
    if obj.lower_ in _MANY:
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), obj)
    return obj.lemma_.lower() in _PEOPLE


def persons(tok: Token) -> bool:
    """People by noun, name or pronoun ("the men", "Abu Qatada", "them")."""
    return people(tok) or tok.ent_type_ in {"PERSON", "NORP"} or tok.lower_ in {
        "them", "him", "her", "they", "he", "she", "nobody", "no-one", "everyone", "everybody",
        "anyone", "anybody"}


def deters(verb: Token, obj: Token) -> str:
    """ "deter thousands of students from applying", "put off the very people": a harm, not
    a reduction of a bad thing ("deter crime"); the verb as quoted ("put off"), or ""."""
    found = sorted(set(phrasal_keys(verb)) & _DETER)
    return found[0].replace("_", " ") if found and people(obj) else ""
