import GRDB

extension AppStore {
    /// Stores one implementation update with the operative paragraphs its text cites
    /// (those of this resolution, or of no resolution named), and its footnotes.
    static func saveUpdate(
        _ resolution: Resolution, asOf: CalendarDate, position: Int, text: String,
        sourceKind: String, symbol: String? = nil, paragraph: Int? = nil,
        footnotes: [ImplementationFootnote] = [], user: String, stamp: String, db: Database
    ) throws {
        let cited = ReferenceScanner.scan(text).paragraphs
            .filter { $0.resolution == nil || $0.resolution == resolution.key }.map(\.paragraph)
        try insertUpdate(
            column: "resolutionId", id: resolution.id, asOf: asOf, position: position, text: text, cited: cited,
            sourceKind: sourceKind, symbol: symbol, paragraph: paragraph, footnotes: footnotes, user: user,
            stamp: stamp, db: db)
    }

    /// Stores one implementation update of a decision, and its footnotes. It cites no
    /// operative paragraph: a paragraph the text names without its resolution is as
    /// likely another decision's ("paragraph 5 of decision 2020/6") as this one's.
    static func saveUpdate(
        _ decision: Decision, asOf: CalendarDate, position: Int, text: String,
        sourceKind: String, symbol: String? = nil, paragraph: Int? = nil,
        footnotes: [ImplementationFootnote] = [], user: String, stamp: String, db: Database
    ) throws {
        try insertUpdate(
            column: "decisionId", id: decision.id, asOf: asOf, position: position, text: text, cited: [],
            sourceKind: sourceKind, symbol: symbol, paragraph: paragraph, footnotes: footnotes, user: user,
            stamp: stamp, db: db)
    }

    /// `column`: "resolutionId" or "decisionId", the one the update belongs to.
    private static func insertUpdate(
        column: String, id: Int64?, asOf: CalendarDate, position: Int, text: String, cited: [String],
        sourceKind: String, symbol: String?, paragraph: Int?, footnotes: [ImplementationFootnote],
        user: String, stamp: String, db: Database
    ) throws {
        try StoredText.check(text, field: "implementationUpdate.text")
        try symbol.map { try StoredText.check($0, field: "implementationUpdate.sourceSymbol") }
        for footnote in footnotes {
            try StoredText.check(footnote.mark, field: "implementationFootnote.mark")
            try StoredText.check(footnote.text, field: "implementationFootnote.text")
        }
        try db.execute(
            sql: """
                INSERT INTO implementationUpdate (\(column), asOf, position, text, paragraphs, sourceKind,
                    sourceSymbol, sourceParagraph, createdBy, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, asOf.iso, position, text, cited.joined(separator: ","), sourceKind,
                symbol, paragraph, user, stamp,
            ])
        let updateId = db.lastInsertedRowID
        for (index, footnote) in footnotes.enumerated() {
            try db.execute(
                sql: "INSERT INTO implementationFootnote (updateId, position, mark, text) VALUES (?, ?, ?, ?)",
                arguments: [updateId, index + 1, footnote.mark, footnote.text])
        }
    }

    /// The updates of one resolution or decision (`column` = `id`), newest first, each
    /// with its source and its footnotes.
    static func updates(_ db: Database, column: String, id: Int64?) throws -> [ImplementationUpdate] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, asOf, text, paragraphs, sourceKind, sourceSymbol, sourceParagraph FROM implementationUpdate
                WHERE \(column) = ? ORDER BY asOf DESC, sourceKind, position
                """, arguments: [id])
        var footnotes: [Int64: [ImplementationFootnote]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT f.updateId, f.mark, f.text FROM implementationFootnote f
                JOIN implementationUpdate u ON u.id = f.updateId WHERE u.\(column) = ? ORDER BY f.updateId, f.position
                """, arguments: [id])
        {
            footnotes[row["updateId"], default: []].append(ImplementationFootnote(mark: row["mark"], text: row["text"]))
        }
        return rows.map { row in
            ImplementationUpdate(
                asOf: CalendarDate.fromDatabaseValue(row["asOf"])!, text: row["text"],
                paragraphs: (row["paragraphs"] as String).split(separator: ",").map(String.init),
                source: row["sourceKind"], symbol: row["sourceSymbol"], paragraph: row["sourceParagraph"],
                footnotes: footnotes[row["id"]] ?? [])
        }
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
