/// The pieces of WordprocessingML the Word writer builds its parts from: escaped text,
/// runs and paragraphs. Text goes in as it is, escaped here and nowhere else.
enum WordXML {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The namespaces every part of the document body, header, footer and footnotes declares.
    static let namespaces = #"xmlns:w="\#(main)" xmlns:r="\#(relationships)""#

    /// `text` safe as XML character data or an attribute value: the five markup characters
    /// escaped, and the control characters XML 1.0 forbids left out.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// How a run of text is set.
    struct RunStyle: Hashable {
        var bold = false
        var italic = false
        /// A character style by its identifier ("FootnoteReference").
        var characterStyle: String?

        static let plain = RunStyle()
        static let bold = RunStyle(bold: true)
        static let italic = RunStyle(italic: true)

        var properties: String {
            var inner = ""
            if let characterStyle { inner += #"<w:rStyle w:val="\#(escape(characterStyle))"/>"# }
            if bold { inner += "<w:b/><w:bCs/>" }
            if italic { inner += "<w:i/><w:iCs/>" }
            return inner.isEmpty ? "" : "<w:rPr>\(inner)</w:rPr>"
        }
    }

    /// One or more runs for `text`: a tab becomes `<w:tab/>`, a line break `<w:br/>`,
    /// and spaces at either end are kept.
    static func runs(_ text: String, _ style: RunStyle = .plain) -> String {
        var content = ""
        var pending = ""
        func flush() {
            guard !pending.isEmpty else { return }
            content += #"<w:t xml:space="preserve">\#(escape(pending))</w:t>"#
            pending = ""
        }
        for character in text {
            switch character {
            case "\t":
                flush()
                content += "<w:tab/>"
            case "\n", "\r\n", "\r":
                flush()
                content += "<w:br/>"
            default:
                pending.append(character)
            }
        }
        flush()
        return content.isEmpty ? "" : "<w:r>\(style.properties)\(content)</w:r>"
    }

    /// A paragraph in the paragraph style `style` (nil: the default paragraph style),
    /// with further paragraph properties `properties` (already XML) and its runs.
    static func paragraph(style: String?, properties: String = "", _ runs: String) -> String {
        let styleElement = style.map { #"<w:pStyle w:val="\#(escape($0))"/>"# } ?? ""
        let pPr = styleElement.isEmpty && properties.isEmpty ? "" : "<w:pPr>\(styleElement)\(properties)</w:pPr>"
        return "<w:p>\(pPr)\(runs)</w:p>"
    }

    /// A whole part: the declaration, then `root` opened with the usual namespaces around `content`.
    static func part(_ root: String, _ content: String) -> String {
        "\(declaration)\n<\(root) \(namespaces)>\(content)</\(root)>"
    }
}
