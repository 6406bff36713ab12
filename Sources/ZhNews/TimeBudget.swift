import Dispatch
import ZhNewsModel

/// How one page's `--time-limit` is shared out between the stages, so that the limit holds
/// whichever stage a pathological page stalls in, and the stages after a cut still have time to
/// make a record of what was read.
///
/// Counted from the page's start, libxml2's parse must stop by half the limit, the walk over
/// its tree and the choice of the article's element by 0.6, and the header facts and the body by
/// 0.9. Line classification gets a quarter of the time left before 0.9 when it starts (reading
/// a classified line costs several times classifying it). Dates, places and figures are read
/// only when nothing was cut, until the limit itself (long texts in pieces). Decoding and conversion are linear and not cut; the rest of the
/// limit covers them and the other unchecked linear steps. A normal page takes milliseconds and
/// meets none of these.
struct TimeBudget {
    enum Stage {
        /// libxml2's parse (HTML).
        case parsing
        /// The parse and the walk over the tree into lines.
        case reading
        /// Line classes, header facts and the body.
        case articles
        /// Dates, places and figures (read in pieces on long texts, ``MentionReader``).
        case mentions

        /// The share of the limit by which the stage must stop.
        var share: Double {
            switch self {
            case .parsing: 0.5
            case .reading: 0.6
            case .articles: 0.9
            case .mentions: 1.0
            }
        }

        /// What the page was doing when stopped in this stage (for messages).
        var activity: String {
            switch self {
            case .parsing, .reading: "parsing the page"
            case .articles: "reading the articles"
            case .mentions: "reading the mentions"
            }
        }
    }

    /// The share of the time left before ``Stage/articles``'s deadline that classification gets.
    static let classificationShare = 0.25

    let limit: Double
    let start: UInt64

    func deadline(for stage: Stage) -> Deadline {
        Deadline(seconds: limit * stage.share, after: start)
    }

    /// The deadline of line classification, starting now.
    func classificationDeadline() -> Deadline {
        Deadline(seconds: deadline(for: .articles).remainingSeconds * Self.classificationShare)
    }
}
