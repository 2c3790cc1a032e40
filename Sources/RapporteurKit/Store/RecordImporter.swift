import Foundation
import GRDB

/// Stores record files in one transaction. Problems become diagnostics with their file
/// and line; the caller throws them all at the end, which rolls everything back.
/// Meetings are created first, then their records, then answers and closures, so that
/// files may refer to each other in any order.
final class RecordImporter {
    let db: Database
    let user: String
    let stamp: String
    private(set) var diagnostics: [Diagnostic] = []
    var report = ImportReport()
    var parties: [String: Party] = [:]
    // Lookups repeated for every record of a corpus, done once each. Nothing the import
    // writes changes them: resolutions are never created here, decisions only before
    // the records that refer to them, and asks are all in before any answer is linked.
    var resolutionIds: [String: Int64] = [:]
    var decisionIds: [String: Int64] = [:]
    /// By meeting as typed ("PBA-55"): its handle as stored, and its asks' ids by key.
    var askIdsByMeeting: [String: (handle: String, asks: [String: Int64])] = [:]
    var meetingStartDates: [Int64: String] = [:]

    init(db: Database, user: String, stamp: String) {
        self.db = db
        self.user = user
        self.stamp = stamp
    }

    /// Runs `body`; a RapporteurError becomes an error diagnostic at `line`.
    func attempt<T>(_ file: String, _ line: Int, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            diagnostics.append(Diagnostic(file: file, line: line, error: error))
        }
        return nil
    }

    func party(_ typed: String) throws -> Party {
        if let known = parties[typed] { return known }
        let party = try Party.findOrInsert(db, typed: typed)
        parties[typed] = party
        return party
    }

    /// `meetings` are the records in order, of which only the meeting itself (handle,
    /// body, dates…) is read; `records` hands over the same records, whole, one at a
    /// time, so that a corpus need never be held in memory all at once.
    func importRecords(meetings: [(file: String, record: RecordFile)], records: AppStore.RecordPass) throws {
        // A meeting that cannot be prepared is reported and left out; the others go on,
        // so that every problem is found in one run.
        var prepared: [(handle: String, meetingId: Int64?)] = []
        var external = ExternalLinks()
        for (file, record) in meetings {
            let meeting = attempt(file, record.line) { try prepareMeeting(record) }
            prepared.append((record.handle, meeting?.0.id))
            if let links = meeting?.1 {
                external.answers += links.answers
                external.supersessions += links.supersessions
            }
        }
        var pending: [PendingAnswers] = []
        var index = 0
        try records { file, record in
            guard index < prepared.count, prepared[index].handle == record.handle else {
                throw RapporteurError.failure("\(file) changed while it was being imported; nothing was stored")
            }
            defer { index += 1 }
            guard let meetingId = prepared[index].meetingId else { return }
            if let answers = try storeContent(record, file: file, meetingId: meetingId) { pending.append(answers) }
        }
        guard index == prepared.count else {
            throw RapporteurError.failure("the record files changed while they were being imported; nothing was stored")
        }
        // Answers first, then those of other meetings, and only then the asks closed by
        // hand: a closed ask takes no answer, but may have had some before it closed.
        for answers in pending { linkAnswers(answers) }
        try relink(external)
        for answers in pending { applyClosures(answers) }
    }
}
