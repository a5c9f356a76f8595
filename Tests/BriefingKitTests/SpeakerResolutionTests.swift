import Testing

@testable import BriefingKit

/// The speakers of the direct and partial quotes of an article given as paragraphs separated by
/// blank lines.
func speakers(_ body: String) -> [String?] {
  let paragraphs = body.components(separatedBy: "\n\n")
  return QuoteExtractor().quotes(in: ArticleText(title: "Test", paragraphs: paragraphs))
    .filter { $0.kind != .indirect }.map(\.speaker)
}

@Suite struct SpeakerResolutionTests {
  @Test(arguments: [
    // A surname, a title and surname, or "the secretary" find the first full mention.
    (
      """
      US Secretary of State Antony Blinken met leaders in Tel Aviv on Friday.

      “We believe pauses will help,” Blinken said.

      “Hostages must come home,” said the secretary.
      """,
      ["Antony Blinken", "Antony Blinken"]
    ),
    (
      """
      Afghan Ambassador to the United States Hamdullah Mohib praised the team.

      "Seventeen years ago, this would not have been possible," said Ambassador Mohib.
      """,
      ["Hamdullah Mohib"]
    ),
    // A pronoun finds the subject who last spoke, not the nearest noun.
    (
      """
      President Joe Biden met Israeli Prime Minister Benjamin Netanyahu on Friday.

      “We stand with Israel and we always will,” he said.
      """,
      ["Joe Biden"]
    ),
    (
      """
      Harry Kane won the Man of the Match award. He said, "In the first half it felt good out there."
      """,
      ["Harry Kane"]
    ),
    // A subject opened by a common adjective before a role ("Local councillor ...").
    (
      """
      Local councillor Tom Briggs, whose home was flooded, was furious. "They told us the barriers would hold," he said.
      """,
      ["Tom Briggs"]
    ),
    // A descriptor glued by hyphens ("Mother-of-three") and abbreviated titles ("Cllr", "DCI")
    // are not part of the name.
    (
      """
      Mother-of-three Lisa Grant, 38, said: 'The bins are overflowing.'

      Cllr Keith Williams said: 'We know this is unpopular.'

      DCI Mark Evans said: 'We are treating this as arson.'
      """,
      ["Lisa Grant", "Keith Williams", "Mark Evans"]
    ),
    // With nobody speaking or a subject just before, a pronoun finds a person named as an object.
    (
      """
      The BBC spoke to Ahmed Ali, a taxi driver in Leeds. “It's terrible for business,” he said.

      John Smith and his wife, Mary, run a bakery. “Nobody tells us anything,” she said.
      """,
      ["Ahmed Ali", "Mary"]
    ),
    // A name in an appositive after the description that follows the cue.
    (
      """
      The decision was welcomed by Greenpeace. “This is a victory,” said its UK director, Will McCallum.

      “We have won,” said the group’s chief executive, Mike Childs.
      """,
      ["Will McCallum", "Mike Childs"]
    ),
    // Family names written first ("Kim" for Kim Jong Un, and for Kim Yo Jong where she is the
    // one just named); "Un" is not "UN"; "the crown prince" finds the Crown Prince.
    (
      """
      Kim Jong Un warned that the North would respond. "Our enemies should be afraid," Kim said.

      Kim Yo Jong called the drills provocative. "They will pay," Kim said.

      Saudi Crown Prince Mohammed bin Salman met him. "We are committed to peace," the crown prince said.
      """,
      ["Kim Jong Un", "Kim Yo Jong", "Mohammed bin Salman"]
    ),
    // A role that tells a gender ("His daughter, ...") keeps "he" from her.
    (
      """
      Ahmad Jamal, the jazz pianist, has died. He was 92.

      His daughter, Sumayah Jamal, said he died of cancer.

      Born in Pittsburgh in 1930, he began playing piano at the age of three.

      In a 2019 interview, he said: "I don't play jazz. I play American classical music."
      """,
      ["Ahmad Jamal"]
    ),
    // A pronoun skips people of the other gender.
    (
      """
      Ms Mary Hill, the museum director, met Mr John Stone on Monday. Stone praised the plan.

      “It is the best plan we have had in years,” she said.
      """,
      ["Mary Hill"]
    ),
    // With no antecedent a pronoun gives no speaker rather than a wrong one.
    (
      """
      “We will win this war, and we will win it soon,” he said.
      """,
      [nil]
    ),
    // Organisations, documents and groups speak; a statement speaks for its author.
    (
      """
      U.S. Senator John Cornyn, Republican from Texas, issued a statement on Tuesday.

      Cornyn's statement added, "Houston should have been selected as a final home for the shuttle."

      "We are reviewing the decision carefully and will respond soon," the White House said.
      """,
      ["John Cornyn", "the White House"]
    ),
    (
      """
      The report's authors say iodine deficiency is "the sleeper health issue in Australia".

      The authors say the results confirm inadequate intake. They call for "urgent implementation of mandatory iodisation".
      """,
      ["the report's authors", "the report's authors"]
    ),
    // "according to X", "with X stating", "X told reporters:"
    (
      """
      According to the agency's director, "the number of cases has doubled since the spring."

      It quoted critics like campaigner Caitlin Boswell, with Boswell stating: "This latest move is clumsy and unthinking."

      On Wednesday, Home Secretary Suella Braverman told GB News: "It is clear that we have an unsustainable situation."
      """,
      ["the agency's director", "Caitlin Boswell", "Suella Braverman"]
    ),
    // An appositive or aside between the quote and its verb does not steal the attribution.
    (
      """
      "Had it happened an hour later it would have been much worse," Khaled Al-Maeena, editor at large at the Saudi Gazette, said.

      Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said, "These images serve as documentation of his life."

      After the match, Hernan Dario Gomez, Panama coach, said, "We have learned a lot from today's game."
      """,
      ["Khaled Al-Maeena", "Cynthia Thompson", "Hernan Dario Gomez"]
    ),
    // "The city reasoned" finds the municipality named before.
    (
      """
      The request was advanced by the Municipality of Livorno in 2010.

      The city reasoned, "because the users of the private schools pay a fee, this activity is commercial".
      """,
      ["the Municipality of Livorno"]
    ),
    // A quote woven into a sentence with its own reporting verb is that verb's speaker's, not
    // the speaker of the next sentence.
    (
      """
      Socialist candidate Ana Gomes came second.

      Gomes congratulated the president but warned that the far right's rise was "a danger to democracy." Political scientist Marina Lobo said the result showed that voters valued stability.
      """,
      ["Ana Gomes"]
    ),
    // "The company said" finds the company that spoke, not a description in the quote's own
    // sentence ("the world's third-largest gaming company").
    (
      """
      Microsoft said on Tuesday it would buy Activision Blizzard.

      "It's a huge bet," said Michael Pachter, an analyst at Wedbush Securities.

      "The deal would make Microsoft the world's third-largest gaming company," the company said.
      """,
      ["Michael Pachter", "Microsoft"]
    ),
    // A person the article does not name, with where they are and an aside, is the speaker,
    // not the place ("the hospital").
    (
      """
      Staff at St Thomas' Hospital walked out on Tuesday.

      A nurse at the hospital said: "We are exhausted and we cannot go on."

      One nurse at St Thomas' Hospital in London, who asked not to be named, said: "I love my job."

      Another resident, who asked not to be named, told the BBC: "We are scared of what comes next."
      """,
      ["a nurse", "one nurse", "another resident"]
    ),
    // A nationality right after a person is written about is that person.
    (
      """
      Bruhat Soma beat Faizan Zaki, 12, of Allen, Texas.

      Zaki was gracious in defeat. "He deserved it," the Texan told reporters.
      """,
      ["Faizan Zaki"]
    ),
    // A word shaped like a role noun before a given name at the start of a sentence is a role,
    // not part of the name; a given name that ends the same way is still a name.
    (
      """
      Volcanologist Dave McGarvie of Lancaster University said the eruption was "larger than the previous three".

      Grazier Tom Hughes said: "You can't keep feeding them."

      Julian Mark Assange told the court: "I will not be silenced."
      """,
      ["Dave McGarvie", "Tom Hughes", "Julian Mark Assange"]
    ),
    // Two people named as one subject speak together, before or after the verb.
    (
      """
      John Smith and Mary Jones said in a joint statement: "We are delighted."

      "We are grateful to everyone," said Ruth Cole and Amir Khan.
      """,
      ["John Smith and Mary Jones", "Ruth Cole and Amir Khan"]
    ),
    // A role held at an organisation between commas describes the person before it; "Jan"
    // before a surname is a given name, not January.
    (
      """
      Mathilde Vu, advocacy manager at the NRC, said: "It is catastrophic."

      "We are staring at a crisis," said Jan Egeland, secretary general of the Norwegian Refugee Council.
      """,
      ["Mathilde Vu", "Jan Egeland"]
    ),
    // "its leader" before anyone is named with that role is the person the next paragraphs name
    // with it.
    (
      """
      A council has approved 1,500 new homes in what its leader called a "landmark moment".

      "The decision," said council leader Anna Price, "is the right one."
      """,
      ["Anna Price", "Anna Price", "Anna Price"]
    ),
    // A nationality opening no sentence after a person in its paragraph is the story's
    // protagonist, not the person the previous paragraph ended on.
    (
      """
      Max Verstappen won the Japanese Grand Prix at Suzuka on Sunday.

      Ferrari's Charles Leclerc was fourth and Lewis Hamilton fifth for Mercedes.

      "The car was incredible today," said the Dutchman, who has won 13 races this season.

      "It is only the start," the 26-year-old added.
      """,
      ["Max Verstappen", "Max Verstappen"]
    ),
    // "it" after a name no list knows as a person stands for that name, an organisation.
    (
      """
      Apple said the decision ignored "the realities of a market".

      Spotify welcomed the ruling. "This decision sends a powerful message," it said.
      """,
      ["Apple", "Spotify"]
    ),
    // A quote over several paragraphs takes, in its first paragraphs, the speaker its last one
    // names.
    (
      """
      “We have been working on this for ten years. Every step has been hard.

      “There were days we wanted to stop.

      “But today we can say that the vaccine works,” said Dr Maria Gonzalez, who led the trial.
      """,
      ["Maria Gonzalez", "Maria Gonzalez", "Maria Gonzalez"]
    ),
    // Names inside a relative clause that runs over commas are its objects, not the subject.
    (
      """
      Local MP Sarah Whitby, who has written to the Health Secretary, Wes Streeting, said she was "appalled".

      "I will not stand by while this happens," she said.
      """,
      ["Sarah Whitby", "Sarah Whitby"]
    ),
    // A given name's ending tells a gender no list knows, so "she" skips "Marcus"; far from
    // anyone else, "she" is the story's protagonist.
    (
      """
      Margot Ellery, the jazz singer, has died aged 91.

      Her death was confirmed by her nephew, Marcus Ellery.

      "I never planned to retire," she said in a 2020 interview.
      """,
      ["Margot Ellery"]
    ),
    // "Born", the job before a name and an honour after it are no part of the name.
    (
      """
      Born Margaret Louise Ellery in 1933, the singer said: "I had a voice and not much else."

      Substitute Emeka Okonkwo headed the winner. "I just closed my eyes," Okonkwo said.

      Judge Rosalind Carter KC said: "This was an act of breathtaking arrogance."
      """,
      ["the singer", "Emeka Okonkwo", "Rosalind Carter"]
    ),
    // A title's abbreviation, a place after the name and a description between commas do not
    // hide the subject.
    (
      """
      Sen. Mark Delaney of Wyoming, the committee's ranking Republican, called the measure "price controls dressed up as compassion."
      """,
      ["Mark Delaney"]
    ),
    // A spokeswoman for an organisation whose name joins words with "and" speaks for all of
    // it, past a description between commas.
    (
      """
      A spokeswoman for the Pharmaceutical Research and Manufacturers of America, the industry's main lobbying group, said the bill "fails to address the role of middlemen" in setting prices.
      """,
      ["Pharmaceutical Research and Manufacturers of America spokeswoman"]
    ),
    // A suffix's period before a relative clause ("Marcos Jr., whose ..."); a family name
    // written first matches as well as a surname, nearest first ("Li" for "Li Guoping", not
    // "Zhang Li"); an organisation named by a collection is no person.
    (
      """
      President Ferdinand Marcos Jr., whose ships were near the shoal, urged his counterparts to "speak with one voice." In a speech, he said: "Silence is consent."

      "The water came up so fast," Zhang Li, a resident, told the Beijing Youth Daily.

      Professor Li Guoping, a meteorologist, said the rain had been intensified by the typhoon. "Khanun pushed moisture westward," Li told CCTV.

      Rupert Gebhard, director of the Bavarian State Archaeological Collection, described the news as bittersweet. "You cannot put that back together," he said.
      """,
      [
        "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr.", "Zhang Li", "Li Guoping", "Rupert Gebhard",
      ]
    ),
    // The person before "of" in the subject speaks, not the university; a pronoun finds the
    // person who is its own sentence's subject before a source named just before.
    (
      """
      Political scientist Marina Costa Lobo of the University of Lisbon said a minority government was the most likely outcome.

      The phone sold 40,000 units, according to market research firm Canalys. Aino Lehtonen also announced price cuts, which she said were "the backbone of our business in Europe."
      """,
      ["Aino Lehtonen"]
    ),
    // A quote-only paragraph after an attributed quote keeps its speaker.
    (
      """
      "The effects of iodine deficiency depend on how severe it is," Professor Cres Eastman said.

      "If an infant is not getting enough iodine, brain development will not be completed."
      """,
      ["Cres Eastman", "Cres Eastman"]
    ),
  ])
  func resolvesSpeakers(body: String, expected: [String?]) {
    #expect(speakers(body) == expected)
  }

