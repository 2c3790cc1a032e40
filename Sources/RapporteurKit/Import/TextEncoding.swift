import Foundation

/// The encodings a text file may be read in. Without a choice, `TextFile` reads UTF-8,
/// then a UTF-16 or UTF-32 byte-order mark, then Windows-1252, saying so.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case utf32LittleEndian = "utf-32le"
    case utf32BigEndian = "utf-32be"
    case windows1252 = "windows-1252"

    /// "UTF-8", "UTF-16 (little-endian)", "Windows-1252", as a message names it.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16 (little-endian)"
        case .utf16BigEndian: "UTF-16 (big-endian)"
        case .utf32LittleEndian: "UTF-32 (little-endian)"
        case .utf32BigEndian: "UTF-32 (big-endian)"
        case .windows1252: "Windows-1252"
        }
    }

    /// The name typed on the command line, any case, with or without the hyphen;
    /// "utf-16" and "utf-32" alone are little-endian (as Windows writes them), "cp1252"
    /// is Windows-1252. Nil for any other.
    public init?(typed: String) {
        let folded = typed.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        switch folded {
        case "utf8": self = .utf8
        case "utf16", "utf16le": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "utf32", "utf32le": self = .utf32LittleEndian
        case "utf32be": self = .utf32BigEndian
        case "windows1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }

    /// The byte-order mark that opens a file in this encoding, if it has one.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .utf32LittleEndian: [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BigEndian: [0x00, 0x00, 0xFE, 0xFF]
        case .windows1252: []
        }
    }
}
