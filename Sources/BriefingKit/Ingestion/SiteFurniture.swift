/// The rules for the text a news site puts around an article: contributor lines, republication
/// notes, comment forms, share and subscribe prompts, advertisement markers, link-outs, copyright
/// and follow-us lines. Each rule looks at one whole paragraph; a sentence in the middle of prose
/// is never matched.
enum SiteFurniture {
  /// The kind of furniture `line` is, or `nil` when it is article text.
  static func kind(of line: FurnitureLine) -> RemovedText.Kind? {
    guard line.isCandidate, line.wordCount <= 60 else { return nil }
    if isContributorLine(line) { return .contributorLine }
    if isRepublicationNote(line) { return .republicationNote }
    if isCommentForm(line) { return .commentForm }
    if isBoilerplate(line) { return .boilerplate }
    return nil
  }

  // MARK: Contributor lines

  /// `X contributed to this report.`, `Additional reporting by ...`, `(Reporting by X; Editing by
  /// Y)`, `Contributing: ...`.
  static func isContributorLine(_ line: FurnitureLine) -> Bool {
    guard line.wordCount <= 60 else { return false }
    let bare = line.bare
    if contributorEndings.contains(where: { bare.hasSuffix($0) }) { return line.wordCount <= 40 }
    if line.wordCount <= 30, contributorPhrases.contains(where: { line.has($0) }),
      SentenceSplitter().sentences(in: line.text).count == 1
    {
      return true
    }
    if line.starts(withAny: additionalReporting)
      || line.wordCount <= 12 && line.starts(withAny: contributingTitles)
      || line.textAfterLabel(contributorLabels) != nil
    {
      return true
    }
    if line.starts(withAny: footerCredits) {
      let parenthesised = line.text.hasPrefix("(") || line.text.hasPrefix("[")
      let footer =
        parenthesised || line.has(";")
        || line.has("editing by") && !line.starts(with: "editing by")
        || line.has("writing by") && !line.starts(with: "writing by")
      return footer || line.wordCount <= 8 && !line.folded.hasSuffix(".")
    }
    if line.starts(with: "edited by") { return line.wordCount <= 8 }
    return false
  }

  private static let additionalReporting = ["additional reporting", "with additional reporting"]
  private static let contributingTitles = [
    "contributing writer", "contributing reporter", "contributing editor",
  ]
  private static let contributorLabels = [
    "contributors", "contributing", "reporting", "additional reporting",
  ]
  private static let footerCredits = ["reporting by", "writing by", "editing by", "compiled by"]

  private static let contributorEndings = [
    "contributed to this report", "contributed to this story", "contributed to this article",
    "contributed to this piece", "contributed to this post", "contributed to this coverage",
    "contributed to this", "contributed reporting", "contributed additional reporting",
    "contributed to reporting", "also contributed to this report", "contributed research",
  ]

  private static let contributorPhrases = [
    " contributed reporting", " contributed to this report", " contributed additional reporting",
    " contributed to this story", " contributed to this article",
  ]

  // MARK: Republication notes

