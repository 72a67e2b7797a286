"""Words that mark a person's name or role (honorifics, titles, role nouns): plain sets, no
spaCy, so corpus-level entity merging can use them without loading the model."""

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady baroness baron ayatollah "
    "grand seyyed sayyed sayed seyed sheikh shaikh hojatoleslam hojjatoleslam rev rev. "
    "reverend mullah imam hon hon. mister madam pani herr frau signor signora monsieur "
    "madame mme".split()
)
# Ranks written before a name ("Sgt Kerry Ames", "Insp Graham Ruddock", "Cllr Jane Pike"): kept
# as the person's title, and enough to read the capitalised words after one as a name.
RANKS = frozenset(
    "sgt sgt. sergeant insp insp. inspector pc constable supt supt. superintendent det det. "
    "detective cllr cllr. councillor corporal cpl lt lt. lieutenant major maj maj. brig "
    "brigadier sister nurse father fr fr.".split()
)
TITLES = RANKS | frozenset(
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
    "spokespeople superintendent constable sergeant councillor handler vet headteacher "
    "headmaster headmistress parent volunteer farmer driver landlord publican shopkeeper "
    "retailer pensioner paramedic surgeon consultant midwife pharmacist firefighter solicitor "
    "barrister academic historian lecturer pupil mother father neighbour neighbor commuter "
    "passenger motorist cyclist customer shopper caller listener".split()
)
