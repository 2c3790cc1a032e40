/// What an agenda item's text cites: UN-Habitat's resolutions and decisions, and
/// documents by symbol. A General Assembly resolution ("General Assembly resolution
/// 75/224") is another organ's: it is kept as the document it is (A/RES/75/224), not as
/// a UN-Habitat resolution. Rules of procedure ("rule 17") are no document; they stay
/// in the text.
enum AgendaCitations {
    struct Cited: Equatable {
        var resolutions: [String] = []
        var decisions: [String] = []
        var documents: [String] = []
    }

    static func of(_ text: String) -> Cited {
        let references = ReferenceScanner.scan(text)
        var cited = Cited(
            resolutions: references.resolutions.map(\.key), decisions: references.decisions.map(\.key),
            documents: references.documents.map(\.canonical))
        for match in generalAssemblyResolution.allMatches(in: text) {
            guard let session = match.group(1), let number = match.group(2),
                let symbol = try? DocumentSymbol.parse("A/RES/\(session)/\(number)").canonical,
                !cited.documents.contains(symbol)
            else { continue }
            cited.documents.append(symbol)
        }
        return cited
    }

    private static let generalAssemblyResolution = TextPattern(
        #"\bGeneral\s+Assembly\s+resolutions?\s+(\d{1,3})/(\d{1,4})\b"#, anyCase: true)
}
