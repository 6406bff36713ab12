/// Small hand-checked lexicons of the converter, kept apart from the code that uses them.
///
/// The bulk data is OpenCC's `TSCharacters.txt` and `TSPhrases.txt` (Apache-2.0, embedded by
/// `ZhNewsData`, see `Data/opencc/SOURCE.md`). Everything here is zhnews's own, documented choice.
enum ConverterLexicon {
    /// ICU 72 `Hant-Hans` single-character mappings for characters that OpenCC's TSCharacters does not
    /// list, adopted into the table: variant forms ICU normalises to the standard simplified character
    /// (倣→仿, 燄→焰, 籐→藤, 銲→焊, 鼇→鳌 …). Pairs of `traditional simplified`, no separator.
    static let icuAdoptedPairs =
        "䬗扬䶧咬倣仿勗勖吢吣咷啕唚吣喨亮囓啮姪侄嬝袅尅克嶴岙廻回彞彝徬彷悳德慇殷懃勤懮忧搆构搥捶搨拓"
        + "搾榨摀捂撚捻撢掸暱昵枒丫槖橐檝楫櫺棂欵款歛敛毬球沍冱濬浚灠漤燄焰燐磷燿耀牋笺瑯琅痀佝睪睾瞇眯"
        + "砲炮硏研礡礴箎篪箝钳簆筘簷檐籐藤粧妆罣挂翺翱荳豆菓果蔴麻蠧蠹袴绔賸剩跼局踡蜷蹧糟轝舆遯遁醼宴"
        + "銲焊鎗枪関关閧哄闘斗阨厄隄堤鞀鼗韮韭餽馈鬀剃鬭斗鷈䴘麤粗鼇鳌鼈鳖"

    /// ICU 72 `Hant-Hans` mappings that zhnews rejects (the character is left as printed), with the reason.
    static let icuRejected: [(traditional: Character, icu: Character, reason: String)] = [
        ("「", "“", "punctuation is kept as printed; OpenCC t2s keeps corner brackets too"),
        ("」", "”", "punctuation is kept as printed; OpenCC t2s keeps corner brackets too"),
        ("著", "着", "著 is a standard simplified character (著作, 显著); OpenCC keeps it (test 慰藉著)"),
        ("姊", "姐", "姊 is a standard simplified character (姊妹)"),
        ("跤", "交", "跤 is a standard simplified character (摔跤)"),
        ("囍", "禧", "囍 (double happiness) is its own character in simplified text"),
        ("氹", "凼", "氹 is used in Macau place names (氹仔) and kept in simplified text"),
        ("苎", "苧", "苎 is already the simplified form; ICU maps it to the traditional one"),
        ("垵", "埯", "垵 is a distinct character used in Fujian and Taiwan place names"),
        ("靷", "纼", "靷 is a distinct standard character"),
        ("榖", "谷", "榖 (paper mulberry) is a distinct standard character"),
        ("僇", "戮", "僇 is a distinct standard character"),
    ]

    /// zhnews's own phrase exceptions, on top of OpenCC's TSPhrases: Taiwan usage of 覆 for 复 in
    /// administrative words (OpenCC has 答覆, 回覆, 函覆 but not these), and 藉著 (OpenCC has 藉着).
    /// `著` stays as in OpenCC's t2s.
    static let phraseAdditions: [(traditional: String, simplified: String)] = [
        ("藉著", "借著"),
        ("覆函", "复函"),
        ("覆議", "复议"),
        ("覆審", "复审"),
        ("覆查", "复查"),
        ("覆核", "复核"),
        ("覆試", "复试"),
    ]
}
