"""Words that mark a person's name or role (honorifics, titles, role nouns): plain sets, no
spaCy, so corpus-level entity merging can use them without loading the model."""

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady baroness baron ayatollah "
    "grand seyyed sayyed sayed seyed sheikh shaikh hojatoleslam hojjatoleslam rev rev. "
    "reverend mullah imam hon hon. mister madam".split()
)
TITLES = frozenset(
    "president vice prime minister premier chancellor secretary senator sen. rep. "
    "representative governor gov. mayor general gen. colonel col. captain capt. admiral judge "
    "justice king queen prince princess emir sultan pope leader supreme foreign deputy acting "
    "chief spokesman spokeswoman spokesperson ambassador commissioner chairman chairwoman "
    "speaker interior defence defense finance home health economy shadow".split()
)
NAME_SUFFIXES = frozenset("mp mep qc kc msp am jr jr. sr sr. ms".split())
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson minister president leader official diplomat chairman "
    "chairwoman chair chief director secretary governor senator ambassador envoy commander "
    "general premier chancellor mayor judge prosecutor lawyer attorney analyst economist "
    "expert source aide adviser advisor negotiator representative deputy head executive ceo "
    "boss manager mp mep candidate officer investigator researcher professor campaigner "
    "activist witness resident king queen prince cleric member politician lawmaker legislator "
    "strategist insider ally critic founder president-elect secretary-general coordinator "
    "commissioner inspector detective doctor scientist author journalist editor "
    "correspondent observer chairperson monarch emir colonel captain admiral agent banker "
    "trader investor owner worker student teacher nurse patient victim person man woman "
    "spokespeople".split()
)
