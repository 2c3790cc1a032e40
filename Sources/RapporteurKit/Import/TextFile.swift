import Foundation

/// How every importer reads a file: whole as text in whatever encoding it was saved in,
/// or line by line as UTF-8 bytes for the record format, which streams. One reader for
/// the command line, the fuzzer and any other caller, so that all of them read a file
/// the same way.
public enum TextFile {
    /// A file's text. A Word document (.docx) and a PDF, known by their first bytes
    /// whatever the file's name, are read as the text they show (`DocxText`, `PDFText`).
    /// Valid UTF-8 is read as such (a byte-order mark dropped); a UTF-32 or UTF-16
    /// byte-order mark says its encoding; anything else is read as Windows-1252, which
    /// Word and Notepad wrote before UTF-8, with a note saying so and naming the first
    /// byte that is not UTF-8. A NUL, or a byte Windows-1252 leaves undefined, is no
    /// text: refused with its offset and line. `encoding` forces one.
    public static func decoded(ofFile file: String, encoding: TextEncoding? = nil) throws -> DecodedText {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw RapporteurError.invalid("cannot read \(file): it is missing or unreadable")
        }
        if encoding == nil, data.starts(with: zipSignature) {
            return DecodedText(text: try DocxText.text(of: data, file: file), encoding: .utf8, note: nil)
        }
        if encoding == nil, data.starts(with: pdfSignature) {
            return DecodedText(text: try PDFText.text(ofFile: file), encoding: .utf8, note: nil)
        }
        return try decode(Array(data), file: file, encoding: encoding)
    }

    /// "PK\u{3}\u{4}": a zip, as every .docx is.
    private static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    /// "%PDF-".
    private static let pdfSignature: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D]

    /// `decoded(ofFile:)`'s text alone, for callers with no one to show the note to.
    public static func text(ofFile file: String) throws -> String {
        try decoded(ofFile: file).text
    }

    /// The reading of `decoded(ofFile:)`, on bytes already read.
    public static func decode(_ bytes: [UInt8], file: String, encoding forced: TextEncoding? = nil) throws
        -> DecodedText
    {
        if let forced {
            let mark = forced.byteOrderMark
            let body = !mark.isEmpty && bytes.starts(with: mark) ? Array(bytes.dropFirst(mark.count)) : bytes
            guard let text = decode(body, as: forced) else {
                let name = forced.displayName
                throw RapporteurError.invalid(
                    "\(file) is not \(name) text: \(field: .encoding) must name the one it is in, or be left out for it to be found"
                )
            }
            return DecodedText(text: text, encoding: forced, note: nil)
        }
        // UTF-32's little-endian mark begins as UTF-16's does: it is looked for first.
        for encoding in [TextEncoding.utf32LittleEndian, .utf32BigEndian, .utf8, .utf16LittleEndian, .utf16BigEndian]
        where bytes.starts(with: encoding.byteOrderMark) {
            guard let text = decode(Array(bytes.dropFirst(encoding.byteOrderMark.count)), as: encoding) else {
                let name = encoding.displayName
                throw RapporteurError.invalid(
                    "\(file) starts with the byte-order mark of \(name) but is not \(name) text; save it again as UTF-8, or give \(field: .encoding)"
                )
            }
            return DecodedText(text: text, encoding: encoding, note: nil)
        }
        // A NUL is in no text: a Word or PDF file, or UTF-16 saved without its mark.
        if let nul = bytes.firstIndex(of: 0) {
            let place = "offset \(nul) (line \(line(of: nul, in: bytes)))"
            throw RapporteurError.invalid(
                "\(file) holds a NUL byte at \(place), so it is not text: save it as UTF-8 text, or if it is UTF-16 without a byte-order mark give \(field: .encoding, value: "utf-16le") (or utf-16be)"
            )
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, note: nil)
        }
        let notUTF8 = place(of: firstByteNotUTF8(in: bytes), in: bytes)
        switch Windows1252.decode(bytes) {
        case .success(let text):
            return DecodedText(
                text: text, encoding: .windows1252,
                note:
                    "\(file): read as Windows-1252, since it is not UTF-8 (\(notUTF8)); give \(field: .encoding) if it is in another"
            )
        case .failure(let undefined):
            let stray = place(of: undefined.offset, in: bytes)
            throw RapporteurError.invalid(
                "\(file) is not UTF-8 (\(notUTF8)) nor Windows-1252 (\(stray), stands for no character there): save it as UTF-8 text, or give \(field: .encoding)"
            )
        }
    }

    /// "byte 0xE9 at offset 13, line 2".
    private static func place(of offset: Int, in bytes: [UInt8]) -> String {
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset), line \(line(of: offset, in: bytes))"
    }

    private static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> String? {
        switch encoding {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            guard bytes.count % 2 == 0 else { return nil }
            let units = stride(from: 0, to: bytes.count, by: 2).map { index -> UInt16 in
                let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                return encoding == .utf16LittleEndian ? first | second << 8 : first << 8 | second
            }
            return String(validating: units, as: UTF16.self)
        case .utf32LittleEndian, .utf32BigEndian:
            guard bytes.count % 4 == 0 else { return nil }
            let units = stride(from: 0, to: bytes.count, by: 4).map { index -> UInt32 in
                let four = bytes[index..<index + 4].map(UInt32.init)
                return encoding == .utf32LittleEndian
                    ? four[0] | four[1] << 8 | four[2] << 16 | four[3] << 24
                    : four[0] << 24 | four[1] << 16 | four[2] << 8 | four[3]
            }
            return String(validating: units, as: UTF32.self)
        case .windows1252:
            return try? Windows1252.decode(bytes).get()
        }
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    private static func firstByteNotUTF8(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return min(offset, bytes.count - 1)
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
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
