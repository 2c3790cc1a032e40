import Testing

@testable import RapporteurKit

struct TypographyTests {
    private static let nbsp = "\u{00A0}"

    @Test(arguments: [
        (#"The Board welcomed the "Urban Agenda" platform."#, "The Board welcomed the “Urban Agenda” platform."),
        (#""Housing for all" was the theme."#, "“Housing for all” was the theme."),
        (#"the initiative ("Safer Cities")."#, "the initiative (“Safer Cities”)."),
        (#"asked, "When?""#, "asked, “When?”"),
        (#"the project – "Making Cities Safer""#, "the project – “Making Cities Safer”"),
        (#"a plan -"draft""#, "a plan -“draft”"),
        (#"the "first" and "second" rounds"#, "the “first” and “second” rounds"),
    ])
    func straightDoubleQuotesOpenAndClose(text: String, expected: String) {
        #expect(Typography.typeset(text) == expected)
    }

    @Test(arguments: [
        ("it's", "it’s"),
        ("UN-Habitat's website", "UN-Habitat’s website"),
        ("the Member States' views", "the Member States’ views"),
        ("Côte d'Ivoire", "Côte d’Ivoire"),
        ("a project entitled 'Making Cities Safer'.", "a project entitled ‘Making Cities Safer’."),
        ("since the '90s", "since the ’90s"),
        (#""'Safer Cities' was named""#, "“‘Safer Cities’ was named”"),
        ("('draft')", "(‘draft’)"),
    ])
    func apostrophesAndSingleQuotesAreCurly(text: String, expected: String) {
        #expect(Typography.typeset(text) == expected)
    }

    @Test(arguments: [
        ("the biennium 2024-2025", "the biennium 2024–2025"),
        ("pages 3-5.", "pages 3–5."),
        ("25-27 March 2025", "25–27 March 2025"),
        ("(2024-2025)", "(2024–2025)"),
        ("between 1,000-2,000 participants", "between 1,000–2,000 participants"),
        ("from 10:00-13:00", "from 10:00–13:00"),
        ("10-15% of the budget", "10–15% of the budget"),
        ("the years 2020-21,", "the years 2020–21,"),
    ])
    func numericRangesTakeAnEnDash(text: String, expected: String) {
        #expect(Typography.typeset(text) == expected)
    }

    @Test(arguments: [
        ("Housing - the main item", "Housing – the main item"),
        ("10:00 - 13:00 East Africa Time", "10:00 – 13:00 East Africa Time"),
        ("a - b - c", "a – b – c"),
    ])
    func aSpacedHyphenBetweenWordsIsAnEnDash(text: String, expected: String) {
        #expect(Typography.typeset(text) == expected)
    }

    @Test(arguments: [
        ("US$ 1,179,384", "US$\(nbsp)1,179,384"),
        ("a pledge of USD 5,000.", "a pledge of USD\(nbsp)5,000."),
        ("$ 5", "$\(nbsp)5"),
        ("EUR 12 million", "EUR\(nbsp)12\(nbsp)million"),
        ("(US$ 20,000)", "(US$\(nbsp)20,000)"),
        ("at 10.05 a.m.", "at 10.05\(nbsp)a.m."),
        ("at 3.30 p.m., the Chair", "at 3.30\(nbsp)p.m., the Chair"),
        ("by 5 per cent", "by 5\(nbsp)per cent"),
        ("a gap of 64 %", "a gap of 64\(nbsp)%"),
        ("across 12 km", "across 12\(nbsp)km"),
        ("US$ 1.2 billion", "US$\(nbsp)1.2\(nbsp)billion"),
    ])
    func aCurrencyOrAUnitStaysWithItsFigure(text: String, expected: String) {
        #expect(Typography.typeset(text) == expected)
    }

    /// Symbols, handles, keys, ISO dates and addresses name something: not a character changes.
    @Test(arguments: [
        "HSP/EB.2025/1", "HSP/HA.2/RES.7", "HSP/EB.2025/1-3", "document HSP-OECPR-2025-3", "EB-2024-2",
        "PBA-56", "I7", "R3", "A1", "2025-02-10", "on 2025-02-10,", "as of 2025-02", "OP3-5",
        "resolution 2/1-2/5", "https://unhabitat.org/a-'b'/2024-2025", "www.unhabitat.org/2024-2025",
        "o'brien@un.org", "decision 2024/3", "-5 degrees", "a well-known, people-centred approach",
        "covid-19", "“Already curly” ‘quotes’", "2024–2025 – done", "US$1,179,384", "$1,200K",
        "the 25 Member States", "ABC 12", "- a list item", "the USD rate", "",
    ])
    func whatNamesSomethingIsLeftAlone(text: String) {
        #expect(Typography.typeset(text) == text)
    }

    @Test(arguments: [
        #"The "Urban Agenda" of 2024-2025 - it's US$ 5,000 at 10 a.m. ('draft')."#,
        "Member States' 'views' on pages 3-5, \"quoted\" - and USD 12 per cent",
        #"" ' - 1-2 "#,
    ])
    func typesettingTwiceChangesNothingMore(text: String) {
        let once = Typography.typeset(text)
        #expect(once != text)
        #expect(Typography.typeset(once) == once)
    }

    @Test func lineBreaksAndOtherSpacesAreKept() {
        #expect(Typography.typeset("one\n\"two\"\tthree  - four") == "one\n“two”\tthree  - four")
    }

    @Test func asStoredKeepsEveryCharacter() {
        let text = #"The "Urban Agenda" of 2024-2025 costs US$ 5,000."#
        #expect(Typesetting.asStored.apply(text) == text)
        #expect(Typesetting.typeset.apply(text) == "The “Urban Agenda” of 2024–2025 costs US$\(Self.nbsp)5,000.")
    }
}
