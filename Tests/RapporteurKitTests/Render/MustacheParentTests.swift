import Foundation
import Mustache
import Testing

@testable import RapporteurKit

/// The summary's views answer the templates' lookups themselves (`child(named:)`, written
/// by hand for speed): each must answer for every stored property, under its own name and
/// with its value, as Mirror would, or a property added and missed there renders empty.
@Suite struct MustacheParentTests {
    /// One value of each view that answers for itself, every property set.
    private func samples() throws -> [(name: String, value: any MustacheParent)] {
        let line = ListLine(
            depth: 1, indent: "    ", marker: "(a)", text: "Adequate housing;",
            links: ["Resolution 2/7 (HSP/HA.2/RES.7)"])
        let paragraph = SummaryBlock.Paragraph(
            number: 4, text: "A Member State asked when the platform would open.",
            list: [line], record: "I3")
        let part = DossierPart(heading: "Fundraising strategy (HSP/EB.2099/INF/1)", lines: [line])
        let block = SummaryBlock(
            paragraph: paragraph, leadIn: "The discussions highlighted the following:",
            subheading: "Resolution 2/7 – Adequate housing for all", part: part)
        let section = SummarySection(
            heading: "Agenda item 2 – Progress on the resolutions.", blocks: [block], day: 2,
            dayHeading: "Day 2 – Thursday, 5 December 2024")
        let document = SummaryDocument(try summaryStore().recordSource(of: "PBA-57"))
        return [
            ("ListLine", line), ("SummaryBlock.Paragraph", paragraph), ("SummaryBlock", block), ("DossierPart", part),
            ("SummarySection", section), ("SummaryDocument", document),
        ]
    }

    /// The value inside an optional, nil when there is none; any other value as it is.
    private func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }

    @Test func everyStoredPropertyIsAnsweredUnderItsOwnName() throws {
        for (name, view) in try samples() {
            let properties = Mirror(reflecting: view).children
            #expect(!properties.isEmpty, "\(name) has no properties")
            for property in properties {
                let label = try #require(property.label)
                guard let value = unwrapped(property.value) else {
                    Issue.record("the sample \(name) leaves \(label) unset, so its answer cannot be checked")
                    continue
                }
                let answer = view.child(named: label)
                #expect(answer != nil, "\(name).child(named: \"\(label)\") answers nothing")
                if let answer {
                    #expect(String(describing: answer) == String(describing: value), "\(name).\(label)")
                }
            }
            #expect(view.child(named: "noSuchProperty") == nil, "\(name) answers a name it has no property for")
        }
    }

    /// Every name the built-in summary templates look up is one the views answer.
    @Test func everyNameTheSummaryTemplatesUseIsAnswered() throws {
        let views = try samples().map(\.value)
        let tag = try Regex(#"\{\{\{?\s*[#^/&]?\s*([A-Za-z][A-Za-z0-9_]*)\s*\}?\}\}"#)
        let templates = EmbeddedResources.templates.filter { $0.key.hasPrefix("summary.") }
        #expect(templates.count == DocumentFormat.allCases.count)
        for (template, text) in templates {
            let names = Set(text.matches(of: tag).compactMap { $0.output[1].substring.map(String.init) })
            #expect(!names.isEmpty)
            for name in names.sorted() {
                #expect(
                    views.contains { $0.child(named: name) != nil },
                    "\(template) looks up \(name), which no view answers")
            }
        }
    }
}
