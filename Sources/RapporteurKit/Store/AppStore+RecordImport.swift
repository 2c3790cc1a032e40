import GRDB

extension AppStore {
    /// Stores record files: each meeting is added, or its record replaced when it
    /// exists (importing a file again updates, it does not duplicate). All or
    /// nothing: any error rolls everything back and comes out as diagnostics.
    /// A dry run checks everything and writes nothing.
    @discardableResult
    public func importRecords(_ files: [(file: String, record: RecordFile)], dryRun: Bool = false) throws
        -> ImportReport
    {
        try importRecords(
            meetings: files,
            records: { each in
                for (file, record) in files { try each(file, record) }
            }, dryRun: dryRun)
    }

    /// Hands each record of an import to the function it is given, in order.
    public typealias RecordPass = ((_ file: String, _ record: RecordFile) throws -> Void) throws -> Void

    /// Imports record files as read by `RecordFiles`, a meeting at a time.
    @discardableResult
    public func importRecords(_ files: RecordFiles, dryRun: Bool = false) throws -> ImportReport {
        try importRecords(meetings: files.meetings, records: files.eachRecord, dryRun: dryRun)
    }

    /// The same, for record files too large to hold in memory: `meetings` lists the
    /// records in order, of which only the meeting itself is used (its agenda,
    /// interventions, responses and commitments may be left out), and `records` reads
    /// the files again and hands over the whole records, in the same order, one at a time.
    @discardableResult
    public func importRecords(
        meetings: [(file: String, record: RecordFile)], records: RecordPass,
        dryRun: Bool = false
    ) throws -> ImportReport {
        try importing(dryRun: dryRun) { importer in
            try importer.importRecords(meetings: meetings, records: records)
        }
    }

    /// Adds one day of a session of several days (`record` holds that day alone) to the
    /// session `handle`, which must exist and be of the record's body. A day the session
    /// has already is refused unless `replace`, which replaces that day and no other:
    /// the other days' records, keys and links stay as they were (see
    /// `RecordImporter.importDay`). All or nothing, as `importRecords`.
    @discardableResult
    public func importDay(
        _ record: RecordFile, file: String, into handle: String, replace: Bool = false, dryRun: Bool = false
    ) throws -> ImportReport {
        try importing(dryRun: dryRun) { importer in
            _ = importer.attempt(file, record.days.first?.line ?? record.line) {
                try importer.importDay(record, file: file, into: handle, replace: replace)
            }
        }
    }

    /// Runs an import in one transaction: rolled back on any error diagnostic, and in a dry run.
    private func importing(dryRun: Bool, _ body: (RecordImporter) throws -> Void) throws -> ImportReport {
        let stamp = audit.now
        var result: Result<ImportReport, Error> = .success(ImportReport())
        try mappingDatabaseErrors {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    let importer = RecordImporter(db: db, user: audit.user, stamp: stamp)
                    do {
                        try body(importer)
                    } catch let error as DatabaseError {
                        result = .failure(database.failure.error(for: error))
                        return .rollback
                    }
                    if importer.diagnostics.contains(where: { $0.severity == .error }) {
                        result = .failure(ImportFailure(importer.diagnostics))
                        return .rollback
                    }
                    result = .success(importer.report)
                    return dryRun ? .rollback : .commit
                }
            }
        }
        return try result.get()
    }
}
