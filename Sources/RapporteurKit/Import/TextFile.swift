import Foundation

/// How every importer reads a file: whole as UTF-8 text, or line by line as UTF-8
/// bytes for the record format, which streams. One reader for the command line, the
/// fuzzer and any other caller, so that all of them read a file the same way.
public enum TextFile {
    /// A file's text, or an error naming the file when it is missing or not UTF-8.
    public static func text(ofFile file: String) throws -> String {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw unreadable(file) }
        return text
    }

    /// The lines of a file as UTF-8 bytes, handed over one at a time as it is read a
    /// megabyte at a time, so that a file of any size is never held whole. A byte-order
    /// mark at the start is dropped; a line ending "\r\n" (a file saved on Windows)
    /// keeps its "\r", which the record reader drops. Every line is checked to be UTF-8.
    public static func eachLine(ofFile file: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: file) else { throw unreadable(file) }
        defer { try? handle.close() }
        func emit(_ line: UnsafeBufferPointer<UInt8>) throws {
            guard isUTF8(line) else { throw unreadable(file) }
            try body(line)
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
            let consumed = try pending.withUnsafeBufferPointer { bytes -> Int in
                var start = 0
                while let newline = bytes[start...].firstIndex(of: 0x0A) {
                    try emit(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                    start = newline + 1
                }
                return start
            }
            pending.removeFirst(consumed)
        }
        try pending.withUnsafeBufferPointer { try emit($0) }
    }

    /// Whether bytes are UTF-8; ASCII, most of a record file, without building a String.
    private static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    private static func unreadable(_ file: String) -> RapporteurError {
        RapporteurError.invalid("cannot read \(file): it is missing or not UTF-8 text")
    }
}
