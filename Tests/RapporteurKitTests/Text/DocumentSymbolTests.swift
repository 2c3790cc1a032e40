import Foundation
import Testing

@testable import RapporteurKit

struct DocumentSymbolTests {
    @Test(arguments: [
        ("HSP/EB.2024/14", "HSP/EB.2024/14"),
        ("hsp/eb.2024/14", "HSP/EB.2024/14"),
        ("  HSP / EB.2024 / 14 ", "HSP/EB.2024/14"),
        ("HSP/EB 2024/14", "HSP/EB.2024/14"),
        ("HSP/EB2024/14", "HSP/EB.2024/14"),
        ("HSP/EB.2024/INF/16", "HSP/EB.2024/INF/16"),
        ("HSP/EB.2025/INF.9", "HSP/EB.2025/INF/9"),
        ("HSP/EB.2025/INF9", "HSP/EB.2025/INF/9"),
        ("HSP/EB.2025/Inf.9", "HSP/EB.2025/INF/9"),
        ("HSP/OECPR.2021/4", "HSP/OECPR.2021/4"),
        ("HSP/HA.2/CRP7", "HSP/HA.2/CRP.7"),
        ("HSP/HA.2/CRP/7", "HSP/HA.2/CRP.7"),
        ("HSP/HA.2/crp.7", "HSP/HA.2/CRP.7"),
        ("HSP/HA.2/L.6", "HSP/HA.2/L.6"),
        ("HSP/HA.2/l6", "HSP/HA.2/L.6"),
        ("HSP/HA.2/RES.7", "HSP/HA.2/RES.7"),
        ("HSP/HA.2/Res.7", "HSP/HA.2/RES.7"),
        ("HSP/OEWG-H.2023/WP/2", "HSP/OEWG-H.2023/WP.2"),
        ("HSP/EB.2023/23/Rev.1", "HSP/EB.2023/23/Rev.1"),
        ("HSP/EB.2023/23/REV.1", "HSP/EB.2023/23/Rev.1"),
        ("HSP/EB.2023/23/rev1", "HSP/EB.2023/23/Rev.1"),
        ("HSP/EB.2023/23/Rev 1", "HSP/EB.2023/23/Rev.1"),
        ("HSP/EB.2024/14/Add.1*", "HSP/EB.2024/14/Add.1*"),
        ("HSP/EB.2024/14/ADD.1 *", "HSP/EB.2024/14/Add.1*"),
        ("HSP/EB.2024/14/Add.1/Corr.1", "HSP/EB.2024/14/Add.1/Corr.1"),
        ("HSP/EB.2024/14/amend.2", "HSP/EB.2024/14/Amend.2"),
        ("HSP/GC/25/2", "HSP/GC/25/2"),
        ("A/78/122", "A/78/122"),
        ("a/res/78/1", "A/RES/78/1"),
        ("A/HRC/S-1/1", "A/HRC/S-1/1"),
        ("HSP-OECPR-2025-3", "HSP/OECPR.2025/3"),
        ("HSP-EB-2024-INF-16", "HSP/EB.2024/INF/16"),
        ("HSP-HA-2-RES-7", "HSP/HA.2/RES.7"),
        ("hsp-eb-2023-23-rev-1", "HSP/EB.2023/23/Rev.1"),
        ("HSP-EB.2024-14", "HSP/EB.2024/14"),
    ])
    func parseWritesTheCanonicalForm(text: String, canonical: String) throws {
        let symbol = try DocumentSymbol.parse(text)
        #expect(symbol.canonical == canonical)
        #expect(symbol.description == canonical)
        #expect(try DocumentSymbol.parse(canonical) == symbol)
    }

    static let accepted = "write symbols like HSP/EB.2024/14, HSP/EB.2024/INF/16 or HSP/HA.2/L.6"

