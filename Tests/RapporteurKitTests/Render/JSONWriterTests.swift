import Foundation
import Testing

@testable import RapporteurKit

/// `JSONWriter` must write what `JSONEncoder` wrote for `--json`, byte for byte.
@Suite struct JSONWriterTests {
    private struct Sample: Encodable {
        var text: String
        var number: Int
        var flag: Bool
        var fraction: Double?
        var missing: String?
        var list: [String]
        var empty: [String]
        var nested: [[String: String]]
    }

    private func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func written(_ sample: Sample) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("empty")
        writer.strings(sample.empty)
        writer.member("flag", sample.flag)
        writer.member("fraction", sample.fraction)
        writer.member("list", sample.list)
        writer.member("missing", sample.missing)
        writer.key("nested")
        writer.beginArray()
        for object in sample.nested {
            writer.beginObject()
            for key in object.keys.sorted() { writer.member(key, object[key]!) }
            writer.endObject()
        }
        writer.endArray()
        writer.member("number", sample.number)
        writer.member("text", sample.text)
        writer.endObject()
        return writer.text
    }

    static let awkwardStrings = [
        "", "plain", "quote \" and backslash \\", "slash / stays", "line\nbreak\rreturn\ttab",
        "\u{08}backspace\u{0C}form feed", "\u{00}\u{01}\u{1F} low controls", "\u{7F} delete",
        "Côte d’Ivoire, Türkiye, 中国, عربي", "emoji 🇰🇪 and combining e\u{301}", "\u{2028}line separator\u{2029}",
    ]

    @Test(arguments: awkwardStrings)
    func stringsAreEscapedAsJSONEncoderEscapesThem(text: String) throws {
        let sample = Sample(
            text: text, number: -42, flag: true, fraction: nil, missing: nil, list: [text, "b"],
            empty: [], nested: [[:], ["k": text, "a": "z"]])
        #expect(written(sample) == (try encoded(sample)))
    }

    @Test(arguments: [0.0, 1.0, 0.5, 0.85, 1e-7, 123456789.125, 1e21])
    func numbersAreWrittenAsJSONEncoderWritesThem(fraction: Double) throws {
        let sample = Sample(
            text: "x", number: Int.min, flag: false, fraction: fraction, missing: "here", list: [],
            empty: [], nested: [])
        #expect(written(sample) == (try encoded(sample)))
    }
}
