"""Data for the money extractor: currencies, scales, qualifiers and cue words.

Currency symbols and codes are written before the number ("£225 million", "USD 725 mln"),
currency words after it ("10 million euros"). Cue words are regular-expression fragments,
matched case-insensitively as whole words in the sentence around an amount.
"""

# Written before the number. "$" alone is a dollar of unknown country, "Rs" a rupee of unknown
# country (see ``AMBIGUOUS_CURRENCIES``).
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "$": "$",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₴": "UAH",
    "₽": "RUB",
    "zł": "PLN",
    "Rs.": "Rs",
    "Rs": "Rs",
}

# ISO 4217 codes recognised before or after the number ("GBP15 million", "500,000,000 USD").
# Matched case-sensitively; SDR is the IMF's special drawing right, ISO code XDR.
CURRENCY_CODES: dict[str, str] = {
    code: code
    for code in (
        "USD EUR GBP JPY CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF RON BGN UAH RUB CNY INR PKR "
        "KRW TRY ILS SAR AED QAR HKD SGD ZAR BRL MXN XDR"
    ).split()
} | {"SDR": "XDR", "SDRs": "XDR"}

# Written after the number ("2.26 billion pounds", "a half-billion dollar donation").
CURRENCY_WORDS: dict[str, str] = {
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "US dollar": "USD",
    "U.S. dollar": "USD",
    "American dollars": "USD",
    "Canadian dollars": "CAD",
    "Canadian dollar": "CAD",
    "Australian dollars": "AUD",
    "Australian dollar": "AUD",
    "New Zealand dollars": "NZD",
    "Hong Kong dollars": "HKD",
    "Singapore dollars": "SGD",
    "dollars": "$",
    "dollar": "$",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "Swiss francs": "CHF",
    "francs": "CHF",
    "rupees": "Rs",
    "Pakistani rupees": "PKR",
    "Indian rupees": "INR",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "roubles": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "zloty": "PLN",
    "kroner": "kr",
    "krone": "kr",
    "kronor": "SEK",
    "Swedish kronor": "SEK",
    "Norwegian kroner": "NOK",
    "Danish kroner": "DKK",
    "special drawing rights": "XDR",
}

# Currencies written without their country: "$"/"dollars" (EXTRACTION_NOTES: a Canadian or
# Australian statement means its own dollar), "Rs" (rupees of India, Pakistan, Sri Lanka ...),
# "kroner". Resolved by the donor, then by the web domain of the publisher, else the default.
AMBIGUOUS_CURRENCIES: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "$": (
        "USD",
        {"CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "HKG": "HKD", "SGP": "SGD"},
        {"gc.ca": "CAD", "canada.ca": "CAD", "gov.au": "AUD", "govt.nz": "NZD"},
    ),
    "Rs": ("INR", {"PAK": "PKR", "LKA": "LKR", "NPL": "NPR"}, {"pk": "PKR", "lk": "LKR"}),
    "kr": ("NOK", {"DNK": "DKK", "SWE": "SEK", "NOR": "NOK"}, {"dk": "DKK", "se": "SEK"}),
}

# Scale words: spelled out, abbreviated ("bn", "mln") or a single letter glued to the number.
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "tn": 1e12,
}
GLUED_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}

# Number words that can stand before a scale word ("half a billion dollars").
NUMBER_WORDS: dict[str, float] = {
    "a quarter of a": 0.25,
    "a half": 0.5,
    "half a": 0.5,
    "half": 0.5,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
}

# Words right before an amount that bound it.
QUALIFIERS: dict[str, str] = {
    "up to": "at_most",
    "as much as": "at_most",
    "a maximum of": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "less than": "at_most",
    "under": "at_most",
    "below": "at_most",
    "more than": "at_least",
    "over": "at_least",
    "at least": "at_least",
    "in excess of": "at_least",
    "upwards of": "at_least",
    "a minimum of": "at_least",
    "above": "at_least",
    "exceeding": "at_least",
    "nearly": "approximately",
    "almost": "approximately",
    "around": "approximately",
    "about": "approximately",
    "some": "approximately",
    "approximately": "approximately",
    "approx.": "approximately",
    "roughly": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "close to": "approximately",
    "circa": "approximately",
    "~": "approximately",
}
# Words right after an amount that bound it ("$5 million or more").
TRAILING_QUALIFIERS: dict[str, str] = {
    "or more": "at_least",
    "plus": "at_least",
    "+": "at_least",
    "or less": "at_most",
}

