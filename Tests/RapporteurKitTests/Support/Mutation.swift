/// Mutations for fuzzing smoke tests: the text cut short, a few random bytes changed,
/// or its lines shuffled, in turn by round.
enum Mutation {
    static func mutate(_ text: String, round: Int, bytes changed: Int, using random: inout SeededRandom) -> String {
        switch round % 3 {
        case 0:
            return String(text.prefix(Int(random.next() % UInt64(text.count))))
        case 1:
            var bytes = Array(text.utf8)
            for _ in 0..<changed { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(random.next() % 256) }
            return String(decoding: bytes, as: UTF8.self)
        default:
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in lines.indices.reversed() where index > 0 {
                lines.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            return lines.joined(separator: "\n")
        }
    }
}
