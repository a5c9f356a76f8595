/// Word lists for telling names, titles, roles and organisations apart; `Lexicon` puts them in
/// one table.
enum NameWords {
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }

  /// Titles and honorifics that stand before a name ("Secretary", "Mr.", "Ambassador").
  static let titles: [String] = words(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron president vice prime
    minister secretary senator sen rep representative congressman congresswoman governor gov
    mayor ambassador general gen colonel col major maj captain capt lieutenant lt sergeant sgt
    admiral adm commander cmdr chief inspector detective det superintendent supt constable
    officer judge justice chancellor premier king queen prince princess duke duchess earl sheikh
    emir pope cardinal archbishop bishop rev reverend father rabbi imam pastor coach manager
    director chairman chairwoman chair ceo cfo coo cto founder administrator commissioner deputy
    undersecretary under-secretary attorney solicitor spokesman spokeswoman spokesperson leader
    speaker mp mep msp senior junior assistant associate acting interim envoy counsel marshal
    sheriff commandant president-elect provost rector principal superintendent executive cllr
    insp dci
    """)

  /// Abbreviated titles and the words they stand for, by the abbreviation's hash.
  static let titleAbbreviations: [UInt64: String] = {
    let table: [(String, String)] = [
      ("sen", "Senator"), ("rep", "Representative"), ("gov", "Governor"), ("gen", "General"),
      ("lt", "Lieutenant"), ("col", "Colonel"), ("maj", "Major"), ("capt", "Captain"),
      ("sgt", "Sergeant"), ("adm", "Admiral"), ("cmdr", "Commander"), ("supt", "Superintendent"),
      ("det", "Detective"), ("prof", "Professor"), ("rev", "Reverend"), ("cllr", "Councillor"),
      ("insp", "Inspector"), ("dci", "Detective Chief Inspector"),
    ]
    var out: [UInt64: String] = [:]
    for (short, full) in table { out[WordHash.hash(short)] = full }
    return out
  }()

  /// Honorifics that tell a man.
  static let male: [String] = words(
    "mr sir lord king prince duke earl baron father brother emir sheikh")
  /// Honorifics that tell a woman.
  static let female: [String] = words(
    "mrs ms miss dame lady queen princess duchess baroness sister madam")

  /// Nouns for people that tell a man or a woman ("daughter", "widower"), by hash.
  private static let maleNouns: Set<UInt64> = WordHash.set(
    words(
      """
      son husband father brother grandfather grandson uncle nephew widower boyfriend fiance
      spokesman chairman congressman businessman actor king prince
      """))
  private static let femaleNouns: Set<UInt64> = WordHash.set(
    words(
      """
      daughter wife mother sister grandmother granddaughter aunt niece widow girlfriend fiancee
      fiancée spokeswoman chairwoman congresswoman businesswoman actress queen princess
      """))

  /// The gender a given name tells ("Kamala" -> female), or unknown; by the name's hash.
  static func gender(ofGivenName hash: UInt64) -> Speaker.Gender {
    if maleGivenNames.contains(hash) { return .male }
    if femaleGivenNames.contains(hash) { return .female }
    return .unknown
  }

  /// The gender a given name no list knows most likely tells, from its ending: "-a", "-ette",
  /// "-elle", "-ine", "-ko" (Margarita, Juliette, Yoko) for a woman; "-us" (Marcus) for a man;
  /// unknown otherwise and for the names that break the rule ("Luca", "Nikita").
  /// `name` is the lowercase given name.
  static func gender(guessingFrom name: [UInt8], hash: UInt64) -> Speaker.Gender {
    let known = gender(ofGivenName: hash)
    guard known == .unknown, name.count >= 3, !ambiguousEndings.contains(hash) else {
      return known
    }
    func ends(_ suffix: StaticString) -> Bool {
      let n = suffix.utf8CodeUnitCount
      guard name.count >= n else { return false }
      for i in 0..<n where name[name.count - n + i] != suffix.utf8Start[i] { return false }
      return true
    }
    if ends("a") || ends("ette") || ends("elle") || ends("ine") { return .female }
    if ends("ko") { return .female }
    if ends("us") { return .male }
    return .unknown
  }

  /// Given names whose ending misleads: men's names in "-a" ("Luca", "Nikita", "Hamza"), women's
  /// in "-o" ("Margo"), and names used for either.
  private static let ambiguousEndings: Set<UInt64> = WordHash.set(
    words(
      """
      andrea nicola luca mattia elia enea joshua nikita ilya sasha misha kuba vanya yura hamza
      osama usama taha musa moussa mustafa yahya zakaria zakariya attila akira isa ezra dana
      margo jo flo cleo venus
      """))

  /// "One resident", "another lawmaker": words that open a noun phrase like an article.
  static let countingWords: Set<UInt64> = WordHash.set(["one", "another"])

  /// The gender a role's last noun tells ("his daughter" -> female), or unknown.
  static func gender(ofRole role: String) -> Speaker.Gender {
    var role = role
    // The last word's hash, read in place: no array of words or string per call.
    let hash = role.withUTF8 { bytes -> UInt64? in
      var end = bytes.count
      while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
      var start = end
      while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
      return start < end ? WordHash.hash(bytes, start..<end) : nil
    }
    guard let hash else { return .unknown }
    if maleNouns.contains(hash) { return .male }
    if femaleNouns.contains(hash) { return .female }
    return .unknown
  }

  /// Given names that, in news copy, nearly always name a man or a woman; names used for both
  /// (Jordan, Alex, Andrea, Jean) are left out. A person's gender lets "he" and "she" skip
  /// someone they cannot stand for.
  static let maleGivenNames: Set<UInt64> = Set(
    words(
      """
      john james robert michael william david richard joseph thomas charles christopher daniel
      matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
      ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
      scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
      tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl jeremy keith
      roger gerald ethan arthur terry christian sean lawrence austin joe albert jesse willie billy
      bruce bryan ralph roy eugene wayne louis philip bobby harry oliver liam noah hugo tom tim
      ben rob bob mike dave steve pete ian neil graham nigel simon martin colin alan gordon stuart
      boris rishi keir nick ed vladimir dmitry sergei sergey alexei ivan mikhail yuri igor oleg
      volodymyr vitali emmanuel francois jacques pierre olaf friedrich karl klaus hans jurgen
      wolfgang giorgio giuseppe marco luca matteo carlos jose juan luis miguel pedro antonio
      manuel javier diego pablo mohammed muhammad mohamed ahmed ali omar hassan hussein ibrahim
      khalid mahmoud abdullah yair naftali isaac moshe xi narendra rahul amit raj vijay sanjay
      rajesh barack jd mitch chuck adrian damian julian sebastian fabian florian kristian cristian
      maximilian chester lester sylvester xavier olivier didier
      """
    ).map(WordHash.hash))

  static let femaleGivenNames: Set<UInt64> = Set(
    words(
      """
      mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
      betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
      stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
      nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
      heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
      megan cheryl martha hannah jacqueline frances gloria ann teresa kathryn sara janice
      julia marie madison grace judy theresa beverly denise marilyn amber danielle abigail
      brittany rose diana natalie sophia alice charlotte kamala hillary ursula liz priti suella
      yvette bridget kemi penny nadine sophie chloe lucy ellie jane sally claire fiona kate katie
      jenny caroline louise sue tina lena olena yulia svetlana natalia tatiana irina elena
      ekaterina giorgia marine annalena ingrid astrid greta isabel carmen lucia ana sofia fatima
      aisha layla noor priya sunita indira meena golda vivian lillian gillian
      """
    ).map(WordHash.hash))

  /// Honorifics kept with a lone surname ("Mr. Toccafondi") but not part of a name.
  static let honorifics: [String] = words(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend")

  /// Words that end or mark an organisation's name ("Council", "Office", "Agency").
  static let organisation: [String] = words(
    """
    council office department ministry agency authority institute institution university college
    school commission committee party association foundation center centre programme program
    union bank court corporation corp company co inc ltd llc plc group house army navy police
    service services board news times post gazette guardian journal herald telegraph tribune
    press network broadcasting television tv radio organisation organization federation league
    club church government administration assembly parliament congress senate cabinet embassy
    museum gallery hospital society trust fund forum alliance coalition movement front brigade
    forces force guard station airport base stadium arena state states kingdom republic nations
    province region county city municipality district exchange bureau unit laboratory project
    initiative commission fc conference summit festival review magazine daily weekly agencies
    ministries departments council's times' airlines airways motors industries holdings systems
    technologies partners capital ventures media studios records international ferries trains
    railways energy foods pharmaceuticals pharma logistics shipping mining petroleum telecom
    telecoms communications insurance entertainment healthcare software labs brands hotels
    resorts properties investments securities financial solutions therapeutics biotech robotics
    collection collections archive archives library observatory zoo orchestra theatre theater
    opera ballet aerospace automotive chemicals enterprises electronics semiconductor pictures
    manufacturers
    producers exporters importers retailers employers distributors growers
    """)

  /// Nationality and party adjectives that may stand before a title or name ("US", "Israeli").
  static let demonyms: [String] = words(
    """
    us u.s uk u.k eu un american british english scottish welsh irish french german italian
    spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech
    slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian serbian
    croatian bosnian albanian israeli palestinian lebanese syrian iraqi iranian saudi emirati
    qatari kuwaiti yemeni omani jordanian egyptian libyan tunisian algerian moroccan sudanese
    ethiopian eritrean somali kenyan ugandan nigerian ghanaian senegalese african chinese
    japanese korean taiwanese vietnamese thai indonesian malaysian filipino philippine indian
    pakistani afghan bangladeshi nepali australian canadian mexican brazilian argentine
    argentinian chilean colombian venezuelan peruvian cuban european asian arab western eastern
    northern southern federal national gabonese estonian latvian lithuanian panamanian
    icelandic georgian armenian azerbaijani kazakh uzbek mongolian
    spaniard frenchman frenchwoman englishman englishwoman scot scotsman scotswoman welshman
    welshwoman irishman irishwoman dutchman dutchwoman swede dane finn pole croat serb briton
    kiwi turk uruguayan paraguayan ecuadorian bolivian slovenian slovenians norwegians swedes
    texan californian floridian londoner parisian berliner muscovite glaswegian mancunian
    liverpudlian yorkshireman
    republican democrat democratic conservative labour tory liberal
    """)

  /// Days and months: capitalised, never the start of a name.
  static let calendar: [String] = words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec
    """)

  /// Capitalised words that begin sentences but are not names ("The", "Officials", "After").
  static let commonCapitalised: [String] = words(
    """
    the a an in on at but and or so for with after before during when while as if he she it they
    we i you this that these those there here his her their its our my your some many most more
    all both each every no not one two three four five six seven eight nine ten yet still since
    however meanwhile later earlier also then now today yesterday tomorrow last next what who why
    how where which officials police according despite although though because following under
    over about from by to into of other another such only even just instead moreover
    furthermore photo image video read watch source sources experts critics analysts residents
    witnesses authorities researchers scientists doctors citizens teams members players fans
    people protesters several few dozens hundreds thousands millions almost nearly around less
    local recent new former top again perhaps maybe indeed yes still thus hence therefore
    asked speaking citing having being once whether unlike like among amid until unless
    first second third finally overall elsewhere separately similarly likewise additionally
    up down out off please thanks thank mostly partly sometimes often never always born raised
    educated married
    """)

  /// Lowercase nouns for people by role ("spokesman", "coach", "researcher").
  static let roleNouns: [String] = words(
    """
    spokesman spokeswoman spokesperson official officials minister ministers secretary president
    director chairman chairwoman chair chief executive ceo founder cofounder co-founder member
    members leader leaders head governor senator mayor ambassador envoy diplomat diplomats
    adviser advisor advisers advisors analyst analysts professor lecturer researcher researchers
    scientist scientists economist economists expert experts critic critics activist activists
    campaigner campaigners lawyer lawyers attorney attorneys barrister solicitor prosecutor
    prosecutors judge investigator investigators detective officer officers police policeman
    commander general colonel soldier soldiers coach manager captain player players striker
    midfielder defender goalkeeper referee boss owner worker workers employee employees teacher
    teachers student students pupil parent parents mother father son daughter wife husband
    brother sister friend neighbour neighbor resident residents witness witnesses survivor
    survivors victim victims protester protesters reporter reporters journalist journalists
    editor writer author authors curator designer artist singer actor actress musician athlete
    fellow instructor major representative representatives delegate negotiator commissioner
    administrator undersecretary deputy assistant aide aides consultant engineer doctor doctors
    nurse physician surgeon psychologist historian source sources insider insiders observer
    observers organiser organizer organisers organizers candidate mp lawmaker lawmakers
    legislator legislators congressman congresswoman councillor councilor chancellor premier
    treasurer trustee partner investor investors trader traders banker bankers strategist
    strategists pilot driver passenger farmer farmers customer customers supporter supporters
    voter voters citizen citizens fan fans secretary-general correspondent presenter host
    commentator columnist chef founder principal headteacher headmaster pastor priest bishop
    rabbi imam spokespeople staffer staffers operator vice-president vice-chair trainer
    skipper winger forward midfielder coach chairperson boss colleague colleagues cousin uncle
    substitute
    aunt grandmother grandfather grandson granddaughter widow widower girlfriend boyfriend
    fiancee fiancée teammate teammates classmate relative relatives family meteorologist
    forecaster epidemiologist virologist executive executives paramedic firefighter king queen
    prince princess emir sheikh sultan pope monarch
    """)

  /// Lowercase heads of organisations and documents that can speak ("the report says").
  static let speakingThings: [String] = words(
    """
    report study survey statement letter document memo note email tweet post filing ruling
    judgment judgement verdict complaint lawsuit indictment affidavit petition questionnaire
    form forms guidance policy website blog newspaper paper magazine agency ministry department
    government administration council committee commission court company firm group union party
    campaign organisation organization team club league authority authorities office board city
    state police military army regime embassy university school hospital charity bank network
    broadcaster channel station authors researchers officials forecaster regulator watchdog
    airline retailer lender insurer carmaker automaker manufacturer operator provider supplier
    statement release announcement notice press ministry’s analysis paper
    findings order decree bill draft contract agreement
    """)

  /// Role nouns for someone who speaks for a person or organisation ("a spokesperson for X").
  static let spokespeople: [String] = words(
    "spokesman spokeswoman spokesperson spokespeople spokespersons representative")

  /// Common nouns that stand for an organisation named just before ("the group", "the
  /// forecaster", "the regulator").
  static let organisationNouns: [String] = words(
    """
    group organisation organization body charity forecaster regulator watchdog agency company
    firm broadcaster airline retailer lender insurer carmaker automaker manufacturer bank club
    union party council ministry department authority institute university hospital network
    operator provider supplier giant chain maker startup developer publisher newspaper paper
    broadcaster campaign coalition alliance federation association society foundation trust
    """)

  /// Plural heads of groups ("They call for ..." after "The authors say ...").
  static let pluralGroups: [String] = words(
    """
    authors officials police authorities researchers scientists experts critics analysts
    residents witnesses protesters activists campaigners lawyers prosecutors investigators
    officers soldiers players members leaders ministers diplomats advisers advisors economists
    doctors teachers students parents workers employees survivors victims reporters journalists
    organisers organizers voters citizens fans supporters sources insiders observers negotiators
    lawmakers legislators leaders staff families farmers traders investors bankers owners
    family relatives colleagues teammates executives
    """)

  /// Synonyms that let a common noun find a named organisation ("the city" finds "the
  /// Municipality of Livorno"), as head -> words that may occur in the organisation's name.
  static let organisationSynonyms: [UInt64: Set<UInt64>] = {
    var out: [UInt64: Set<UInt64>] = [:]
    for (key, value) in synonymTable {
      out[WordHash.hash(key)] = WordHash.set(value.split(separator: " ").map(String.init))
    }
    return out
  }()

  /// Every word an organisation may be found by.
  static var synonymTargets: [String] {
    synonymTable.values.flatMap { $0.split(separator: " ").map(String.init) }
  }

  private static let synonymTable: [String: String] = [
    "city": "city municipality council town borough commune",
    "town": "town municipality council city borough",
    "council": "council municipality",
    "municipality": "municipality city council",
    "company": "company inc corp corporation ltd plc llc group co holdings",
    "firm": "company inc corp corporation ltd plc llc group co partners",
    "agency": "agency bureau service",
    "ministry": "ministry department office",
    "department": "department ministry office",
    "government": "government administration cabinet",
    "court": "court tribunal",
    "university": "university college institute",
    "party": "party",
    "union": "union federation",
    "newspaper": "times post gazette guardian journal herald telegraph tribune news daily",
    "paper": "times post gazette guardian journal herald telegraph tribune news daily",
    "broadcaster": "news television tv radio broadcasting network",
    "club": "club fc united city",
    "team": "team fc club",
    "museum": "museum gallery",
    "hospital": "hospital clinic",
    "police": "police constabulary",
    "commission": "commission",
    "committee": "committee",
    "board": "board",
    "league": "league",
    "bank": "bank",
  ]

  /// Lowercase particles inside names ("Claudio de Vincenti", "Ludwig van Beethoven").
  static let particles: [String] = words(
    "de da di del della dei van von der den ter ten bin ibn al el la le du dos das y st")

  /// Subject pronouns.
  static let subjectPronouns: [String] = words("he she it they we i you")

  /// Articles that open a noun phrase.
  static let determiners: [String] = words("the a an")

  /// Possessive and other determiners that make the next word a noun ("his claims").
  static let possessivePronouns: [String] = words(
    "his her their its our my your this that these those whose which what some any no every")

  /// Prepositions and words that open an aside between a name and its verb.
  static let asideOpeners: [String] = words(
    """
    who which whose whom where when while whilst as in at on for of from with during after before
    speaking like unlike including according by about to into over under without within since
    until despite through via per also himself herself both
    """)

  /// Prepositions that tie a complement into a title ("Secretary of State", "CEO of the ...").
  static let titleConnectors: [String] = words("of for at to")

  /// Words that a noun phrase never extends backwards over.
  static let function: [String] = words(
    """
    that and or but as if when while after before because since so then than with without by in
    on at from into about over under between through during is was are were be been being has
    have had do does did will would can could should may might must not no yes also who which
    what where why how there here it its he she they we you his her their our my your him them
    us me this these those to of for said says told
    """)

  /// Leading words of a sentence that open an adverbial before the subject ("After the match,").
  static let adverbialOpeners: [String] = words(
    """
    after before during on in at while when since following despite although though as later
    earlier meanwhile yesterday today last this speaking asked for with without under over by
    from until upon within amid among separately elsewhere however also still then now once
    born raised
    """)

  /// Small words a title of a work may keep lowercase ("Better Idea of Afghan Girls").
  static let titleSmallWords: [String] = words(
    "of and the a an in on for to at by with from or de la le du von van &")
}
