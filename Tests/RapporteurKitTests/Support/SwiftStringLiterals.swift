import Foundation

/// The string literals of a Swift source file, comments left out: each with the line
/// it starts on and its text, an interpolation standing as "…" so that no text is
/// joined across it. Enough of Swift's lexing for the library's own sources: line and
/// nested block comments, single-line, multi-line and raw strings, interpolations
/// holding strings of their own.
struct SwiftStringLiterals {
    struct Literal: CustomStringConvertible {
        let line: Int
        let text: String
        /// "line 3: text", its runs of white space as one space.
        var description: String { "line \(line): \(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))" }
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private(set) var literals: [Literal] = []

    static func of(_ source: String) -> [Literal] {
        var lexer = SwiftStringLiterals(scalars: Array(source.unicodeScalars))
        lexer.code(untilClosingParenthesis: false)
        return lexer.literals
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private func at(_ text: String) -> Bool {
        for (offset, scalar) in text.unicodeScalars.enumerated() where peek(offset) != scalar { return false }
        return true
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
    }

    /// Code up to the end of the file, or up to the `)` that closes an interpolation.
    private mutating func code(untilClosingParenthesis: Bool) {
        var depth = 0
        while let scalar = peek() {
            if at("//") {
                while let next = peek(), next != "\n" { advance() }
            } else if at("/*") {
                blockComment()
            } else if scalar == "#" || scalar == "\"" {
                var hashes = 0
                while peek(hashes) == "#" { hashes += 1 }
                if peek(hashes) == "\"" {
                    advance(hashes)
                    string(hashes: hashes)
                } else {
                    advance(max(hashes, 1))
                }
            } else if scalar == "(" {
                depth += 1
                advance()
            } else if scalar == ")" {
                if untilClosingParenthesis && depth == 0 { advance(); return }
                depth -= 1
                advance()
            } else {
                advance()
            }
        }
    }

    private mutating func blockComment() {
        var depth = 0
        while peek() != nil {
            if at("/*") {
                depth += 1; advance(2)
            } else if at("*/") {
                depth -= 1
                advance(2)
                if depth == 0 { return }
            } else {
                advance()
            }
        }
    }

    /// A string from its opening quote on; `hashes` is the number of `#` of a raw string.
    private mutating func string(hashes: Int) {
        let start = line
        let multiLine = at("\"\"\"")
        advance(multiLine ? 3 : 1)
        let closing = (multiLine ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var text = ""
        while let scalar = peek() {
            if at(closing) {
                advance(closing.unicodeScalars.count)
                break
            }
            if at(escape) {
                advance(escape.unicodeScalars.count)
                if peek() == "(" {
                    advance()
                    code(untilClosingParenthesis: true)
                    text += "…"
                } else if let escaped = peek() {
                    if escaped != "\n" { text.unicodeScalars.append(escaped == "n" ? "\n" : escaped) }
                    advance()
                }
                continue
            }
            text.unicodeScalars.append(scalar)
            advance()
        }
        literals.append(Literal(line: start, text: text))
    }
}
