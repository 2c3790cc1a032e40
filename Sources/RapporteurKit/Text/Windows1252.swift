/// Windows-1252, the code page Word and Notepad on Windows wrote "plain text" in before
/// UTF-8: ASCII, then 0x80–0x9F for curly quotes, dashes, the euro sign and a few
/// letters, and 0xA0–0xFF as in ISO 8859-1. Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
/// stand for nothing: a file holding one is not Windows-1252 text.
public enum Windows1252 {
    /// The characters of 0x80–0x9F, nil where the code page leaves the byte undefined.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The character a byte stands for, nil for the five undefined ones.
    public static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : Unicode.Scalar(byte)
    }

    /// The text of these bytes, or the offset of the first byte that is no character.
    public static func decode(_ bytes: [UInt8]) -> Result<String, UndefinedByte> {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            guard let scalar = scalar(byte) else { return .failure(UndefinedByte(byte: byte, offset: offset)) }
            scalars.append(scalar)
        }
        return .success(String(scalars))
    }

    public struct UndefinedByte: Error, Equatable, Sendable {
        public let byte: UInt8
        public let offset: Int
    }
}
