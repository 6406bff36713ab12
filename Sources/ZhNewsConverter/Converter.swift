import ZhNewsModel

/// Options for the converter stage.
package struct ConverterOptions: Sendable, Hashable {
    /// The output script; `.keep` still repairs, removes pinyin and normalises width.
    package var outputScript: OutputScript

    /// Options with the given output script (simplified by default).
    package init(outputScript: OutputScript = .simplified) {
        self.outputScript = outputScript
    }
}

/// The converter stage's output for one text.
package struct ConvertedText: Sendable, Hashable {
    /// The normalised text; line structure (`\n`) is kept.
    package var text: String
    /// The script of the input, measured before conversion.
    package var sourceScript: Script
    /// Repairs and removals made, as record warnings.
    package var warnings: [Warning]

    /// A converted text.
    package init(text: String, sourceScript: Script, warnings: [Warning]) {
        self.text = text
        self.sourceScript = sourceScript
        self.warnings = warnings
    }
}

/// Stage 2: turns decoded text into clean text in one script.
///
/// The steps, in order (each skipped when the first scan finds nothing for it to do):
/// 1. scan: measure the script (``ScriptDetector``) and look for work;
/// 2. repair GBK runs decoded one byte off (``DoubleByteRepair``) — first, because damaged runs
///    hide the Han character that a converter pinyin syllable follows (`毙^(qū)`);
/// 3. remove converter pinyin (``ConverterPinyinRemover``);
/// 4. normalise width (``WidthNormalizer``);
/// 5. convert traditional to simplified (``ScriptConversionTable``), unless `outputScript == .keep`.
///
/// Line structure is kept: no step adds or removes `\n`.
///
/// ```swift
/// let converter = Converter()
/// converter.convert("社區(qū)服務").text   // "社区服务"
/// ```
package struct Converter: Sendable {
    /// The options this converter applies.
    package let options: ConverterOptions

    /// Warning codes the converter emits.
    package enum WarningCode {
        /// Parenthesised converter pinyin removed (with the count).
        package static let pinyinRemoved = "converter-pinyin-removed"
        /// GBK runs decoded one byte off repaired (with counts of runs and lost characters).
        package static let doubleByteRepaired = "converter-double-byte-repaired"
        /// 锟斤拷 found: UTF-8 replacement characters decoded as GBK; the bytes are lost.
        package static let mojibake = "converter-mojibake"
        /// Runs of U+FFFD in the input: bytes lost before this stage.
        package static let replacementCharacters = "converter-replacement-characters"
    }

    /// A converter with the given options.
    package init(options: ConverterOptions = ConverterOptions()) {
        self.options = options
    }

    /// Converts one text. Never fails; problems become warnings.
    package func convert(_ text: String) -> ConvertedText {
        let scan = ScriptDetector.scan(text)
        let script = scan.script
        var warnings: [Warning] = []
        var current = text

        if scan.replacementRuns > 0 {
            warnings.append(Warning(code: WarningCode.replacementCharacters,
                                    message: "\(scan.replacementRuns) run(s) of U+FFFD in the input: bytes lost before conversion"))
        }
        if scan.mojibakeCount > 0 {
            warnings.append(Warning(code: WarningCode.mojibake,
                                    message: "\(scan.mojibakeCount) occurrence(s) of 锟斤拷: UTF-8 replacement characters decoded as GBK; the original bytes are lost"))
        }
        let mayBeDamaged = scan.rareCount > 0 || scan.questionMarkAnchors > 0
            || (script == .hant && scan.simplifiedCount > 0) || (script == .hans && scan.traditionalCount > 0)
        if mayBeDamaged {
            let repaired = DoubleByteRepair.repair(current, script: script)
            if repaired.runs > 0 {
                current = repaired.text
                warnings.append(Warning(code: WarningCode.doubleByteRepaired,
                                        message: "repaired \(repaired.runs) run(s) of GBK text decoded one byte off; \(repaired.lost) character(s) lost (U+FFFD)"))
            }
        }
        if scan.hasPinyinCandidate {
            let result = ConverterPinyinRemover.remove(current)
            if result.removed > 0 {
                current = result.text
                warnings.append(Warning(code: WarningCode.pinyinRemoved,
                                        message: "removed \(result.removed) parenthesised pinyin syllable(s) inserted by a script converter"))
            }
        }
        if scan.hasFullWidth {
            current = WidthNormalizer.normalize(current)
        }
        if options.outputScript == .simplified {
            current = ScriptConversionTable.shared.convert(current)
        }
        return ConvertedText(text: current, sourceScript: script, warnings: warnings)
    }

    /// Only the traditional→simplified conversion (table and phrases), without the other steps.
    package static func convertScript(_ text: String) -> String {
        ScriptConversionTable.shared.convert(text)
    }
}
