import Testing

@testable import RapporteurKit

/// Random text in the text fields of implementation updates that the record format does
/// not carry: a decision's update and the mark and text of a footnote. What is stored
/// reads back the same, and a NUL is refused naming the field. Seeded, like
/// `RecordTextRoundTripTests`, whose pieces the values are made of.
@Suite struct UpdateTextPropertyTests {
    static let day = CalendarDate(year: 2099, month: 3, day: 1)!

    /// Stores one report update of decision 1/3 of the Assembly with one footnote.
    static func store(text: String, mark: String, footnote: String) throws -> (AppStore, Decision) {
        let store = try referenceStoreCopy()
        let decision = try store.addDecision(body: "HA", key: "1/3", title: nil, adoptedOn: nil)
        try store.write { db in
            try AppStore.saveUpdate(
                decision, asOf: Self.day, position: 1, text: text, sourceKind: "report", symbol: "HSP/EB.2099/7",
                paragraph: 1, footnotes: [ImplementationFootnote(mark: mark, text: footnote)], user: "test",
                stamp: "2099-03-01T00:00:00Z", db: db)
        }
        return (store, decision)
    }

    @Test(arguments: 0..<4)
    func randomTextReadsBackAsStored(batch: UInt64) throws {
        var random = SeededRandom(seed: 0xF007_0000 + batch)
        for _ in 0..<10 {
            let text = RecordTextRoundTripTests.value(&random)
            let mark = RecordTextRoundTripTests.value(&random)
            let footnote = RecordTextRoundTripTests.value(&random)
            let (store, decision) = try Self.store(text: text, mark: mark, footnote: footnote)
            let updates = try store.implementationUpdates(of: decision)
            #expect(updates.map(\.text) == [text])
            #expect(updates.map(\.footnotes) == [[ImplementationFootnote(mark: mark, text: footnote)]])
        }
    }

    @Test(arguments: ["implementationUpdate.text", "implementationFootnote.mark", "implementationFootnote.text"])
    func aNULIsRefusedNamingTheField(field: String) throws {
        let bad = "before\u{0}after"
        let error = #expect(throws: RapporteurError.self) {
            _ = try Self.store(
                text: field == "implementationUpdate.text" ? bad : "text", mark: field.hasSuffix(".mark") ? bad : "¹",
                footnote: field == "implementationFootnote.text" ? bad : "note")
        }
        #expect(error?.kind == .invalidInput)
        #expect(error?.message.contains("\(field) holds a NUL character (U+0000) at character 7,") == true)
    }
}
