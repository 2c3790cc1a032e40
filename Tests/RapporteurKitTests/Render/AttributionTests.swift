import Testing

@testable import RapporteurKit

/// How a summary names a speaker that is no State: an office speaks in its own right, an
/// organisation through its representative, in every style.
@Suite struct AttributionTests {
    private func subject(_ kind: PartyKind, _ name: String, _ style: AttributionStyle) -> String {
        var attribution = Attribution(style: style)
        return attribution.subject(for: [Speaker(kind: kind, name: name, identity: "x")], named: true)
    }

    @Test func anOfficeSpeaksInItsOwnName() {
        for style in AttributionStyle.allCases {
            #expect(
                subject(.stakeholder, "President of the UN-Habitat Assembly", style)
                    == "The President of the UN-Habitat Assembly")
            #expect(subject(.unEntity, "Executive Director of UNEP", style) == "The Executive Director of UNEP")
        }
    }

    @Test func anOrganisationSpeaksThroughItsRepresentative() {
        #expect(subject(.unEntity, "UN-Women", .named) == "The representative of UN-Women")
        // A name that only begins like an office is an organisation's.
        #expect(
            subject(.stakeholder, "Presidential Commission on Housing", .named)
                == "The representative of Presidential Commission on Housing")
    }
}
