import GRDB

extension Resolution {
    /// The columns the requests below filter and order on, as GRDB's query interface names them.
    public enum Columns {
        public static let symbol = Column("symbol")
        public static let session = Column("session")
        public static let number = Column("number")
    }

    /// The resolution a user means, in any written form ("2/7", "res 2/7", "HSP/HA.2/RES.7").
    static func find(_ db: Database, typed text: String) throws -> Resolution {
        let key = try RapporteurError.parsing { try ResolutionKey.parse(text) }
        if let found = try Resolution.all().filter(symbol: key.symbol).fetchOne(db) {
            return found
        }
        let known = try Resolution.all().orderedBySession().fetchAll(db).map(\.key.key)
        var message: Phrase = "unknown resolution \(key.key)"
        if let nearest = NameMatching.nearest(to: key.key, among: known, maxDistance: 1) {
            message.append(" (did you mean \(nearest)?)")
        }
        message.append("; the known resolutions are ")
        message.append(known.isEmpty ? "none (\(step: .loadReferenceData))" : Phrase(ResolutionRanges.describe(known)))
        throw RapporteurError.invalid(message)
    }
}

extension DerivableRequest<Resolution> {
    /// The resolution with this symbol ("HSP/HA.2/RES.7").
    func filter(symbol: String) -> Self {
        filter(Resolution.Columns.symbol == symbol)
    }

    /// By session, then number: 1/1, 1/2, …, 2/1.
    func orderedBySession() -> Self {
        order(Resolution.Columns.session, Resolution.Columns.number)
    }
}