# Amounts with no scale word below this are prices or per-unit figures, not commitments.
MIN_BARE_AMOUNT = 1000

# Asking for money is not giving it: "UN seeks $250 million in humanitarian aid" (before the
# amount, these win over a commitment noun after it).
REQUESTS = r"seeks?|seeking|sought|asks? for|asked for|appeals? for|calls? for|called for"
# Money that is not pledged, given, lent or spent: damage, costs, debts, frozen assets,
# appeals and requests, sales (the buyer pays), GDP. Matched in the few words next to the amount.
NOT_COMMITMENT = (
    r"damages?|destruction|losses|impact|costs?|costing|price[sd]?|debts?|deficit|GDP|"
    r"gross domestic product|economy|frozen|immobili[sz]ed|seized|sanctioned|reserves|"
    rf"appeals?|{REQUESTS}|shortfall|needs|revenues?|profits?|turnover|market|"
    r"sales?|salar(?:y|ies)|"
    r"valuation|fine[ds]?|bribes?|ransom|net worth|fortune|wealth|bill for|"
    r"would cost|will cost|estimated cost"
)

# Words that make money in a sentence a commitment (at least one must be in the sentence).
COMMITMENT = (
    r"aid|support|assistance|package|loans?|lend|lent|lending|grants?|grant(?:ed|ing)|"
    r"pledge[sd]?|pledging|promise[sd]?|promising|commit(?:s|ted|ting|ment|ments)?|"
    r"provid(?:e|es|ed|ing)|give[sn]?|giving|gave|donat(?:e|es|ed|ing|ion|ions)|"
    r"fund(?:s|ed|ing)?|allocat(?:e|es|ed|ing|ion)|disburs(?:e|es|ed|ing|ement|ements)|"
    r"pa(?:y|ys|id|ying)|payments?|tranches?|invest(?:s|ed|ing|ment|ments)?|"
    r"spen[dt]|spending|contribut(?:e|es|ed|ing|ion|ions)|deal|agreement|contracts?|"
    r"approv(?:e|es|ed|ing|al)|announc(?:e|es|ed|ing|ement)|relief|financ(?:e|ed|ing)|"
    r"facility|programme|program|drawdown|budget|transfer(?:s|red)?|deliver(?:s|ed|y)?|"
    r"send|sent|sending|unveil(?:s|ed)?|authori[sz](?:e|es|ed|ation)|raised?|guarantees?|"
    r"share|worth|security|military|humanitarian|weapons|emergency|reconstruction|recovery|"
    r"agree[sd]?|agreeing|"
    r"receiv(?:e|es|ed|ing)|buy|buys|bought|purchas(?:e|es|ed|ing)|mobili[sz](?:e|es|ed|ing)|"
    r"releas(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|unlock(?:s|ed|ing)?|extend(?:s|ed|ing)?"
)

# Nouns that make the amount before them a commitment ("£2.26 billion loan", "$20m package").
STRONG_COMMITMENT = (
    r"aid|support|assistance|packages?|loans?|grants?|pledges?|funds|funding|donations?|"
    r"contributions?|tranches?|payments?|disbursements?|investments?|deal|agreement|"
    r"contracts?|programme|program|facility|drawdown|relief|financing|finance|guarantees?|"
    r"budget|allocation|commitments?|donation"
)

