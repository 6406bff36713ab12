import Foundation
import ZhNewsModel

// A strict JSON parser and a validator for the subset of JSON Schema (2020-12) that
// docs/record.schema.json uses. No package dependencies: the invariant tests check every line the
// binary writes against the published schema with these.

/// What the schema validator and the tests read of a JSON value (``JSONValue``, the record
/// model's strict, order-keeping JSON, which `zhnews golden`/`diff`/`score` read too).
extension JSONValue: CustomStringConvertible {
    /// The number's value (nil for other values).
    package var numberValue: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type name as JSON Schema spells it (`integer` for integral numbers).
    package var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: numberValue.map { $0.rounded() == $0 && $0.isFinite } == true ? "integer" : "number"
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
        case (.number, .number): return numberValue == other.numberValue
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { member in other[member.key].map { member.value.isEqual(to: $0) } ?? false }
        default: return false
        }
    }

    package var description: String { compactJSON }
}

/// The strict parser the invariant tests check the tool's output with: ``JSONValue/init(parsing:)``
/// over bytes that must be valid UTF-8.
package enum JSONParser {
    package struct Failure: Error, CustomStringConvertible {
        package var message: String
        package var offset: Int
        package var description: String { "invalid JSON at byte \(offset): \(message)" }
    }

    package static func parse(_ text: String) throws -> JSONValue {
        do {
            return try JSONValue(parsing: text)
        } catch let error as JSONValue.ParseError {
            throw Failure(message: error.message, offset: error.offset)
        }
    }

    package static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure(message: "not valid UTF-8", offset: 0) }
        return try parse(text)
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
        case .number:
            let value = instance.numberValue ?? .nan
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
