/// The word lists behind the figure rules: number words, months, qualifiers, units, currencies
/// and the function words that end a counted noun phrase. Built once into `FigureLexicon`.
enum NumberWords {
  static let cardinals: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  static let scales: [String: Double] = [
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
  ]

  /// Scales written onto money ("€300m", "$2bn", "£5k").
  static let moneyScales: [String: Double] = [
    "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "trn": 1e12,
  ]

  static let vague: [String] = [
    "dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens",
  ]

  static let months: [String: Double] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  static let weekdays: [String: Double] = [
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
  ]

  /// Single words that qualify a number before it and stay in the figure's text.
  static let qualifiers: [String] = [
    "over", "under", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
    "just", "only", "above", "below", "exactly", "precisely", "barely", "within", "every", "all",
    "another", "other", "next", "last", "past", "estimated", "record", "further", "additional",
    "approx", "circa", "almost", "upwards", "totalling", "totaling", "fully", "merely",
  ]

  /// Last words of multi-word qualifiers ("more than", "at least", "up to", "as many as").
  static let qualifierTails: [String] = ["than", "least", "most", "to", "as", "of"]

  static let functionWords: [String] = [
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "as", "that", "which", "who", "whom", "whose", "than", "then", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "do", "does", "did", "not", "no", "it", "its", "this",
    "these", "those", "there", "their", "they", "he", "she", "his", "her", "we", "our", "you",
    "i", "me", "him", "them", "us", "each", "per", "into", "onto", "over", "after", "before",
    "during", "since", "until", "while", "when", "where", "if", "so", "also", "more", "less",
    "about", "around", "through", "across", "against", "between", "among", "including", "like",
    "such", "both", "either", "neither", "all", "any", "every", "some", "many", "much", "most",
    "few", "other", "another", "own", "same", "up", "down", "out", "off", "away", "back", "here",
    "now", "just", "only", "even", "still", "yet", "already", "too", "very", "said", "says",
    "say", "told", "according", "under", "within", "without", "toward", "towards", "upon",
    "via", "because", "though", "although", "whether", "what", "why", "how", "again", "ago",
    "later", "earlier", "old", "each", "apiece", "instead", "whereas", "whereby", "amid",
    "amongst", "beyond", "behind", "near", "inside", "outside", "above", "below", "beneath",
    "despite", "except", "plus", "minus", "versus", "vs", "last", "next", "first", "second",
    "third", "left", "right", "nor", "ever", "never", "always", "often", "once", "twice",
    "respectively", "altogether", "overall", "total", "aboard", "alone", "together", "apart",
    "more", "fewer", "lower", "higher", "others", "one", "ones", "got", "get", "gets", "went",
    "came", "made", "make", "take", "took", "taken", "given", "gave", "give", "set", "put",
    "let", "see", "saw", "seen", "say", "go", "goes", "come", "comes", "s", "t", "re", "ve", "ll",
    "d", "m", "am", "pm", "times",
  ]

  static let pronouns: [String] = [
    "it", "its", "they", "them", "their", "he", "she", "we", "us", "you", "i", "me", "him",
    "her", "his", "our", "this", "that", "these", "those", "who", "which", "what", "one", "ones",
    "another", "other", "others", "each", "either", "neither", "none", "all", "both", "some",
    "any", "many", "few", "several", "themselves", "himself", "herself", "itself", "of",
  ]

  static let timeUnits: [String: String] = [
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "day": "days",
    "days": "days", "week": "weeks", "weeks": "weeks", "fortnight": "weeks", "fortnights": "weeks",
    "month": "months", "months": "months", "year": "years", "years": "years", "yr": "years",
    "yrs": "years", "decade": "decades", "decades": "decades", "century": "centuries",
    "centuries": "centuries", "night": "nights", "nights": "nights", "millennia": "millennia",
    "semester": "semesters", "semesters": "semesters", "quarter": "quarters",
    "quarters": "quarters", "term": "terms", "terms": "terms",
  ]

