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
}
