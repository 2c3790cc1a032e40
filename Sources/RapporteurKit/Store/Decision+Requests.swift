import GRDB

extension Decision {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let bodyId = Column("bodyId")
        public static let series = Column("series")
        public static let number = Column("number")
    }

    /// The decision a user means ("2024/3", "decision 2024/3 of the Executive Board").
    static func find(_ db: Database, typed text: String) throws -> Decision {
        let key = try RapporteurError.parsing { try DecisionKey.parse(text) }
        let matches = try Decision.all().filter(series: key.series, number: key.number).fetchAll(db)
        if matches.count == 1 { return matches[0] }
        let body = key.isNumberedByYear ? "EB" : "HA"
        if matches.isEmpty {
            throw RapporteurError.invalid(
                "unknown decision \(key.key); \(step: .recordDecision(body: body, key: key.key))", field: .decision,
                value: text)
        }
        // Two bodies with the same series and number: prefer the one the numbering implies.
        let preferred = try Body.find(db, code: body)
        if let match = matches.first(where: { $0.bodyId == preferred.id }) { return match }
        throw RapporteurError.invalid("decision \(key.key) exists for several bodies; write it with the body's symbol")
    }
}

extension DerivableRequest<Decision> {
    /// The decisions of any body with this series (year or session) and number.
    func filter(series: Int, number: Int) -> Self {
        filter(Decision.Columns.series == series && Decision.Columns.number == number)
    }

    /// The decision of this body with this series and number, if recorded.
    func filter(bodyId: Int64?, series: Int, number: Int) -> Self {
        filter(
            Decision.Columns.bodyId == bodyId && Decision.Columns.series == series
                && Decision.Columns.number == number)
    }
}