  static let measureUnits: [String: String] = [
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "mile": "miles", "miles": "miles", "mi": "miles", "metre": "m",
    "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "centimetre": "cm",
    "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimetre": "mm",
    "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "ft": "ft", "feet": "ft",
    "foot": "ft", "inch": "inches", "inches": "inches", "yard": "yards",
    "yards": "yards", "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg",
    "kilograms": "kg", "gram": "g", "grams": "g", "g": "g", "mg": "mg", "milligram": "mg",
    "milligrams": "mg", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "ounce": "oz",
    "ounces": "oz", "oz": "oz", "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons",
    "tons": "tons", "t": "tonnes", "litre": "litres", "litres": "litres", "liter": "litres",
    "liters": "litres", "l": "litres", "ml": "ml", "millilitre": "ml", "millilitres": "ml",
    "gallon": "gallons", "gallons": "gallons", "barrel": "barrels", "barrels": "barrels",
    "bpd": "barrels per day", "acre": "acres", "acres": "acres", "hectare": "hectares",
    "hectares": "hectares", "ha": "hectares", "sq": "square", "square": "square", "mph": "mph",
    "kph": "km/h", "kmh": "km/h", "knot": "knots", "knots": "knots", "degree": "degrees",
    "degrees": "degrees", "celsius": "°C", "fahrenheit": "°F", "c": "°C", "f": "°F", "mw": "MW",
    "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "mah": "mAh",
    "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW", "watt": "W",
    "watts": "W", "volt": "V", "volts": "V", "gb": "GB", "tb": "TB", "mb": "MB", "kb": "KB",
    "mbps": "Mbps", "gbps": "Gbps", "ghz": "GHz", "mhz": "MHz", "calorie": "calories",
    "calories": "calories", "kcal": "kcal", "decibel": "dB", "decibels": "dB", "db": "dB",
    "storey": "storeys", "storeys": "storeys", "magnitude": "magnitude", "ppm": "ppm",
    "kt": "kilotons", "kiloton": "kilotons", "kilotons": "kilotons", "megaton": "megatons",
    "megatons": "megatons", "nm": "nautical miles",
  ]

  /// Currency words after an amount, with their codes; "pounds" is money only after a scale.
  /// The currency a country's adjective names before a currency word ("Swiss francs").
  static let nationalCurrencies: [String: String] = [
    "swiss": "CHF", "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
    "colombian": "COP", "philippine": "PHP", "brazilian": "BRL", "peruvian": "PEN",
    "egyptian": "EGP", "turkish": "TRY", "russian": "RUB", "indian": "INR", "pakistani": "PKR",
    "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "south": "ZAR", "chinese": "CNY",
    "japanese": "JPY", "british": "GBP", "israeli": "ILS", "nigerian": "NGN", "kenyan": "KES",
    "ghanaian": "GHS", "czech": "CZK", "polish": "PLN", "hungarian": "HUF", "icelandic": "ISK",
  ]

  static let currencyWords: [String: String] = [
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "peso": "MXN",
    "pesos": "MXN", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "liras": "TRY", "naira": "NGN",
    "rand": "ZAR", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "zloty": "PLN",
    "hryvnia": "UAH", "hryvnias": "UAH", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "reais": "BRL", "soles": "PEN", "koruna": "CZK", "forint": "HUF", "lei": "RON",
    "taka": "BDT", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY",
    "inr": "INR", "aud": "AUD", "cad": "CAD", "chf": "CHF", "nzd": "NZD", "hkd": "HKD",
    "sgd": "SGD", "bitcoin": "BTC", "bitcoins": "BTC",
  ]

  /// Currency codes and abbreviations written before an amount.
  static let currencyPrefixes: [String: String] = [
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "inr": "INR", "rs": "INR", "aud": "AUD", "cad": "CAD", "chf": "CHF", "nzd": "NZD",
    "hkd": "HKD", "sgd": "SGD", "zar": "ZAR", "brl": "BRL", "rub": "RUB", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "pln": "PLN", "try": "TRY", "mxn": "MXN", "krw": "KRW",
    "sfr": "CHF", "chf.": "CHF", "ksh": "KES", "kes": "KES", "ngn": "NGN", "egp": "EGP",
  ]

