import GRDB

extension AppStore {
    /// Stores one implementation update with the operative paragraphs its text cites
    /// (those of this resolution, or of no resolution named).
    static func saveUpdate(
        _ resolution: Resolution, asOf: CalendarDate, position: Int, text: String,
        sourceKind: String, symbol: String? = nil, paragraph: Int? = nil,
        user: String, stamp: String, db: Database
    ) throws {
        let cited = ReferenceScanner.scan(text).paragraphs
            .filter { $0.resolution == nil || $0.resolution == resolution.key }.map(\.paragraph)
        try StoredText.check(text, field: "implementationUpdate.text")
        try symbol.map { try StoredText.check($0, field: "implementationUpdate.sourceSymbol") }
        try db.execute(
            sql: """
                INSERT INTO implementationUpdate (resolutionId, asOf, position, text, paragraphs, sourceKind,
                    sourceSymbol, sourceParagraph, createdBy, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                resolution.id, asOf.iso, position, text, cited.joined(separator: ","), sourceKind,
                symbol, paragraph, user, stamp,
            ])
    }
}

extension AppStore {
    /// Records a resolution's implementation status from a day on, replacing what that
    /// day had.
    public func setStatus(_ key: String, _ status: ImplementationStatus, asOf: CalendarDate) throws {
        let stamp = audit.now
        try write { db in
            try Self.saveStatus(
                try Resolution.find(db, typed: key).id!, status, asOf: asOf, source: nil,
                user: audit.user, stamp: stamp, db: db)
        }
    }

    /// A resolution's statuses over time, oldest first.
    public func statusHistory(of key: String) throws -> [StatusChange] {
        try read { db in
            let resolution = try Resolution.find(db, typed: key)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT asOf, status, source FROM implementationStatus WHERE resolutionId = ? ORDER BY asOf
                    """, arguments: [resolution.id]
            ).map { row in
                StatusChange(
                    asOf: CalendarDate.fromDatabaseValue(row["asOf"])!,
                    status: ImplementationStatus(rawValue: row["status"])!, source: row["source"])
            }
        }
    }

    /// Adds an implementation update written by hand (or read from a document the
    /// importers do not know), after the updates of the same day.
    public func addUpdate(
        _ key: String, asOf: CalendarDate, text: String, symbol: String? = nil,
        paragraph: Int? = nil
    ) throws {
        let text = RecordText.line(text) ?? ""
        guard !text.isEmpty else { throw RapporteurError.invalid("the update's text is empty") }
        if let paragraph, paragraph < 1 {
            throw RapporteurError.invalid(
                "\(field: .paragraph, value: String(paragraph)): paragraphs are numbered from 1",
                value: String(paragraph), allowed: "a number from 1")
        }
        let canonical = try symbol.map(DocumentSymbol.canonical(typed:))
        let stamp = audit.now
        try write { db in
            let resolution = try Resolution.find(db, typed: key)
            let last =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT MAX(position) FROM implementationUpdate WHERE resolutionId = ? AND asOf = ? AND sourceKind = 'manual'
                        """, arguments: [resolution.id, asOf.iso]) ?? 0
            try Self.saveUpdate(
                resolution, asOf: asOf, position: last + 1, text: text, sourceKind: "manual",
                symbol: canonical, paragraph: paragraph, user: audit.user, stamp: stamp, db: db)
        }
    }
}
