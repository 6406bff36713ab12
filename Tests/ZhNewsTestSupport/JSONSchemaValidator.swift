import Foundation

// A strict JSON parser and a validator for the subset of JSON Schema (2020-12) that
// docs/record.schema.json uses. No package dependencies: the invariant tests check every line the
// binary writes against the published schema with these.

/// A JSON value as written: object members keep their order (the record's key order is part of
/// the contract), and numbers keep whether they were written as integers.
package indirect enum JSONValue: CustomStringConvertible, Sendable {
    case null
    case bool(Bool)
    /// `text` is the number as written (`12`, `1.5e3`).
    case number(Double, text: String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The member `key` of an object, if any.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    package var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    package var numberValue: Double? {
        if case .number(let value, _) = self { return value }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The keys of an object, in order (empty for other values).
    package var keys: [String] {
        if case .object(let members) = self { return members.map(\.key) }
        return []
    }

    /// The JSON type name as JSON Schema spells it (`integer` for integral numbers).
    package var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let value, _): value.rounded() == value && value.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// JSON Schema equality: numbers by value, objects regardless of member order.
    package func isEqual(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a, _), .number(let b, _)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { member in other[member.key].map { member.value.isEqual(to: $0) } ?? false }
        default: return false
        }
    }

    package var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(_, let text): return text
        case .string(let value): return "\"\(value)\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
        }
    }
}

package struct JSONMember: Sendable {
    package var key: String
    package var value: JSONValue
}

