import ZhNewsRules

/// Measured features of one page line: how long it is, how much of it is Chinese, how much
/// sentence punctuation it carries, how menu-like it is. The same measures serve flattened pages
/// and (later) the lines of an HTML page: they look at the text only.
///
/// ```swift
/// let menu = LineFeatures("首页 | 新闻 | 体育 | 财经")
/// menu.isMenuLike        // true: four short segments, no sentence mark
/// LineFeatures("5月19日上午，工人们正在铺设透水砖。").proseCharacters   // 17
/// ```
package struct LineFeatures: Sendable, Hashable {
    /// Characters that are not whitespace.
    package var characters = 0
    /// Han characters (and other CJK ideographs).
    package var cjk = 0
    /// Letters and digits outside CJK.
    package var alphanumerics = 0
    /// Sentence marks (`。！？；`) and clause marks (`，、`): the punctuation prose carries.
    package var sentenceMarks = 0
    package var clauseMarks = 0
    /// Segments between runs of whitespace and menu separators (`|`, `｜`, `/`, `·`…).
    package var segments = 0
    /// The longest segment, in characters.
    package var longestSegment = 0
    /// The line ends with a sentence mark (`。！？；`), quotes and brackets after it allowed.
    package var endsSentence = false
    /// The line starts with a list bullet a renderer printed (`* `, `+ `, `• `, `- `).
    package var bulleted = false
    /// The line holds no letter, digit or ideograph (`+`, `T + -`, `|`).
    package var isSymbolsOnly: Bool { cjk == 0 && alphanumerics == 0 }
    /// The line holds a web address (`https://…`, `www.…`).
    package var hasAddress = false
    /// A renderer's text field (`搜索 [          ] 网站地图`, `长江日报 []`).
    package var hasFormField = false
    /// HTML tags left in the text (`<li> <a href=…>`): a template the renderer printed raw.
    package var markupTags = 0
    /// A text renderer's stand-in for an image, Latin words in brackets (`[logo]`, `[default_av]`).
    package var isImagePlaceholder = false
    /// Digits, separators and units only (`326`, `1,474.27`, `-28.40 (-1.89%)`, `31°C, 74%`).
    package var isNumeric = false

    package init(_ text: String) {
        var segmentLength = 0
        var first = true
        var sawLetter = false
        var digitsOnly = true
        var scalars = text.unicodeScalars.makeIterator()
        var afterBulletMark = false
        var previousWasDigit = false
        var previousWasOpeningAngle = false
        var mayHoldFormField = false  // a `[`, `_` or `(`: only then are the form-field marks looked for
        func closeSegment() {
            if segmentLength > 0 {
                segments += 1
                longestSegment = max(longestSegment, segmentLength)
            }
            segmentLength = 0
        }
        while let scalar = scalars.next() {
            if first {
                first = false
                if LineRules.bulletMarks.contains(scalar) {
                    afterBulletMark = true
                    characters += 1
                    continue
                }
            }
            if afterBulletMark {
                afterBulletMark = false
                // `* 易信`, `• 新闻`: a bullet mark and a space. `-28.40` is not a bullet.
                if scalar == " " || scalar == "\u{3000}" || scalar == "\t" {
                    bulleted = true
                    characters -= 1
                    continue
                }
            }
            let value = scalar.value
            // Fast path for the common case, an ideograph (`丨` is a menu separator).
            if value >= 0x4E00, value <= 0x9FFF, value != 0x4E28 {
                characters += 1
                segmentLength += 1
                cjk += 1
                endsSentence = false
                digitsOnly = false
                sawLetter = true
                previousWasDigit = false
                previousWasOpeningAngle = false
                continue
            }
            if value == 0x5B || value == 0x5F || value == 0x28 { mayHoldFormField = true }
            if scalar.properties.isWhitespace || LineRules.menuSeparators.contains(scalar) {
                closeSegment()
                if !scalar.properties.isWhitespace { characters += 1 }
                continue
            }
            characters += 1
            segmentLength += 1
            if endsSentence, !LineRules.closingMarks.contains(scalar) { endsSentence = false }
            if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value) {
                cjk += 1
                digitsOnly = false
                sawLetter = true
            } else if scalar.properties.isAlphabetic || (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) {
                alphanumerics += 1
                if !((0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)) {
                    if !LineRules.numericUnits.contains(scalar) { digitsOnly = false }
                }
                sawLetter = true
            } else if LineRules.sentenceMarks.contains(scalar) {
                sentenceMarks += 1
                endsSentence = true
                continue
            } else if LineRules.clauseMarks.contains(scalar), !(previousWasDigit && LineRules.digitGroupMarks.contains(scalar)) {
                clauseMarks += 1  // `20,536` groups digits: no clause there
            }
            previousWasDigit = (0x30...0x39).contains(value)
            if previousWasOpeningAngle, scalar == "/" || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { markupTags += 1 }
            previousWasOpeningAngle = scalar == "<"
        }
        if afterBulletMark { bulleted = true }  // a bare `*` or `•`
        closeSegment()
        isNumeric = sawLetter && digitsOnly && cjk == 0
        hasAddress = LineRules.addressPrefixes.contains { LineClassifier.containsBytes(text, $0) }
        hasFormField = sentenceMarks == 0 && mayHoldFormField && LineRules.formFieldMarks.contains { LineClassifier.containsBytes(text, $0) }
        isImagePlaceholder = cjk == 0 && text.unicodeScalars.first == "[" && text.unicodeScalars.last == "]"
    }

    /// Letters, digits and ideographs: the characters an article's text is measured by.
    package var proseCharacters: Int { cjk + alphanumerics }

    /// The line's weight as Chinese text: ideographs count one each, Latin letters and digits
    /// one per ``LineRules/latinCharactersPerIdeograph`` (a Chinese character carries about a
    /// word), so English notices and tickers do not outweigh the article.
    package var textWeight: Int { cjk + alphanumerics / LineRules.latinCharactersPerIdeograph }

    /// Is the line mostly Chinese: ideographs make at least half its text weight? (An English
    /// news ticker on a Chinese portal is not the article.)
    package var isMostlyChinese: Bool { cjk * 2 >= textWeight && cjk > 0 }

    /// Share of the line's characters that are CJK ideographs.
    package var cjkShare: Double { characters == 0 ? 0 : Double(cjk) / Double(characters) }

    /// Sentence and clause marks per prose character: prose carries one every 10–25 characters,
    /// menus and headlines carry none.
    package var punctuationDensity: Double {
        proseCharacters == 0 ? 0 : Double(sentenceMarks + clauseMarks) / Double(proseCharacters)
    }

    /// Does the line read as a menu or a chrome fragment rather than text: a bulleted short item,
    /// a row of several short segments without sentence punctuation, a number, a lone symbol?
    package var isMenuLike: Bool {
        if isSymbolsOnly || isNumeric || isImagePlaceholder || hasFormField || markupTags >= LineRules.markupMinTags { return true }
        if bulleted && proseCharacters <= LineRules.menuItemMaxLength && sentenceMarks == 0 { return true }
        if segments >= LineRules.menuRowMinSegments, sentenceMarks == 0, clauseMarks == 0,
           longestSegment <= LineRules.menuItemMaxLength {
            return true
        }
        return false
    }

    /// Is the line prose: long enough and punctuated like sentences?
    /// A short line counts when it ends a sentence (`祝大家端午安康，一路平安！`).
    /// A promo with a link (`立即下载经济日报App：https://bit.ly/…`) is not prose.
    package var isProseLike: Bool {
        guard !hasAddress, sentenceMarks + clauseMarks > 0, punctuationDensity >= LineRules.proseMinPunctuationDensity else { return false }
        return proseCharacters >= LineRules.proseMinLength || (endsSentence && proseCharacters >= LineRules.shortProseMinLength)
    }
}
