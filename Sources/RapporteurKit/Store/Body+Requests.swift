import GRDB

extension Body {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let code = Column("code")
    }

    /// The body with this code, case-insensitively; an unknown code lists the known ones.
    static func find(_ db: Database, code: String) throws -> Body {
        let wanted = code.trimmingCharacters(in: .whitespaces).uppercased()
        if let body = try Body.all().filter(code: wanted).fetchOne(db) {
            return body
        }
        let known = try String.fetchAll(db, sql: "SELECT code FROM body ORDER BY id")
        throw RapporteurError.invalid("unknown body '\(code)'; the bodies are \(known.joined(separator: ", "))")
    }
}

extension DerivableRequest<Body> {
    /// The body with exactly this code, as stored ("PBA").
    func filter(code: String) -> Self {
        filter(Body.Columns.code == code)
    }
}
