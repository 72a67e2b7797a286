"""Stance of claims toward watched propositions, on hand-written news sentences."""

from __future__ import annotations

import pytest

from pipeline.trail.consistency import BY_STAKE
from pipeline.trail.stance import (
    ClaimText,
    Proposition,
    Stance,
    claim_stance,
    decide,
    join_prefixes,
    locate,
    parse_proposition,
    stances,
)
from pipeline.trail.stance_rules import Signal

PROPOSITIONS = {
    "talks": ("Iran and the United States are holding talks.",
              ["talk", "talks", "negotiat*", "dialogue", "mediat*", "sit down"]),
    "resign": ("The minister will resign.", ["resign*", "step down", "quit"]),
    "merger": ("Barclays and Absa are in merger talks.", ["talks", "merger", "takeover"]),
    "ban": ("Smoking should be banned in pubs.", ["ban", "smoking"]),
    "id": ("The government should introduce identity cards.",
           ["ID card*", "identity card*", "ID scheme"]),
    "rates": ("The central bank should cut interest rates.",
              ["interest rate*", "rate cut*", "rates"]),
    "powers": ("Police should not get new detention powers.", ["detention", "powers"]),
    "avoid": ("The boxer deliberately avoided drug tests before the title fight.",
              ["test*", "dop*", "drug*", "avoid*", "dodg*", "charge*", "clear*", "acquit*"]),
    "scheme": ("The government's ID card scheme should go ahead.",
               ["ID card*", "identity card*", "ID scheme"]),
    "detain": ("Terror suspects may be detained without trial.",
               ["detention", "detain*", "without trial"]),
    "bid": ("Deutsche Boerse should buy the London Stock Exchange.",
            ["bid", "offer", "takeover", "acquisition"]),
    "fees": ("Universities should be allowed to charge top-up fees.",
             ["top-up fee*", "tuition fee*", "fees"]),
    "wind": ("Britain should build more offshore wind farms.", ["wind farm*", "offshore wind"]),
    "hatred": ("It should be a crime to incite hatred against faiths.",
               ["hatred", "incitement", "offence"]),
}
LABELS = {"sup": "supports", "ref": "refutes", "neu": "neutral"}
POLARITY = {"pos": "positive", "neg": "negative"}

