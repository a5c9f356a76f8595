/// The reporting-verb word lists of the quote and speaker rules; `Lexicon` puts them in one table.
enum ReportingVerbs {
  /// Finite reporting verbs in all tenses: "said", "says", "told", "added", "reads", ...
  static let finite: [String] = NameWords.words(
    """
    said says say added adds told tells explained explains wrote writes warned warns argued argues
    insisted insists stated states announced announces reads continued continues noted notes
    observed observes asserted asserts claimed claims declared declares replied replies responded
    responds remarked remarks commented comments acknowledged acknowledges admitted admits conceded
    concedes confirmed confirms denied denies suggested suggests urged urges predicted predicts
    recalled recalls cautioned cautions emphasised emphasized emphasises emphasizes stressed
    stresses reported reports quipped quips joked jokes boasted boasts complained complains
    lamented laments tweeted tweets posted testified testifies vowed vows pledged pledges promised
    promises asked asks answered answers countered counters concluded concludes described
    describes called calls agreed agrees revealed reveals disclosed discloses mentioned mentions
    shouted yelled screamed whispered exclaimed demanded demands recommended recommends advised
    advises reasoned wondered wonders mused objected protested repeated repeats reiterated
    reiterates underlined underscored highlighted indicated indicates maintained maintains
    contended contends alleged alleges accused accuses criticised criticized praised welcomed
    welcomes briefed texted emailed recounted recounts estimated estimates clarified clarifies
    proclaimed proclaims affirmed affirms assured assures informed informs retorted snapped
    pleaded begged hinted implied signalled signaled believes believed thinks reckons reckoned
    predicted explained cited cites quoted wrote added requested requests call read
    """)

  /// Reporting verbs as participles: "saying", "adding", "stating", ...
  static let participle: [String] = NameWords.words(
    """
    saying adding telling explaining writing warning arguing insisting stating noting asking
    calling describing claiming declaring announcing recommending promising reporting urging
    suggesting observing asserting replying responding remarking commenting acknowledging
    admitting conceding confirming denying predicting recalling cautioning emphasising
    emphasizing stressing tweeting posting testifying vowing pledging answering countering
    concluding revealing mentioning demanding reiterating accusing alleging maintaining
    complaining lamenting boasting joking insisting
    """)

  /// Reporting verbs that are also common nouns ("his claims", "the states"): they report only
  /// after a subject.
  static let nounLike: [String] =
    ([
      "states", "notes", "claims", "remarks", "comments", "reports", "promises", "answers", "calls",
      "demands", "estimates", "cites", "requests", "reads", "call", "read",
    ])

  /// Words that give a name rather than report words ("dubbed", "nicknamed", "so-called",
  /// "known as"): what is quoted right after them is a name, not a quote.
  static let naming: [String] =
    ([
      "named", "dubbed", "titled", "entitled", "nicknamed", "known", "renamed", "christened",
      "styled", "so-called", "self-styled", "aka",
    ])

  /// Words that may stand between a subject and its reporting verb ("Blinken also said",
  /// "Rathbun has said", "he later told").
  static let betweenSubjectAndVerb: [String] =
    ([
      "also", "later", "then", "has", "have", "had", "would", "will", "could", "did", "does", "do",
      "again", "previously", "once", "recently", "earlier", "further", "separately", "finally",
      "subsequently", "publicly", "repeatedly", "reportedly", "simply", "just", "only", "even",
      "never", "first", "yesterday", "today", "tonight", "immediately", "himself", "herself",
      "themselves", "itself", "personally", "privately", "initially", "quickly", "angrily",
      "flatly", "bluntly", "openly", "often", "frequently", "always", "still", "already", "since",
      "widely", "famously", "once", "too", "firmly", "strongly", "directly", "explicitly",
      "specifically", "not", "may", "might", "can", "should", "must",
    ])

  /// Forms of "be": a participle after them is passive ("was told", "is said to").
  static let be: [String] = (["is", "was", "are", "were", "been", "being", "be", "get", "got"])

  /// "told"-like verbs whose object names the audience ("told reporters", "told Sky News").
  static let withAudience: [String] = (["told", "tells", "tell", "telling", "briefed", "informed"])

  /// Verbs whose object is the real source: "according to Yonhap, quoting KCNA".
  static let sourcing: [String] = (["quoting", "citing"])

  /// Verbs that report speech reliably enough for indirect quotes.
  static let indirect: [String] = NameWords.words(
    """
    said says told tells added adds explained explains warned warns argued argues insisted insists
    stated announced announces noted claimed claims confirmed confirms denied denies acknowledged
    admitted stressed emphasised emphasized wrote writes predicted predicts estimated believes
    maintained maintains reported suggested suggests
    """)

  /// Words that cannot open the clause a reporting verb introduces ("said to be", "said so").
  static let notClauseOpeners: [String] = NameWords.words(
    """
    to so nothing yes no in on at by with of for from as about goodbye hello sorry thanks it this
    """)

  /// Participles whose "by" names an agent, not a subject ("a letter seen by Sky News says").
  static let agentParticiples: [String] = NameWords.words(
    """
    seen obtained published released issued written signed sent leaked reviewed viewed shared
    filed commissioned produced prepared drafted quoted cited reported funded led run owned backed
    given made
    """)
}
