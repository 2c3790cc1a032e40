import Foundation

/// One body as `Schema/reference/bodies.json` describes it.
struct BodySpec: Decodable {
    struct StandardItem: Decodable {
        var title: String
        var depth: Int?
    }

    struct File: Decodable {
        var bodies: [BodySpec]
    }

    var code: String
    var name: String
    /// Shorter wordings than `name` by which summary headings name the body.
    var headingNames: [String]?
    var shortName: String
    var parent: String?
    var establishedBy: String?
    var meetingNumbering: MeetingNumbering
    var meetingNoun: String
    var ordinalStyle: OrdinalStyle
    var timeStyle: TimeStyle
    var timeZoneLabel: String
    var timeZoneName: String
    var attributionStyle: AttributionStyle
    var secretariatWord: String
    var documentLeadDays: Int
    var symbolPrefix: String
    var opening: [StandardItem]
    var closing: [StandardItem]

    /// The bodies of the `bodies.json` embedded in the library.
    static func embedded() throws -> [BodySpec] {
        guard let text = EmbeddedResources.reference["bodies.json"] else {
            throw RapporteurError.failure("the reference file bodies.json is missing from this build")
        }
        do {
            return try JSONDecoder().decode(File.self, from: Data(text.utf8)).bodies
        } catch {
            throw RapporteurError.failure("Schema/reference/bodies.json: error: \(error)")
        }
    }
}