# (proposition, cue, polarity, expected, sentence with the claim's [content] in brackets)
CASES = [
    # an accusation of the government over its own policy; of faltering on it, the opposite
    ("id", "accuse", "pos", "ref", "Mr Oaten accused ministers of [gimmickry]."),
    ("id", "accuse", "pos", "ref",
     "Mr Kennedy accused the government of [trampling on centuries-old freedoms]."),
    ("ban", "accuse", "pos", "sup", "Campaigners accused ministers of [caving in to the pub "
                                    "lobby]."),
    ("ban", "accuse", "pos", "sup", "The Tories accused the government of [dragging its feet "
                                    "on the ban]."),
    ("ban", "accuse", "pos", "sup", "ASH accused ministers of [failing to protect bar "
                                    "workers]."),
    ("ban", "accuse", "pos", "ref", "Forest accused ministers of [spending hours on the ban "
                                    "while ignoring the real problems of the pub trade]."),
    ("wind", "accuse", "pos", "sup", "The industry body accused ministers of [cowardice in "
                                     "refusing to approve the turbines off the coast]."),
    ("hatred", "urge", "pos", "sup", "Faith leaders urged MPs [to back the new offence without "
                                     "further delay]."),  # promptly: no halt to it
    ("id", "say", "pos", "neu", "The Home Office said [it would publish a detailed breakdown of "
                                "the costs next month]."),
    ("bid", "accuse", "pos", "neu", "Analysts accused the government of [meddling in the "
                                    "markets]."),
    ("ban", "accuse", "pos", "neu", "The landlord accused the brewery of [ignoring his "
                                    "complaints]."),
    # the subject cut off from a quoted predicate by a parenthetical attribution
    ("id", "say", "pos", "ref", 'The plans, Mr Davis said, "[were unworkable and would never '
                                'be delivered]".'),
    ("id", "tell", "pos", "ref", 'The scheme, one Tory MP told me, "[is a complete '
                                 'shambles]".'),
    # people kept away by the policy: a harm; kept from a bad thing: its purpose
    ("fees", "say", "pos", "ref", "The NUS said [the fees would deter thousands of students "
                                  "from poorer backgrounds from applying]."),
    ("fees", "say", "pos", "ref", "Mr Dobson said [the variable charges would put off the very "
                                  "people Labour was elected to help]."),
    ("ban", "say", "pos", "sup", "Campaigners said [the ban would deter young people from "
                                 "taking up smoking]."),
    ("ban", "say", "pos", "sup", "Doctors said [the ban would discourage people from smoking]."),
    ("ban", "say", "pos", "ref", "Publicans said [the ban would drive away customers]."),
    # "how many"/"how much" take their content for granted
    ("ban", "ask", "pos", "ref", '"[How many pubs will have to close because of this law?]" '
                                 'asked the landlord.'),
    ("id", "ask", "pos", "neu", 'Mr Clarke was asked: "[How many people have applied for the '
                                'cards?]"'),
    # a party's pledge on coming to power is a promise, not a forecast
    ("fees", "say", "pos", "ref", "Mr Johnson said [his party would scrap the fees if it won "
                                  "the election]."),
    ("fees", "say", "pos", "ref", "Mr Johnson said [the Tories would scrap the fees if "
                                  "elected]."),
    ("fees", "say", "pos", "ref", "Mr Johnson said [a Tory government would scrap the fees]."),
    ("fees", "say", "pos", "neu", "Analysts said [the fees could be scrapped if the economy "
                                  "faltered]."),
    # what describes the object of a harm is no second judgement
    ("detain", "say", "pos", "ref", "Mr Sacranie said [the measures were alienating the very "
                                    "communities whose help the police needed]."),
    ("detain", "say", "pos", "ref", "Lord Bingham said [the detention regime was incompatible "
                                    "with the European Convention on Human Rights]."),
    # a label put on "it" by a describing cue
    ("fees", "describe", "pos", "ref", 'The lecturers\' union described it as "[a deeply '
                                       'damaging step towards a two-tier system]".'),
    ("detain", "describe", "pos", "sup", 'Mr Blunkett described it as "[a proportionate '
                                         'response to an exceptional threat]".'),
    # a case said not to have been made, or demanded
    ("id", "say", "pos", "ref", "Mr Grieve said [the government had failed to explain how the "
                                "plans would stop a single terrorist attack]."),
    ("id", "say", "pos", "ref", "Mr Davis said [ministers had not shown why the scheme was "
                                "needed]."),
    ("id", "say", "pos", "ref", "Mr Davis said [ministers must show the scheme will work]."),
    ("id", "say", "pos", "sup", "Mr Clarke said [he had shown that the scheme would work]."),
    ("id", "say", "pos", "neu", "Mr Clarke said [officials had not yet explained the timetable "
                                "to councils]."),
    # a trend in support is a poll's, not the speaker's side
    ("id", "say", "pos", "neu", "The pollster said [support for the cards had fallen from 80% "
                                "to just over half]."),
    ("id", "say", "pos", "neu", "The survey said [opposition to the cards was growing]."),
    # for it or against it, as a position
    ("ban", "say", "pos", "sup", 'Mr Patel said: "[I\'m all for the ban]."'),
    ("ban", "say", "pos", "ref", 'Mr Patel said: "[I\'m dead against it]."'),
    ("ban", "say", "pos", "sup", 'The landlady said: "[We are very much for it]."'),
    ("ban", "say", "pos", "neu", 'The council said [the fine for littering would rise].'),
    # the policy's safeguards said to exist, or not
    ("detain", "say", "pos", "sup", "Ms Blears said [there were proper safeguards]."),
    ("detain", "say", "pos", "ref", "Liberty said [there were no proper safeguards]."),
    ("detain", "say", "pos", "ref", "Liberty said [there were no safeguards at all]."),
    ("detain", "say", "pos", "neu", "The minister said [there were no details yet on the "
                                    "timetable]."),
    # what the policy's money is spent on, judged
    ("id", "say", "pos", "ref", "Mr Oaten said [the billions spent on the cards would be "
                                "better spent on more police officers]."),
    ("ban", "say", "pos", "ref", "Forest said [the ban was an unwarranted intrusion into "
                                 "personal freedom]."),
    # the speaker named by their camp ("critics", "opponents of the scheme")
    ("ban", "say", "pos", "ref",
     "Critics of the ban say [it will simply drive smokers back into their living rooms]."),
    ("id", "say", "pos", "ref",
     "Opponents of the scheme said [it would change the relationship between citizen and "
     "state]."),
    ("id", "say", "pos", "sup",
     "Backers of the identity card scheme said [the cards would make life easier for honest "
     "people]."),
    ("ban", "say", "pos", "neu",
     "Supporters said [the team had been unlucky on Saturday]."),
    # attitude adjectives, harm verbs and excess ("opposed to", "stifle", "too early")
    ("ban", "say", "pos", "ref",
     "The licensees' association said [it remained firmly opposed to the ban]."),
    ("id", "say", "pos", "ref",
     "The think tank said [the scheme would stifle innovation in online services]."),
    ("rates", "say", "pos", "ref",
     "Economists at the bank said [a cut now would be too early]."),
    # a pronoun subject stands for the policy of a claim on its topic, even unnamed in the
    # sentence; a plural speaker's "they" and an "it" that is a time do not
    ("id", "say", "pos", "ref",
     'Mr Davis said: "[It will not work, it will cost billions and it will not stop a single '
     'terrorist]."'),
    ("id", "say", "pos", "sup",
     "Mr Clarke said [it would help tackle identity fraud and illegal working]."),
    ("ban", "say", "pos", "neu",
     "Campaigners said [they would keep fighting for their members]."),
    ("ban", "say", "pos", "neu",
     "[It has been a terrible year for the trade], the landlord said."),
    ("ban", "say", "pos", "ref",
     "[We remain implacably opposed], the publicans' spokesman said."),
    # no excess ("too late" is not a fault here), but a call to reconsider the ban:
    ("ban", "say", "pos", "ref",
     'The MP said [it is "not too late for ministers to look at the ban again"].'),
    ("ban", "say", "pos", "neu",
     "The chairman said [the ban had been discussed with supporters]."),
    # set phrases whose words mean nothing alone
    ("id", "say", "pos", "ref",
     "Mr Howard said [the scheme would turn out to be a white elephant]."),
    ("id", "say", "pos", "sup",
     "The minister said [the cards were a step in the right direction]."),
    ("rates", "say", "pos", "ref",
     "The pensioners' group said [a cut would be a kick in the teeth for savers]."),
    ("talks", "say", "neg", "ref",
     "Foreign ministry spokesman Mousavi said [there are no ongoing talks between the "
     "Islamic Republic and the United States at any level]."),
    ("talks", "deny", "neg", "ref",
     "Mousavi denied [certain media reports in this regard], saying there are no talks with "
     "Washington."),
    ("talks", "allege", "pos", "sup",
     "Some media outlets alleged that [Iran has been in talks with the US through Russian "
     "mediation]."),
    ("talks", "rule out", "neg", "ref",
     "Khamenei ruled out [the possibility of talks between Tehran and Washington]."),
    ("talks", "say", "pos", "sup",  # a meeting of the parties is the talks
     "The envoy said [Iran's deputy minister had met US officials in Muscat]."),
    ("talks", "say", "neg", "ref",
     "The envoy said [Iran had never met the Americans]."),
    ("talks", "say", "pos", "neu",  # no party named: any body's meeting
     "The envoy said [the committee met on Tuesday]."),
    ("talks", "say", "neg", "ref",
     "Khamenei said [the Islamic Republic of Iran will absolutely not sit for talks with "
     "America]."),
    ("talks", "reject", "neg", "ref",
     "Araqchi rejected [all reports about any form of direct or indirect talks with the "
     "United States]."),
    ("talks", "say", "pos", "sup",
     "Kanaani said [indirect negotiations have been conducted between Tehran and "
     "Washington]."),
    ("talks", "say", "pos", "sup",
     "Bagheri Kani said [indirect talks are being conducted through Oman but the negotiation"
     " process is confidential]."),
    ("talks", "say", "neg", "ref",
     "\"[We have no intention of holding talks with the Americans],\" Vaezi said."),
    ("talks", "express", "pos", "neu",
     "Lavrov expressed [Moscow's readiness to mediate between Iran and the US]."),
    ("talks", "say", "pos", "neu",
     "Pezeshkian said [he will promote a pragmatic foreign policy and ease tensions with the"
     " six powers involved in now-stalled nuclear talks]."),
    ("talks", "add", "pos", "neu",
     "Vaezi added that [other countries have tried, too, to find a solution to this issue]."),
    ("talks", "say", "pos", "neu",
     "A senior official said [talks with Washington might resume next month]."),
    ("talks", "say", "pos", "neu",
     "The analyst said [it was unclear whether Tehran and Washington were negotiating]."),
    ("talks", "confirm", "pos", "sup",
     "The White House confirmed that [talks with Iran were under way in Muscat]."),
    ("talks", "dismiss", "neg", "ref",
     "Officials in Tehran dismissed [reports of secret negotiations with Washington]."),
    ("talks", "say", "pos", "ref",
     "The spokesman said [reports of talks with the US were false]."),
    ("talks", "say", "pos", "neu",
     "[Iran is ready to hold talks with the United States if sanctions are lifted], the "
     "minister said."),
    ("talks", "say", "neg", "ref",
     "The minister said [Iran was not ready to negotiate with Washington]."),
    ("talks", "say", "pos", "sup",
     "An Iranian diplomat said [the two sides held a round of indirect talks in Oman last "
     "week]."),
    ("talks", "say", "neg", "ref",
     "State television quoted the official as saying that [Iran will never negotiate with "
     "America]."),
    ("talks", "say", "pos", "neu",
     "[Oman has offered to host talks between Iran and the US], the foreign minister said."),
    ("resign", "say", "neg", "ref", "The minister said [he would not resign over the affair]."),
    ("resign", "say", "neg", "ref", "Aides said [the minister had no plans to step down]."),
    ("resign", "dismiss", "neg", "ref", "The minister dismissed [calls for his resignation]."),
    ("resign", "confirm", "pos", "sup",
     "A spokesman confirmed [the minister would resign at the end of the month]."),
    ("resign", "say", "pos", "neu",
     "Colleagues said [the minister might quit if the report criticised him]."),
    ("resign", "insist", "pos", "ref",
     "The minister insisted [he would stay on to finish the job]."),
    ("resign", "say", "pos", "neu", "Opposition leaders said [the minister should resign]."),
    ("resign", "tell", "pos", "sup",
     "The minister told reporters [he had handed in his resignation]."),
    ("merger", "say", "pos", "sup",
     "Absa said [it was still in talks with Barclays over the sale of a majority stake]."),
    ("merger", "deny", "neg", "ref", "Barclays denied that [it was in talks with Absa]."),
    ("merger", "say", "pos", "neu",
     "Analysts said [talks between the two banks could drag on for months]."),
    ("merger", "say", "neg", "ref", "A Barclays spokesman said [there were no talks under way]."),
    ("ban", "say", "pos", "sup",
     "Campaigners welcomed the ban, saying [it would save thousands of lives]."),
    ("ban", "vow", "pos", "ref", "The industry vowed [to fight the ban]."),
    ("ban", "say", "pos", "ref",
     "Publicans said [the ban would drive customers away and cost thousands of jobs]."),
    ("ban", "deny", "neg", "sup", "The health secretary denied [the ban would hurt pubs]."),
    ("ban", "say", "pos", "sup",
     "Ministers said [they would press on with the ban despite fierce lobbying]."),
    ("ban", "say", "pos", "sup",
     "Doctors said [smoking should be outlawed in all enclosed public places]."),
    ("ban", "say", "pos", "ref",
     "The pub trade said [smoking should be allowed in separate rooms]."),
    ("ban", "say", "pos", "ref",
     "A spokesman for the brewers said [the ban was unworkable and draconian]."),
    ("ban", "say", "neg", "sup", "\"[We will not scrap the ban],\" the minister said."),
    ("ban", "say", "pos", "ref", "Critics said [the ban should be repealed]."),
    ("ban", "say", "pos", "neu",
     "Smokers' groups said [it was too early to say whether the ban would work]."),
    ("ban", "say", "pos", "ref",
     "Landlords attacked the ban, saying [it was unfair on small pubs]."),
    ("ban", "say", "pos", "sup", "The British Medical Association said [a ban was long overdue]."),
    ("ban", "say", "pos", "sup",
     "Health campaigners said [there was overwhelming support for a ban]."),
    ("ban", "say", "neg", "sup", "The landlord said [the ban had not hurt his trade at all]."),
    ("ban", "say", "pos", "neu", "The spokesman said [the ban would come into force in July]."),
    ("ban", "say", "pos", "sup",
     "Landlords attacked the ban, but health groups said [it would save lives]."),
    ("ban", "say", "pos", "sup", "Ministers said [the law is clear and there is no confusion]."),
    ("ban", "say", "neg", "ref", "Opponents said [the key terms are not defined in the Act]."),
    ("ban", "call", "pos", "ref", "He called the Act \"[unworkable]\"."),
    ("ban", "say", "neg", "sup",
     "The minister said: \"[There is no confusion, the law is clear.]\""),
    ("ban", "say", "pos", "neu", "Publicans said [the ban might be reviewed next year]."),
    ("ban", "say", "pos", "sup",
     "The chief medical officer said [it would be wrong to scrap the ban]."),
    ("ban", "say", "pos", "sup",
     "Mr Smith said [the ban was a sensible measure that would protect bar staff]."),
    ("id", "say", "pos", "ref",
     "Mr Howard attacked the scheme, saying [it would be a waste of money]."),
    ("id", "say", "pos", "sup",
     "The home secretary said [ID cards would help fight crime and illegal immigration]."),
    ("id", "say", "neg", "ref", "Liberty said [the plans would not work]."),
    ("id", "say", "pos", "ref",
     "Civil liberties groups said [identity cards were an expensive and intrusive gimmick]."),
    ("id", "say", "pos", "sup",
     "The minister said [the government would press ahead with identity cards]."),
    ("id", "say", "pos", "ref",
     "\"[We will scrap the ID card scheme],\" the Liberal Democrat leader said."),
    ("id", "warn", "pos", "ref",
     "The Information Commissioner warned that [the scheme could erode civil liberties]."),
    ("id", "dismiss", "neg", "sup",
     "Mr Blunkett dismissed [claims that ID cards would be unworkable]."),
    ("id", "insist", "neg", "sup",
     "Ministers insisted [identity cards were not a threat to civil liberties]."),
    ("id", "say", "neg", "sup",
     "The Tories said [they would not oppose the introduction of ID cards]."),
    ("id", "say", "pos", "neu", "A think tank said [it was unclear how the cards would be used]."),
    ("id", "say", "pos", "neu",
     "The home secretary said [the cards would be introduced in 2008]."),
    ("id", "say", "pos", "ref", "Critics say [the bill is flawed]."),
    ("id", "say", "pos", "neu", "The Home Office said [the cards would be voluntary at first]."),
    ("id", "say", "pos", "sup",
     "Mr Clarke defended the scheme, saying [it would protect people from identity fraud]."),
    ("id", "say", "neg", "ref", "Opponents said [the cards would do nothing to stop terrorism]."),
    ("rates", "say", "pos", "ref", "Economists said [rates should stay on hold]."),
    ("rates", "say", "pos", "sup", "The CBI said [a cut in interest rates was long overdue]."),
    ("rates", "say", "pos", "ref",
     "The union said [the bank should raise rates to curb inflation]."),
    ("rates", "say", "pos", "sup", "Retailers said [the bank must cut rates to boost spending]."),
    ("rates", "predict", "pos", "neu", "Analysts predicted [the bank would cut rates in March]."),
    ("rates", "say", "neg", "ref", "The governor said [there was no case for a rate cut]."),
    ("rates", "say", "pos", "ref", "The MPC member said [a cut now would be a mistake]."),
    ("rates", "say", "neg", "neu",
     "The chancellor said [he would not comment on interest rates]."),
    ("rates", "say", "neg", "ref", "Business groups said [the bank should not cut rates yet]."),
    ("rates", "say", "pos", "sup", "Manufacturers said [they would welcome a cut in rates]."),
    ("rates", "say", "pos", "neu",
     "The bank's chief economist said [rates could go up later in the year]."),
    ("rates", "say", "pos", "neu",
     "[The MPC should stand ready to cut rates if the economy slows], the report said."),
    ("powers", "say", "pos", "ref",
     "The home secretary defended the new powers, saying [they were needed to fight "
     "terrorism]."),
    ("powers", "say", "pos", "sup",
     "Civil rights groups said [the detention powers were draconian]."),
    ("powers", "say", "pos", "ref",
     "Senior officers said [the powers would help them tackle terrorism]."),
    ("powers", "say", "pos", "sup",
     "The Lords voted against the powers, saying [they undermined centuries of liberty]."),
    ("powers", "insist", "pos", "ref",
     "Mr Clarke insisted [the powers were proportionate and necessary]."),
    ("powers", "say", "neg", "sup",
     "Lawyers said [there was no justification for the new powers]."),
    ("powers", "say", "pos", "ref",
     "The police chief said [officers needed the powers to keep the public safe]."),
    ("powers", "say", "pos", "sup",
     "Campaigners said [the powers were an attack on civil liberties]."),
    ("powers", "say", "pos", "neu",
     "The minister said [the powers would be reviewed after a year]."),
    ("id", "say", "pos", "ref",
     "Shadow home secretary David Davis said [the scheme was a bureaucratic nightmare]."),
    ("id", "say", "pos", "sup", "Mr Blunkett said [ID cards were the right thing to do]."),
    ("rates", "say", "pos", "sup",  # high rates hurting: an argument for a cut
     "Manufacturers said [higher interest rates were hurting exporters]."),
    ("rates", "say", "pos", "sup",
     "The British Retail Consortium said [a rate cut would boost confidence]."),
    ("powers", "say", "pos", "sup", "Liberty said [the powers were an affront to justice]."),
    ("powers", "say", "pos", "ref",
     "The home secretary said [the powers were essential to protect the public]."),
    ("powers", "say", "pos", "sup",
     "Mr Davis said [the powers were a dangerous erosion of civil liberties]."),
    ("powers", "welcome", "pos", "ref", "The Met commissioner welcomed [the new powers]."),
    ("powers", "say", "pos", "neu",
     "Lawyers said [the powers would be used sparingly], the minister said."),
    ("merger", "say", "pos", "sup", "Barclays said [talks with Absa were at an advanced stage]."),
    ("ban", "say", "pos", "neu", "[Landlords fear the ban will hit profits], the survey said."),
    ("ban", "say", "neg", "sup", "Ash said [ministers must not back down on the ban]."),
    ("ban", "say", "pos", "sup",
     "Doctors said [there was overwhelming evidence that the ban had cut heart attacks]."),
    ("talks", "insist", "pos", "neu",
     "Tehran insisted [it would only talk to Washington once sanctions were lifted]."),
    ("talks", "say", "pos", "neu",
     "Iran's president said [his country was prepared to negotiate with Washington]."),
    ("talks", "say", "neg", "ref",
     "The official said [there was no truth in reports of talks with the US]."),
    ("resign", "say", "pos", "ref",
     "[Reports that the minister would resign were wide of the mark], his aide said."),
    ("powers", "say", "pos", "sup", "Peers said [the powers went too far]."),
    ("rates", "say", "pos", "sup", "The retailers' body said [it was time to cut rates]."),
    ("rates", "say", "pos", "ref",
     "The economist said [the bank should not rush into cutting rates]."),
    ("id", "say", "pos", "neu",
     "The Home Office said [the scheme would cost £5.8bn over ten years]."),
    # an event that is a non-event ("avoided tests"): refusing restates it, undergoing opposes
    # it, a request to undergo is someone else's (only its denial takes a side); charges are
    # reports, neither asserted nor evaluations
    ("avoid", "say", "neg", "ref",
     "His manager said [he had never refused a test in ten years as a professional]."),
    ("avoid", "say", "pos", "sup", "Officials said [the boxer had dodged three tests in a row]."),
    ("avoid", "insist", "pos", "ref", "His trainer insisted [he begged to be tested that night]."),
    ("avoid", "say", "pos", "ref",
     "His promoter said [the fighter took every test he was given]."),
    ("avoid", "say", "neg", "ref",
     "The commission said [the boxer was never told to take a test that week]."),
    ("avoid", "say", "pos", "neu",
     "The commission said [the boxer was told to take a test that week]."),
    ("avoid", "say", "pos", "sup",
     "The federation said [it was sure the panel would uphold the charges of dodging tests "
     "against the boxer]."),
    ("avoid", "say", "pos", "neu",
     "The federation said [the panel would hear the charges of dodging tests next week]."),
    # an outdone benefit; a pronoun that takes a side is an agent, not the policy; a case for
    # the policy as the subject is judged by its predicate, or only described
    ("id", "say", "pos", "ref",
     "The auditors said [the price tag exceeds any benefits of the identity cards]."),
    ("id", "say", "pos", "sup",
     "The auditors said [the benefits of the identity cards exceed the price tag]."),
    ("id", "tell", "neg", "neu",
     "The minister told MPs [the department did not plan to publish a new identity card "
     "bill, as it had backed the agreement reached in May]."),
    ("rates", "say", "pos", "sup",
     "The economist said [the argument for keeping rates on hold was weak]."),
    ("rates", "say", "pos", "neu",
     "The economist said [the case for holding rates was debated at length by the board]."),
    ("rates", "say", "pos", "sup",
     "The economist said [the case for holding rates was growing weaker every week]."),
    # "make sense", an idiom, with its negation
    ("id", "say", "pos", "sup",
     "The minister said [the cards made practical and economic sense]."),
    ("id", "say", "neg", "ref", "Campaigners said [the scheme had never made sense]."),
    # the text or draft of the policy stands for it
    ("id", "say", "pos", "sup",
     "The minister said [the draft agreed by the cabinet was a sensible compromise]."),
    # "in / against the interests of", an idiom ("interest" alone is no evaluation)
    ("id", "say", "pos", "ref",
     "The charity said [the scheme would be against the interests of vulnerable people]."),
    ("id", "say", "neg", "ref",
     "The MP said [the identity cards were not in the public's interest]."),
    ("ban", "say", "pos", "sup",
     "The doctors said [the ban was in the best interests of bar staff]."),
    # a case for the policy that is only described takes no side; "strike a deal" is no harm
    ("rates", "say", "pos", "neu",
     "The economist said [the case for a cut was finely balanced this month]."),
    ("rates", "say", "pos", "sup",
     "The economist said [the argument for a cut was strong]."),
    ("merger", "say", "pos", "neu",
     "Analysts said [a merger deal could be struck within weeks]."),
    ("id", "say", "pos", "neu",
     "The minister said [the cabinet had struck a deal on the identity card bill]."),
    ("id", "say", "neg", "neu",
     "The minister said [the government had not ruled out identity cards]."),
    # help restricted to someone ("mainly help") is no praise; a bare "would succeed" forecasts
    ("id", "say", "pos", "neu",
     "The union said [the cards would mainly help the software suppliers]."),
    ("id", "say", "pos", "sup", "The union said [the cards would help the police]."),
    ("id", "say", "pos", "neu", "Analysts said [the identity card bill would succeed]."),
    ("id", "say", "pos", "sup",
     "The minister said [the cards would succeed in cutting fraud]."),
    # favouring: what is favoured counts for, what it is favoured over against
    ("id", "say", "pos", "ref",
     "The auditors said [the cards would favour big suppliers over small, efficient ones]."),
    ("id", "say", "pos", "sup",
     "The minister said [the scheme would favour honest citizens over fraudsters]."),
    ("id", "say", "pos", "neu", "The union said [the scheme would favour large suppliers]."),
    # a policy named by its owner is still the policy; another policy's name is not
    ("scheme", "say", "pos", "sup", "The minister said [the government's plans were sensible]."),
    ("scheme", "say", "pos", "ref", "Mr Howard said [the Home Office scheme was draconian]."),
    ("scheme", "say", "pos", "neu", "The minister said [the new passport rules were sensible]."),
    ("scheme", "say", "pos", "sup",  # a hyphenated adjective names no other policy
     "The minister said [the long-term plans were sensible]."),
    # "without it": a counterfactual turns the predicate round
    ("ban", "say", "pos", "sup", "Doctors said [without a ban, thousands more would die]."),
    ("scheme", "argue", "pos", "sup", "Police chiefs backed the scheme, arguing that [without "
     "the cards fraud would be impossible to stop]."),
    # cue verbs on the policy as it stands: rethinking, redrafting; misrepresenting defends it
    ("scheme", "say", "pos", "ref", "The Tories said [ministers should rethink the plans]."),
    ("scheme", "say", "pos", "sup", "The Home Secretary said [he would not rethink the plans]."),
    ("bid", "say", "pos", "sup", "The exchange said [it will not redraft the offer]."),
    ("scheme", "say", "pos", "sup",
     "The minister said [the scheme had been misrepresented by its critics]."),
    ("scheme", "say", "pos", "neu", "The minister said [critics had misrepresented the figures]."),
    # a burden of proof put on the policy's backers; taken on, denied or met it is no side
    ("bid", "say", "pos", "ref", "Standard Life said [Deutsche Boerse had to show why its offer "
     "for the LSE was good for shareholders]."),
    ("bid", "say", "pos", "ref", "[The onus is on the Frankfurt board to demonstrate why the "
     "takeover creates value], the fund manager said."),
    ("scheme", "say", "pos", "ref", "Mr Davis said [ministers have yet to make the case for the "
     "scheme]."),
    ("bid", "say", "pos", "neu", "The fund said [Deutsche Boerse did not have to show why its "
     "offer was good for shareholders]."),
    ("bid", "say", "pos", "neu", "The chief executive said [we have to show why the offer is "
     "good for shareholders]."),
    ("bid", "say", "pos", "neu", "The fund said [Deutsche Boerse had shown why its offer was "
     "good for shareholders]."),
    # an attribute of the policy judged is the policy judged
    ("scheme", "say", "pos", "sup", "The minister said [the scheme's benefits were clear]."),
    ("bid", "say", "pos", "ref", "The fund said [the offer's assumptions were unrealistic]."),
    # a permission is a policy: "detention" and "the powers" name it; its subjects do not
    ("detain", "say", "pos", "ref",
     "Lord Hoffmann said [detention without trial was incompatible with human rights]."),
    ("detain", "say", "pos", "sup",
     "The Home Secretary said [the powers were needed to protect the public]."),
    ("detain", "say", "pos", "sup",  # the frame (frames.py): a danger argues for holding them
     "Police said [the suspects were dangerous men]."),
    # resolve with the topic understood: pressing on backs it, thinking again drops it
    ("ban", "say", "pos", "sup", "The minister said [the government would press ahead]."),
    ("scheme", "say", "neg", "sup", "[We will not back down], Mr Blunkett said."),
    ("ban", "say", "pos", "ref", "The publicans said [ministers must think again]."),
    ("ban", "say", "pos", "neu", "The chancellor said [he would press ahead with tax cuts]."),
    ("ban", "say", "pos", "neu", "The chancellor said [ministers might think again]."),
    ("ban", "say", "pos", "neu", "The landlord said [smokers are giving up and staying home]."),
    # a permission's verbs and their opposites; harm nouns with what they harm
    ("detain", "rule", "pos", "ref", "The law lords ruled that [holding foreign suspects without "
     "trial was unlawful]."),
    ("detain", "say", "pos", "ref", "Liberty said [the suspects should be released]."),
    ("detain", "say", "neg", "sup", "Mr Clarke said [he would not release the detainees]."),
    ("detain", "say", "pos", "ref",
     "Liberty said [detention without trial was a breach of human rights]."),
    ("detain", "say", "pos", "sup",  # the frame: a threat argues for holding them
     "Mr Clarke said [the suspects must be held until the threat has passed]."),
    ("detain", "say", "pos", "ref", "Ms Chakrabarti said [internment without trial was wrong]."),
    ("detain", "say", "pos", "ref", "Lawyers said [the detainees must be released]."),
    # "against" after "be"; political set phrases
    ("ban", "say", "pos", "ref", "[We are against a total ban], the spokesman said."),
    ("ban", "say", "pos", "sup", "[We are not against the ban], the spokesman said."),
    ("scheme", "say", "pos", "ref",
     "The commissioner said [the plans would create a surveillance society]."),
    ("scheme", "say", "pos", "sup",
     "[ID cards are an idea whose time has come], the minister said."),
    # a participle the tagger calls an adjective; an agent that judges ("motivated by")
    ("scheme", "say", "pos", "sup",
     'The minister said [the scheme had been "wildly misrepresented" by campaigners].'),
    ("bid", "complain", "pos", "ref", "A fund complained that [the planned takeover appeared to "
     'be motivated by "empire-building"].'),
    ("bid", "say", "pos", "sup",
     "The chairman said [the takeover was driven by a clear strategic logic]."),
    # realising or withdrawing the bidder's own offer; a camp named in an apposition
    ("bid", "say", "pos", "sup", "Deutsche Boerse said [it would pursue its offer for the LSE]."),
    ("bid", "say", "pos", "neu",
     "Analysts said [Deutsche Boerse might make a fresh offer for the LSE]."),
    ("bid", "say", "pos", "ref",
     "The fund said [Deutsche Boerse should walk away from the takeover]."),
    ("bid", "deny", "neg", "sup",
     "The exchange denied that [it would walk away from the takeover]."),
    ("scheme", "say", "pos", "ref", "Mr Grieve, a long-standing critic of the scheme, said [the "
     "cards were being rushed]."),
    ("scheme", "say", "pos", "neu",
     "Mr Grieve, a critic of the government, said [the cards had been delayed]."),
    # what the policy brings about, in a relative clause; not when hedged
    ("scheme", "say", "pos", "sup",
     "The minister said [the benefits the scheme will bring are enormous]."),
    ("ban", "say", "pos", "ref",
     "Landlords said [the damage the ban would do to rural pubs was plain to see]."),
    ("ban", "say", "pos", "neu",
     "Landlords said [the damage the ban might do to rural pubs was unclear]."),
    # "it"/"this" as the object of a side-taking verb; resolve with the policy as object
    ("ban", "say", "pos", "ref",
     "[We will fight this every step of the way], the landlords' spokesman said."),
    ("ban", "say", "pos", "neu", "[We will discuss this next week], the landlords said."),
    # the speaker's own doing is a commitment; another's is a report
    ("id", "say", "pos", "sup", "The minister said [we are introducing identity cards]."),
    ("id", "say", "pos", "neu", "The survey said [other countries are introducing identity "
                                "cards]."),
    ("ban", "say", "neg", "sup", "Ms Hewitt said [the government would not back down on the ban]."),
    ("scheme", "say", "pos", "ref", "The Lib Dems said [the bill should be amended]."),
    # judging a camp judges its side; a camp's reported fear is no judgement
    ("scheme", "say", "pos", "sup", "Mr Clarke said [opponents were scaremongering]."),
    ("scheme", "say", "pos", "ref", "Mr Davis said [the critics of the scheme were right]."),
    ("scheme", "say", "pos", "neu", "Mr Clarke said [the critics feared the cards would fail]."),
    ("scheme", "say", "pos", "neu",
     "Mr Clarke said [critics of the government were wrong about the economy]."),
    # who something is for is no evaluation: "a sad day for freedom" is sad
    ("ban", "say", "pos", "ref", "[This is a sad day for personal freedom], Forest said."),
    ("ban", "say", "pos", "sup", "ASH said [the ban was a great victory for public health]."),
    # the policy prescribed or refused in an existential; a forecast of it is no side
    ("ban", "say", "pos", "ref", "Forest said [there should be no ban]."),
    ("ban", "say", "pos", "sup", "The BMA said [there must be a total ban]."),
    ("ban", "say", "pos", "ref", "The spokesman said [there should not be a ban]."),
    ("ban", "say", "pos", "neu", "The spokesman said [there will be a ban next year]."),
    # negation that must not flip a side the wrong way
    ("ban", "deny", "neg", "sup", "The minister denied [the ban would cost jobs]."),
    ("scheme", "say", "neg", "sup",
     "Mr Clarke said [the scheme was not a threat to civil liberties]."),
    ("scheme", "say", "neg", "ref", "Mr Davis said [the scheme should not go ahead]."),
    ("detain", "say", "neg", "sup",
     "Mr Clarke said [the powers were not a breach of human rights]."),
    # "may"/"might" do not undo a judgement (as "could" does not); they do undo a fact
    ("ban", "warn", "pos", "ref", "The brewers warned [the ban might force thousands of pubs to "
     "close]."),
    ("scheme", "say", "pos", "sup",
     "The minister said [the cards may help tackle identity fraud]."),
    ("talks", "say", "pos", "neu", "The minister said [talks might be held next month]."),
    # an evaluation of an infinitive ("madness to scrap", "irresponsible to release"), whatever
    # the parser hangs it from; the extraposed "it" is no reference
    ("scheme", "say", "pos", "sup",
     "Mr Clarke said [it would be madness to scrap the scheme now]."),
    ("detain", "say", "pos", "sup",
     "Mr Clarke said [it would be irresponsible to release the suspects]."),
    ("detain", "say", "pos", "ref", "Liberty said [it was wrong to lock people up without trial]."),
    ("scheme", "say", "pos", "sup",
     "Mr Blunkett said [he was determined to see the bill through]."),
    ("ban", "say", "pos", "ref",
     "[The ban is the last straw for many landlords], the association said."),
    # a modal shared by coordinated verbs; a case for the policy judged by its verb
    ("ban", "say", "pos", "sup", "Health campaigners said [the government should go further and "
     "ban smoking in all pubs]."),
    ("ban", "say", "pos", "neu", "Health campaigners said [the government went further and "
     "banned smoking in offices]."),
    ("scheme", "say", "pos", "ref",
     "\"[The government's case for ID cards is collapsing]\", said Mr Oaten."),
    ("detain", "say", "pos", "ref",
     "The UN said [the measures fell short of international standards]."),
    ("detain", "say", "pos", "sup", "The Home Secretary said [he was confident the measures were "
     "compatible with human rights law]."),
    # verdicts on charges of the event; charges of something else are no side
    ("avoid", "say", "pos", "ref", "His lawyer said [he was confident the boxer would be cleared "
     "of the charges of refusing to submit to testing]."),
    ("avoid", "say", "pos", "sup", "The federation said [it was confident the panel would "
     "overturn the acquittal of the boxer on charges of evading drug tests]."),
    ("avoid", "say", "pos", "neu",
     "The lawyer said [the boxer had been cleared of charges of speeding]."),
    # a verdict verb on the topic ("clear*") does not restate the event it would clear
    ("avoid", "say", "pos", "neu", "His manager said [the matter would be cleared up quickly]."),
    ("avoid", "say", "pos", "neu", "The boxer said [he expected to be acquitted]."),
    ("avoid", "say", "neg", "sup",
     "The lawyer said [the boxer had not been cleared of charges of dodging tests]."),
    # the issue's own examples; "no X" counted once; an embedded "how much" is no assertion
    ("ban", "say", "pos", "sup", "The minister said [there is no confusion, the law is clear]."),
    ("detain", "say", "neg", "ref", "Mr Smith said [there were no safeguards in the bill]."),
    ("detain", "say", "pos", "sup",
     "The minister said [there were adequate safeguards in the bill]."),
    ("scheme", "say", "neg", "neu", "[Nobody knows how much the scheme will cost], Mr Smith said."),
    # how doable the policy is, and whether what is done to it defeats it
    ("ban", "say", "pos", "ref", "Mr Smith said [the law would be impossible to enforce]."),
    ("ban", "say", "pos", "sup", "The minister said [the law would be easy to enforce]."),
    ("scheme", "say", "pos", "ref", "Mr Smith said [the cards would be easy to forge]."),
    ("ban", "say", "pos", "sup", "The minister said [the ban would be hard to evade]."),
    ("ban", "say", "neg", "sup", "The minister said [the ban would not be difficult to enforce]."),
    # "hardly", "neither ... nor" negate
    ("ban", "say", "pos", "ref", "Mr Smith said [the ban was hardly a success]."),
    ("scheme", "say", "neg", "ref",
     "Mr Smith said [the cards were neither necessary nor desirable]."),
    ("detain", "say", "neg", "ref", "Mr Smith said [the powers did not make anyone safer]."),
    # a notification in an avoidance event: only its denial takes a side
    ("avoid", "deny", "neg", "ref", "The coach denied that [he had been told about the test]."),
    ("avoid", "say", "neg", "ref", "The coach said [he had never been told about the test]."),
    ("avoid", "say", "pos", "neu", "The coach said [he had been told about the test]."),
    # requests and wishes ask for what their content says; an alternative set aside is negated
    ("scheme", "call for", "pos", "ref", "Labour called for [the ID card scheme to be scrapped]."),
    ("bid", "call on", "pos", "ref", "Shareholders called on [Deutsche Boerse to drop its bid]."),
    ("bid", "call for", "pos", "sup", "Analysts called for [Deutsche Boerse to buy the exchange]."),
    ("scheme", "hope", "pos", "sup", "The minister hopes [the ID card scheme will go ahead]."),
    ("scheme", "want", "pos", "ref", "Campaigners want [ministers to abandon the ID card scheme]."),
    ("bid", "want", "pos", "ref",
     "The fund wants [the bank to pay a dividend rather than make a bid for the exchange]."),
    ("bid", "want", "pos", "ref",
     "The fund wants [the bank to buy back its own shares rather than buy the London Stock "
     "Exchange]."),
    # a bare plural ("current laws", "new laws") names laws in general, not the measure; the
    # laws as they stand judged weak argue for a change (stance_need.status_quo_signals)
    ("id", "say", "pos", "sup", "Supporters say [current laws are weak]."),
    ("id", "say", "pos", "neu", "Supporters say [new laws are weak]."),
    ("id", "say", "pos", "sup",
     "Supporters say [current laws are weak and the cards would cut fraud without introducing "
     "new laws]."),
    ("id", "say", "pos", "ref", "Critics say [the government should not introduce the laws]."),
    # the attribution kept inside the content ("which its critics say ...")
    ("id", "say", "pos", "ref",
     "The register, [which its critics say will change the relationship between citizen and "
     "state], was delayed again."),
    ("id", "say", "pos", "sup",
     "The register, [which its backers say will not cost taxpayers a penny], was delayed "
     "again."),
    # a spokesperson reporting what their side's people think: their position
    ("id", "say", "pos", "sup",
     "A Home Office spokeswoman said [ministers believed the cards would make life easier for "
     "honest people]."),
    ("id", "say", "pos", "ref",
     "A Home Office spokeswoman said [ministers did not believe the cards would make life "
     "easier for honest people]."),
    ("id", "say", "pos", "neu",
     "The columnist said [landlords believed the cards would make life easier for honest "
     "people]."),
    # an office reporting what its head thinks: its own position (not another's account)
    ("id", "say", "pos", "ref",
     "Downing Street said [the Prime Minister did not believe the cards would make life easier "
     "for honest people]."),
    ("id", "say", "pos", "neu",
     "The columnist said [the Prime Minister did not believe the cards would make life easier "
     "for honest people]."),
    # set phrases: "open the floodgates", "the thin end of the wedge"
    ("id", "say", "pos", "ref",
     "The watchdog said [the scheme would open the floodgates to state snooping]."),
    ("id", "say", "pos", "sup",
     "The minister said [the scheme would not open the floodgates to state snooping]."),
    ("id", "say", "pos", "ref", "The watchdog said [the cards are the thin end of the wedge]."),
    # a name of three capitalised words is also written as its initials ("the LSE")
    ("bid", "want", "pos", "ref",
     "The hedge fund wants [the German group to pay a special dividend rather than buy the "
     "LSE]."),
    ("bid", "say", "pos", "sup", "The chairman said [the group must buy the LSE before a rival "
     "does]."),
    ("bid", "say", "pos", "ref", "The chairman said [the group must not buy the LSE at any "
     "price]."),
    # reporting / turning up for a test is undergoing it
    ("avoid", "say", "pos", "ref",
     "The commission said [there was no evidence the boxer had been told to report for a test "
     "before the fight]."),
    ("avoid", "say", "pos", "ref",
     "His trainer said [the boxer had reported for every test he was asked to take]."),
    ("avoid", "say", "pos", "sup", "The prosecutor said [the boxer never turned up for the test]."),
    # a quote joined from two sentences: the later sentence's subject "it" is the policy
    ("id", "say", "pos", "ref",
     '"[We have looked at the details," the minister said. "It will not work.]"'),
    ("id", "say", "pos", "sup",
     '"[We have looked at the details," the minister said. "It will not cost honest people a '
     'penny.]"'),
    ("id", "say", "pos", "neu",
     '"[We have looked at the details," the minister said. "They can complain about it all '
     'they like.]"'),  # "they" may be anyone
    # an involuntary cause (hurt, ill) for an avoidance; its denial gives no side
    ("avoid", "say", "pos", "ref",
     "His manager said [the boxer had been injured in a car accident the night before]."),
    ("avoid", "say", "pos", "ref", "The boxer's lawyer said [he was ill with flu that week]."),
    ("avoid", "say", "pos", "neu",
     "The commission said [the boxer had not been injured in the accident]."),
    ("avoid", "deny", "pos", "neu",
     "The commission denied [the boxer had been injured in the accident]."),
    ("avoid", "say", "pos", "neu", "The organisers said [a steward was hurt in the crush]."),
    ("avoid", "say", "pos", "ref", "The club doctor said [his injuries were genuine]."),
    ("avoid", "say", "pos", "neu", "The prosecutor said [the injuries were not genuine]."),
    # the accused's own account judged: doubted supports the avoidance, believed refutes it
    ("avoid", "say", "pos", "sup",
     "The prosecutor said [the boxer's account of the crash never made sense]."),
    ("avoid", "say", "pos", "ref", "His lawyer said [his explanation was entirely convincing]."),
    ("avoid", "say", "pos", "sup", "The prosecutor said [the boxer's account of the crash was "
     "false]."),
    ("avoid", "say", "pos", "neu",
     "The prosecutor said [the commission's account of the night was false]."),
    # harm vowed on the policy's agent opposes the policy; reported or negated, no side
    ("bid", "vow", "pos", "ref",
     "Angry shareholders vowed [to make Deutsche Boerse's life a misery at the annual meeting]."),
    ("bid", "vow", "pos", "neu",
     "The shareholders vowed [not to make Deutsche Boerse's life a misery]."),
    ("bid", "say", "pos", "neu",
     "The broker said [Deutsche Boerse's life had been a misery this year]."),
    ("id", "threaten", "pos", "ref",
     "Civil liberties groups threatened [to make the government's life hell over the "
     "register]."),
    # a set phrase headed by a particle ("even up the playing field", "level the playing field")
    ("id", "say", "pos", "sup", "Ministers say [the cards would serve to even up the playing "
     "field]."),
    ("id", "say", "pos", "ref",
     "The report says [the cards would not serve to even up the playing field]."),
    ("id", "say", "pos", "ref", "The report says [the cards would not even up the playing field]."),
    ("id", "say", "pos", "sup", "Ministers say [the cards would level the playing field]."),
    # "not too late to X" prescribes X; "look at this again" reconsiders the topic understood
    ("ban", "say", "pos", "ref",
     "The MP said [it is not too late for ministers to look at this again]."),
    ("ban", "say", "pos", "neu",
     "The MP said [it is too late for ministers to look at this again]."),
    ("ban", "say", "pos", "ref", "Publicans said [ministers must look at it again]."),
    ("ban", "say", "pos", "sup",
     "The minister said [the government would not look at this again]."),
    ("ban", "say", "pos", "ref", "Publicans said [it is not too late to scrap the ban]."),
    ("ban", "say", "pos", "neu", "Publicans said [it is too late to scrap the ban]."),
    # an outright refusal refuses the policy under discussion
    ("ban", "say", "pos", "ref",
     '"[They can ask as often as they like - the answer is still no]," the publican said.'),
    ("ban", "say", "pos", "ref", '"[Over my dead body]," the landlord said.'),
    ("ban", "say", "pos", "neu",
     "The minister said [the answer to the question of funding was no]."),
    ("ban", "say", "pos", "neu", "The minister said [the answer is not yet known]."),
    # a fear of what happens under the policy; the policy lost, a denied fear, another's fear
    ("ban", "fear", "pos", "ref",
     "Landlords fear [hundreds of jobs will move abroad under the ban]."),
    ("ban", "fear", "pos", "neu", "Landlords fear [the ban will be dropped after the election]."),
    ("ban", "fear", "pos", "ref",  # no rule's side; the frame fallback: jobs, the trade's case
     "Landlords fear [jobs will not move abroad under the ban]."),
    ("ban", "say", "pos", "ref",
     "A spokesman for the publicans' union said [members feared hundreds of jobs would move "
     "abroad under the ban]."),
    ("ban", "say", "pos", "neu",
     "The columnist said [landlords feared hundreds of jobs would move abroad under the ban]."),
    # the agent's plan named inside an attribute of it ("X's business plan assumptions")
    ("bid", "say", "pos", "ref",
     "The fund said [Deutsche Boerse's business plan assumptions were unrealistic]."),
    ("bid", "say", "pos", "sup",
     "The broker said [Deutsche Boerse's business plan assumptions were not unrealistic]."),
    ("bid", "say", "pos", "neu",
     "The fund said [Euronext's business plan assumptions were unrealistic]."),
    ("bid", "say", "pos", "ref", "The fund said [the offer's assumptions were aggressive]."),
    # a content joined around its cue: the cue inside is not a third party's view
    ("bid", "say", "pos", "ref",
     '"[The board continues to believe that the offer\'s assumptions are unrealistic," the '
     'statement said, "and that shareholders deserve more.]"'),
    ("bid", "say", "pos", "sup",
     '"[The board continues to believe that the offer\'s assumptions are not unrealistic," the '
     'statement said, "and that shareholders deserve more.]"'),
    # a side-taking noun governs what it is about: "concern at the plans to buy X"
    ("bid", "express", "pos", "ref",
     "Shareholders expressed [concern at the group's plans to buy the LSE]."),
    ("bid", "say", "pos", "sup",
     "The chairman said [investors had no concerns about the plans to buy the LSE]."),
    # "little"/"few" without "a" deny a stance noun; "a little" and "little firms" do not
    ("bid", "say", "pos", "sup",
     "The chairman said [there was little concern among investors about the plans to buy the "
     "LSE]."),
    ("bid", "say", "pos", "ref",
     "The chairman said [there was a little concern among investors about the plans to buy "
     "the LSE]."),
    ("id", "say", "pos", "ref", "The watchdog said [the scheme would hurt little firms]."),
    # a mishap that would excuse an avoidance, said to be made up, makes it deliberate
    ("avoid", "say", "pos", "sup", "The promoter said [the car crash was staged]."),
    ("avoid", "say", "pos", "sup", "The panel said [the boxer had feigned an injury]."),
    ("avoid", "say", "pos", "ref", "His lawyer said [the accident was not staged]."),
    ("avoid", "say", "pos", "neu", "The police said [the crash may have been staged]."),
    ("avoid", "say", "pos", "neu", "The organisers said [the concert was staged in the arena]."),
    # a bad tool against a bad thing is still bad; "think again"; doubt nouns in the singular
    ("id", "say", "pos", "ref", "The MP said [identity cards were the wrong answer to terrorism]."),
    ("id", "say", "pos", "sup", "The MP said [identity cards were a fine weapon against crime]."),
    ("id", "say", "pos", "ref", "She said [ministers should think again about ID cards]."),
    ("ban", "say", "pos", "ref", "The landlord said [he had some misgivings about the ban]."),
    ("id", "say", "pos", "sup", "She said [she had no reservations about the ID card scheme]."),
    ("ban", "say", "pos", "neu", "The landlord said [he had thought again about the weather]."),
    # what follows if the policy happens (or unless it does), judged
    ("ban", "say", "pos", "ref", "He said [if the ban goes ahead, hundreds of pubs will close]."),
    ("ban", "say", "pos", "ref", "He said [hundreds of pubs will close if the ban is introduced]."),
    ("ban", "say", "pos", "sup", "She said [if the ban is scrapped, more people will die]."),
    ("ban", "say", "pos", "sup", "She said [unless the ban goes ahead, more people will die]."),
    ("ban", "say", "pos", "neu", "He said [if the ban goes ahead, we will adapt]."),
    ("ban", "say", "pos", "neu", "He said [if it rains, the ban will be a disaster]."),
    # political verdicts VADER lacks
    ("id", "say", "pos", "ref", "The MP said [the scheme was divisive and undemocratic]."),
    ("id", "say", "pos", "ref", "The MP said [the identity card scheme was a stealth tax]."),
    ("id", "say", "pos", "sup", "The MP said [the scheme was a timely and prudent step]."),
    ("detain", "say", "neg", "ref", "The MP said [the measure would alienate young people]."),
    # "make (little) difference" judges only on a bad thing the policy should reduce
    ("id", "say", "pos", "ref", "The MP said [the cards would make little difference to crime]."),
    ("id", "say", "pos", "sup", "She said [the cards would make a real difference to fraud]."),
    ("id", "say", "pos", "neu", "She said [the law would make little difference to charities]."),
    ("id", "say", "pos", "ref", "She said [the scheme was not worth the paper it was written on]."),
    # the speaker's feeling about what happened to the policy ("disappointed that it was
    # delayed" is for it); the one who feels is never the policy; "it is a scandal that ..."
    ("ban", "say", "pos", "sup", "The charity said [it was disappointed the ban was delayed]."),
    ("ban", "say", "pos", "ref", "Landlords said [they were relieved the ban had been postponed]."),
    ("ban", "say", "pos", "ref", "It said [it was disappointed that the ban was not delayed]."),
    ("ban", "say", "pos", "sup", "She said [it was a scandal that the ban was watered down]."),
    # a fault of too little wants more of it: "toothless", "far too timid", "half measures"
    ("ban", "say", "pos", "sup", "She said [the new ban was toothless]."),
    ("ban", "say", "pos", "sup", "She said [the ban was welcome but far too timid]."),
    ("ban", "say", "pos", "sup", "He said [the ban was a half measure]."),
    ("ban", "say", "pos", "ref", "He said [the ban was far too strict]."),
    ("ban", "say", "pos", "ref", "Landlords said [it was a scandal that the ban was going ahead]."),
    ("ban", "say", "pos", "sup", "The charity said [it was pleased with the ban]."),
    ("ban", "say", "pos", "neu", "The charity said [it was disappointed with the weather]."),
    # the accused knew of the test (they could have turned up), or could not have known; the
    # speaker's own knowledge of what a test is says nothing of the event
    ("avoid", "say", "pos", "sup", "The official said [the boxer knew about the test]."),
    ("avoid", "say", "pos", "ref", "The lawyer said [she could not have known about the test]."),
    ("avoid", "say", "pos", "ref", "The official said [the boxer was unaware of the test]."),
    ("avoid", "say", "pos", "neu", "The coach said [I know what a test means]."),
    ("avoid", "say", "pos", "neu", "The official said [the boxer might have known about it]."),
    # a bare charge ("the charge", "no offence") in a claim on the event is its charge;
    # one with its own complement or modifier is another ("bank charges", "charges of fraud")
    ("avoid", "say", "pos", "ref", "A federation spokesman said [the panel found no offence]."),
    ("avoid", "say", "pos", "sup", "The prosecutor said [the panel had found an offence]."),
    ("avoid", "say", "pos", "ref", "The chairman said [the charge cannot be substantiated]."),
    ("avoid", "say", "pos", "neu", "The lawyer said [the bank charges were dropped]."),
    ("avoid", "say", "pos", "neu", "He said [the charges of fraud against Joe were dropped]."),
    # "nowhere" denies the verb it modifies ("going nowhere" is staying)
    ("resign", "say", "neg", "ref", "The aide said [the minister was going nowhere]."),
    ("resign", "say", "pos", "ref", "The aide said [the minister was nowhere near resigning]."),
    # an adjective's "to" exposes ("open to abuse") unless it shields ("immune to fraud")
    ("powers", "say", "pos", "sup", "The MP said [the new powers were open to abuse]."),
    ("id", "say", "pos", "ref", "The MP said [the cards would be vulnerable to fraud]."),
    ("id", "say", "pos", "sup", "The MP said [the cards would be immune to fraud]."),
    ("id", "say", "pos", "neu", "The MP said [the scheme was open to all citizens]."),
    ("id", "say", "pos", "sup", "The MP said [the cards were a price worth paying]."),
    # "Why should / would ...?" asks to deny: the question's own reading turned round; other
    # questions, and a "why" reported as asked, stay neutral
    ("ban", "ask", "pos", "sup", 'The landlord asked: "[Why should we scrap the ban?]"'),
    ("ban", "ask", "pos", "sup", '"[Why would anyone oppose the ban?]" she asked.'),
    ("id", "ask", "pos", "ref",
     '"[Why should the government introduce identity cards?]" the MP asked.'),
    ("ban", "ask", "pos", "neu", '"[Why was the ban introduced?]" she asked.'),
    ("ban", "ask", "pos", "neu", "She asked [why the ban should be scrapped]."),
    # a bare definite attribute ("the price", "the logic") is the policy's under discussion;
    # with an owner or complement it is another thing's ("the price of oil")
    ("bid", "say", "pos", "sup",
     "The fund manager said [the logic is compelling and the price is fair]."),
    ("bid", "say", "pos", "ref", "The investor said [the price is too high]."),
    ("bid", "say", "pos", "neu", "The trader said [the price of oil is too high]."),
    ("bid", "say", "pos", "neu", "The banker said [the terms were agreed on Monday]."),
    # a content said in a relative clause on the policy: the relative pronoun is the policy
    ("id", "say", "pos", "sup",
     "The identity card scheme, which ministers say [is vital], starts next year."),
    ("id", "say", "pos", "ref",
     "The identity card scheme, which the council says [should be scrapped], starts in May."),
    ("id", "say", "pos", "sup", "The scheme, which ministers say [will cut fraud], starts soon."),
    ("id", "say", "pos", "neu",
     "The cards, which officials say [will be issued in May], cost £30."),
    # a change asked of the policy ("should be modified", "want to see X changed") refutes it as
    # it stands; a wished participle ("wants X passed") is what the policy undergoes; a change
    # that happened, or was seen, takes no side
    ("id", "want", "pos", "ref",
     "Civil liberties groups want [to see the wording of the bill changed]."),
    ("ban", "say", "pos", "ref", "The brewers said [they would like to see the ban altered]."),
    ("id", "say", "pos", "ref",
     "The committee said [the identity card scheme should be modified]."),
    ("scheme", "say", "pos", "sup",
     "The minister said [he wanted the ID card scheme passed quickly]."),
    ("ban", "say", "pos", "neu",
     "The landlord said [he had seen the ban changed three times since 2004]."),
    ("id", "say", "pos", "neu",
     "The committee said [the identity card scheme had been modified twice]."),
]


