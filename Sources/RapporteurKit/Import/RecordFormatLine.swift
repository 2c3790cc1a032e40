/// One line of the record format, told apart on its UTF-8 bytes: blank or comment, a
/// block's header (keyword and the rest), or a field (name and value). Only the parts
/// kept become Strings; reading every line as Swift Characters (grapheme breaking) was
/// most of the cost of reading a large record file.
///
/// The grammar's marks (indentation, "#", the space after a keyword, the colon after a
/// field name) are ASCII, and between ASCII bytes a byte is a Character. Next to a
/// non-ASCII scalar it may not be: "#" followed by a combining accent is one Character,
/// which is not "#". Such a line is `.characters`, for the reader to read as Characters
/// as it always did, so that every line reads the same either way.
enum RecordFormatLine {
    /// Blank, or a comment.
    case skip
    /// Not indented: "meeting PBA-56" gives ("meeting", "PBA-56"), both trimmed.
    case header(keyword: String, rest: String)
    /// Indented: "  body: PBA" gives ("body", "PBA"), both trimmed.
    case field(name: String, value: String)
    /// Indented, but with no colon or a space in its name: the line, trimmed of its indentation.
    case malformedField(String)
    /// A line whose marks touch non-ASCII text: read it as Characters.
    case characters

    /// `line` is one line without its "\n"; a trailing "\r" must already be dropped.
    init(_ line: UnsafeBufferPointer<UInt8>) {
        let end = line.count
        var start = 0
        while start < end, Self.isSpace(line[start]) { start += 1 }
        if start == end { self = .skip; return }
        // The first byte after the indentation must begin its own Character.
        if start > 0, line[start] >= 0x80 { self = .characters; return }
        if line[start] == UInt8(ascii: "#") {
            self = Self.isASCII(line, start + 1) ? .skip : .characters
            return
        }
        if start == 0 {
            guard let space = Self.firstIndex(of: UInt8(ascii: " "), in: line, from: 0, to: end),
                Self.allASCII(line, 0, space), Self.isASCII(line, space + 1)
            else {
                self = .characters
                return
            }
            self = .header(keyword: Self.trimmed(line, 0, space), rest: Self.trimmed(line, space + 1, end))
            return
        }
        guard let colon = Self.firstIndex(of: UInt8(ascii: ":"), in: line, from: start, to: end) else {
            // No colon byte, so no colon Character either.
            self = .malformedField(String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self))
            return
        }
        guard Self.allASCII(line, start, colon), Self.isASCII(line, colon + 1) else {
            self = .characters
            return
        }
        if Self.firstIndex(of: UInt8(ascii: " "), in: line, from: start, to: colon).map({ index in
            // A space inside the name, not one between the name and its colon.
            (index..<colon).contains { !Self.isSpace(line[$0]) }
        }) == true {
            self = .malformedField(String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self))
            return
        }
        self = .field(name: Self.trimmed(line, start, colon), value: Self.trimmed(line, colon + 1, end))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }

    /// True at the end of the line, or when the byte at `index` is ASCII.
    private static func isASCII(_ line: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index >= line.count || line[index] < 0x80
    }

    private static func allASCII(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        !line[from..<to].contains { $0 >= 0x80 }
    }

    private static func firstIndex(of byte: UInt8, in line: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        line[from..<to].firstIndex(of: byte)
    }

    /// The bytes from `from` to `to` as text, without the spaces and tabs at either end:
    /// what `trimmingSpaces()` gives, which also trims the Unicode space separators, so
    /// that trimming is left to it when non-ASCII text is at an end.
    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var first = from
        var last = to
        while first < last, isSpace(line[first]) { first += 1 }
        while last > first, isSpace(line[last - 1]) { last -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: line[first..<last]), as: UTF8.self)
        if first < last, line[first] >= 0x80 || line[last - 1] >= 0x80 { return text.trimmingSpaces() }
        return text
    }
}
