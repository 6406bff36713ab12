import Foundation
import Testing
@testable import ZhNewsExtractor
import ZhNewsTestSupport

/// `Data/gazetteer/index.bin`, the precomputed gazetteer tables: it must be exactly what the
/// embedded TSVs build, the shared gazetteer must load from it, and an index that does not match
/// the TSVs must never be used.
///
/// With `ZHNEWS_WRITE_GAZETTEER_INDEX=1`, `upToDate` writes the file instead of checking it
/// (`scripts/build-gazetteer-index` does that, then checks it).
@Suite("Gazetteer index")
struct GazetteerIndexTests {
    static let writing = ProcessInfo.processInfo.environment["ZHNEWS_WRITE_GAZETTEER_INDEX"] == "1"
    static let indexURL = FixturePaths.root.appendingPathComponent("Data/gazetteer/index.bin")

    /// The index the embedded TSVs build.
    static let built: [UInt8] = {
        let sources = GazetteerSources.embedded
        return GazetteerIndexFile.serialize(Gazetteer.build(sources), sources: sources)
    }()

    static var embedded: [UInt8] { Array(GazetteerIndexFile.embedded) }

    @Test("the embedded index.bin is byte for byte what the embedded TSVs build")
    func upToDate() throws {
        if Self.writing {
            let current = try? Data(contentsOf: Self.indexURL)
            if current != Data(Self.built) { try Data(Self.built).write(to: Self.indexURL) }
            print("Data/gazetteer/index.bin: \(Self.built.count) bytes\(current == Data(Self.built) ? ", unchanged" : ", written")")
            return
        }
        let embedded = Self.embedded
        guard embedded != Self.built else { return }
        let why = GazetteerIndexFile.headerMismatch(GazetteerIndexFile.embedded, sources: .embedded)
            ?? "the tables differ: the build rules changed (Gazetteer.Builder, PlaceNames, NameIndex)"
        Issue.record("""
            Data/gazetteer/index.bin is stale (\(why); \(embedded.count) bytes embedded, \(Self.built.count) built). \
            Run scripts/build-gazetteer-index and commit the file.
            """)
    }

    @Test("the shared gazetteer loads from the index, and the index holds exactly the built tables")
    func sharedLoadsFromIndex() throws {
        let gazetteer = Gazetteer.shared
        #expect(gazetteer.source == .index, "Gazetteer.shared was built from the TSVs: run scripts/build-gazetteer-index")
        try #require(gazetteer.source == .index)
        // Reading then writing again gives back the same bytes: every array was copied whole.
        #expect(GazetteerIndexFile.serialize(gazetteer.tables, sources: .embedded) == Self.built)
        #expect(gazetteer.unitCount == 44_700 + 27_349)
        let unit = try #require(gazetteer.unit(code: "420303002005"))
        #expect(gazetteer.path(unit).joined(separator: "/") == "湖北省/十堰市/张湾区/红卫街道/界牌社区")
    }

    /// The embedded TSVs with one byte changed, the size kept.
    static func withEditedByte(_ source: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes = Array(source)
        var k = bytes.count / 2
        while !(48...57).contains(bytes[k]) { k += 1 }
        bytes[k] = bytes[k] == 57 ? 48 : bytes[k] + 1
        return bytes
    }

    @Test("an index that does not match the TSVs is refused", arguments: ["divisions", "villages", "aliases"])
    func staleSourcesRefused(which: String) throws {
        let embedded = GazetteerSources.embedded
        let source = which == "divisions" ? embedded.divisions : which == "villages" ? embedded.villages : embedded.aliases
        let edited = Self.withEditedByte(source)
        let longer = Array(source) + Array("420000000000\t湖北\tshort\n".utf8)
        for (label, bytes) in [("same size, one byte edited", edited), ("a row added", longer)] {
            bytes.withUnsafeBufferPointer { changed in
                var sources = embedded
                switch which {
                case "divisions": sources.divisions = changed
                case "villages": sources.villages = changed
                default: sources.aliases = changed
                }
                let why = GazetteerIndexFile.headerMismatch(GazetteerIndexFile.embedded, sources: sources)
                #expect(why != nil, "\(which): \(label): accepted")
                #expect(GazetteerIndexFile.read(GazetteerIndexFile.embedded, sources: sources) == nil, "\(which): \(label)")
            }
        }
    }

    @Test("a damaged index is refused", arguments: ["empty", "truncated", "magic", "version", "count", "longer"])
    func damagedRefused(damage: String) {
        var bytes = Self.embedded
        switch damage {
        case "empty": bytes = []
        case "truncated": bytes.removeLast(8)
        case "magic": bytes[0] ^= 0x20
        case "version": bytes[8] &+= 1
        case "count": bytes[112] &+= 1         // the element count of `codes`
        default: bytes += [0, 0, 0, 0, 0, 0, 0, 0]
        }
        bytes.withUnsafeBytes { file in
            #expect(GazetteerIndexFile.read(file, sources: .embedded) == nil)
        }
    }

    @Test("with a stale index the gazetteer is built from the TSVs, with the same tables")
    func fallsBack() throws {
        var bytes = Self.embedded
        try #require(bytes.count > GazetteerIndexFile.headerSize)
        bytes[24] ^= 1                          // the checksum of divisions.tsv
        let gazetteer = bytes.withUnsafeBytes { Gazetteer(sources: .embedded, index: $0) }
        #expect(gazetteer.source == .tsv)
        #expect(GazetteerIndexFile.serialize(gazetteer.tables, sources: .embedded) == Self.built)
        let unit = try #require(gazetteer.unit(code: "420600000000"))
        #expect(gazetteer.name(unit) == "襄阳市")
    }

    @Test("the checksum sees every byte and the length")
    func checksum() {
        let base = Array("十堰市张湾区红卫街道界牌社区居民委员会 420303002005".utf8)
        let reference = base.withUnsafeBytes { GazetteerIndexFile.checksum($0) }
        for k in base.indices {
            var changed = base
            changed[k] ^= 1
            #expect(changed.withUnsafeBytes { GazetteerIndexFile.checksum($0) } != reference, "byte \(k)")
        }
        #expect((base + [0]).withUnsafeBytes { GazetteerIndexFile.checksum($0) } != reference)
        #expect(base.dropLast().withUnsafeBytes { GazetteerIndexFile.checksum($0) } != reference)
    }
}