@pytest.fixture(scope="module")
def props(nlp) -> dict[str, Proposition]:
    return {key: parse_proposition(text, about, nlp)
            for key, (text, about) in PROPOSITIONS.items()}


def parse_all(nlp, table: dict[str, tuple[str, list[str]]]) -> dict[str, Proposition]:
    """Key -> the parsed proposition of each (sentence, watchlist terms) in ``table``."""
    return {key: parse_proposition(text, about, nlp) for key, (text, about) in table.items()}


def read_polarity(marked: str) -> str:
    """The upstream polarity a sentence written for a test would get: negative with a negator."""
    return "negative" if any(w in marked for w in ("n't", "never", " no ", "not", "nothing")) \
        else "positive"


def judge(nlp, prop: Proposition, marked: str, cue: str | None, polarity: str = "positive",
          lexicon: str = "vader", speaker: str = "") -> Stance:
    """The stance of the [bracketed] content; cue None: the last verb before it."""
    start = marked.index("[")
    end = marked.index("]") - 1
    doc = nlp(marked.replace("[", "").replace("]", ""))
    if cue is None:
        cue = [t.lemma_ for t in doc if t.idx < start and t.pos_ == "VERB"][-1]
    return claim_stance(prop, sentence=doc[:], content_start=start, content_end=end, cue=cue,
                        polarity=polarity, lexicon=lexicon, speaker=speaker)


