import ZhNewsExtractor
import ZhNewsModel

/// Reads a record's dates, places and figures within the page's time limit.
///
/// A text of up to ``wholeScalars`` characters (every real article) is read whole, as before.
/// A longer one is read in pieces of about ``chunkScalars`` characters, cut at a line break when one is
/// near (else anywhere: a mention across the cut may be lost), with the spans shifted to the
/// whole text and the deadline checked between pieces; what was not reached is left out, and
/// the record says so.
struct MentionReader {
    let dates: DateExtractor
    let places: PlaceExtractor
    let figures: FigureExtractor

    /// The longest text read in one piece.
    static let wholeScalars = 65_536
    /// Characters in one piece of a longer text.
    static let chunkScalars = 32_768

    struct Mentions {
        var dates: [DateMention] = []
        var places: [PlaceMention] = []
        var worldPlaces: [WorldPlaceMention] = []
        var figures: [FigureMention] = []
        /// Characters of the text read (all of it unless the deadline came first).
        var readScalars = 0
        var complete = true
    }

    func mentions(in text: String, published: String?, outlet: String?, deadline: Deadline) -> Mentions {
        var result = Mentions()
        let scalars = text.unicodeScalars
        if deadline.hasPassed, !text.isEmpty {
            result.complete = false
            return result
        }
        if scalars.count <= Self.wholeScalars {
            result.dates = dates.dates(in: text, published: published)
            let reading = places.read(text, outlet: outlet)
            result.places = reading.places.map(\.mention)
            result.worldPlaces = reading.world
            result.figures = figures.figures(in: text)
            result.readScalars = scalars.count
            return result
        }
        var start = scalars.startIndex
        var offset = 0
        while start < scalars.endIndex {
            if deadline.hasPassed {
                result.complete = false
                return result
            }
            let (end, length) = Self.pieceEnd(scalars, from: start)
            let piece = String(scalars[start..<end])
            result.dates += dates.dates(in: piece, published: published).map { $0.shifted(by: offset) }
            let reading = places.read(piece, outlet: outlet)
            result.places += reading.places.map { $0.mention.shifted(by: offset) }
            result.worldPlaces += reading.world.map { $0.shifted(by: offset) }
            result.figures += figures.figures(in: piece).map { $0.shifted(by: offset) }
            offset += length
            result.readScalars = offset
            start = end
        }
        return result
    }

    /// The end of the piece that starts at `start`, and its length in scalars: ``chunkScalars``
    /// on, pulled back to just after a line break in its last eighth when there is one.
    static func pieceEnd(_ scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index) -> (String.UnicodeScalarView.Index, Int) {
        var index = start
        var length = 0
        var lastBreak: (index: String.UnicodeScalarView.Index, length: Int)?
        while index < scalars.endIndex, length < chunkScalars {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            length += 1
            if scalar == "\n", length >= chunkScalars - chunkScalars / 8 { lastBreak = (index, length) }
        }
        if index < scalars.endIndex, let lastBreak { return (lastBreak.index, lastBreak.length) }
        return (index, length)
    }
}

/// A mention as the record prints it: its text and where it stands (Unicode scalars into the
/// record's `text`). Read in pieces (``MentionReader``) or in a folded script
/// (``ScriptFoldedView``), a mention is moved or reprinted through this one shape.
protocol SpannedMention {
    var text: String { get set }
    var start: Int { get set }
    var end: Int { get set }
}

extension SpannedMention {
    /// The mention moved `offset` scalars on (read from a piece that starts there).
    func shifted(by offset: Int) -> Self {
        var copy = self
        copy.start += offset
        copy.end += offset
        return copy
    }
}

extension DateMention: SpannedMention {}
extension PlaceMention: SpannedMention {}
extension WorldPlaceMention: SpannedMention {}
extension FigureMention: SpannedMention {}