  /// Letters before "$" that name the dollar ("US$", "A$", "NZ$").
  static let dollarPrefixes: [String: String] = [
    "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "nz": "NZD", "hk": "HKD",
    "s": "SGD", "r": "BRL", "mx": "MXN", "nt": "TWD",
  ]

  /// Casualty verbs, and what the bare number after them counts.
  static let casualtyVerbs: [String: String] = [
    "killing": "deaths", "killed": "deaths", "kills": "deaths", "kill": "deaths",
    "wounding": "injured", "wounded": "injured", "injuring": "injured", "injured": "injured",
    "hurting": "injured", "hurt": "injured", "leaving": "affected", "claiming": "deaths",
    "displacing": "displaced", "displaced": "displaced", "evacuating": "evacuated",
    "evacuated": "evacuated", "arresting": "arrests", "arrested": "arrests",
    "rescuing": "rescued", "rescued": "rescued",
  ]

  static let changeVerbs: [String] = [
    "rose", "risen", "rising", "rises", "rise", "fell", "fallen", "falling", "falls", "fall",
    "increased", "increasing", "decreased", "decreasing", "climbed", "climbing", "dropped",
    "dropping", "reached", "reaching", "reach", "totalled", "totaled", "totalling", "totaling",
    "topped", "topping", "surged", "jumped", "soared", "plunged", "grew", "grown", "growing",
    "declined", "declining", "slipped", "slid", "tumbled", "swelled", "hit", "exceeded",
    "exceeding", "surpassed", "passed", "numbered", "numbering", "stood", "stands", "was",
    "is", "were", "are", "stood",
  ]

  static let yearPrepositions: [String] = [
    "in", "since", "from", "until", "till", "through", "before", "after", "during", "by",
    "between", "of", "early", "late", "mid",
  ]

  static let identifierNouns: [String] = [
    "type", "page", "pages", "p", "pp", "chapter", "chapters", "section", "sections", "article",
    "articles", "paragraph", "paragraphs", "clause", "clauses", "no", "nos", "number", "numbers",
    "room", "rooms", "flight", "flights", "route", "routes", "highway", "line", "lines", "gate",
    "platform", "exit", "level", "grade", "version", "model", "episode", "episodes", "issue",
    "volume", "vol", "suite", "unit", "apartment", "apt", "phone", "tel", "ext", "post", "posts",
    "code", "box", "ward", "verse", "verses", "item", "items", "table", "figure", "fig", "rule",
    "rules", "amendment", "resolution", "bill", "lot", "block", "pier", "berth", "seat", "row",
    "channel", "bus", "tram", "train", "interstate", "junction", "terminal", "building",
    "district", "precinct", "zone", "sector", "region", "ticket", "case", "file", "category",
    "class", "division", "league", "tier", "group", "pool", "heat", "round", "stage", "match",
    "game", "week", "day", "hole", "lap", "race", "question", "questions", "step", "phase",
    "part", "parts", "act", "scene", "track", "stanza", "note", "notes", "footnote", "map",
    "option", "point", "points", "mark", "size", "number", "gen", "mk", "series", "studio",
  ]

  static let irregularPlurals: [String] = [
    "people", "children", "men", "women", "police", "staff", "personnel", "crew", "cattle",
    "youth", "fish", "sheep", "deer", "aircraft", "data", "media", "feet", "teeth", "mice",
    "geese", "livestock", "militia", "clergy", "offspring", "spacecraft", "infantry",
    "troops", "kin", "folk", "bacteria", "criteria", "phenomena", "alumni", "personnel",
    "faithful", "poultry", "swine", "salmon", "trout", "moose", "bison", "elk", "series",
    "species", "headquarters", "means", "refugees", "hostages",
  ]

  static let scoreContext: [String] = [
    "defeated", "defeat", "defeats", "defeating", "beat", "beats", "beating", "won", "win",
    "wins", "winning", "lost", "lose", "loses", "losing", "drew", "draw", "draws", "drawing",
    "victory", "loss", "lead", "led", "leads", "leading", "ended", "finished", "trailing",
    "trailed", "up", "down", "scoreline", "thrashing", "rout", "routed", "edged", "edging",
    "level", "ending", "score", "scored", "aggregate", "result", "stalemate",
  ]

