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
        let stamp = audit.now
        var result: Result<ImportReport, Error> = .success(ImportReport())
        try mappingDatabaseErrors {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    let importer = RecordImporter(db: db, user: audit.user, stamp: stamp)
                    do {
                        try importer.importRecords(meetings: meetings, records: records)
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
