/// How much a decoded text looks like real Chinese: the share of its Han characters that are
/// among the most frequent ones in news text (simplified and traditional forms).
///
/// Used to break ties between encodings that both decode cleanly (Big5 bytes always decode
/// "cleanly" as GB18030, into rare characters).
enum HanPlausibility {
    /// 0…1; 0 when the text has no Han characters.
    static func score(_ text: String, sample: Int = 4000) -> Double {
        var han = 0
        var common = 0
        for scalar in text.unicodeScalars.prefix(sample * 4) {
            guard isHan(scalar) else { continue }
            han += 1
            if CommonHanLexicon.characters.contains(scalar) { common += 1 }
            if han >= sample { break }
        }
        return han == 0 ? 0 : Double(common) / Double(han)
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
        default: false
        }
    }
}