@pytest.mark.parametrize(("key", "cue", "pol", "expected", "marked"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_claim_stance(nlp, props, key, cue, pol, expected, marked):
    result = judge(nlp, props[key], marked, cue, POLARITY[pol])
    assert result.stance == LABELS[expected], result.basis
    assert 0 < len(result.basis) <= 100


def test_cases_cover_every_proposition_and_side():
    assert len(CASES) >= 40
    assert {c[0] for c in CASES} == set(PROPOSITIONS)
    for key in ("talks", "ban", "id", "rates", "powers", "avoid", "scheme", "detain", "bid"):
        assert {c[3] for c in CASES if c[0] == key} == {"sup", "ref", "neu"}, key


@pytest.mark.parametrize(("key", "marked", "cue", "pol", "words"), [
    ("talks", "Mousavi denied [certain media reports in this regard], saying there are no "
     "talks.", "deny", "negative", ["deny", "reports"]),
    ("talks", "Mousavi said [there are no ongoing talks with Washington].", "say", "negative",
     ["negated", "no ongoing talks"]),
    ("ban", "Campaigners welcomed the ban, saying [it would save thousands of lives].", "say",
     "positive", ["welcome", "ban"]),
    ("id", "Mr Howard said [the scheme would be a waste of money].", "say", "positive",
     ["waste"]),
    ("ban", "He called the Act \"[unworkable]\".", "call", "positive", ["unworkable"]),
    ("ban", "[\"We will not scrap the ban]\", the minister said.", "say", "positive",
     ["scrap", "negated"]),
])
def test_basis_says_what_decided(nlp, props, key, marked, cue, pol, words):
    result = judge(nlp, props[key], marked, cue, pol)
    assert result.stance != "neutral"
    for word in words:
        assert word in result.basis, result.basis


def test_initials_of_a_long_name_are_a_participant(props):
    assert "lse" in props["bid"].args  # "the London Stock Exchange"
    assert "db" not in props["bid"].args  # two words ("Deutsche Boerse") are not enough


def test_an_avoidance_proposition(props):
    assert props["avoid"].kind == "event" and props["avoid"].avoids
    assert not props["talks"].avoids


def test_parse_proposition_kinds(props):
    assert props["talks"].kind == "event" and not props["talks"].negated
    assert "talk" in props["talks"].target and "negotiate" in props["talks"].event_verbs
    assert props["resign"].kind == "event" and "step_down" in props["resign"].event_verbs
    assert props["ban"].kind == "policy" and "ban" in props["ban"].target
    assert "smoking" in props["ban"].args and "smoking" not in props["ban"].target
    assert props["id"].kind == "policy" and {"card", "identity"} <= props["id"].target
    assert props["rates"].predicate == "cut" and "rate" in props["rates"].args
    assert props["powers"].negated and "power" in props["powers"].target


def test_parse_policies_realised_permitted_and_bought(props):
    """ "should go ahead" realises its subject; "may be detained" permits a policy whose
    nominal ("detention") names it while its patients ("suspects") and "without trial" are
    participants; "buy the LSE": the act ("takeover") is the policy, the LSE a participant."""
    scheme, detain, bid = props["scheme"], props["detain"], props["bid"]
    assert scheme.kind == "policy" and scheme.predicate == "go_ahead"
    assert {"scheme", "card", "id"} <= scheme.target and scheme.group == 7
    assert detain.kind == "policy" and detain.target == {"detention", "internment"}
    assert {"suspect", "trial", "detainee"} <= detain.args
    assert "takeover" in bid.target and {"london", "exchange"} <= bid.args
    assert parse_proposition("The minister may resign.").kind == "event"


@pytest.mark.parametrize(("marked", "speaker", "expected"), [
    ("[The offer will go ahead as planned], Deutsche Boerse said.", "Deutsche Boerse",
     "supports"),
    ("[The offer will go ahead as planned], the fund said.", "the fund", "neutral"),
    ("[The offer will not go ahead], a Deutsche Boerse spokesman said.",
     "a Deutsche Boerse spokesman", "refutes"),
    ("[The offer might go ahead], Deutsche Boerse said.", "Deutsche Boerse", "stake"),
])
def test_the_agents_own_will_is_a_promise(nlp, props, marked, speaker, expected):
    """The proposition's agent saying what will happen promises it; anyone else forecasts. A
    hedge promises nothing: only the bidder's stake in its bid gives it a (weak) side."""
    assert props["bid"].agents == {"deutsche", "boerse"}
    assert props["scheme"].agents == {"government"} and not props["detain"].agents
    start, end = marked.index("["), marked.index("]") - 1
    doc = nlp(marked.replace("[", "").replace("]", ""))
    found = claim_stance(props["bid"], sentence=doc[:], content_start=start, content_end=end,
                         cue="say", polarity="positive", speaker=speaker)
    if expected == "stake":
        assert found.basis.startswith(BY_STAKE), found
    else:
        assert found.stance == expected, found


@pytest.mark.parametrize(("speaker", "expected"), [
    ("Home Secretary Charles Clarke", "supports"), ("a Downing Street spokesman", "supports"),
    ("the shadow home secretary", "neutral"), ("the analyst", "neutral"),
])
def test_a_minister_speaks_for_the_government(nlp, props, speaker, expected):
    """ "The government's ID card scheme should go ahead": a minister's "will" is a promise."""
    marked = "[The scheme will go ahead in 2008], the speaker said."
    doc = nlp(marked.replace("[", "").replace("]", ""))
    found = claim_stance(props["scheme"], sentence=doc[:], content_start=0,
                         content_end=marked.index("]") - 1, cue="say", polarity="positive",
                         speaker=speaker)
    assert found.stance == expected, found


def test_removing_proposition_turns_the_object_around(nlp):
    prop = parse_proposition("The government should scrap tuition fees.", nlp=nlp)
    assert prop.target_sign == -1
    assert judge(nlp, prop, "Students said [tuition fees were unfair].", "say").stance == (
        "supports")
    assert judge(nlp, prop, "The minister said [fees were fair].", "say").stance == "refutes"


def test_user_terms_are_honoured_with_negation(nlp):
    prop = parse_proposition("The minister will resign.", nlp=nlp,
                             supports=["clear his desk"], refutes=["here to stay"])
    assert judge(nlp, prop, "Aides said [he would clear his desk on Friday].", "say").stance \
        == "supports"
    result = judge(nlp, prop, "He said [he was here to stay].", "say")
    assert result.stance == "refutes" and "user term 'here to stay'" in result.basis
    negated = judge(nlp, prop, "Aides said [he would not clear his desk].", "say", "negative")
    assert negated.stance == "refutes" and "negated" in negated.basis
    plain = parse_proposition("The minister will resign.", nlp=nlp)
    assert judge(nlp, plain, "Aides said [he would clear his desk on Friday].", "say").stance \
        == "neutral"


def test_questions_and_hedges_are_neutral(nlp, props):
    assert judge(nlp, props["ban"], "Will the ban work? [Will the ban work?]", "ask").stance \
        == "neutral"
    assert judge(nlp, props["ban"], "He asked whether [the ban was a disaster]?", "ask").stance \
        == "neutral"
    assert judge(nlp, props["talks"], "He said [talks might resume with the US].", "say").stance \
        == "neutral"
    either = "He said [either the ban was working, or the figures were wrong]."  # neither said
    assert judge(nlp, props["ban"], either, "say").stance == "neutral"
    assert judge(nlp, props["ban"], "He said [the ban was working].", "say").stance \
        == "supports"


def test_hand_lexicon_is_selectable(nlp, props):
    marked = "Critics said [identity cards were a costly mistake]."
    assert judge(nlp, props["id"], marked, "say", lexicon="hand").stance == "refutes"
    assert judge(nlp, props["id"], marked, "say", lexicon="vader").stance == "refutes"


def test_decide_needs_a_clear_margin():
    assert decide([]).stance == "neutral"
    assert decide([Signal(1, 3, "a"), Signal(-1, 2, "b")]).stance == "neutral"
    assert decide([Signal(1, 3, "a"), Signal(-1, 1, "b")]) == Stance("supports", "a")
    assert decide([Signal(1, 3, "a")], negated=True).stance == "refutes"


def test_locate_finds_content_or_falls_back():
    sentence = "The minister said the ban \"would save lives\" and was popular."
    assert locate("the ban \"would save lives\"", sentence) == (18, 44)
    assert locate("The Ban", sentence)[0] == 18
    assert locate("something else entirely", sentence) == (0, len(sentence))


def test_batch_matches_single_claims(nlp, props):
    rows = [ClaimText("the ban would cost jobs", "Publicans said the ban would cost jobs.",
                      "say", "positive"),
            ClaimText("to fight the ban", "The industry vowed to fight the ban.", "vow",
                      "positive"),
            ClaimText("the ban would save lives", "Doctors said the ban would save lives.",
                      "say", "positive"),
            ClaimText("the ban would cost jobs", "Publicans said the ban would cost jobs.",
                      "say", "positive")]
    out = stances(props["ban"], rows, nlp)
    assert [s.stance for s in out] == ["refutes", "refutes", "supports", "refutes"]
    assert out[0] == out[3]


def test_sentence_span_inside_a_longer_document(nlp, props):
    doc = nlp("Pubs were busy on Friday. Publicans said the ban would cost thousands of jobs.")
    sent = list(doc.sents)[1]
    start = sent.text.index("the ban")
    result = claim_stance(props["ban"], sentence=sent, content_start=start,
                          content_end=len(sent.text) - 1, cue="say", polarity="positive")
    assert result.stance == "refutes" and "cost" in result.basis


def test_policy_objects_and_time_frames(nlp):
    lift = parse_proposition("The ban on fox hunting should be lifted.", nlp=nlp)
    assert "ban" in lift.target and lift.target_sign == -1
    assert judge(nlp, lift, "Farmers said [the ban was unworkable].", "say").stance == "supports"
    legalise = parse_proposition("It is time to legalise cannabis.", nlp=nlp)
    assert legalise.kind == "policy" and legalise.predicate == "legalise"


@pytest.mark.parametrize("sentence", [
    "Shareholders said the bank had to show why its offer was good for investors.",
    "The union said ministers must explain how the ban would help anyone.",
])
def test_an_embedded_question_is_not_an_assertion(nlp, sentence: str) -> None:
    """ "why its offer was good" asserts nothing good; the demand to show it is a doubt."""
    proposition = parse_proposition("Smoking should be banned in pubs.", ["ban", "offer"], nlp)
    doc = nlp(sentence)
    start = sentence.index(" the bank") + 1 if "bank" in sentence else sentence.index("ministers")
    found = claim_stance(proposition, sentence=doc[:], content_start=start,
                         content_end=len(sentence) - 1, cue="say", polarity="positive")
    assert found.stance == "refutes" and "case to be made" in found.basis, found


@pytest.mark.parametrize("marked", [
    "A source said [the Oslo exchange had not ruled out a deal but would not recommend "
    "anything near the first offer].",
    "A source said [the Oslo exchange would not recommend the offer to its members].",
])
def test_a_target_that_speaks_is_an_agent_and_not_ruling_out_is_no_side(nlp, marked):
    prop = parse_proposition("Nasdaq should buy the Oslo Stock Exchange.",
                             ["bid", "offer", "deal", "takeover"], nlp)
    assert judge(nlp, prop, marked, "say", "negative").stance == "neutral"


def test_a_hyphenated_re_prefix_stays_on_its_verb(nlp, props):
    """ "should be re-drafted": the small model tears "re-" off and misparses the clause."""
    rows = [ClaimText("the identity card bill should be re-drafted",
                      "The committee said the identity card bill should be re-drafted.", "say",
                      "neutral"),
            ClaimText("ministers must re-think the identity card scheme",
                      "Ministers must re-think the identity card scheme, the report said.", "say",
                      "neutral"),
            ClaimText("the identity card scheme would be re-launched in May",
                      "The minister said the identity card scheme would be re-launched in May.",
                      "say", "neutral")]
    assert [s.stance for s in stances(props["id"], rows, nlp)] == [
        "refutes", "refutes", "neutral"]
    assert join_prefixes("Re-think the re-drafted text, re-") == "Rethink the redrafted text, re-"


@pytest.mark.parametrize(("marked", "cue"), [
    ("The analyst said [she expected a deal to be struck by June].", "say"),
    ("The analyst predicted [a deal would be struck by June].", "predict"),
])
def test_a_forecast_is_neutral_and_says_so(nlp, props, marked, cue):
    """A prediction is no position, so it must not take its speaker's side (consistency.py
    carries a side only to claims that are neutral for lack of evidence)."""
    result = judge(nlp, props["bid"], marked, cue)
    assert (result.stance, result.basis) == ("neutral", "a forecast")


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("bid", "ref", "The fund said [a special dividend would be better than a bid for it]."),
    ("bid", "ref", "The fund said [a share buyback would be preferable to the German group "
                   "overpaying for the exchange]."),
    ("id", "sup", "He said [identity cards would be better than the current patchwork]."),
    ("bid", "sup", "The fund said [a bid for the exchange would be preferable to a buyback]."),
    ("bid", "ref", "The fund said [a bid would not be better than a buyback]."),
    ("ban", "neu", "She said [pubs were better than clubs at enforcing the ban]."),  # a rival
    ("bid", "neu", "The fund said [the exchange would be better than its rival at listings]."),
    ("ban", "neu", "She said [clarity would be better than this]."),  # a pronoun: not the policy
])
def test_a_stated_preference_takes_a_side(nlp, props, key, expected, marked):
    """What the policy is preferred to, or what is preferred to it (stance_preference.py)."""
    assert judge(nlp, props[key], marked, "say").stance == LABELS[expected]


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("id", "ref", 'An MP asked: "[Why the rush to introduce identity cards?]"'),
    ("id", "ref", 'He asked: "[Why is there such a hurry to introduce the scheme?]"'),
    ("id", "sup", 'He asked: "[Why is there such an unseemly rush to scrap the scheme?]"'),
    ("id", "neu", 'He asked: "[Why was the scheme introduced in such a hurry?]"'),
    ("id", "neu", "He said [there was no rush to introduce identity cards]."),  # not a question
])
def test_haste_questioned_resists_the_act(nlp, props, key, expected, marked):
    """ "Why the rush to X?" objects to X (stance_haste.py)."""
    assert judge(nlp, props[key], marked, "ask").stance == LABELS[expected]


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("id", "sup", 'He wrote: "[Why is everyone so sure the scheme is a disaster? Nobody '
                  'complained before.]"'),
    ("id", "sup", 'He wrote: "[Why is everyone so sure this is a disaster?]"'),
    ("id", "ref", 'She asked: "[Why are people so convinced the scheme will be a success?]"'),
    ("id", "ref", 'He wrote: "[Why is everyone so sure? The scheme is a disaster.]"'),  # no belief
    ("id", "neu", 'He asked: "[Why is everyone so angry about the scheme?]"'),
    ("id", "sup", "He said [he was confident it would work]."),  # the adjective's clause
    ("id", "neu", "He said [he was sure it would rain tomorrow]."),
])
def test_a_doubted_belief_is_denied(nlp, props, key, expected, marked):
    """ "Why is everyone so sure X?" denies X (stance.py); the subject pronoun of a clause held
    by the root's adjective stands for the policy (claim_view.py)."""
    assert judge(nlp, props[key], marked, "say").stance == LABELS[expected]


