"""Set phrases whose words mean nothing alone ("a white elephant", "a step in the right
direction", "a tax on being alive"), and their valence (valence.phrase_valences reads them)."""

# Faults of too little count for the policy: they want more of it (valence.py).
INSUFFICIENT = 1.5
_TOO_LITTLE_PHRASES = ("half measure", "half measures", "halfway house", "watered down",
                       "cop out", "drop in the ocean", "drop in the bucket", "half done",
                       "half-done")

# The valence goes to the phrase's syntactic head.
PHRASE_VALENCE = {
    "the sooner the better": 2.0, "about time": 2.0, "flies in the face": -2.0,
    "fly in the face": -2.0, "flew in the face": -2.0, "white elephant": -2.0,
    "slippery slope": -2.0,
    **dict.fromkeys(("tax on being", "tax on having", "tax on living", "tax on breathing",
                     "tax on aspiration", "tax on success", "tax on ambition", "tax on hard work",
                     "tax on working", "tax on going to work", "tax on turning up",
                     "tax on employing", "tax on employment", "fine for employing",
                     "fine for working"),
                    -2.0),  # a tax on what no one should pay for: "a tax on being disliked"
    "big brother": -2.0, "own goal": -2.0,
    "dreamt up": -1.5, "dreamed up": -1.5, "trojan horse": -2.0, "sticking plaster": -1.5,
    "smoke and mirrors": -2.0, "smokescreen": -2.0, "wishful thinking": -2.0,
    "step too far": -2.0, "kick in the teeth": -2.0, "dog's breakfast": -2.0,
    "damp squib": -2.0, "fig leaf": -2.0, "paper tiger": -2.0, "knee-jerk": -2.0,
    "empire-building": -1.5, "empire building": -1.5, "sledgehammer to crack a nut": -2.0,
    "blunt instrument": -2.0, "blunt tool": -2.0,  # crude, hitting the wrong people too
    "much good it did": -2.0, "much good that did": -2.0, "fat lot of good": -2.0,  # no good
    "red tape": -1.5, "treat the symptom": -1.5, "treats the symptom": -1.5,
    "treating the symptom": -1.5, "treats a symptom": -1.5, "treat a symptom": -1.5,
    "treating a symptom": -1.5,  # not the cause
    "solution looking for a problem": -2.0,
    "value for money": 1.5, "step forward": 2.0, "step in the right direction": 2.0,
    "common sense": 1.5, "no-brainer": 2.0, "win-win": 2.0, "surveillance society": -2.0,
    "police state": -2.0, "nanny state": -2.0, "whose time has come": 2.0,
    "whose time had come": 2.0, "way forward": 1.5, "better spent": -2.0,
    "better used": -2.0, "better invested": -2.0, "more good spent": -2.0,  # elsewhere
    "backward step": -2.0, "backwards step": -2.0, "step backwards": -2.0,
    "retrograde step": -2.0, "go to the wall": -2.0, "went to the wall": -2.0,
    "out of business": -2.0, "go bust": -2.0, "went bust": -2.0, "close their doors": -2.0,
    "coach and horses": -3.0, "black hole": -2.0, "rule of law": 1.5, "gold standard": 2.0,
    "place in a civilised": 2.0,
    "place in a civilized": 2.0, "place in a modern": 2.0, "place in modern": 2.0,
    "place in the 21st century": 2.0, "place in today's": 2.0,
    **dict.fromkeys(("dressed up as", "dressed up for", "dressed as", "disguised as",
                     "masquerading as", "passed off as"), -1.5),  # a false front (valence.py)
    "is a start": 1.5, "was a start": 1.5, "'s a start": 1.5, "as a start": 1.5,
    "but a start": 1.5,  # more wanted, not less (also "only a start" below)
    "has a place in": 1.5, "have a place in": 1.5, "has no place in": -2.0,
    "have no place in": -2.0, "had no place in": -2.0, "has a place on": 1.5,
    "have a place on": 1.5, "has no place on": -2.0, "have no place on": -2.0,
    "had no place on": -2.0,  # ("on our roads"; not "took place in")
    "class war": -2.0, "judge and jury": -2.0, "judge, jury and": -2.0,
    "playing politics": -2.0, "play politics": -2.0, "played politics": -2.0,
    "last straw": -2.0, "by another name": -1.5, "fall short": -2.0, "falls short": -2.0,
    "fell short": -2.0, "falling short": -2.0, "think again": -2.0,
    "back to the drawing board": -2.0, "stealth tax": -2.0, "tax grab": -2.0,
    "price worth paying": 2.0, "risk worth taking": 2.0, "risk i'm willing to take": 2.0,
    "risk we're willing to take": 2.0, "risk i am willing to take": 2.0, "worth the paper": 1.5,
    "money well spent": 2.0,
    "worth every penny": 2.0,
    "nail in the coffin": -2.0, "riddled with": -1.5, "recipe for disaster": -2.0,
    "open the floodgates": -2.0, "opens the floodgates": -2.0, "thin end of the wedge": -2.0,
    "even up a playing field": 2.0, "even up the playing field": 2.0,
    "level the playing field": 2.0, "level a playing field": 2.0, "chilling effect": -2.0,
    "for good": 0.0,  # for ever, no praise ("close their doors for good")
    "on its merits": 0.0, "on their merits": 0.0,  # "would look at any proposal on its
    # merits": judged later, no praise
    "good luck with that": 0.0, "nice try": 0.0,  # a sneer at someone, no praise of anything
    "funding gap": -1.5, "do nothing for": -1.5, "does nothing for": -1.5,
    "did nothing for": -1.5, "done nothing for": -1.5,  # "would do nothing for turnout"
    "poll tax": -2.0, "for the privilege of": -1.5,  # "pay for the privilege of being watched"
    "out of work": -2.0, "out of a job": -2.0, "out of their jobs": -2.0, "two-tier": -1.5,
    "heart attack": -2.0, "priced out": -2.0, "breaking point": -2.0, "saddled with": -2.0,
    "cash grab": -2.0, "cash cow": -1.5, "like confetti": -1.5, "beyond repair": -2.0,
    "set up to fail": -2.0,
    "good money after bad": -2.0, "fit for purpose": 2.0, "turning the corner": 1.5,
    "turned the corner": 1.5, "turn the corner": 1.5, "gesture politics": -2.0,
    "legislating for headlines": -2.0, "legislation for headlines": -2.0,
    "headline-grabbing": -2.0, "solution in search of a problem": -2.0, "against everything": -2.0,
    "unanswered questions": -1.5, "database state": -2.0, "pie in the sky": -2.0,
    "pipe dream": -2.0, "peace of mind": 2.0, "hell-bent": -1.5, "vanity project": -2.0,
    "vanity projects": -2.0,
    "write off": -1.5, "writes off": -1.5, "written off": -1.5, "writing off": -1.5,
    "on the map": 1.5, "pay for itself": 2.0, "pays for itself": 2.0, "for the few": -1.5,
    "send shockwaves": -2.0, "sent shockwaves": -2.0, "central to": 1.5, "integral to": 1.5,
    "long overdue": 2.0, "cost less": 1.5, "costs less": 1.5,
    "only a start": 1.5, "just a start": 1.5, "only a first step": 1.5,  # more is wanted
    "just a first step": 1.5, "gift to": -1.5, "gift-wrapped": -1.5,  # "a gift to the
    "solution in search of": -2.0,  # supermarkets": a favour to whoever gains, not praise
    "political theatre": -2.0, "security theatre": -2.0, "good start": 1.5,
    "reasonable start": 1.5, "decent start": 1.5, "promising start": 1.5,  # more wanted
    "red herring": -1.5, "money pit": -2.0, "hot air": -1.5, "lip service": -1.5,
    "window dressing": -1.5, "window-dressing": -1.5, "box-ticking": -1.5, "box ticking": -1.5,
    "fairy tale": -1.5, "political football": -1.5, "dog's dinner": -2.0, "pig's ear": -2.0,
    "slap in the face": -2.0, "game changer": 2.0, "virtue signalling": -1.5,
    "honeypot for": -1.5,  # "a honeypot for fraudsters": a lure for the wrong people
    "the last thing": -2.0,  # "the last thing the sector needs is dearer money"
    "to a halt": -2.0, "to a standstill": -2.0,  # "would grind Wales to a halt"
    "on a plate": -1.5, "on a silver platter": -1.5,  # "hand British TV to streamers on a
    "on the backs of": -2.0, "on the back of the poor": -2.0,  # plate"; "brought in on the
    "one size fits all": -1.5, "one-size-fits-all": -1.5,  # backs of the people"
    "postcode lottery": -2.0, "breath of fresh air": 2.0, "lesser evil": 1.0,
    "lesser of two evils": 1.0, "lesser of the two evils": 1.0,  # chosen, if grudgingly
    "licence to print money": -1.5, "charter for": -1.5,  # "a charter for cowboys"
    "pick the pockets": -2.0, "picks the pockets": -2.0, "picking the pockets": -2.0,
    "give something back": 1.5, "gives something back": 1.5,  # "would give something back
    # to the people who live here"
    "low-carbon": 1.5, "lower-carbon": 1.5, "low carbon": 1.5, "lower carbon": 1.5,  # "a
    # lower-carbon source of coal": less of a bad thing, not a low verdict
    "dark day": -2.0, "black day": -2.0, "day of shame": -2.0,  # "a dark day for the coast"
    "sad day": -2.0, "bad day": -2.0, "good day": 2.0, "great day": 2.0, "proud day": 2.0,
    "red-letter day": 2.0,  # "a sad day for Ruritania": the news judged
    "had its day": -2.0, "had their day": -2.0, "past its sell-by date": -2.0,
    "past their sell-by date": -2.0,  # "the tests have had their day": obsolete
    "at the mercy of": -2.0, "run out of road": -2.0, "runs out of road": -2.0,
    "ran out of road": -2.0,  # "left at the mercy of ministers", "the fee has run out of road"
    **dict.fromkeys([f"{ran} {its} course" for ran in ("run", "runs", "ran")
                     for its in ("its", "their")], -2.0),  # "the lock had run its course"
    **dict.fromkeys([f"outlived {its} usefulness" for its in ("its", "their")], -2.0),
    "jobs on the line": -2.0, "livelihoods on the line": -2.0,  # put at risk
    "popularity contest": -1.5, "serious questions": -1.5, "questions to be answered": -1.5,
    "questions to answer": -1.5, "blind bit of difference": 1.5,  # "won't make a blind bit
    # of difference": the idiom's "blind" is no fault
    **{f"what {it} {was} {meant} to do": 2.0 for it, was in (("it", "was"), ("they", "were"),
                                                             ("it", "is"), ("they", "are"))
       for meant in ("designed", "meant", "intended", "supposed")},  # "doing what it was
    # designed to do": it works
    # "would put thousands out of work", "a two-tier system",
    # "stretched to breaking point", "saddled with debt", "handed out like confetti", "the
    # agency is beyond repair", "not fit for purpose", "throw good money after bad"
}
PHRASE_VALENCE |= dict.fromkeys(_TOO_LITTLE_PHRASES, INSUFFICIENT)