    @Test(arguments: [
        ("", "'' is not a document symbol; \(accepted)"),
        ("   ", "'' is not a document symbol; \(accepted)"),
        ("HSP", "'HSP' is not a document symbol: it has only one part; \(accepted)"),
        ("HSP//14", "'HSP//14' is not a document symbol: it has an empty part between '/' signs; \(accepted)"),
        (
            "HSP/EB.2024/",
            "'HSP/EB.2024/' is not a document symbol: it has an empty part between '/' signs; \(accepted)"
        ),
        ("HSP--14", "'HSP--14' is not a document symbol: it has an empty part between '-' signs; \(accepted)"),
        (
            "HSP/EB.2024_14",
            "'HSP/EB.2024_14' is not a document symbol: '_' is not allowed "
                + "(only letters, digits, '/', '.', '-', spaces and a final '*'); \(accepted)"
        ),
        (
            "HSP/EB.2024/14,",
            "'HSP/EB.2024/14,' is not a document symbol: ',' is not allowed "
                + "(only letters, digits, '/', '.', '-', spaces and a final '*'); \(accepted)"
        ),
        (
            "HSP/É/1",
            "'HSP/É/1' is not a document symbol: 'É' is not allowed "
                + "(only letters, digits, '/', '.', '-', spaces and a final '*'); \(accepted)"
        ),
        (
            "HSP/EB*.2024/14",
            "'HSP/EB*.2024/14' is not a document symbol: '*' may only come at the end, "
                + "to mark a reissue; \(accepted)"
        ),
        (
            "2024/3",
            "'2024/3' is not a document symbol: it must begin with a prefix of letters such as HSP or A; \(accepted)"
        ),
        (
            "HSP/EB 2024 14",
            "'HSP/EB 2024 14' is not a document symbol: 'EB 2024 14' is not a part of a symbol; \(accepted)"
        ),
        (
            "HSP/EB..2024/14",
            "'HSP/EB..2024/14' is not a document symbol: 'EB..2024' is not a part of a symbol; \(accepted)"
        ),
    ])
    func parseRejectsMalformedSymbols(text: String, message: String) {
        #expect(throws: TextError(message)) { try DocumentSymbol.parse(text) }
    }

    @Test(arguments: [
        ("HSP/HA.2/RES.7", ResolutionKey(session: 2, number: 7) as ResolutionKey?),
        ("HSP-HA-1-RES-12", ResolutionKey(session: 1, number: 12)),
        ("HSP/HA.2/RES.7*", ResolutionKey(session: 2, number: 7)),
        ("HSP/HA.2/L.7", nil),
        ("HSP/HA.2/RES.7/Corr.1", nil),
        ("HSP/HA/2/RES/7", nil),
        ("A/RES/78/1", nil),
        ("HSP/EB.2024/14", nil),
    ])
    func resolutionKeyOnlyForAssemblyResolutions(text: String, expected: ResolutionKey?) throws {
        #expect(try DocumentSymbol.parse(text).resolutionKey == expected)
    }

    @Test func isReissueFollowsTheStar() throws {
        #expect(try DocumentSymbol.parse("HSP/EB.2024/14*").isReissue)
        #expect(try !DocumentSymbol.parse("HSP/EB.2024/14").isReissue)
    }

    @Test func ordersNumbersByValue() throws {
        let symbols = try [
            "HSP/EB.2024/14", "HSP/EB.2024/2", "HSP/EB.2023/20", "HSP/EB.2024/14/Add.1",
            "HSP/EB.2024/INF/3",
        ].map(DocumentSymbol.parse)
        #expect(
            symbols.sorted().map(\.canonical) == [
                "HSP/EB.2023/20", "HSP/EB.2024/2", "HSP/EB.2024/14", "HSP/EB.2024/14/Add.1", "HSP/EB.2024/INF/3",
            ])
    }

    @Test func codesAsItsCanonicalString() throws {
        let symbol = try DocumentSymbol.parse("hsp/eb.2025/inf.9")
        let json = try JSONEncoder().encode([symbol])
        #expect(
            String(decoding: json, as: UTF8.self) == #"["HSP\/EB.2025\/INF\/9"]"#
                || String(decoding: json, as: UTF8.self) == #"["HSP/EB.2025/INF/9"]"#)
        #expect(try JSONDecoder().decode([DocumentSymbol].self, from: json) == [symbol])
        #expect(
            try JSONDecoder().decode([DocumentSymbol].self, from: Data(#"["hsp/ha.2/crp7"]"#.utf8))
                == [try DocumentSymbol.parse("HSP/HA.2/CRP.7")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([DocumentSymbol].self, from: Data(#"["HSP//14"]"#.utf8))
        }
    }
}
