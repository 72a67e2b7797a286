"""Verbs that do what an alleged act's verb does, by family: "bankrolled the coup" restates
"financed it", "was wiped out" restates "was destroyed". A proposition's event verbs take in its
predicate's family (`ACT_SYNONYMS`, proposition.py)."""

from __future__ import annotations

_FINANCING = ("finance", "fund", "bankroll", "pay_for", "pay_towards", "sponsor", "underwrite",
              "back", "invest_in")
# Who finances or writes, by more names than the verbs give: "the backers", "the true author".
BACKERS = {verb: ("financier", "funder", "backer", "investor", "bankroller", "paymaster",
                  "sponsor") for verb in ("finance", "fund")} | {"write": ("author",)}
# "harvested the profiles" restates "obtained the data"; "copied the files" "stole the data".
_TAKING = ("obtain", "harvest", "gather", "collect", "acquire", "take", "get_hold_of", "scrape",
           "mine", "access", "misuse", "exploit")
_STEALING = ("steal", "copy", "download", "exfiltrate", "access", "obtain", "get_hold_of")
# "spent the deposits", "diverted the funds" restate "used customer deposits".
_USING = ("use", "spend", "tap", "draw_on", "dip_into", "divert", "misuse", "siphon", "siphon_off",
          "raid", "deploy", "employ", "take")
DOWNING_VERBS = ("shoot_down", "bring_down", "down", "blow_up")  # "shot down": "brought down"
_BREAKING = ("break", "breach", "violate", "flout", "contravene", "infringe")  # "breached" too
_DESTROYING = ("destroy", "wipe_out", "annihilate", "obliterate", "massacre", "cut_down",
               "blow_up", "demolish")
# "brushed aside the warnings" restates "ignored the warnings".
_IGNORING = ("ignore", "disregard", "dismiss", "brush_aside", "brush_off", "wave_away",
             "shrug_off", "sit_on", "overrule", "override")
# "He was murdered" restates "was killed", and says someone meant it (meant_deed).
MEANT_KILLING = ("murder", "assassinate", "poison")
KILLING_WAYS = ("smother", "strangle", "suffocate", "slay")  # restate "killed", "murdered"
ACT_SYNONYMS = {verb: tuple(w for w in family if w != verb)
                for family, verbs in ((_FINANCING, ("finance", "fund")),
                                      (_TAKING, ("obtain", "harvest", "acquire", "collect")),
                                      (_STEALING, ("steal",)),
                                      (DOWNING_VERBS, DOWNING_VERBS), (_USING, ("use",)),
                                      (("kill", *MEANT_KILLING, *KILLING_WAYS), ("kill", "murder")),
                                      (_BREAKING, _BREAKING), (_IGNORING, ("ignore",)),
                                      (_DESTROYING, ("destroy",)))
                for verb in verbs}
