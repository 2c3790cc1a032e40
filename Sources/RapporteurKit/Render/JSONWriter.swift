/// Pretty JSON written straight into UTF-8 bytes, for lists too long for Foundation's
/// `JSONEncoder` (encoding was over a third of `followup --json`).
///
/// The output is byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, which is what `--json`
/// has always printed: two-space indentation, `"key" : value`, an empty array or
/// object as `[\n\n]` / `{\n\n}` at the container's indentation, "/" left as is,
/// `\b \f \n \r \t \" \\` escaped by name and the other control characters as
/// `\u00xx`; everything else, non-ASCII included, passes through as UTF-8.
/// `JSONWriterTests` holds it to `JSONEncoder`'s output.
///
/// The writer does not sort: callers write keys in `JSONEncoder`'s sorted order, and
/// leave out nil optionals as synthesized `Codable` does (`encodeIfPresent`).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// For each open container, whether it has an element yet.
    private var filled: [Bool] = []
    /// A key was just written: its value follows on the same line.
    private var afterKey = false

    public init() {}

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An object member's key; its value is written next.
    public mutating func key(_ name: String) {
        startElement()
        appendString(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    // MARK: Values

    public mutating func string(_ value: String) {
        startElement()
        appendString(value)
    }

    public mutating func int(_ value: Int) {
        startElement()
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func bool(_ value: Bool) {
        startElement()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A number as `JSONEncoder` writes a `Double`: its shortest description, without a
    /// trailing ".0" for whole numbers.
    public mutating func double(_ value: Double) {
        startElement()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: Members (key and value); the optional ones write nothing for nil

    public mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func member(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func member(_ name: String, _ values: [String]) { key(name); strings(values) }
    public mutating func member(_ name: String, _ value: String?) { if let value { member(name, value) } }
    public mutating func member(_ name: String, _ value: Int?) { if let value { member(name, value) } }
    public mutating func member(_ name: String, _ value: Bool?) { if let value { member(name, value) } }
    public mutating func member(_ name: String, _ value: Double?) { if let value { key(name); double(value) } }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        startElement()
        bytes.append(bracket)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = filled.removeLast()
        // An empty container keeps a blank line between its brackets, as JSONEncoder writes it.
        if !hadElements { bytes.append(0x0A) }
        newline()
        bytes.append(bracket)
    }

    /// Before a value or key: a comma after the previous element, then a new line at the
    /// container's indentation; nothing for a value that follows its key.
    private mutating func startElement() {
        if afterKey {
            afterKey = false
            return
        }
        guard !filled.isEmpty else { return }
        if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
        filled[filled.count - 1] = true
        newline()
    }

    private mutating func newline() {
        bytes.append(0x0A)
        var width = 2 * filled.count
        // Copied from a row of spaces: appending one space at a time was a fifth of the writing.
        while width > 0 {
            let chunk = min(width, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<chunk])
            width -= chunk
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A quoted string, escaped per RFC 8259 as JSONEncoder escapes it. Runs of bytes
    /// that need no escape (nearly all of them) are copied in one go.
    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscaped(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte `appendString` cannot copy as is.
    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x00..<0x20:
            bytes.append(contentsOf: [
                0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)],
            ])
        default: bytes.append(byte)
        }
    }
}
