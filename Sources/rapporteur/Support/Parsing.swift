import Foundation
import RapporteurKit

/// Turns typed values into kit values, with the kit's messages on failure.
enum Parsing {
    static func date(_ text: String, flag: String) throws -> CalendarDate {
        do {
            return try CalendarDate.parse(text)
        } catch let error as TextError {
            throw RapporteurError.invalid("--\(flag): \(error.message)")
        }
    }

    static func time(_ text: String, flag: String) throws -> ClockTime {
        do {
            return try ClockTime.parse(text)
        } catch let error as TextError {
            throw RapporteurError.invalid("--\(flag): \(error.message)")
        }
    }

    /// A file's text, or an error naming the file when it is missing or not UTF-8.
    static func text(ofFile file: String) throws -> String {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw unreadable(file) }
        return text
    }

    /// The lines of a file, handed over one at a time as it is read a megabyte at a
    /// time, so that a file of any size is never held whole. A byte-order mark at the
    /// start is dropped; a line ending "\r\n" (a file saved on Windows) keeps its "\r",
    /// which the record reader drops.
    static func eachLine(ofFile file: String, _ body: (Substring) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: file) else { throw unreadable(file) }
        defer { try? handle.close() }
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            guard let line = String(validating: bytes, as: UTF8.self) else { throw unreadable(file) }
            try body(line[...])
        }
        var pending: [UInt8] = []
        var atStart = true
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch { throw unreadable(file) }
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            if atStart, pending.count >= 3 {
                if pending[0] == 0xEF, pending[1] == 0xBB, pending[2] == 0xBF { pending.removeFirst(3) }
                atStart = false
            }
            var start = 0
            for index in pending.indices where pending[index] == 0x0A {
                try emit(pending[start..<index])
                start = index + 1
            }
            pending.removeFirst(start)
        }
        try emit(pending[...])
    }

    private static func unreadable(_ file: String) -> RapporteurError {
        RapporteurError.invalid("cannot read \(file): it is missing or not UTF-8 text")
    }
}