  /// `This article originally appeared on ...`, `A version of this story was first published...`.
  static func isRepublicationNote(_ line: FurnitureLine) -> Bool {
    guard line.wordCount <= 60 else { return false }
    if line.starts(withAny: republicationOpeners) { return true }
    guard let opening = republicationOpenings.first(where: line.starts(with:)) else {
      return false
    }
    let words = line.words
    let noun = words.dropFirst(opening.split(separator: " ").count).first
    guard let noun, republicationNouns.contains(noun) else { return false }
    let text = " " + words.prefix(16).joined(separator: " ") + " "
    // In ASCII text (the phrases are ASCII), Foundation's search finds what a search of bytes does.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return republicationPhraseBytes.contains { FurnitureScreen.contains(text, $0) }
    }
    return republicationPhrases.contains { text.contains($0) }
  }

  private static let republicationPhraseBytes = republicationPhrases.map { Array($0.utf8) }

  private static let republicationOpeners = [
    "originally published", "first published", "republished with permission",
    "republished from", "reprinted with permission", "this content originally appeared",
  ]

  private static let republicationOpenings = [
    "this", "a version of this", "an earlier version of this", "an abridged version of this",
    "a shorter version of this", "parts of this", "portions of this",
  ]

  private static let republicationNouns: Set<String> = [
    "article", "story", "piece", "post", "column", "essay", "content", "interview", "feature",
  ]

  private static let republicationPhrases = [
    " originally appeared ", " originally published ", " originally ran ", " first appeared ",
    " first published ", " was first published ", " is republished ", " was republished ",
    " republished from ", " republished with ", " reprinted from ", " reprinted with ",
    " appeared originally ", " published originally ", " first ran ",
  ]

  // MARK: Comment forms

  /// `Leave A Reply`, `Your email address will not be published.`, `Required fields are marked *`,
  /// `Cancel reply`, and paragraphs made only of such sentences.
  static func isCommentForm(_ line: FurnitureLine) -> Bool {
    guard line.wordCount <= 40 else { return false }
    if isCommentPhrase(line.bare) { return true }
    guard line.wordCount <= 30, line.wordCount >= 4,
      ["comment", "reply", "email", "required", "website", "notify", "published"].contains(
        where: line.has)
    else { return false }
    let pieces = line.folded.split(whereSeparator: { $0 == "." || $0 == "*" || $0 == "!" })
      .map { FurnitureLine.trimmed($0, FurnitureLine.spaces) }.filter { !$0.isEmpty }
    return pieces.count > 1 && pieces.allSatisfy(isCommentPhrase)
  }

  private static func isCommentPhrase(_ text: String) -> Bool {
    let bare = FurnitureLine.trimmed(Substring(text), commentTrim)
    return commentLines.contains(bare) || commentOpeners.contains { bare.hasPrefix($0) }
  }

  private static let commentTrim = Set(" .:*!".unicodeScalars)

  private static let commentLines: Set<String> = [
    "leave a reply", "leave a comment", "leave your comment", "post a comment", "add a comment",
    "post comment", "submit comment", "cancel reply", "reply", "comments", "comment",
    "join the discussion", "join the conversation", "show comments", "view comments",
    "load comments", "hide comments", "required fields are marked", "name", "email", "website",
    "e-mail", "your name", "your email", "your comment", "comment policy", "sign in to comment",
    "log in to comment", "0 comments", "no comments", "be the first to comment",
    "leave a reply cancel reply", "what do you think", "have your say", "discuss this article",
  ]

  private static let commentOpeners = [
    "your email address will not be published", "your email will not be published",
    "you must be logged in to post a comment", "save my name, email, and website",
    "save my name, email and website", "notify me of follow-up comments",
    "notify me of new posts", "notify me of new comments", "this site uses akismet",
    "comments are closed", "commenting is closed", "comments have been disabled",
    "comments for this article have been", "there are no comments", "we welcome comments",
    "please read our comment policy", "comments are moderated", "view all comments",
    "to comment, please", "you must log in to comment", "want to join the conversation",
  ]

  // MARK: Boilerplate

  /// Advertisement markers, share and subscribe prompts, `Read more:`/`Related:` link-outs,
  /// copyright lines, `Follow us on ...`, `Click here ...`, `Sign up ...`.
  static func isBoilerplate(_ line: FurnitureLine) -> Bool {
    let bare = line.bare
    if boilerplateLines.contains(bare) { return true }
    if isMinutesToRead(line) { return true }
    if line.wordCount <= 12, isShareBar(line) { return true }
    if line.wordCount <= 45, line.textAfterLabel(linkOutLabels) != nil { return true }
    if isReadMore(line) { return true }
    if line.wordCount <= 60, isSubscribePrompt(line) { return true }
    if line.wordCount <= 45, isCopyright(line) { return true }
    if line.wordCount <= 30, isFollowPrompt(line) { return true }
    if line.wordCount <= 40, isClickPrompt(line) { return true }
    if line.wordCount <= 40, line.starts(withAny: boilerplateOpeners) { return true }
    if line.wordCount <= 40,
      line.starts(withAny: viewsDisclaimers),
      line.containsWord(in: ["author", "authors", "writer", "necessarily", "own"])
    {
      return true
    }
    return false
  }

  /// `Read more about ...`, `See more`, `More from Reuters`; not `Read more than 100 pages ...`.
  private static func isReadMore(_ line: FurnitureLine) -> Bool {
    guard line.wordCount <= 30 else { return false }
    if line.starts(withAny: readMoreOpeners) {
      guard line.wordCount > 2 else { return true }
      return ["about", "at", "on", "here", "from", "in", "of", "stories", "news", "coverage"]
        .contains(line.words[2])
    }
    return line.starts(with: "more from") && line.wordCount <= 8 && !line.folded.hasSuffix(".")
  }

  private static let viewsDisclaimers = [
    "the views expressed", "the opinions expressed", "views expressed",
  ]
  private static let readMoreOpeners = ["read more", "see more"]

  private static func isMinutesToRead(_ line: FurnitureLine) -> Bool {
    let words = line.words
    guard (3...4).contains(words.count), Int(words[0]) != nil else { return false }
    return words.last == "read" && ["min", "mins", "minute", "minutes"].contains(String(words[1]))
  }

  private static func isShareBar(_ line: FurnitureLine) -> Bool {
    guard !line.words.isEmpty, line.words.allSatisfy({ shareWords.contains($0) }) else {
      return false
    }
    return line.containsWord(in: shareNetworks)
  }

  private static func isSubscribePrompt(_ line: FurnitureLine) -> Bool {
    if line.starts(withAny: subscribeOpeners) { return line.containsWord(in: subscribeWords) }
    if line.has("newsletter") {
      return ["sign up", "subscribe", "inbox", "delivered", "get the", "get our"].contains {
        line.has($0)
      }
    }
    return false
  }

  private static func isCopyright(_ line: FurnitureLine) -> Bool {
    if line.has("all rights reserved") {
      return line.wordCount <= 6 || line.has("©") || line.has("copyright")
        || line.has("(c)") || line.words.contains { $0.count == 4 && Int($0) != nil }
    }
    if line.folded.hasPrefix("©") || line.folded.hasPrefix("(c) ") { return true }
    if line.starts(with: "copyright") {
      guard line.words.count > 1 else { return true }
      let next = line.words[1]
      return next == "©" || next == "c" || Int(next) != nil || line.has("©")
    }
    return line.starts(withAny: copyrightOpeners)
  }

  private static let copyrightOpeners = [
    "this material may not be published", "this material may not be reproduced",
    "no part of this", "all content copyright",
  ]

  private static func isFollowPrompt(_ line: FurnitureLine) -> Bool {
    if line.starts(withAny: followOpeners) {
      return true
    }
    guard line.starts(with: "follow") || line.starts(with: "follow the") else { return false }
    return line.containsWord(in: socialNetworks) || line.has("@")
  }

  private static let followOpeners = ["like us on", "find us on", "connect with us", "follow us"]

  private static func isClickPrompt(_ line: FurnitureLine) -> Bool {
    if line.has("click here") || line.has("tap here") { return true }
    guard line.starts(with: "click") else { return false }
    return [
      "here", "link", "below", "above", "button", "to share", "to read", "to view",
      "to watch", "to subscribe", "to enlarge", "to print", "to email", "to download",
      "to listen", "to see",
    ].contains { line.has($0) }
  }

  private static let boilerplateLines: Set<String> = [
    "advertisement", "advertisement - scroll to continue", "advertisement scroll to continue",
    "scroll to continue with content", "story continues below advertisement",
    "article continues below advertisement", "article continues below this advertisement",
    "continue reading below", "scroll to continue", "continue reading",
    "continue reading the main story", "sponsored", "sponsored content", "ad", "ads",
    "paid content", "skip advertisement", "advertising", "story continues below",
    "article continues below", "supported by", "content continues below", "promoted content",
    "related", "related articles", "related stories", "related content", "related coverage",
    "related posts", "related topics", "recommended", "recommended for you", "you may also like",
    "you might also like", "more stories", "most read", "most popular", "trending",
    "trending now", "top stories", "more on this story", "topics", "tags", "share", "share this",
    "share this article", "share this story", "share this post", "share on facebook",
    "share on twitter", "share via email", "copy link", "link copied", "print", "email",
    "loading", "loading...", "please enable javascript", "javascript is disabled",
    "skip to content", "skip to main content", "back to top", "print this page", "play video",
    "watch video", "listen to this article", "listen", "audio", "opens in new window",
    "open in new window", "gallery", "subscribe", "subscribe now", "sign up", "sign up now",
    "log in", "sign in", "register", "newsletter", "get the app", "download the app",
    "most viewed", "editor's picks", "editors' picks", "what to read next", "read next",
    "up next", "next article", "previous article", "next story", "previous story",
    "we use cookies", "accept cookies", "cookie settings", "manage cookies", "save article",
    "save", "saved", "follow", "following", "unfollow", "top of page", "this is a modal window",
  ]

  private static let linkOutLabels = [
    "read more", "read", "related", "more", "see also", "also read", "read also", "recommended",
    "watch", "listen", "video", "more coverage", "related coverage", "related stories",
    "related articles", "related content", "related reading", "trending", "popular", "latest",
    "also", "also see", "don't miss", "must read", "more on this", "more from", "further reading",
    "you may also like", "you might also like", "most read", "top stories", "sponsored",
    "advertisement", "tags", "topics", "filed under", "listen to this article",
    "read the full story",
  ]

  private static let shareWords: Set<String> = [
    "share", "this", "article", "story", "post", "on", "facebook", "twitter", "x", "linkedin",
    "whatsapp", "email", "e-mail", "mail", "print", "reddit", "pinterest", "tweet", "copy", "link",
    "copied", "telegram", "messenger", "flipboard", "save", "via", "pocket", "bluesky", "threads",
    "mastodon", "sms", "the", "with", "friends", "gift", "your", "comments", "comment", "url",
    "tumblr", "vk", "line", "wechat", "share:", "to", "or",
  ]

  private static let shareNetworks: Set<String> = [
    "share", "facebook", "twitter", "linkedin", "whatsapp", "tweet", "pinterest", "reddit",
    "email", "e-mail", "print", "copy", "telegram", "flipboard", "messenger", "tumblr", "bluesky",
  ]

  private static let socialNetworks: Set<String> = [
    "twitter", "x", "facebook", "instagram", "threads", "bluesky", "linkedin", "tiktok",
    "youtube", "mastodon", "telegram", "snapchat", "whatsapp",
  ]

  private static let subscribeOpeners = [
    "subscribe", "sign up", "sign-up", "signup", "get our", "get the latest", "get breaking news",
    "don't miss", "never miss", "want more", "want to get", "want the latest", "join our",
    "stay informed", "stay up to date", "stay up-to-date", "be the first to know",
    "thanks for signing up", "thank you for signing up", "you're now subscribed",
    "you are now subscribed", "already a subscriber", "already have an account",
    "become a member", "become a subscriber", "support our journalism",
    "support independent journalism", "to continue reading", "register for free",
    "create a free account", "get unlimited access", "this content is for subscribers",
    "this article is for subscribers", "log in", "sign in", "enter your email",
    "by signing up", "by subscribing", "you can unsubscribe",
  ]

  private static let subscribeWords: Set<String> = [
    "newsletter", "newsletters", "inbox", "email", "e-mail", "subscribe", "subscription",
    "subscriptions", "subscriber", "subscribers", "alerts", "updates", "free", "account",
    "here", "today", "journalism", "membership", "access", "member", "unsubscribe", "app",
    "briefing", "digest", "notifications", "daily", "weekly", "now",
  ]

  private static let boilerplateOpeners = [
    "download the", "download our", "get the app", "get our app", "listen to this article",
    "listen to the podcast", "this article is more than", "this story is more than",
    "we use cookies", "this website uses cookies", "by continuing to use", "please enable",
    "your browser does not support", "to view this video", "watch the full video",
    "watch live", "have a news tip", "got a news tip", "send us a tip", "have a story idea",
    "if you purchase", "we may earn a commission", "we may receive a commission",
    "when you buy through", "for the latest news", "for more news", "for more stories",
  ]

  // MARK: What the rules look for, for the screen

  /// Every phrase a rule looks for at the start of a paragraph, by how the rule matches it.
  /// `FurnitureScreen` lets only paragraphs that open with one of them (or that show another sign
  /// of furniture) through to the rules: a rule that matches a new opening phrase must add it here.
  static let openingPhrases: [(rules: FurnitureRules, match: OpeningMatch, phrases: [String])] = [
    (
      .site, .words,
      additionalReporting + contributingTitles + footerCredits + ["edited by"]
        + republicationOpeners + republicationOpenings + Array(commentLines) + readMoreOpeners
        + ["more from"] + subscribeOpeners + ["copyright"] + copyrightOpeners + followOpeners
        + ["follow", "follow the", "click"] + boilerplateOpeners + viewsDisclaimers
    ),
    (.site, .prefix, commentOpeners),
    (.site, .label, contributorLabels + linkOutLabels),
    (.site, .wholeLine, Array(boilerplateLines)),
  ]

  /// The words of share bars (`Share on Facebook Twitter Email`): a share bar is made of them
  /// only.
  static var shareBarWords: Set<String> { shareWords }

  /// The last words of the phrases that end contributor lines (`... contributed to this report`)
  /// and minutes-to-read lines (`5 min read`).
  static let closingWords: Set<String> = Set(
    contributorEndings.compactMap { $0.split(separator: " ").last.map(String.init) } + ["read"])

  /// Texts a rule looks for anywhere in a paragraph without an opening phrase: contributor
  /// phrases, newsletter prompts, copyright notices, click prompts.
  static let innerWords = ["contributed", "newsletter", "reserved", "click", "tap"]
}
