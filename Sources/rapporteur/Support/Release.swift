/// The program's version, as `rapporteur --version` prints it.
enum Release {
    static let version = "0.12.0"
}
