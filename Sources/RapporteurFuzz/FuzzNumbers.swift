/// Changes to the numbers of a document: paragraph, item and resolution numbers,
/// figures and dates are where readers convert text, and where they used to stop.
enum FuzzNumbers {
    /// What a run of digits becomes: zero, a neighbour, the edges of the integer
    /// types, a number with no type, digits of other scripts, fractions and signs.
    static let replacements: [String] = [
        "0", "00", "000", "-1", "+1", "1", "2", "9", "10", "26", "27", "99", "100", "999", "1000", "9999", "10000",
        "65536", "2147483647", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
        "18446744073709551615", "18446744073709551616", String(repeating: "9", count: 40),
        "١٢", "٣", "۳٤", "१२", "¹", "²³", "１２", "½", "1½", "٣٫٥", "1.5", "1,5", "1e9", "0x1F", "1_000", "-0", "",
    ]

    static func changeNumber(in bytes: inout [UInt8], random: inout FuzzRandom) {
        let runs = digitRuns(bytes)
        guard !runs.isEmpty else { return }
        let run = random.pick(runs)
        let original = String(decoding: bytes[run], as: UTF8.self)
        let replacement: String
        if random.oneIn(3), let value = Int(original) {
            // A neighbour: the next paragraph, the previous item.
            replacement = String(value &+ random.pick([-2, -1, 1, 2, 10]))
        } else if random.oneIn(6) {
            replacement = original + original
        } else {
            replacement = random.pick(replacements)
        }
        bytes.replaceSubrange(run, with: Array(replacement.utf8))
    }

    /// Dates a program may not compute with, and dates that do not exist.
    static let dates: [String] = [
        "0001-01-01", "0001-01-03", "0000-12-31", "1899-12-31", "1900-01-01", "2999-12-31", "3000-01-01",
        "9999-12-31", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-10-00", "2024-1-5",
        "10000-01-01", "-2024-10-16", "2024-10-16T10:00", "٢٠٢٤-١٠-١٦",
    ]

    /// Replaces a date ("2024-10-16") or a year ("2024") with one of `dates` or a year
    /// at the edge of the calendar.
    static func changeDate(in bytes: inout [UInt8], random: inout FuzzRandom) {
        let runs = digitRuns(bytes).filter { $0.count == 4 }
        guard !runs.isEmpty else { return }
        let run = random.pick(runs)
        let isDate =
            run.upperBound + 6 <= bytes.count && bytes[run.upperBound] == 0x2D
            && bytes[run.upperBound + 3] == 0x2D
        if isDate {
            bytes.replaceSubrange(run.lowerBound..<(run.upperBound + 6), with: Array(random.pick(dates).utf8))
        } else {
            bytes.replaceSubrange(run, with: Array(random.pick(["0001", "0000", "1899", "3000", "9999", "٢٠٢٤"]).utf8))
        }
    }

    /// The ranges of the runs of ASCII digits.
    static func digitRuns(_ bytes: [UInt8]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            let digit = (0x30...0x39).contains(byte)
            if digit, start == nil { start = index }
            if !digit, let first = start {
                runs.append(first..<index)
                start = nil
            }
        }
        if let first = start { runs.append(first..<bytes.count) }
        return runs
    }
}