@pytest.mark.parametrize(("key", "cue", "expected", "marked"), [
    ("bid", "say", "sup", "The spokesman said [the board was not considering dropping the offer]."),
    ("bid", "deny", "sup", "The spokesman denied a report that [the management had discussed "
                           "walking away from the offer]."),
    ("bid", "say", "ref", "He said [the board was not ready to make an offer]."),
    ("bid", "say", "neu", "The paper said [the board had discussed dropping the offer]."),
    ("bid", "say", "neu", "He said [the board was considering an offer]."),
    ("bid", "say", "neu", "He said [the board had not ruled out an offer]."),
])
def test_an_open_frame_shut_rules_the_act_out(nlp, props, key, cue, expected, marked):
    """ "not considering dropping it", "denied [it had discussed walking away]" (scope.shut)."""
    assert judge(nlp, props[key], marked, cue).stance == LABELS[expected]


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("id", "sup", "He said [the scheme had his full backing]."),
    ("ban", "sup", "She said [the ban deserved our support]."),
    ("id", "ref", "He said [the scheme would not get his vote]."),
    ("id", "neu", "He said [the scheme has the support of most MPs]."),  # others' support: news
    ("ban", "neu", "She said [the ban might have our support]."),  # hedged
])
def test_the_speakers_own_backing_held_by_the_policy(nlp, props, key, expected, marked):
    """ "the bill has our support" (stance_backing.py)."""
    assert judge(nlp, props[key], marked, "say").stance == LABELS[expected]