# Running totals: not a new commitment ("since 2022", "so far", "bringing the total to"), in
# the amount's clause or opening its sentence ("Since 2014, the US has committed").
# "total" alone is not one: "totalling $2.47 billion" sums new packages, "a total of" is an
# envelope.
TOTAL_BEFORE = (
    r"bring(?:s|ing)?|brought|stands? at|stood at|so far|to date|in total|in all|altogether|"
    r"all told|cumulative(?:ly)?|overall|since|reach(?:es|ed)? a total|total contribution|"
    r"total investment|total expenditure|total assistance|total support"
)
# Verbs that make "... to $X" a new level, not a new amount ("doubling its amount to €1bn").
TOTAL_TO = r"doubl|tripl|increas|rise|rises|rising|risen|rose|grow|grew|lift|rais|swell|climb"
# After the amount, in its clause ("£7.6 billion of military aid since 2022", "$7.1 billion Tokyo
# had already pledged", "£1.5 billion in earlier support").
TOTAL_AFTER = (
    r"since|so far|to date|in total|in all|altogether|all told|cumulatively|"
    r"(?:has|have|had) already|in (?:earlier|previous|prior|past) (?:support|aid|assistance)"
)

# What the money is for: the cue nearest the amount wins. A loan alone says nothing of its use
# (the G7 loans pay for weapons); "financial" is budget and macro-financial support (not "the
# financial year"); "equipment" alone is no weapon ("equipment to repair the power grid").
AID_TYPES: dict[str, str] = {
    "humanitarian": (
        r"humanitarian|relief|food|shelter|medical|medicine|health|refugees?|displaced|"
        r"flood(?:s|ing)?|earthquakes?|tsunami|disasters?|emergency aid|life-saving|water|"
        r"sanitation"
    ),
    "military": (
        r"military|defen[cs]e|security assistance|weapons?|arms|armed forces|missiles?|"
        r"ammunition|munitions|artillery|drones?|air defen[cs]e|troops|drawdown|lethal|"
        r"non-lethal|warfare|tanks|howitzers|radars?|interceptors|war effort|fight against|fight"
    ),
    "financial": (
        r"financial(?! year)|macro-financial|budget support|debt relief|IMF|"
        r"International Monetary Fund|"
        r"World Bank|Extended Fund Facility|EFF|Ukraine Facility|economic"
    ),
}

# The form of the money: the cue nearest the amount wins. A payment or "funding" says nothing
# of the form; export finance is a credit line, not a loan to the recipient.
INSTRUMENTS: dict[str, str] = {
    "loan": r"loans?|lend|lent|lending|borrow(?:ing|ed)?|Extended Fund Facility|EFF",
    "guarantee": r"guarantees?|guaranteed",
    "grant": r"grants?|donations?|gifts?|gifted",
    "budget": r"budget",
    "package": r"package|packages",
}

# The stage a commitment is at, from the verb (first match wins, in this order). Money that
# "will be paid" or "is to be disbursed" is committed, not yet disbursed.
STAGES: dict[str, str] = {
    "disbursed": (
        r"disburs(?:e|es|ed|ing|ement|ements)|paid|pays|paying|pay out|paid out|payments?|"
        r"transferred|delivered|spent|received"
    ),
    "allocated": (
        r"allocat(?:e|es|ed|ing|ion)|earmark(?:s|ed)?|set(?:s|ting)? aside|approv(?:e|es|ed|al)"
    ),
    "committed": (
        r"commit(?:s|ted|ting|ment|ments)?|agreed|signed|inks?|contributing|"
        r"provid(?:e|es|ed|ing)|(?:will|would|is to|are to) (?:be )?"
        r"(?:disburs\w*|paid|pay|transferr?\w*)"
    ),
    "pledged": r"pledge[sd]?|pledging|promise[sd]?|promising|vow(?:s|ed)?",
    "announced": r"announc(?:e|es|ed|ing|ement)|unveil(?:s|ed)?|confirm(?:s|ed)?|reveal(?:s|ed)?",
}

