import Foundation

extension BriefingParser {
    /// A piece of a line between runs of two or more spaces, with the column it starts at.
    struct Cell {
        var column: Int
        var text: String
    }

    static func cells(_ line: String) -> [Cell] {
        var cells: [Cell] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (column, character) in line.replacingOccurrences(of: "\t", with: "    ").enumerated() {
            if character == " " {
                spaces += 1
                if spaces >= 2, !current.isEmpty {
                    cells.append(Cell(column: start, text: current))
                    current = ""
                }
                continue
            }
            if current.isEmpty {
                start = column
            } else if spaces == 1 {
                current += " "
            }
            spaces = 0
            current.append(character)
        }
        if !current.isEmpty { cells.append(Cell(column: start, text: current)) }
        return cells
    }
}