SET_PHRASES = {  # sentence -> expected, for the ID card proposition
    "He said [the scheme should be put on hold].": "ref",
    "He said [the scheme should be kicked into the long grass].": "ref",
    "He said [the scheme had been put on hold].": "neu",  # reported, not asked for
    "He said [the scheme should be put on the agenda].": "neu",
    "He said [the cards would be money well spent].": "sup",
    "He said [the scheme would be a nail in the coffin of privacy].": "ref",
    "He said [the plans were riddled with flaws].": "ref",
    "He said [the plans were a recipe for disaster].": "ref",
    "He said [MPs should throw out the bill].": "ref",
    "He said [the bill should be voted down].": "ref",
    # harm to people named by their plight (stance_eval._people_by_plight)
    "He said [the plans would hit the poorest hardest].": "ref",
    "He said [the plans would hit the most vulnerable].": "ref",
    "He said [the scheme would hit criminals hard].": "sup",  # a bad thing reduced
    "He said [the scheme would create a police-state].": "ref",  # a set phrase, hyphenated
    "He said [the cards would make my job a lot easier].": "sup",  # a task eased
    "He said [the cards would make life harder for fraudsters].": "sup",
    "He said [the cards would make life harder for families].": "ref",
    'He said [the cards would make it "much harder" for criminals to find work].': "sup",
    "He said [the extra cost of the cards was modest].": "sup",
    "He said [the benefits of the cards would be small].": "ref",
    "He said [the cards were exactly what the fraudsters want].": "ref",  # a gift to the bad
    "He said [the government's compromise was a fudge and only a full scheme would do].":
        "neu",  # "would do" is no relative clause on "fudge"
    "He said [I'd rather see the old law enforced than identity cards].": "ref",
    "He said [I'd take more police officers over identity cards].": "ref",  # one chosen over
    "He said [I would choose identity cards over more paperwork].": "sup",  # the other
}


