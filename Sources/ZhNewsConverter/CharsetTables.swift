import ZhNewsICUShim

/// GBK and Big5 double-byte tables read from ICU once, used to classify Han characters
/// (common simplified = GB2312, common traditional = Big5) and to re-encode and re-decode
/// damaged GBK runs (see ``DoubleByteRepair``).
struct CharsetTables: Sendable {
    /// GBK pair → code point; index `(lead - 0x81) * 191 + (trail - 0x40)`; 0 = invalid or private use.
    let gbkDecode: [UInt32]
    /// BMP code point → GBK pair (`lead << 8 | trail`); 0 = not in GBK.
    let gbkEncode: [UInt16]
    /// BMP code point → membership bits (``inGB2312``, ``inGB2312Level1``, ``inBig5``, ``inBig5Level1``).
    let membership: [UInt8]

    static let inGB2312: UInt8 = 1
    static let inGB2312Level1: UInt8 = 2
    static let inBig5: UInt8 = 4
    /// Big5 level 1 (A440–C67E, the 5,401 common characters).
    static let inBig5Level1: UInt8 = 8

    /// Built on first use (two ICU table reads, a few milliseconds).
    static let shared = CharsetTables()

    private init() {
        var gbk = [UInt32](repeating: 0, count: 126 * 191)
        var big5 = [UInt32](repeating: 0, count: 126 * 191)
        _ = gbk.withUnsafeMutableBufferPointer { zh_icu_double_byte_table("GBK", $0.baseAddress) }
        _ = big5.withUnsafeMutableBufferPointer { zh_icu_double_byte_table("Big5", $0.baseAddress) }
        var encode = [UInt16](repeating: 0, count: 0x10000)
        var membership = [UInt8](repeating: 0, count: 0x10000)
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE {
                let index = (lead - 0x81) * 191 + (trail - 0x40)
                let gbkCode = gbk[index]
                if gbkCode != 0, gbkCode < 0x10000 {
                    if encode[Int(gbkCode)] == 0 { encode[Int(gbkCode)] = UInt16(lead << 8 | trail) }
                    if lead >= 0xA1, lead <= 0xF7, trail >= 0xA1 {
                        membership[Int(gbkCode)] |= Self.inGB2312
                        if lead >= 0xB0, lead <= 0xD7 { membership[Int(gbkCode)] |= Self.inGB2312Level1 }
                    }
                }
                let big5Code = big5[index]
                if big5Code != 0, big5Code < 0x10000 {
                    membership[Int(big5Code)] |= Self.inBig5
                    if (lead >= 0xA4 && lead <= 0xC5) || (lead == 0xC6 && trail <= 0x7E) {
                        membership[Int(big5Code)] |= Self.inBig5Level1
                    }
                }
            }
        }
        self.gbkDecode = gbk
        self.gbkEncode = encode
        self.membership = membership
    }

    /// The GBK code point for a pair, or 0 when the pair is invalid or private use.
    @inline(__always)
    func decode(lead: UInt8, trail: UInt8) -> UInt32 {
        guard lead >= 0x81, lead <= 0xFE, trail >= 0x40, trail <= 0xFE else { return 0 }
        return gbkDecode[(Int(lead) - 0x81) * 191 + (Int(trail) - 0x40)]
    }
}
