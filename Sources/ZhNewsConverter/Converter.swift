import ZhNewsModel

/// Which script a record's text is written in.
public enum OutputScript: String, Sendable, Hashable, CaseIterable {
    /// Convert traditional characters to simplified (the default).
    case simplified
    /// Keep the script as printed.
    case keep
}

/// Options for the converter stage.
public struct ConverterOptions: Sendable, Hashable {
    public var outputScript: OutputScript

    public init(outputScript: OutputScript = .simplified) {
        self.outputScript = outputScript
    }
}

/// The converter stage's output for one text.
public struct ConvertedText: Sendable, Hashable {
    /// The normalised text; line structure (`\n`) is kept.
    public var text: String
    /// The script of the input, measured before conversion.
    public var sourceScript: Script
    /// Repairs and removals made, as record warnings.
    public var warnings: [Warning]

    public init(text: String, sourceScript: Script, warnings: [Warning]) {
        self.text = text
        self.sourceScript = sourceScript
        self.warnings = warnings
    }
}

/// Stage 2: turns decoded text into clean text in one script.
///
/// ```swift
/// let converter = Converter()
/// converter.convert("社區(qū)服務").text   // "社区服务"
/// ```
public struct Converter: Sendable {
    public let options: ConverterOptions

    public init(options: ConverterOptions = ConverterOptions()) {
        self.options = options
    }

    /// Converts one text. Never fails; problems become warnings.
    public func convert(_ text: String) -> ConvertedText {
        // Placeholder until the converter issue lands: pass the text through unchanged.
        ConvertedText(text: text, sourceScript: .hans, warnings: [])
    }
}
