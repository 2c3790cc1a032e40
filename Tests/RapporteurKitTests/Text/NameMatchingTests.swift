import Testing

@testable import RapporteurKit

struct NameMatchingTests {
    @Test(arguments: [
        ("Türkiye", "turkiye"), ("Côte d’Ivoire", "cote d'ivoire"), ("Côte d‘Ivoire", "cote d'ivoire"),
        ("Côte dʼIvoire", "cote d'ivoire"), ("  The   Gambia ", "gambia"), ("the Netherlands", "netherlands"),
        ("Theodore", "theodore"), ("SÃO TOMÉ AND PRÍNCIPE", "sao tome and principe"),
        ("Curaçao", "curacao"), ("Søren Ødegård", "soren odegard"), ("Łódź", "lodz"),
        ("Kingdom\tof\nSpain", "kingdom of spain"), ("", ""),
    ])
    func keyFoldsCaseAccentsApostrophesAndSpacing(text: String, expected: String) {
        #expect(NameMatching.key(text) == expected)
    }

    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3), ("France", "France", 0),
        ("frnace", "france", 2), ("flaw", "lawn", 2), ("Türkiye", "Turkiye", 1),
    ])
    func distanceCountsEditsInCharacters(a: String, b: String, expected: Int) {
        #expect(NameMatching.distance(a, b) == expected)
        #expect(NameMatching.distance(b, a) == expected)
    }

    @Test func nearestFindsTheCloseCandidate() {
        #expect(NameMatching.nearest(to: "Frnace", among: ["France", "Finland", "Greece"]) == "France")
        #expect(NameMatching.nearest(to: "turkiye", among: ["Tunisia", "Türkiye"]) == "Türkiye")
        #expect(NameMatching.nearest(to: "Gambia", among: ["Zambia", "The Gambia"]) == "The Gambia")
        #expect(NameMatching.nearest(to: "cote d'ivoire", among: ["Côte d’Ivoire"]) == "Côte d’Ivoire")
    }

    @Test func nearestPrefersTheFirstOnTies() {
        #expect(NameMatching.nearest(to: "Mali", among: ["Malo", "Mala"]) == "Malo")
    }

    @Test func nearestGivesNilWhenNothingIsCloseEnough() {
        #expect(NameMatching.nearest(to: "Brazil", among: ["France", "Finland"]) == nil)
        #expect(NameMatching.nearest(to: "France", among: []) == nil)
        // "Fr" has key length 2, so up to 2 edits are allowed by default: "Fiji" needs 3.
        #expect(NameMatching.nearest(to: "Fr", among: ["Fiji"]) == nil)
    }

    @Test func nearestHonoursAnExplicitMaxDistance() {
        #expect(NameMatching.nearest(to: "Frnace", among: ["France"], maxDistance: 1) == nil)
        #expect(NameMatching.nearest(to: "Frnace", among: ["France"], maxDistance: 2) == "France")
        // A long query allows a third of its length: "republic of moldava" (19) allows 6.
        #expect(
            NameMatching.nearest(to: "Republic of Moldava", among: ["Republic of Moldova"]) == "Republic of Moldova")
    }
}