  static let scoreNouns: [String] = [
    "win", "victory", "defeat", "loss", "lead", "draw", "scoreline", "thrashing", "rout",
    "triumph", "success", "upset", "home", "away", "aggregate", "stalemate", "result",
  ]

  static let rangeIntros: [String] = [
    "between", "from", "aged", "ages", "age", "pages", "page", "pp", "chapters", "verses",
    "rooms", "numbers", "versions", "lines", "sections", "articles", "paragraphs", "items",
    "questions", "points", "grades", "years", "days", "weeks", "months", "hours", "minutes",
    "seasons",
  ]

  static let timeSuffixes: [String] = [
    "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt",
    "pst", "pdt", "aest", "aedt", "ist", "jst", "hkt", "sgt", "eet", "eest", "msk", "hrs",
  ]

  static let relativeAfter: [String] = ["ago", "later", "earlier", "before", "after", "old"]

  static let ageWords: [String] = ["aged", "age", "ages"]

  static let ordinalSuffixes: [String] = ["st", "nd", "rd", "th"]

  static let relativeDays: [String] = ["last", "next", "this", "past", "coming"]

  static let nonCountCompounds: [String] = [
    "way", "fold", "sided", "off", "dimensional", "time", "timer", "timers", "shot", "liner",
    "liners", "piece", "star", "stop", "size", "faced", "handed", "eyed", "legged", "tiered",
    "pronged", "party", "thirds", "third", "quarters", "fifths", "tenths", "hundredths", "ups",
    "up", "to", "nil", "all", "and", "or", "on", "in", "plus", "d", "x", "digit", "digits",
    "page", "seater", "long", "high", "wide", "deep", "tall", "odd", "ish", "something",
    "point", "nothing", "love", "minute", "chance",
  ]

  static let nonFigureOrdinalNouns: [String] = [
    "century", "centuries", "millennium", "amendment", "street", "avenue", "place", "grade",
    "edition", "division", "district", "congress", "parliament",
    "dynasty", "precinct", "regiment", "battalion", "brigade", "fleet", "army", "corps",
    "infantry", "armored", "airborne", "ave", "st",
  ]

  static let casualtyNouns: [String] = [
    "dead", "deaths", "killed", "victims", "casualties", "injured", "wounded", "hostages",
    "fatalities", "bodies", "missing", "people", "civilians", "children", "soldiers",
    "refugees", "migrants", "evacuees", "displaced", "prisoners", "detainees", "survivors",
    "patients", "cases", "infections", "troops", "protesters", "demonstrators", "americans",
    "residents", "passengers", "workers", "jobs", "arrests",
  ]

  static let personNouns: [String] = [
    "man", "woman", "boy", "girl", "teenager", "mother", "father", "son", "daughter", "wife",
    "husband", "widow", "widower", "grandmother", "grandfather", "pensioner", "resident",
    "neighbour", "neighbor", "victim", "suspect", "defendant", "survivor", "driver", "player",
    "champion", "winner", "mayor", "teacher", "nurse", "doctor", "officer", "soldier", "pilot",
    "farmer", "owner", "founder", "singer", "actor", "actress", "star", "striker", "captain",
    "coach", "manager", "executive", "president", "minister", "senator", "leader", "student",
    "priest", "veteran", "author", "artist", "journalist", "lawyer", "judge", "scientist",
    "professor", "chairman", "chairwoman", "director", "governor", "rider", "runner", "boxer",
    "golfer", "goalkeeper", "midfielder", "defender", "winger", "forward", "batter", "pitcher",
    "quarterback", "skier", "swimmer", "cyclist", "worker", "employee", "mother-of-two",
  ]

  static let possessiveDeterminers: [String] = ["its", "their", "his", "her", "our"]
  static let ageLimits: [String] = ["under", "over", "above", "below"]
  static let peopleGroups: [String] = [
    "people", "those", "children", "adults", "women", "men", "patients", "anyone", "everyone",
    "pupils", "students", "drivers", "voters", "girls", "boys", "residents", "workers",
  ]
  static let tallyNouns: [String] = [
    "figure", "toll", "tally", "total", "number", "count", "estimate", "attendance", "crowd",
  ]
  static let auxiliaries: [String] = ["were", "was", "have", "had", "been", "are"]

