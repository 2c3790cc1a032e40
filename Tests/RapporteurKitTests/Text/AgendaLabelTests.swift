import Testing

@testable import RapporteurKit

struct AgendaLabelTests {
    @Test(arguments: [
        ("2", [2]), ("12", [12]), ("2a", [2, 1]), ("2(a)", [2, 1]), ("2.a", [2, 1]), ("2 (a)", [2, 1]),
        ("2A", [2, 1]), ("2(A)", [2, 1]), ("2(a)(i)", [2, 1, 1]), ("2a(i)", [2, 1, 1]), ("2.a.i", [2, 1, 1]),
        ("2ai", [2, 1, 1]), ("2(b)(iv)", [2, 2, 4]), ("2(c)(ii)(a)", [2, 3, 2, 1]), ("2(a)(i)a", [2, 1, 1, 1]),
        ("2.a.i.a", [2, 1, 1, 1]), ("2(i)", [2, 9]), ("2i", [2, 9]), ("2(i)(ix)", [2, 9, 9]), ("2z", [2, 26]),
        ("2aiia", [2, 1, 2, 1]), ("2aiv", [2, 1, 4]), ("2(a)(xii)", [2, 1, 12]), (" item 4(b) ", [4, 2]),
        ("Agenda item 3", [3]), ("2(c)(ii)(a)(iii)", [2, 3, 2, 1, 3]),
    ])
    func parseReadsTheLevelsByPosition(text: String, path: [Int]) throws {
        #expect(try AgendaLabel.parse(text).path == path)
    }

    @Test(arguments: [
        "0", "a", "2(0)", "", "2((a)", "2(a", "2a)", "2()", "2(a)(b)", "2(ii)(i)", "2(aa)",
        "2(a)(iiii)", "2..a", "2.", "-2", "2-a", "2(a)(i)1", "item", "2 1", "1 2(a)", "2(a)(i)(a)(i)(a)(x)(1)",
    ])
    func parseRejectsOtherText(text: String) {
        let shown = text.split(separator: " ").joined(separator: " ")
        let message = "'\(shown)' is not an agenda item label; write it as 2, 2a, 2(a) or 2(a)(i)"
        #expect(throws: TextError(message)) { try AgendaLabel.parse(text) }
    }

    @Test(arguments: [
        ([2], "2"), ([2, 1], "2(a)"), ([2, 1, 1], "2(a)(i)"), ([2, 2, 4], "2(b)(iv)"),
        ([2, 3, 2, 1], "2(c)(ii)(a)"), ([10, 26], "10(z)"),
    ])
    func displayBracketsEverySubLevel(path: [Int], expected: String) throws {
        let label = AgendaLabel(path: path)
        #expect(label.display == expected)
        #expect(label.description == expected)
        #expect(try AgendaLabel.parse(expected) == label)
    }

    @Test(arguments: [(0, 2, "2"), (1, 1, "a"), (1, 9, "i"), (2, 1, "i"), (2, 4, "iv"), (3, 1, "a"), (4, 3, "iii")])
    func segmentAlternatesLettersAndRomanNumerals(depth: Int, position: Int, expected: String) {
        #expect(AgendaLabel.segment(depth: depth, position: position) == expected)
    }

    @Test(arguments: [
        (0, 1, "1."), (0, 12, "12."), (1, 1, "(a)"), (1, 3, "(c)"), (2, 1, "(i)"), (2, 4, "(iv)"),
        (3, 1, "a."), (3, 2, "b."), (4, 1, "i."), (4, 3, "iii."),
    ])
    func listMarkerFollowsTheUNLevels(depth: Int, position: Int, expected: String) {
        #expect(AgendaLabel.listMarker(depth: depth, position: position) == expected)
    }

    @Test func depthParentAndChildMoveBetweenLevels() {
        let item = AgendaLabel(path: [2])
        #expect(item.depth == 0)
        #expect(item.parent == nil)
        let sub = item.child(1).child(3)
        #expect(sub.display == "2(a)(iii)")
        #expect(sub.depth == 2)
        #expect(sub.parent == AgendaLabel(path: [2, 1]))
        #expect(sub.parent?.parent == item)
    }

    @Test func ordersItemsBeforeTheirSubItems() throws {
        let labels = try ["3", "2(b)", "2", "2(a)(ii)", "10", "2(a)"].map(AgendaLabel.parse)
        #expect(labels.sorted().map(\.display) == ["2", "2(a)", "2(a)(ii)", "2(b)", "3", "10"])
    }
}
