/// The settings `body set` may change; a nil field is left as it is.
public struct BodySettingsChange: Sendable {
    public var name: String?
    public var shortName: String?
    public var ordinalStyle: OrdinalStyle?
    public var timeStyle: TimeStyle?
    public var timeZoneLabel: String?
    public var timeZoneName: String?
    public var attributionStyle: AttributionStyle?
    public var secretariatWord: String?
    public var documentLeadDays: Int?
    public var symbolPrefix: String?
    public var distribution: Distribution?

    public init() {}

    public var isEmpty: Bool {
        name == nil && shortName == nil && ordinalStyle == nil && timeStyle == nil && timeZoneLabel == nil
            && timeZoneName == nil && attributionStyle == nil && secretariatWord == nil
            && documentLeadDays == nil && symbolPrefix == nil && distribution == nil
    }

    func apply(to body: inout Body) {
        if let name { body.name = name }
        if let shortName { body.shortName = shortName }
        if let ordinalStyle { body.ordinalStyle = ordinalStyle }
        if let timeStyle { body.timeStyle = timeStyle }
        if let timeZoneLabel { body.timeZoneLabel = timeZoneLabel }
        if let timeZoneName { body.timeZoneName = timeZoneName }
        if let attributionStyle { body.attributionStyle = attributionStyle }
        if let secretariatWord { body.secretariatWord = secretariatWord }
        if let documentLeadDays { body.documentLeadDays = documentLeadDays }
        if let symbolPrefix { body.symbolPrefix = symbolPrefix }
        if let distribution { body.distribution = distribution }
    }
}