/// A strict RFC 8259 parser: one value, nothing but white space around it, valid UTF-8, no
/// duplicate keys, no lone surrogates, no leading zeros, no control characters in strings.
package struct JSONParser {
    package struct Failure: Error, CustomStringConvertible {
        package var message: String
        package var offset: Int
        package var description: String { "invalid JSON at byte \(offset): \(message)" }
    }

    private let bytes: [UInt8]
    private var index = 0
    private static let maxDepth = 256

    package static func parse(_ text: String) throws -> JSONValue {
        try parse(Array(text.utf8))
    }

    package static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw Failure(message: "not valid UTF-8", offset: 0) }
        var parser = JSONParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.failure("unexpected bytes after the value") }
        return value
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, offset: index)
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw failure("expected \(literal)")
        }
        index += expected.count
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < Self.maxDepth else { throw failure("nested too deeply") }
        guard index < bytes.count else { throw failure("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["):
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw failure("unterminated array") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                throw failure("expected , or ]")
            }
        case UInt8(ascii: "{"):
            index += 1
            var members: [JSONMember] = []
            var seen: Set<String> = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try string()
                guard seen.insert(key).inserted else { throw failure("duplicate key \"\(key)\"") }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected :") }
                index += 1
                skipSpace()
                members.append(JSONMember(key: key, value: try value(depth: depth + 1)))
                skipSpace()
                guard index < bytes.count else { throw failure("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                throw failure("expected , or }")
            }
        default:
            return try number()
        }
    }

    private mutating func number() throws -> JSONValue {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else { throw failure("expected a value") }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { throw failure("leading zero") }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("expected digits after .") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("expected exponent digits") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw failure("number out of range: \(text)") }
        return .number(value, text: text)
    }

    private mutating func string() throws -> String {
        index += 1  // the opening quote
        var scalars = String.UnicodeScalarView()
        var run = index  // start of the current unescaped run
        func flushRun(_ parser: JSONParser, upTo end: Int) {
            scalars.append(contentsOf: String(decoding: parser.bytes[run..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard index < bytes.count else { throw failure("unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun(self, upTo: index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw failure("unescaped control character 0x\(String(byte, radix: 16)) in a string") }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            flushRun(self, upTo: index)
            index += 1
            guard index < bytes.count else { throw failure("unterminated escape") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var unit = try hex4()
                if (0xD800..<0xDC00).contains(unit) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw failure("lone high surrogate")
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw failure("bad low surrogate") }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(unit) {
                    throw failure("lone low surrogate")
                }
                guard let scalar = Unicode.Scalar(unit) else { throw failure("bad \\u escape") }
                scalars.append(scalar)
            default:
                throw failure("bad escape \\\(Character(Unicode.Scalar(escape)))")
            }
            run = index
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("short \\u escape") }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw failure("bad hex digit in \\u escape")
            }
            value = value * 16 + digit
        }
        index += 4
        return value
    }
}

/// Validates JSON values against a JSON Schema, for the keywords docs/record.schema.json uses:
/// `$ref` (local `#/$defs/…`), `oneOf`, `anyOf`, `allOf`, `type`, `enum`, `const`, `required`,
/// `properties`, `additionalProperties`, `items`, `minimum`, `maximum`, `minLength`, `maxLength`,
/// `pattern`. A schema with any other keyword is refused when the validator is made, so a schema
/// change that the validator does not understand fails loudly instead of passing everything.
package struct JSONSchemaValidator: @unchecked Sendable {
    package struct UnsupportedSchema: Error, CustomStringConvertible {
        package var description: String
    }

    package static let annotationKeywords: Set<String> = ["$schema", "$id", "title", "description", "$comment", "$defs"]
    package static let assertionKeywords: Set<String> = [
        "$ref", "oneOf", "anyOf", "allOf", "type", "enum", "const", "required", "properties", "additionalProperties",
        "items", "minimum", "maximum", "minLength", "maxLength", "pattern",
    ]

    package let schema: JSONValue
    private let patterns: [String: NSRegularExpression]

    package init(schema: JSONValue) throws {
        self.schema = schema
        var patterns: [String: NSRegularExpression] = [:]
        try Self.check(schema, at: "#", patterns: &patterns)
        self.patterns = patterns
        // Every $ref must resolve.
        try Self.forEachRef(in: schema) { reference in
            guard Self.resolve(reference, in: schema) != nil else { throw UnsupportedSchema(description: "unresolvable $ref \(reference)") }
        }
    }

    /// The record schema the project publishes (docs/record.schema.json).
    package static func recordSchema() throws -> JSONSchemaValidator {
        let url = FixturePaths.root.appendingPathComponent("docs/record.schema.json")
        return try JSONSchemaValidator(schema: JSONParser.parse([UInt8](try Data(contentsOf: url))))
    }

    /// Why `instance` does not match the schema; empty when it does.
    package func errors(for instance: JSONValue) -> [String] {
        var errors: [String] = []
        validate(instance, against: schema, at: "$", into: &errors)
        return errors
    }

    // MARK: - Schema checks

    private static func check(_ schema: JSONValue, at location: String, patterns: inout [String: NSRegularExpression]) throws {
        if case .bool = schema { return }
        guard case .object(let members) = schema else { throw UnsupportedSchema(description: "\(location): a schema must be an object or a boolean") }
        for member in members {
            let here = "\(location)/\(member.key)"
            switch member.key {
            case "$defs", "properties":
                guard case .object(let children) = member.value else { throw UnsupportedSchema(description: "\(here) must be an object") }
                for child in children { try check(child.value, at: "\(here)/\(child.key)", patterns: &patterns) }
            case "oneOf", "anyOf", "allOf":
                guard let items = member.value.arrayValue, !items.isEmpty else { throw UnsupportedSchema(description: "\(here) must be a non-empty array") }
                for (offset, item) in items.enumerated() { try check(item, at: "\(here)/\(offset)", patterns: &patterns) }
            case "items", "additionalProperties":
                try check(member.value, at: here, patterns: &patterns)
            case "pattern":
                guard let pattern = member.value.stringValue else { throw UnsupportedSchema(description: "\(here) must be a string") }
                patterns[pattern] = try NSRegularExpression(pattern: pattern)
            case "$ref":
                guard let reference = member.value.stringValue, reference.hasPrefix("#/") else {
                    throw UnsupportedSchema(description: "\(here): only local references (#/…) are supported")
                }
            case "type":
                let names = member.value.arrayValue?.compactMap(\.stringValue) ?? [member.value.stringValue].compactMap { $0 }
                let known: Set<String> = ["null", "boolean", "integer", "number", "string", "array", "object"]
                guard !names.isEmpty, names.allSatisfy(known.contains) else { throw UnsupportedSchema(description: "\(here): unknown type \(member.value)") }
            case "enum":
                guard member.value.arrayValue != nil else { throw UnsupportedSchema(description: "\(here) must be an array") }
            case "required":
                guard let names = member.value.arrayValue, names.allSatisfy({ $0.stringValue != nil }) else {
                    throw UnsupportedSchema(description: "\(here) must be an array of strings")
                }
            case "minimum", "maximum", "minLength", "maxLength":
                guard member.value.numberValue != nil else { throw UnsupportedSchema(description: "\(here) must be a number") }
            case let key where annotationKeywords.contains(key) || assertionKeywords.contains(key):
                break
            default:
                throw UnsupportedSchema(description: "\(here): keyword \"\(member.key)\" is not supported by this validator")
            }
        }
    }

    private static func forEachRef(in schema: JSONValue, _ body: (String) throws -> Void) throws {
        switch schema {
        case .object(let members):
            for member in members {
                if member.key == "$ref", let reference = member.value.stringValue { try body(reference) }
                try forEachRef(in: member.value, body)
            }
        case .array(let items):
            for item in items { try forEachRef(in: item, body) }
        default:
            break
        }
    }

    /// `#/$defs/record` → the schema there (JSON Pointer, `~0` / `~1` unescaped).
    private static func resolve(_ reference: String, in root: JSONValue) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = root
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    // MARK: - Validation

    private func validate(_ instance: JSONValue, against schema: JSONValue, at path: String, into errors: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(path): not allowed here") }
            return
        }
        if let reference = schema["$ref"]?.stringValue {
            guard let target = Self.resolve(reference, in: self.schema) else {
                errors.append("\(path): unresolvable $ref \(reference)")
                return
            }
            validate(instance, against: target, at: path, into: &errors)
        }
        if let type = schema["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue].compactMap { $0 }
            let actual = instance.typeName
            let matches = names.contains(actual) || (actual == "integer" && names.contains("number"))
            if !matches {
                errors.append("\(path): expected \(names.joined(separator: " or ")), found \(actual) \(Self.short(instance))")
                return  // the other keywords would only repeat the mismatch
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(where: { $0.isEqual(to: instance) }) {
            errors.append("\(path): \(Self.short(instance)) is not one of \(options.map(\.description).joined(separator: ", "))")
        }
        if let constant = schema["const"], !constant.isEqual(to: instance) {
            errors.append("\(path): expected \(constant), found \(Self.short(instance))")
        }
        if let all = schema["allOf"]?.arrayValue {
            for sub in all { validate(instance, against: sub, at: path, into: &errors) }
        }
        if let any = schema["anyOf"]?.arrayValue {
            let results = any.map { sub -> [String] in
                var branch: [String] = []
                validate(instance, against: sub, at: path, into: &branch)
                return branch
            }
            if !results.contains(where: \.isEmpty) {
                errors.append("\(path): matches none of anyOf; closest: " + (results.min { $0.count < $1.count } ?? []).joined(separator: "; "))
            }
        }
        if let one = schema["oneOf"]?.arrayValue {
            let results = one.map { sub -> [String] in
                var branch: [String] = []
                validate(instance, against: sub, at: path, into: &branch)
                return branch
            }
            let passing = results.filter(\.isEmpty).count
            if passing == 0 {
                errors.append("\(path): matches none of oneOf; closest: " + (results.min { $0.count < $1.count } ?? []).joined(separator: "; "))
            } else if passing > 1 {
                errors.append("\(path): matches \(passing) branches of oneOf, expected exactly one")
            }
        }
        switch instance {
        case .object(let members):
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where instance[name] == nil {
                errors.append("\(path): missing required key \"\(name)\"")
            }
            let properties = schema["properties"]
            for member in members {
                if let sub = properties?[member.key] {
                    validate(member.value, against: sub, at: "\(path).\(member.key)", into: &errors)
                } else if let additional = schema["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(path): unexpected key \"\(member.key)\"")
                    } else {
                        validate(member.value, against: additional, at: "\(path).\(member.key)", into: &errors)
                    }
                }
            }
        case .array(let items):
            if let sub = schema["items"] {
                for (offset, item) in items.enumerated() { validate(item, against: sub, at: "\(path)[\(offset)]", into: &errors) }
            }
        case .number(let value, _):
            if let minimum = schema["minimum"]?.numberValue, value < minimum { errors.append("\(path): \(value) is below the minimum \(minimum)") }
            if let maximum = schema["maximum"]?.numberValue, value > maximum { errors.append("\(path): \(value) is above the maximum \(maximum)") }
        case .string(let text):
            let length = text.unicodeScalars.count
            if let minimum = schema["minLength"]?.numberValue, Double(length) < minimum { errors.append("\(path): \(Self.short(instance)) is shorter than \(Int(minimum))") }
            if let maximum = schema["maxLength"]?.numberValue, Double(length) > maximum { errors.append("\(path): \(Self.short(instance)) is longer than \(Int(maximum))") }
            if let pattern = schema["pattern"]?.stringValue, let regex = patterns[pattern] {
                let range = NSRange(text.startIndex..<text.endIndex, in: text)
                if regex.firstMatch(in: text, range: range) == nil { errors.append("\(path): \(Self.short(instance)) does not match /\(pattern)/") }
            }
        default:
            break
        }
    }

    private static func short(_ value: JSONValue) -> String {
        let text = value.description
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
