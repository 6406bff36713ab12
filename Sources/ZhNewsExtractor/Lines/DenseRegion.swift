import ZhNewsRules

/// Finds the article on a page as its densest run of prose lines: a line-block distribution
/// read as a maximum-sum run.
///
/// Each line scores its text weight (ideographs, and Latin letters at a third) when it reads as prose, and a penalty when it does not
/// (menus, share bars, teaser headlines, footers). The article is the run of lines whose scores
/// add up to the most (Kadane's maximum subarray, one pass): where text length rises and stays
/// high, with short dips for captions and subheads crossed when prose follows them. The run is
/// an anchor for the reader, not a verdict: headline and info line are looked for above it.
///
/// ```swift
/// DenseRegion.densest([-8, -8, 120, 90, -2, 150, -8, -8])   // 2..<6
/// ```
package enum DenseRegion {
    /// The run of lines with the largest total score; nil when no line scores above zero.
    package static func densest(_ scores: [Int]) -> Range<Int>? {
        var best = 0, bestRange: Range<Int>?
        var sum = 0, start = 0
        for (index, score) in scores.enumerated() {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += score
            if sum > best {
                best = sum
                bestRange = start..<(index + 1)
            }
        }
        return bestRange
    }

    /// A line's score from its features: prose characters for prose, a penalty for menu rows
    /// and other non-prose lines, nothing for blank lines.
    package static func score(_ features: LineFeatures, isChrome: Bool) -> Int {
        if features.characters == 0 { return 0 }
        if isChrome || features.isMenuLike { return -LineRules.chromeLinePenalty }
        if features.isProseLike, features.isMostlyChinese { return features.textWeight }
        return -LineRules.shortLinePenalty
    }
}