# Verbs whose subject gives the money (the donor) or receives it (the recipient).
GIVING_VERBS = (
    r"pledge[sd]?|pledging|promise[sd]?|commit(?:s|ted|ting)?|provid(?:e|es|ed|ing)|"
    r"give[sn]?|gave|giving|donat(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|"
    r"pa(?:y|ys|id|ying)|invest(?:s|ed|ing)?|spen[dt]|spending|contribut(?:e|es|ed|ing)|"
    r"announc(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|agree[sd]?|unveil(?:s|ed)?|sen[dt]|"
    r"lend|lent|loan(?:s|ed)?|grant(?:s|ed)?|confirm(?:s|ed)?|authori[sz](?:e|es|ed)|"
    r"inks?|signed|offer(?:s|ed)?|transferr?(?:s|ed)?|deliver(?:s|ed)?|raised?|reached|"
    r"step(?:s|ped)? up|us(?:e|es|ing) profits|add(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|"
    r"releas(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|unlock(?:s|ed|ing)?|extend(?:s|ed|ing)?"
)
RECEIVING_VERBS = r"receiv(?:e|es|ed|ing)|get|gets|got|obtain(?:s|ed)?|secured?|use|access"
# Words before an actor that make it the recipient ("for Ukraine", "to Kyiv").
RECIPIENT_MARKERS = (
    r"to|for|into|towards|toward|help|helping|support|supporting|defend|defending|benefit"
)
# Verbs whose first object is the recipient when the money or "with" follows it ("provide
# Ukraine with $50 billion", "give Kyiv a $1bn loan"; not "given DOD authorization").
RECIPIENT_OBJECT_VERBS = (
    r"provid(?:e|es|ed|ing)|give[sn]?|gave|giving|sen[dt]|sending|offer(?:s|ed)?|lend|lent|"
    r"loan(?:s|ed)?|pa(?:y|ys|id|ying)"
)
RECIPIENT_OBJECT_FOLLOWERS = (
    r"with|a|an|the|another|more|additional|further|new|up to|around|about|nearly|some|over"
)
# Words before an actor that make it neither donor nor recipient ("by Israel", "over Gaza").
OTHER_MARKERS = r"by|against|than|on|over|at|includes|including|like|according to"
# Words before an actor that leave it free to be the subject (the donor) of the clause.
SUBJECT_LEADS = (
    r"the|of|and|that|as|while|when|after|because|but|where|which|whereas|said|says|"
    r"told|added|noted|stated|announced|confirmed|revealed|warned|explained"
)
# Words after a possessive that make it a part, not the owner ("the UK's share of a $50bn"); an
# amount right after them is the whole ("part of the €50 billion Ukraine Facility"), not new money.
PART_OF = r"share|part|portion|slice|contribution to"
# Givers in the plural, unnamed: the amount has no single donor.
SHARED = r"international|multilateral|partners|allies|donors|others|coalition|member states"
# Receivers in the plural: money "for allies in the Indo-Pacific", "for Gaza and other crises",
# "the rest for 15 NATO allies" has no single recipient.
SHARED_RECIPIENTS = r"allies|partners|countries|nations|others|neighbou?rs|crises|regions"
# Verbs whose subject wants or waits for money rather than gives it ("Kyiv faces uncertainty
# over future American aid, with a $61 billion package stalled").
NOT_GIVING_VERBS = (
    r"faces?|faced|facing|needs?|needed|seeks?|sought|asks?|asked|awaits?|awaited|wants?|"
    r"hopes?|urges?|urged|depends?"
)
# Words after an actor that make it no party to the money ("frozen Russian assets").
NOT_A_PARTY = r"assets?|sovereign|central bank|oil|gas|reserves"
# Words after an actor that make it no donor ("Russia's full-scale invasion", "Russian troops");
# it may still be a recipient ("support to the Ukrainian armed forces").
NOT_A_DONOR = (
    r"invasion|aggression|attacks?|strikes?|war|troops|forces|army|soldiers|parliament|"
    r"people|population|territory|front|energy sector"
)

# Funds named after the country they serve: money "under the Ukraine Facility" goes to Ukraine.
NAMED_FOR = {"Ukraine Facility": "UKR"}
