/// One way of spoiling an input. Each takes the bytes of a document and changes them
/// as a careless copy, a broken transfer or a hostile author might.
public enum FuzzMutation: String, CaseIterable, Sendable {
    case flipBits, setByte, truncate, deleteRange, duplicateRange
    case duplicateLine, deleteLine, swapLines, spliceLine, longLine, indentLine, unindentLine
    case invalidUTF8, nul, byteOrderMark, windowsLineEndings, oldMacLineEndings, removeLineEndings
    case changeNumber, changeDate, insertWord, insertUnicode, empty

    /// How often each is drawn, out of the sum: the line and number changes that reach
    /// deep into a reader more than those that a reader refuses at its first line.
    var weight: Int {
        switch self {
        case .empty, .removeLineEndings, .oldMacLineEndings: return 1
        case .byteOrderMark, .windowsLineEndings, .nul, .invalidUTF8, .truncate: return 2
        case .changeNumber, .insertWord, .duplicateLine, .spliceLine, .deleteLine: return 5
        default: return 3
        }
    }

    static let weighted: [FuzzMutation] = allCases.flatMap { Array(repeating: $0, count: $0.weight) }

    /// Inputs are kept under this size, so that a case stays a case and not a load test.
    static let maximumSize = 1 << 18

    /// Applies this mutation; `lines` are lines of every document, to splice in, and
    /// `words` words the reader knows.
    func apply(to bytes: inout [UInt8], random: inout FuzzRandom, lines others: [[UInt8]], words: [String]) {
        switch self {
        case .flipBits:
            guard !bytes.isEmpty else { return }
            for _ in 0..<random.int(1...8) { bytes[random.index(bytes.count)] ^= UInt8(1 << random.index(8)) }
        case .setByte:
            guard !bytes.isEmpty else { return }
            bytes[random.index(bytes.count)] = random.pick(Self.interestingBytes)
        case .truncate:
            bytes = Array(bytes.prefix(random.int(0...bytes.count)))
        case .deleteRange:
            guard !bytes.isEmpty else { return }
            let start = random.index(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + random.int(1...512)))
        case .duplicateRange:
            guard !bytes.isEmpty else { return }
            let start = random.index(bytes.count)
            let piece = bytes[start..<min(bytes.count, start + random.int(1...512))]
            bytes.insert(contentsOf: piece, at: random.int(0...bytes.count))
        case .duplicateLine:
            var lines = Self.lines(bytes)
            let index = random.index(lines.count)
            let copies = random.oneIn(4) ? random.int(2...200) : 1
            lines.insert(contentsOf: Array(repeating: lines[index], count: copies), at: index)
            bytes = Self.joined(lines)
        case .deleteLine:
            var lines = Self.lines(bytes)
            lines.remove(at: random.index(lines.count))
            bytes = Self.joined(lines)
        case .swapLines:
            var lines = Self.lines(bytes)
            lines.swapAt(random.index(lines.count), random.index(lines.count))
            bytes = Self.joined(lines)
        case .spliceLine:
            guard !others.isEmpty else { return }
            var lines = Self.lines(bytes)
            lines.insert(random.pick(others), at: random.int(0...lines.count))
            bytes = Self.joined(lines)
        case .longLine:
            var lines = Self.lines(bytes)
            let index = random.index(lines.count)
            let unit =
                lines[index].isEmpty || random.oneIn(3)
                ? Array(random.pick(["a", "1", " ", "é", "—", "1/", "(a)", "x "]).utf8) : lines[index]
            let length = random.pick([300, 5_000, 70_000])
            var long: [UInt8] = []
            while long.count < length { long += unit }
            lines[index] = random.oneIn(2) ? lines[index] + long : long
            bytes = Self.joined(lines)
        case .indentLine, .unindentLine:
            var lines = Self.lines(bytes)
            let index = random.index(lines.count)
            if self == .indentLine {
                lines[index] = Array(random.pick(["  ", "\t", "    ", " "]).utf8) + lines[index]
            } else {
                lines[index] = Array(lines[index].drop { $0 == 0x20 || $0 == 0x09 })
            }
            bytes = Self.joined(lines)
        case .invalidUTF8:
            bytes.insert(contentsOf: random.pick(Self.invalidSequences), at: random.int(0...bytes.count))
        case .nul:
            bytes.insert(0, at: random.int(0...bytes.count))
        case .byteOrderMark:
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: random.oneIn(2) ? 0 : random.int(0...bytes.count))
        case .windowsLineEndings:
            bytes = Self.replacingNewlines(bytes, with: [0x0D, 0x0A])
        case .oldMacLineEndings:
            bytes = Self.replacingNewlines(bytes, with: [0x0D])
        case .removeLineEndings:
            bytes = Self.replacingNewlines(bytes, with: [0x20])
        case .changeNumber:
            FuzzNumbers.changeNumber(in: &bytes, random: &random)
        case .changeDate:
            FuzzNumbers.changeDate(in: &bytes, random: &random)
        case .insertWord:
            guard !words.isEmpty else { return }
            insert(Array(random.pick(words).utf8), into: &bytes, random: &random)
        case .insertUnicode:
            insert(Array(random.pick(Self.unicode).utf8), into: &bytes, random: &random)
        case .empty:
            bytes = random.oneIn(2) ? [] : Array(random.pick(["\n", " ", "\r\n", "\u{FEFF}", "#", ":"]).utf8)
        }
        if bytes.count > Self.maximumSize { bytes.removeLast(bytes.count - Self.maximumSize) }
    }

    /// Puts `piece` at a random place: most often at the start of a line or after a
    /// space or a colon, where a reader looks.
    private func insert(_ piece: [UInt8], into bytes: inout [UInt8], random: inout FuzzRandom) {
        let boundaries = bytes.indices.filter { [0x0A, 0x20, 0x3A].contains(bytes[$0]) }.map { $0 + 1 }
        let at = !boundaries.isEmpty && !random.oneIn(4) ? random.pick(boundaries) : random.int(0...bytes.count)
        bytes.insert(contentsOf: piece, at: at)
    }

    static let interestingBytes: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x20, 0x23, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x39, 0x3A,
        0x25, 0x24, 0x4B, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xF0, 0xFF,
    ]

    /// Not UTF-8: a lone continuation byte, an overlong "/", a surrogate, a sequence
    /// cut short, bytes that never occur, a code point beyond U+10FFFF.
    static let invalidSequences: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xFE], [0xFF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3],
    ]

    /// Text that changes length when its case changes ("İ", "ß", "ﬁ"), joins or
    /// reorders ("\u{200D}", "\u{202E}"), combines with what comes before it, ends a
    /// line for some readers and not for others, or looks like a digit.
    static let unicode: [String] = [
        "İ", "ß", "ﬁ", "ǅ", "ŉ", "\u{0301}", "e\u{0301}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}",
        "\u{2028}", "\u{2029}", "\u{0085}", "\u{000B}", "\u{000C}", "\u{001B}[31m", "\u{0007}", "\t",
        "👩🏽‍💻", "🇰🇪", "ﷺ", "ع", "שלום", "中文", "١٢", "٣", "۳", "१", "¹", "²", "½", "Ⅻ", "１", "\u{00A0}",
        "\u{2212}", "–", "—", "…", "’", "\"", "**", "\\", "\u{0000}", "\r", "\r\n", " \n", "\n\n",
    ]

    /// The lines of `bytes` split at "\n" (at least one, maybe empty).
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    static func joined(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [0x0A]))
    }

    static func replacingNewlines(_ bytes: [UInt8], with ending: [UInt8]) -> [UInt8] {
        Array(lines(bytes).joined(separator: ending))
    }
}