@pytest.mark.parametrize("marked", list(SET_PHRASES))
def test_set_phrases_of_delay_and_verdict(nlp, props, marked):
    """A verb's preposition object as part of its key ("put_on_hold"), and set verdicts."""
    assert judge(nlp, props["id"], marked, "say").stance == LABELS[SET_PHRASES[marked]]


PROMISES_AND_PERMISSIONS = {  # sentence -> expected, for the ID card proposition
    "He said [his party would scrap the scheme].": "ref",  # the speaker's side promises
    "She said [our government will introduce identity cards].": "sup",
    "He said [his critics would scrap the scheme].": "neu",  # not his side: a forecast
    "He said [the scheme must not be allowed to go ahead].": "ref",
    "He said [the scheme should be allowed to go ahead].": "sup",
    "He said [the plans should not be permitted to proceed].": "ref",
    "He said [the scheme was allowed to go ahead].": "neu",  # news, not asked for
    "He said [the scheme could be stopped early].": "neu",  # a possibility, no one's act
    "He said [the scheme needed to be scrapped].": "ref",  # the policy's own need: prescribed
    "He said [the scheme deserves to be thrown out].": "ref",
    "He said [the scheme did not need to be scrapped].": "sup",
    "He said [the scheme needs to be explained better].": "neu",
}


@pytest.mark.parametrize("marked", list(PROMISES_AND_PERMISSIONS))
def test_promises_of_the_speakers_side_and_permissions(nlp, props, marked):
    """scope._own_side and stance_permission.py."""
    expected = PROMISES_AND_PERMISSIONS[marked]
    assert judge(nlp, props["id"], marked, "say").stance == LABELS[expected]


OFFICE = {  # sentence -> expected, for "The home secretary should resign."
    "He said [the home secretary's position was untenable].": "sup",
    "He said [his position was not untenable].": "ref",
    "He said [the home secretary had his full confidence].": "ref",
    "He said [the home secretary no longer had the confidence of the party].": "sup",
    "He said [the home secretary had done nothing wrong].": "ref",
    "He said [the home secretary might have done nothing wrong].": "neu",  # hedged
    "He said [the report had done nothing wrong].": "neu",  # not the office holder
}


@pytest.mark.parametrize("marked", list(OFFICE))
def test_what_is_said_of_an_office_holder(nlp, marked):
    """stance_office.py: only for a proposition whose act is leaving a post."""
    prop = parse_proposition("The home secretary should resign.",
                             ["resign*", "step down", "resignation"], nlp)
    assert judge(nlp, prop, marked, "say").stance == LABELS[OFFICE[marked]]
    other = parse_proposition("The home secretary should be promoted.", ["promot*"], nlp)
    assert "position untenable" not in judge(nlp, other, marked, "say").basis  # another act


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("ban", "sup", "She said [the ban does not go far enough]."),  # wants more of it
    ("ban", "sup", "She said [the ban goes far enough]."),
    ("ban", "sup", "She said [the ban should have gone further]."),  # wants more of it too
    ("ban", "neu", "She said [the ban would go further next year]."),  # a forecast
    ("ban", "ref", "She said [the ban was a London answer to a village problem]."),  # misfit
    ("ban", "sup", "She said [the ban was a sensible answer to a real problem]."),
    ("ban", "sup", "She said [ministers should legislate for the ban]."),
    ("ban", "ref", "In the debate she said: \"[I oppose the motion].\""),  # a debate's motion
    ("ban", "ref", "The minutes record that [he would vote against the recommendation]."),  # a
    # council's, put to it by its officers
    ("ban", "neu", "The Speaker said: \"[The motion is not agreed to].\""),  # an outcome
    ("id", "sup", "He said [the cards were helping to take fraudsters off our streets]."),
    ("ban", "ref", "She said: \"[It is a blunt instrument that will cost jobs].\""),
    ("ban", "neu", "The ministry said [it was working through the detail of the ban]."),
    ("ban", "neu", "The ministry said [it would take a proportionate approach to enforcement]."),
    ("ban", "ref", "The union said [it would cost jobs]."),  # "it": the ban, not the union
    ("ban", "neu", "The brewers' federation said [it already funds smoke-free training]."),
    ("ban", "neu", "The RSPCA said [it receives hundreds of calls about frightened animals]."),
    ("ban", "neu", "The council said [it hoped the inspectors would be fair]."),  # "hoped": "hop"
    ("ban", "neu", "The MP said: \"[It's a fair question].\""),  # the question, not the ban
    ("id", "ref", "He said [the charges would cripple small firms]."),  # a policy noun
    ("id", "ref", "He said [the plan felt \"a bit Orwellian\"]."),  # "felt" as a copula
])
def test_policy_nouns_removals_and_who_it_is(nlp, props, key, expected, marked):
    """ "not far enough" wants more; "take X off the streets" removes X; "it" acting for a
    speaking body is the body (claim_view._speaker_itself); "the charges" is the policy."""
    assert judge(nlp, props[key], marked, "say").stance == LABELS[expected]


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the Home Office", "sup"), ("A spokeswoman for the Department of Health", "sup"),
    ("the shadow home secretary", "neu"), ("a pub landlord", "neu"),
    ("Dr Lee of the university's Department of Engineering", "neu"),  # no ministry
])
def test_a_minister_or_department_speaks_for_the_government(nlp, props, speaker, expected):
    """ "The government should introduce ID cards": its departments' "will" is a promise."""
    found = judge(nlp, props["id"], "She said [identity cards will be introduced from next "
                  "year].", "say", speaker=speaker)
    assert found.stance == LABELS[expected]


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ("ban", "ref", "[Bringing this in now, without a national debate, risks doing more harm "
                   "than good]."),
    ("ban", "ref", "She said [to ban it would be madness]."),
    ("id", "ref", "He said [the cards would punish struggling families]."),  # their plight
    ("id", "sup", "He said [the cards would punish rogue traders]."),  # their vice
    ("id", "ref", "He said [the cards would hurt young carers and anxious applicants]."),  # a
    # plight in a conjunct, and anxiety a plight
    ("ban", "ref", "He said: \"[If this goes through, we will see pubs go to the wall].\""),
    ("ban", "sup", "She said [the results would be good for everyone]."),  # the ban's results
    ("id", "sup", "Ministers insisted [the safeguards were strong]."),  # the scheme's own
    ("id", "ref", "He said [the detail here is a mess]."),
])
def test_doing_the_policy_judged_and_who_is_punished(nlp, props, key, expected, marked):
    """A clause subject that carries the policy out (stance_doing.py); people named by their
    plight are harmed, people named by a vice are curbed (stance_eval._people_by_plight)."""
    assert judge(nlp, props[key], marked, "say").stance == LABELS[expected]


def test_the_recipient_of_given_powers_is_a_participant_not_the_policy(nlp):
    prop = parse_proposition("Police should be given powers to use facial recognition.",
                             ["facial recognition"], nlp)
    assert "power" in prop.target and "police" not in prop.target and "police" in prop.args


PARLIAMENTARY = {  # proposition key -> (proposition, watchlist terms)
    "id": ("The government should introduce identity cards.", ["ID card*", "identity card*"]),
    "det": ("The Home Secretary should be given powers to detain terror suspects without trial.",
            ["detention", "detain*", "control order*", "house arrest"]),
    "ban": ("Smoking should be banned in pubs and restaurants.", ["smoking ban", "ban", "smoking"]),
}