  @Test func keepsTheFirstMentionsRole() {
    let quotes = QuoteExtractor().quotes(
      in: ArticleText(
        title: "Test",
        paragraphs: [
          "Later, White House spokesman John Kirby said the administration would explore pauses.",
          "“The president will veto an Israel-only bill,” Kirby said on Thursday.",
        ]))
    let direct = quotes.filter { $0.kind == .direct }
    #expect(direct.map(\.speaker) == ["John Kirby"])
    #expect(direct.map(\.role) == ["White House spokesman"])
    #expect(direct.map(\.cue) == ["said"])
  }

  @Test func toleratesATypoInASurname() {
    #expect(
      SpeakerInventory.editDistance(Array("bauchtman".utf8), Array("buchtmann".utf8), limit: 2)
        == 2)
    #expect(SpeakerInventory.editDistance(Array("water".utf8), Array("waters".utf8), limit: 1) == 1)
    #expect(SpeakerInventory.editDistance(Array("kane".utf8), Array("blinken".utf8), limit: 2) == 3)
  }

  /// The gender a role tells comes from its last noun.
  @Test(arguments: [
    ("his daughter", Speaker.Gender.female), ("her husband", .male), ("widow", .female),
    ("Spotify's chief executive", .unknown), ("", .unknown), ("the late king ", .male),
  ])
  func readsGenderFromRoles(role: String, gender: Speaker.Gender) {
    #expect(NameWords.gender(ofRole: role) == gender)
  }
}