  static let voteWords: [String] = [
    "vote", "votes", "voted", "voting", "tally", "margin", "ballot", "approved", "passed",
    "rejected", "majority",
  ]

  static let seasonNouns: [String] = ["season", "seasons", "campaign", "term", "session"]

  static let fractions: [String: Double] = [
    "half": 50, "third": 33.3, "thirds": 66.7, "quarter": 25, "quarters": 75,
  ]

  /// The lexicon table: each word with all its classes.
  static func table() -> [String: FigureLexicon.Entry] {
    var t: [String: FigureLexicon.Entry] = [:]
    func add(
      _ word: String, _ c: FigureWordClass, value: Double? = nil, unit: String? = nil,
      currency: String? = nil
    ) {
      var e = t[word] ?? FigureLexicon.Entry(classes: [], value: 0, unit: nil, currency: nil)
      e.classes.insert(c)
      if let value, e.value == 0 { e.value = value }
      if let unit, e.unit == nil { e.unit = unit }
      if let currency, e.currency == nil { e.currency = currency }
      t[word] = e
    }
    for (w, v) in cardinals { add(w, .cardinal, value: v) }
    for (w, v) in scales { add(w, .scale, value: v) }
    for (w, v) in moneyScales { add(w, .moneyScale, value: v) }
    add("dozen", .dozen, value: 12)
    for w in vague { add(w, .vague) }
    for (w, v) in months { add(w, .month, value: v) }
    for (w, v) in weekdays { add(w, .weekday, value: v) }
    for w in qualifiers { add(w, .qualifier) }
    for w in qualifierTails { add(w, .qualifierTail) }
    for w in functionWords { add(w, .function) }
    for w in pronouns { add(w, .pronoun) }
    for (w, u) in timeUnits { add(w, .timeUnit, unit: u) }
    for (w, u) in measureUnits { add(w, .measureUnit, unit: u) }
    for (w, c) in currencyWords { add(w, .currencyWord, currency: c) }
    for (w, c) in currencyPrefixes { add(w, .currencyPrefix, currency: c) }
    for w in ["percent", "pct", "percentage"] { add(w, .percentWord) }
    for (w, u) in casualtyVerbs { add(w, .casualtyVerb, unit: u) }
    for w in changeVerbs { add(w, .changeVerb) }
    for w in yearPrepositions { add(w, .yearPreposition) }
    for w in identifierNouns { add(w, .identifierNoun) }
    for w in irregularPlurals { add(w, .irregularPlural) }
    for w in scoreContext { add(w, .scoreContext) }
    for w in scoreNouns { add(w, .scoreNoun) }
    for w in rangeIntros { add(w, .rangeIntro) }
    for w in timeSuffixes { add(w, .timeSuffix) }
    for w in relativeAfter { add(w, .relativeAfter) }
    for w in ageWords { add(w, .ageWord) }
    for w in ordinalSuffixes { add(w, .ordinalSuffix) }
    for w in relativeDays { add(w, .relativeDay) }
    for w in nonCountCompounds { add(w, .nonCountCompound) }
    for w in nonFigureOrdinalNouns { add(w, .nonFigureOrdinalNoun) }
    for w in casualtyNouns { add(w, .casualtyNoun) }
    for w in seasonNouns { add(w, .seasonNoun) }
    for w in personNouns { add(w, .personNoun) }
    for w in voteWords { add(w, .voteWord) }
    for w in possessiveDeterminers { add(w, .possessiveDeterminer) }
    for w in ageLimits { add(w, .ageLimit) }
    for w in peopleGroups { add(w, .peopleGroup) }
    for w in tallyNouns { add(w, .tallyNoun) }
    for w in auxiliaries { add(w, .auxiliary) }
    for w in ["he", "she"] { add(w, .personPronoun) }
    for w in ["was", "is"] { add(w, .ageCopula) }
    for w in ["turned", "turns", "turning"] { add(w, .ageVerb) }
    for (w, v) in fractions { add(w, .fraction, value: v) }
    for w in KnownWords.all { add(w, []) }
    return t
  }
}