@pytest.fixture(scope="module")
def parliamentary(nlp) -> dict[str, Proposition]:
    return {k: parse_proposition(p, terms, nlp) for k, (p, terms) in PARLIAMENTARY.items()}


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ('det', 'sup', 'Home Secretary Charles Clarke said [the powers were needed to protect the '
                   'public from terrorism].'),
    ('det', 'ref', 'Tory leader Michael Howard said [the plans were "an affront to civil '
                   'liberties"].'),
    ('det', 'ref', 'Liberty director Shami Chakrabarti said [the measures were unnecessary and '
                   'disproportionate].'),
    ('id', 'sup', 'Mr Blunkett insisted [the scheme would help tackle identity fraud, illegal '
                  'working and terrorism].'),
    ('id', 'ref', 'The Liberal Democrats said [they would vote against the bill].'),
    ('id', 'ref', 'Critics argue [the cards will be expensive and unreliable].'),
    ('id', 'ref', 'Lib Dem home affairs spokesman Mark Oaten said [the scheme was "a white '
                  'elephant" that would cost billions].'),
    ('ban', 'sup', 'Health Secretary John Reid said [a ban would save thousands of lives].'),
    ('ban', 'ref', 'The British Beer and Pub Association said [a total ban would devastate the '
                   'industry].'),
    ('ban', 'ref', 'Mr Reid said [an outright ban would be "unenforceable"].'),
    ('ban', 'sup', 'Doctors said [the evidence for a ban was overwhelming].'),
    ('det', 'ref', 'Former law lord Lord Steyn said [detention without trial was "a stain on the '
                   'nation"].'),
    ('id', 'sup', 'Home Office minister Des Browne said [the cards would be a "powerful tool" '
                  'against crime].'),
    ('id', 'ref', 'Tory spokesman David Davis said [the government had failed to make the case '
                  'for the scheme].'),
    ('ban', 'sup', 'Campaigners said [the ban did not go far enough].'),
    ('ban', 'ref', 'Landlords said [they would lose customers if smoking was banned].'),
    ('det', 'ref', 'Amnesty International said [the powers breached human rights].'),
    ('det', 'sup', 'Mr Clarke said [the control orders were "proportionate and necessary"].'),
    ('id', 'ref', 'Shadow home secretary David Davis said [the scheme was "ill-thought-out" and '
                  'would not stop terrorism].'),
    ('id', 'sup', 'Tony Blair said [identity cards were an idea whose time had come].'),
    ('ban', 'ref', "Smokers' group Forest said [the ban was an attack on personal freedom]."),
    ('ban', 'sup', 'The BMA said [a ban would protect bar workers from second-hand smoke].'),
    ('det', 'ref', 'The Law Society said [the proposals were a threat to the rule of law].'),
    ('det', 'sup', 'The prime minister said [the police and security services needed these '
                   'powers].'),
    ('id', 'ref', 'Critics said [the cards would be vulnerable to fraud].'),
    ('id', 'ref', 'Campaign group No2ID said [the cards would be "a gift to fraudsters"].'),
    ('id', 'ref', 'The columnist said [the cards were a victory for the lobbyists].'),
    ('id', 'ref', 'Mr Davis said [the cards would threaten civil liberties].'),  # a harm, not
    # a threat made by a speaker
    ('id', 'sup', 'Mr Clarke said [it was nonsense to suggest that the cards would threaten '
                  'civil liberties].'),
    ('id', 'sup', 'Mr Blunkett said [the cards promise real savings for the taxpayer].'),
    ('id', 'ref', 'The columnist said [the cards were a victory for nostalgia over common sense].'),
    ('id', 'sup', 'Mr Clarke said [the government remained committed to the scheme].'),
    ('id', 'ref', "Former home secretary David Blunkett's critics said [the cost had spiralled "
                  'out of control].'),
    ('id', 'sup', 'The minister said [he was confident the scheme would be delivered on time and '
                  'on budget].'),
    ('id', 'ref', 'The Tories said [they would scrap the scheme if they won the election].'),
    ('id', 'ref', 'Mr Davis said [the cards would do nothing to stop terrorists].'),
    ('id', 'sup', 'Ministers argue [the cards will help combat identity fraud, which costs £1.3bn '
                  'a year].'),
    ('id', 'sup', 'The Home Office said [public support for the scheme remained high].'),
    ('id', 'ref', 'Mr Oaten said [the money would be better spent on more police officers].'),
    ('det', 'ref', 'Mr Howard said [the Tories could not support the bill in its current form].'),
    ('det', 'sup', 'Mr Clarke said [the measures were "essential" to protect national security].'),
    ('det', 'ref', 'Lawyers for the detainees said [the law was incompatible with the European '
                   'Convention on Human Rights].'),
    ('det', 'sup', 'Security minister Hazel Blears said [the legislation struck the right '
                   'balance].'),
    ('det', 'ref', 'Baroness Kennedy said [the proposals undermined centuries-old principles of '
                   'British justice].'),
    ('det', 'sup', 'Mr Clarke said [he would not water down the plans].'),
    ('det', 'ref', 'Opposition peers vowed [to defeat the bill in the Lords].'),
    ('ban', 'ref', "The Tobacco Manufacturers' Association said [there was no justification for a "
                   'ban].'),
    ('ban', 'ref', 'Pub landlords warned [the ban would force many village pubs to close].'),
    ('ban', 'sup', 'Cancer Research UK welcomed [the move as "a victory for public health"].'),
    ('ban', 'sup', 'Doctors said [the ban would save lives and should be introduced as soon as '
                   'possible].'),
    ('ban', 'ref', 'Mr Reid said [a blanket ban was "not the way forward"].'),
    ('ban', 'sup', 'The Royal College of Physicians urged [ministers to introduce a complete '
                   'ban].'),
    ('ban', 'ref', 'Licensees said [the plans were unfair on small pubs].'),
    ('ban', 'ref', 'The Federation of Licensed Victuallers said [the ban was "a backward step" '
                   'for the hospitality trade].'),
    ('ban', 'sup', 'Asthma UK said [it was "high time" smoking was banned in enclosed public '
                   'places].'),
    ('ban', 'ref', 'Mr Clark said [the government was wrong to impose a ban on private clubs].'),
    ('ban', 'sup', 'The BMA said [ministers were right to press ahead with the ban].'),
    ('ban', 'ref', 'Landlords said [they had serious concerns about the ban].'),
    ('ban', 'ref', 'The Tory spokesman said [the ban was "the nanny state at its worst"].'),
    ('ban', 'sup', 'Campaigners said [the ban was a victory for common sense].'),
    ('ban', 'ref', 'Mr Clark said [a ban would hit hard-working publicans hardest].'),
    ('ban', 'sup', 'The charity said [the ban would protect children from second-hand smoke].'),
    ('ban', 'ref', 'Critics said [the ban was deeply flawed].'),
    ('id', 'ref', 'Mr Davis said [the scheme was a costly mistake].'),
    ('id', 'ref', 'Labour rebels said [they could not support the bill].'),
    ('id', 'ref', 'The Lib Dems said [the government should scrap the scheme and spend the money '
                  'on police].'),
    ('id', 'sup', "Mr Blunkett said [the cards were a sensible step to protect people's "
                  'identities].'),
    ('id', 'ref', 'The campaign group said [the scheme was heavy-handed and intrusive].'),
    ('id', 'ref', "Mr Oaten said [the government's U-turn on compulsory cards showed the scheme "
                  'was in trouble].'),
    ('id', 'sup', 'The minister said [the cards would bring real benefits to ordinary people].'),
    ('id', 'ref', 'Critics said [the costs would spiral out of control].'),
    ('det', 'ref', 'Liberty said [the powers were "a grave threat to our freedoms"].'),
    ('det', 'sup', 'The home secretary said [the security services needed the powers to protect '
                   'the public].'),
    ('det', 'ref', 'Tory MPs said [the bill was being rushed through Parliament].'),
    ('det', 'ref', 'Mr Howard said [he had grave concerns about the bill].'),
    ('det', 'sup', "Mr Blair said [the legislation was vital to the country's security]."),
    ('det', 'sup', 'Ministers insisted [the safeguards in the bill were robust].'),
    ('det', 'ref', 'Judges said [the powers were incompatible with human rights law].'),
    ('id', 'ref', 'The Lib Dems dismissed [the scheme as "an expensive white elephant"].'),
    ('id', 'sup', 'Mr Clarke insisted [the cards would not be a "big brother" measure].'),
    ('id', 'ref', 'Campaigners branded [the scheme "a tax on honesty"].'),
    ('id', 'sup', 'The home secretary urged [MPs to back the bill].'),
    ('id', 'sup', 'Mr Blair said [the scheme was "the right thing to do for the country"].'),
    ('id', 'ref', 'Mr Oaten claimed [the cost of the cards had doubled].'),
    ('id', 'ref', 'The Tories said [they would not support the scheme in its present form].'),
    ('det', 'ref', 'Lord Carlile said [the powers risked alienating Muslim communities].'),
    ('det', 'ref', 'The Law Lords ruled [the detention powers were unlawful].'),
    ('det', 'ref', 'Mr Kennedy said [the plans were "a fundamental assault on liberty"].'),
    ('det', 'sup', 'The police said [the powers were essential to disrupt terror plots].'),
    ('det', 'ref', 'Opposition MPs described [the bill as "draconian"].'),
    ('det', 'ref', 'Amnesty said [the measures would undermine the rule of law].'),
    ('det', 'sup', 'Mr Blair insisted [the legislation was necessary to keep Britain safe].'),
    ('ban', 'ref', 'Pub owners said [the ban would cost thousands of jobs].'),
    ('ban', 'sup', 'Health campaigners welcomed [the ban as "a huge step forward"].'),
    ('ban', 'ref', 'The industry said [a voluntary approach would work better than a ban].'),
    ('ban', 'sup', 'The charity said [the ban was "long overdue"].'),
    ('ban', 'ref', 'Mr Clark said [the ban was unnecessary and unenforceable].'),
    ('ban', 'sup', "Scotland's health minister said [the ban had been a great success]."),
    ('id', 'sup', 'Mr Blunkett said [it was "vital" that the scheme went ahead].'),
    ('id', 'ref', 'Mr Davis said [there was "no evidence" the cards would reduce crime].'),
    ('id', 'sup', 'Mr Blunkett said [he was "determined" to press ahead with the scheme].'),
    ('id', 'ref', 'Mr Oaten said [the scheme would be "a costly failure"].'),
    ('id', 'ref', 'The Tories said [they would repeal the law].'),
    ('id', 'ref', 'Labour MP Bob Marshall-Andrews said [he had "grave reservations" about the '
                  'bill].'),
    ('id', 'ref', 'Mr Davis said [the scheme was "dead in the water"].'),
    ('id', 'ref', 'Liberty said [the government should scrap the scheme].'),
    ('det', 'sup', 'Mr Clarke said [the measures were "proportionate"].'),
    ('det', 'sup', 'The prime minister said [he would not back down].'),
    ('det', 'ref', 'Peers said [the powers were "a sledgehammer to crack a nut"].'),
    ('det', 'ref', 'Peers said [the powers were "a blunt instrument"].'),
    ('id', 'sup', 'Mr Blunkett said [the new offence would be toothless without the cards].'),
    ('ban', 'ref', 'The landlord said: "[They banned it in Dublin. Much good it did]."'),
    ('det', 'neu', 'Mr Clarke said [his appeal was about the rule of law, not politics].'),
    ('det', 'ref', 'Mr Davis said [the bill was "fundamentally flawed"].'),
    ('det', 'sup', 'Mr Clarke said [the powers would only be used against a small number of '
                   'dangerous people].'),
    ('det', 'ref', 'Campaigners said [the plans would not make Britain any safer].'),
    ('ban', 'sup', 'The BMA said [it fully supported the ban].'),
    ('ban', 'ref', 'Forest said [the ban was "a victory for the nanny state"].'),
    ('ban', 'sup', 'Ms Johnson said [the plans would save lives].'),
    ('ban', 'ref', 'Mr Clark said [the ban would not work].'),
    ('ban', 'sup', 'Campaigners said [the decision was "a victory for common sense"].'),
    ('ban', 'ref', 'Landlords said [a ban would be "the final nail in the coffin" for rural '
                   'pubs].'),
    ('ban', 'ref', 'Mr Clark said [the plans were "illiberal and unnecessary"].'),
    ('det', 'sup', 'Mr Clarke said [without the powers the country would be at greater '
                   'risk].'),
])
def test_statements_in_the_style_of_parliamentary_reports(nlp, parliamentary, key, expected,
                                                          marked):
    """Ministers, opposition spokesmen and campaigners as UK political reports quote them
    (sentences of our own); the cue is the verb before the content, the speaker the text
    before " said"."""
    found = judge(nlp, parliamentary[key], marked, None, speaker=marked.split(" said")[0])
    assert found.stance == LABELS[expected], found.basis


RATES = {"up": "The Bank of England should raise interest rates.",
         "down": "The central bank should cut interest rates."}


@pytest.mark.parametrize(("key", "expected", "marked"), [
    ('up', 'ref', 'The CBI said [rates should stay on hold].'),
    ('up', 'sup', 'Economist Jane Foley said [a rise was needed to curb inflation].'),
    ('up', 'ref', 'The TUC said [the Bank should cut rates to help manufacturers].'),
    ('up', 'ref', 'Retailers said [it was too early to raise rates].'),
    ('up', 'ref', 'The Federation of Small Businesses said [a hike would hurt homeowners].'),
    ('up', 'ref', 'Unions said [there was no need for a rise].'),
    ('up', 'neu', 'Analysts said [they expected rates to rise next month].'),
    ('up', 'sup', 'One MPC member voted [for an immediate increase].'),
    ('up', 'ref', 'The British Retail Consortium urged [the Bank to leave rates unchanged].'),
    ('up', 'sup', 'The IMF said [the Bank should tighten policy further].'),
    ('up', 'ref', 'Homeowners\' groups said [another rise would be "a disaster" for borrowers].'),
    ('down', 'sup', 'The CBI urged [the Bank to cut rates].'),
    ('down', 'ref', 'Mr King said [there was no case for a cut].'),
    ('down', 'sup', 'Exporters said [lower rates would help them compete].'),
    ('down', 'ref', "The Bank's chief economist said [cutting rates now would risk fuelling "
                    'inflation].'),
    ('down', 'neu', 'Economists said [a cut was likely in the spring].'),
    ('down', 'sup', 'Retailers said [a reduction in rates was "long overdue"].'),
])
def test_a_direction_of_rates_in_either_proposition(nlp, key, expected, marked):
    """Hold, cut, raise; "higher / lower rates" as the act or its opposite ("lower rates would
    help them compete" supports a cut and refutes a rise); "too early to raise"."""
    prop = parse_proposition(RATES[key], ["interest rate*", "rates"], nlp)
    found = judge(nlp, prop, marked, None)
    assert found.stance == LABELS[expected], found.basis


@pytest.mark.parametrize(("marked", "expected"), [
    ('The shopkeeper said: "[I support it]."', "supports"),  # "it" the object: not the speaker
    ('The shopkeeper said: "[If it catches the burglars, I\'m all for it]."', "supports"),
    ('The lawyer said: "[Unless there are proper safeguards, we are against it]."', "refutes"),
    ("The ministry said [it would support the council].", "neutral"),  # "it": the ministry
])
def test_an_object_pronoun_and_a_conditional_position(nlp, props, marked, expected):
    found = judge(nlp, props["ban"], marked, "say", speaker="x")
    assert found.stance == expected, found


@pytest.mark.parametrize(("expected", "marked"), [
    ("sup", "She said [the bill does not go far enough]."),  # the removing measure
    ("sup", "She said [her party would back the bill]."),
    ("ref", "She said [the plans would drive good lecturers out of the country]."),
    ("sup", "She said [the government is committed to abolishing tuition fees]."),
    ("ref", "He said [tuition fees were fair to students]."),  # what is removed, praised
])
def test_a_removals_measure_is_the_removal(nlp, expected, marked):
    """Of a removal, "the bill" and "the plans" name the measure that removes; what it removes,
    named with its removal ("abolishing tuition fees"), is the act; driving good people out is
    a harm."""
    prop = parse_proposition("Tuition fees should be abolished.", ["tuition fees"], nlp)
    assert judge(nlp, prop, marked, "say").stance == LABELS[expected]


@pytest.mark.parametrize(("expected", "marked"), [
    ("sup", "She said [public ownership would end the waste and muddle of the old contracts]."),
    ("sup", "She said [it had been a shambles for years under the private firms]."),
    ("ref", "He said [private operators had brought record passenger growth]."),
    ("ref", "He said [the buses were safer in private hands]."),
    ("sup", "She said [the buses should stay in public hands]."),
    ("sup", "She said [bus services belong in public ownership]."),
    ("ref", "He said [the buses should remain in private hands]."),
    ("ref", "He said [the buses should not be in public hands]."),
    ("neu", "He said [the buses were in public hands until 1986]."),
])
def test_public_and_private_ownership_named(nlp, expected, marked):
    """Of a proposition to take something into public ownership, "public ownership" names it
    and "private hands", "the private firms", "private operators" its opposite; an "it" beside
    the private firms is not the policy."""
    prop = parse_proposition("The county's bus services should be brought into public "
                             "ownership.", ["bus services"], nlp)
    assert judge(nlp, prop, marked, "say").stance == LABELS[expected]


@pytest.mark.parametrize(("expected", "marked"), [
    ("sup", "The doctor said: \"[Today I am asking you to vote to ban smoking in pubs].\""),
    ("sup", "The doctor said: \"[I beg you to ban smoking in pubs].\""),
    ("neu", "The doctor said [she had been asked to ban smoking in pubs]."),  # no one asked
    ("neu", "The doctor said [she asked whether smoking would be banned in pubs]."),
    ("neu", "The landlord accused ministers of [asking Parliament to ban smoking in pubs]."),
])
def test_a_plea_to_the_listener_prescribes(nlp, props, expected, marked):
    """ "I am asking you to ban it" asks for the act as "I urge you to" does; asked to do it,
    asking whether, or another's asking (here the act accused) is no request of the
    speaker's."""
    assert judge(nlp, props["ban"], marked, "say").stance == LABELS[expected]



@pytest.mark.parametrize(("expected", "marked"), [
    ("ref", "The minister said [the 20% demand was unaffordable]."),
    ("ref", "The minister said [their demands were unaffordable]."),
    ("neu", "The economist said [demand for agency nurses was low]."),  # a market's demand
    ("neu", "The economist said [demand was falling]."),
])
def test_a_demand_names_the_policy_demanded_not_a_market(nlp, expected, marked):
    """ "The 20% demand" is the pay claim the proposition would grant; "demand for agency
    nurses" is a market's, for something else."""
    prop = parse_proposition("Nurses should be given the 20% pay rise they are demanding.",
                             ["nurses' pay"], nlp)
    assert judge(nlp, prop, marked, "say").stance == LABELS[expected]
