import Foundation
import Testing

@testable import RapporteurKit

/// How a document's bytes become text: what the file says of its encoding, else UTF-8,
/// else Windows-1252 with a note; what is no text is refused where it stops being text.
@Suite struct TextFileEncodingTests {
    private let sentence = "Côte d’Ivoire asked about item 2 – “adequate housing”\nand the €40,000 pledge.\n"

    private func read(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> DecodedText {
        try TextFile.decode(bytes, file: "day2.txt", encoding: encoding)
    }

    @Test func utf8IsReadAsItIsAndItsMarkDropped() throws {
        let plain = try read(Array(sentence.utf8))
        #expect(plain == DecodedText(text: sentence, encoding: .utf8, note: nil))
        let marked = try read([0xEF, 0xBB, 0xBF] + Array(sentence.utf8))
        #expect(marked.text == sentence)
    }

    @Test(arguments: [TextEncoding.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian])
    func aByteOrderMarkSaysTheEncoding(encoding: TextEncoding) throws {
        let units: [UInt8]
        switch encoding {
        case .utf16LittleEndian: units = sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BigEndian: units = sentence.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .utf32LittleEndian:
            units = sentence.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
            }
        default:
            units = sentence.unicodeScalars.flatMap { scalar in
                (0..<4).reversed().map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
            }
        }
        let read = try read(encoding.byteOrderMark + units)
        #expect(read == DecodedText(text: sentence, encoding: encoding, note: nil))
    }

    @Test func anythingElseIsWindows1252AndTheNoteSaysWhere() throws {
        // "Côte d’Ivoire – item 2" as Word saved it in Windows-1252.
        let bytes: [UInt8] =
            Array("line one\nC".utf8) + [0xF4] + Array("te d".utf8) + [0x92] + Array("Ivoire ".utf8)
            + [0x96] + Array(" item 2 ".utf8) + [0x80]
        let read = try read(bytes)
        #expect(read.text == "line one\nCôte d’Ivoire – item 2 €")
        #expect(read.encoding == .windows1252)
        #expect(
            read.note?.description
                == "day2.txt: read as Windows-1252, since it is not UTF-8 (byte 0xF4 at offset 10, line 2); give the encoding if it is in another"
        )
    }

    @Test func aByteWindows1252LeavesUndefinedIsRefusedWithItsPlace() throws {
        let bytes: [UInt8] = Array("first\nsecond ".utf8) + [0xE9, 0x20, 0x81]
        let error = #expect(throws: RapporteurError.self) { try read(bytes) }
        #expect(
            error?.message
                == "day2.txt is not UTF-8 (byte 0xE9 at offset 13, line 2) nor Windows-1252 (byte 0x81 at offset 15, line 2, stands for no character there): save it as UTF-8 text, or give the encoding"
        )
        #expect(error?.kind == .invalidInput)
    }

    @Test func aNULIsNoText() throws {
        let error = #expect(throws: RapporteurError.self) { try read(Array("ab\ncd".utf8) + [0x00, 0x41]) }
        #expect(error?.message.hasPrefix("day2.txt holds a NUL byte at offset 5 (line 2), so it is not text") == true)
    }

    @Test func aForcedEncodingIsObeyedAndRefusedWhenWrong() throws {
        // "é" in UTF-8, read as Windows-1252 because the user says so.
        #expect(try read([0xC3, 0xA9], encoding: .windows1252).text == "Ã©")
        let odd = #expect(throws: RapporteurError.self) { try read([0x41, 0x00, 0x42], encoding: .utf16LittleEndian) }
        #expect(
            odd?.message
                == "day2.txt is not UTF-16 (little-endian) text: the encoding must name the one it is in, or be left out for it to be found"
        )
        let badMark = #expect(throws: RapporteurError.self) { try read([0xFE, 0xFF, 0xD8, 0x00]) }
        #expect(badMark?.message.hasPrefix("day2.txt starts with the byte-order mark of UTF-16 (big-endian)") == true)
    }

    @Test(arguments: [
        ("UTF-8", TextEncoding.utf8), ("utf16", .utf16LittleEndian), ("UTF-16BE", .utf16BigEndian),
        ("utf_32", .utf32LittleEndian), ("cp1252", .windows1252), ("Windows-1252", .windows1252),
    ])
    func encodingNamesAsTyped(typed: String, encoding: TextEncoding) {
        #expect(TextEncoding(typed: typed) == encoding)
    }

    @Test func anUnknownEncodingNameIsNone() {
        #expect(TextEncoding(typed: "latin-9") == nil)
    }
}
