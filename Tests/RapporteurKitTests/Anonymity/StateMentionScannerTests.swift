import Testing

@testable import RapporteurKit

/// Which words of a text name which State: whole words, any spelling of accents and
/// apostrophes, the longest name where names overlap, codes only as standalone capitals.
@Suite struct StateMentionScannerTests {
    static let scanner: StateMentionScanner = {
        let store = try! referenceStore()
        return StateMentionScanner(states: try! store.stateNames())
    }()

    private func found(_ text: String) -> [String] {
        Self.scanner.mentions(in: text).map { "\($0.iso3) \($0.words)" }
    }

    @Test func namesAliasesFormalNamesAndCodesAreFound() {
        #expect(found("informed that France would host") == ["FRA France"])
        #expect(found("thanked the French Republic and Turkey") == ["FRA French Republic", "TUR Turkey"])
        #expect(found("as the delegations of FRA and KEN had asked") == ["FRA FRA", "KEN KEN"])
        #expect(found("asked the UK, the USA and the DRC") == ["GBR UK", "USA USA", "COD DRC"])
        #expect(found("supported by the Islamic Republic of Iran") == ["IRN Islamic Republic of Iran"])
    }

    @Test func anAdjectiveNamesAStateOnlyBeforeAWordForItsVoice() {
        #expect(
            found("as the French delegation and the Kenyan Government had said") == [
                "FRA French delegation", "KEN Kenyan Government",
            ])
        #expect(found("the Congolese delegation") == ["COD Congolese delegation", "COG Congolese delegation"])
        #expect(found("the South Sudanese side") == ["SSD South Sudanese side"])
        #expect(found("available in French, by Kenyan experts, for Latin American delegations") == [])
        #expect(found("the french delegation") == [])
    }

    @Test func accentsApostrophesAndHyphensAreForgiven() {
        #expect(found("welcomed Türkiye and Turkiye") == ["TUR Türkiye", "TUR Turkiye"])
        #expect(
            found("Côte d’Ivoire, Cote d'Ivoire and COTE D IVOIRE") == [
                "CIV Côte d’Ivoire", "CIV Cote d'Ivoire", "CIV COTE D IVOIRE",
            ])
        #expect(found("as in Guinea Bissau") == ["GNB Guinea Bissau"])
    }

    @Test func aShorterNameInsideALongerOneIsNotRead() {
        #expect(found("projects in Nigeria") == ["NGA Nigeria"])
        #expect(found("projects in the Niger") == ["NER Niger"])
        #expect(
            found("Papua New Guinea, Equatorial Guinea and Guinea-Bissau") == [
                "PNG Papua New Guinea", "GNQ Equatorial Guinea", "GNB Guinea-Bissau",
            ])
        #expect(
            found("the Democratic Republic of the Congo and the Congo") == [
                "COD Democratic Republic of the Congo", "COG Congo",
            ])
        #expect(found("the Dominican Republic, not Dominica") == ["DOM Dominican Republic", "DMA Dominica"])
        #expect(found("South Sudan and the Sudan") == ["SSD South Sudan", "SDN Sudan"])
        #expect(
            found("the Republic of Korea and the Democratic People’s Republic of Korea") == [
                "KOR Republic of Korea", "PRK Democratic People’s Republic of Korea",
            ])
        #expect(
            found("the United Kingdom of Great Britain and Northern Ireland") == [
                "GBR United Kingdom of Great Britain and Northern Ireland"
            ])
    }

    @Test func commonWordsAndPlacesThatAreNotStatesAreNotRead() {
        #expect(found("served turkey and tea on china plates") == [])
        #expect(found("the French and Spanish versions, by Colombian experts") == [])
        #expect(found("QUESTIONS AND ANSWERS ON THE GEO-6 REPORT") == [])
        #expect(found("we can and are able to budget US$ 1,179,384 in United States dollars") == [])
        #expect(found("in Northern Ireland, New Guinea and the Lake Chad basin") == [])
        #expect(found("Nigerian and Nigerien cities") == [])
    }
}
