/// Record files read for an import, in two passes so that they are never held whole
/// however large they are: the first reads every line for its problems and keeps only
/// the meetings themselves (handle, body, dates); the second, during the import, reads
/// the files again and hands over each whole record in the same order.
public struct RecordFiles {
    public let files: [String]
    /// Each meeting of the files, without its agenda, decisions or record.
    public let meetings: [(file: String, record: RecordFile)]

    /// The first pass; every problem of every file comes out at once as an `ImportFailure`.
    public init(_ files: [String]) throws {
        var meetings: [(file: String, record: RecordFile)] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            diagnostics += try Self.read(file) { record in
                var meeting = record
                meeting.decisions = []
                meeting.agenda = []
                meeting.provisionalAgenda = nil
                meeting.entries = []
                meeting.commitments = []
                meetings.append((file, meeting))
            }
        }
        if !diagnostics.isEmpty { throw ImportFailure(diagnostics) }
        self.files = files
        self.meetings = meetings
    }

    /// The second pass: every whole record, file by file.
    public func eachRecord(_ each: (_ file: String, _ record: RecordFile) throws -> Void) throws {
        for file in files {
            _ = try Self.read(file) { try each(file, $0) }
        }
    }

    /// Reads a record file line by line, handing over each meeting as its block ends;
    /// returns the problems found.
    static func read(_ file: String, _ each: (RecordFile) throws -> Void) throws -> [Diagnostic] {
        var reader = RecordFormatReader(file: file)
        try TextFile.eachLine(ofFile: file) { line in
            if let record = reader.feed(utf8: line) { try each(record) }
        }
        if let record = reader.finish() { try each(record) }
        return reader.diagnostics
    }
}
