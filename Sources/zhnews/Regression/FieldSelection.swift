import Foundation

/// Which record fields a comparison looks at: `--fields title,published,bylines` (only these)
/// and `--ignore warnings` (all but these).
struct FieldSelection: Sendable, Equatable {
    /// The only fields compared, when given.
    var only: Set<String>?
    /// Fields never compared.
    var ignored: Set<String> = []

    /// Every field.
    static let all = FieldSelection(only: nil)

    /// The keys of records and error records (`docs/SCHEMA.md`), for checking option values.
    static let knownFields: [String] = [
        "schema", "id", "input", "title", "kicker", "subtitle", "published", "outlet", "bylines", "script",
        "text", "dates", "places", "figures", "warnings", "error",
    ]

    /// Reads the option values (comma-separated lists); throws a message naming an unknown field.
    init(fields: String?, ignore: String?) throws {
        func parse(_ list: String) throws -> Set<String> {
            let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for name in names where !Self.knownFields.contains(name) {
                throw FieldSelectionError(description: "unknown field \"\(name)\"; fields are \(Self.knownFields.joined(separator: ", "))")
            }
            return Set(names)
        }
        only = try fields.map(parse)
        ignored = try ignore.map(parse) ?? []
    }

    init(only: Set<String>?, ignored: Set<String> = []) {
        self.only = only
        self.ignored = ignored
    }

    /// Whether `field` is compared.
    func includes(_ field: String) -> Bool {
        !ignored.contains(field) && (only?.contains(field) ?? true)
    }
}

/// An unknown field name in `--fields` or `--ignore`.
struct FieldSelectionError: Error, CustomStringConvertible {
    var description: String
}
