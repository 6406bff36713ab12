import ZhNewsModel

/// Data for ``FigureExtractor``: units, qualifiers, multipliers and the words whose numerals are
/// not figures. Every entry carries a note saying what it is for; `FigureExtractorTests` checks the
/// tables (no duplicates, every note filled) and the behaviour each entry is meant to cause.
package enum FigureLexicon {
    /// What a unit measures.
    package enum UnitKind: String, Sendable, CaseIterable {
        case count, money, length, area, volume, weight, age, duration, percent, multiple, energy, temperature, sound
    }

    package struct Unit: Sendable {
        package let word: String
        package let kind: UnitKind
        package let note: String
        /// The unit as reported when it differs from the word (`％` → `%`, `分钱` → `分`).
        package let reportedAs: String?

        init(word: String, kind: UnitKind, note: String, reportedAs: String? = nil) {
            self.word = word
            self.kind = kind
            self.note = note
            self.reportedAs = reportedAs
        }
    }

    /// Units recognised right after a number (longest match wins: `平方公里` before `公里`, `个月`
    /// before `个`). A multiplier (万, 亿) is never part of a unit: `1万余元` is 10000 with unit `元`.
    /// Characters deliberately absent: 号 (house numbers), 楼 (floors, `三楼`), 级 (levels, `五级`),
    /// 期/届 (issues, terms), 月/日/时/分/点 (dates and times), 度 (also `年度`), and characters that
    /// mostly form words after small numerals: 面 (`四面八方`), 方 (`三方`), 头 (`两头`), 角 (`三角`), 部 (`三部门`).
    package static let units: [Unit] = [
        // Measure words for people and households.
        Unit(word: "人次", kind: .count, note: "person-times (attendance)"),
        Unit(word: "户次", kind: .count, note: "household-visits"),
        Unit(word: "名", kind: .count, note: "people (formal counter)"),
        Unit(word: "人", kind: .count, note: "people"),
        Unit(word: "户", kind: .count, note: "households"),
        Unit(word: "人口", kind: .count, note: "population (`14亿人口`)"),
        Unit(word: "单", kind: .count, note: "orders (`180万单`)"),
        Unit(word: "款", kind: .count, note: "models, products (`30款`)"),
        Unit(word: "位", kind: .count, note: "people (polite counter)"),
        Unit(word: "对", kind: .count, note: "pairs, couples (`22对老年夫妇`)"),
        Unit(word: "家", kind: .count, note: "firms, families (`3家企业`)"),
        // Measure words for things and events.
        Unit(word: "套", kind: .count, note: "sets, flats (`1012套`)"),
        Unit(word: "台", kind: .count, note: "machines (`79台`)"),
        Unit(word: "件", kind: .count, note: "items, cases (`50余件`)"),
        Unit(word: "次", kind: .count, note: "times, occurrences"),
        Unit(word: "场", kind: .count, note: "events, sessions (`100余场`)"),
        Unit(word: "条", kind: .count, note: "items, lines (`160余条`)"),
        Unit(word: "项", kind: .count, note: "items, projects (`10项`)"),
        Unit(word: "处", kind: .count, note: "places, structures (`55处`)"),
        Unit(word: "个", kind: .count, note: "general counter"),
        Unit(word: "份", kind: .count, note: "portions, copies (`42份`)"),
        Unit(word: "支", kind: .count, note: "teams, sticks (`四支队伍`)"),
        Unit(word: "座", kind: .count, note: "buildings, bridges"),
        Unit(word: "栋", kind: .count, note: "buildings (not when a number follows: `3栋2单元` is an address)"),
        Unit(word: "幢", kind: .count, note: "buildings (as 栋)"),
        Unit(word: "间", kind: .count, note: "rooms"),
        Unit(word: "所", kind: .count, note: "schools, institutions"),
        Unit(word: "辆", kind: .count, note: "vehicles"),
        Unit(word: "张", kind: .count, note: "sheets, tables, beds"),
        Unit(word: "本", kind: .count, note: "books"),
        Unit(word: "棵", kind: .count, note: "trees"),
        Unit(word: "株", kind: .count, note: "plants"),
        Unit(word: "只", kind: .count, note: "animals, objects"),
        Unit(word: "批", kind: .count, note: "batches"),
        Unit(word: "起", kind: .count, note: "incidents (`3起事故`)"),
        Unit(word: "例", kind: .count, note: "cases (medical)"),
        Unit(word: "篇", kind: .count, note: "articles"),
        Unit(word: "层", kind: .count, note: "storeys (not when a number follows)"),
        Unit(word: "块", kind: .count, note: "pieces, plots; also colloquial yuan"),
        Unit(word: "片", kind: .count, note: "areas, slices"),
        Unit(word: "种", kind: .count, note: "kinds"),
        Unit(word: "类", kind: .count, note: "categories"),
        Unit(word: "组", kind: .count, note: "groups"),
        Unit(word: "队", kind: .count, note: "teams"),
        Unit(word: "轮", kind: .count, note: "rounds"),
        Unit(word: "批次", kind: .count, note: "batches"),
        Unit(word: "架", kind: .count, note: "aircraft, frames"),
        Unit(word: "艘", kind: .count, note: "ships"),
        Unit(word: "盏", kind: .count, note: "lamps"),
        Unit(word: "根", kind: .count, note: "poles, sticks"),
        Unit(word: "箱", kind: .count, note: "boxes"),
        Unit(word: "袋", kind: .count, note: "bags"),
        Unit(word: "瓶", kind: .count, note: "bottles"),
        Unit(word: "包", kind: .count, note: "packs"),
        Unit(word: "幅", kind: .count, note: "paintings, banners"),
        Unit(word: "份儿", kind: .count, note: "portions (colloquial)"),
        Unit(word: "倍", kind: .multiple, note: "times as much"),
        // Money.
        Unit(word: "元", kind: .money, note: "yuan (`万元`, `亿元` fold the multiplier into the value)"),
        Unit(word: "美元", kind: .money, note: "US dollars"),
        Unit(word: "欧元", kind: .money, note: "euros"),
        Unit(word: "港元", kind: .money, note: "Hong Kong dollars"),
        Unit(word: "英镑", kind: .money, note: "pounds sterling"),
        Unit(word: "日元", kind: .money, note: "yen"),
        Unit(word: "韩元", kind: .money, note: "won"),
        Unit(word: "泰铢", kind: .money, note: "baht"),
        Unit(word: "新台币", kind: .money, note: "New Taiwan dollars"),
        Unit(word: "澳门元", kind: .money, note: "patacas"),
        Unit(word: "澳元", kind: .money, note: "Australian dollars"),
        Unit(word: "加元", kind: .money, note: "Canadian dollars"),
        Unit(word: "卢布", kind: .money, note: "roubles"),
        Unit(word: "块钱", kind: .money, note: "yuan (colloquial)"),
        Unit(word: "分钱", kind: .money, note: "fen, a hundredth of a yuan (`1分钱`)", reportedAs: "分"),
        Unit(word: "毛钱", kind: .money, note: "mao, a tenth of a yuan (`5毛钱`)", reportedAs: "毛"),
        // Lengths, areas, volumes.
        Unit(word: "米", kind: .length, note: "metres"),
        Unit(word: "公里", kind: .length, note: "kilometres"),
        Unit(word: "千米", kind: .length, note: "kilometres (matched before the multiplier 千)"),
        Unit(word: "厘米", kind: .length, note: "centimetres"),
        Unit(word: "毫米", kind: .length, note: "millimetres"),
        Unit(word: "平方米", kind: .area, note: "square metres"),
        Unit(word: "平米", kind: .area, note: "square metres (colloquial)"),
        Unit(word: "平方公里", kind: .area, note: "square kilometres"),
        Unit(word: "平方千米", kind: .area, note: "square kilometres"),
        Unit(word: "亩", kind: .area, note: "mu (1/15 hectare)"),
        Unit(word: "公顷", kind: .area, note: "hectares"),
        Unit(word: "立方米", kind: .volume, note: "cubic metres"),
        Unit(word: "升", kind: .volume, note: "litres"),
        Unit(word: "公升", kind: .volume, note: "litres (Hong Kong, Taiwan)"),
        Unit(word: "毫升", kind: .volume, note: "millilitres"),
        Unit(word: "吋", kind: .length, note: "inches (Hong Kong)"),
        Unit(word: "英寸", kind: .length, note: "inches"),
        Unit(word: "英里", kind: .length, note: "miles"),
        Unit(word: "海里", kind: .length, note: "nautical miles"),
        // Temperature and sound.
        Unit(word: "℃", kind: .temperature, note: "degrees Celsius"),
        Unit(word: "摄氏度", kind: .temperature, note: "degrees Celsius"),
        Unit(word: "分贝", kind: .sound, note: "decibels"),
        // Weights.
        Unit(word: "吨", kind: .weight, note: "tonnes"),
        Unit(word: "公斤", kind: .weight, note: "kilograms"),
        Unit(word: "千克", kind: .weight, note: "kilograms (matched before the multiplier 千)"),
        Unit(word: "克", kind: .weight, note: "grams"),
        Unit(word: "斤", kind: .weight, note: "jin (half a kilogram)"),
        // Energy.
        Unit(word: "千瓦时", kind: .energy, note: "kilowatt-hours"),
        Unit(word: "千瓦", kind: .energy, note: "kilowatts"),
        Unit(word: "兆瓦", kind: .energy, note: "megawatts"),
        Unit(word: "度电", kind: .energy, note: "kilowatt-hours (colloquial)"),
        // Ages.
        Unit(word: "岁", kind: .age, note: "years of age (`88岁`)"),
        Unit(word: "周岁", kind: .age, note: "full years of age"),
        // Durations (not when 前/后 follows: `两个月前` is a date).
        Unit(word: "年", kind: .duration, note: "years (a 4-digit number before 年 is a year; 年代 is a decade)"),
        Unit(word: "个月", kind: .duration, note: "months (bare 月 after a number is a date)"),
        Unit(word: "天", kind: .duration, note: "days"),
        Unit(word: "周", kind: .duration, note: "weeks"),
        Unit(word: "周年", kind: .duration, note: "anniversaries"),
        Unit(word: "个星期", kind: .duration, note: "weeks"),
        Unit(word: "小时", kind: .duration, note: "hours"),
        Unit(word: "个小时", kind: .duration, note: "hours"),
        Unit(word: "分钟", kind: .duration, note: "minutes (bare 分 is a time or a score)"),
        Unit(word: "秒", kind: .duration, note: "seconds"),
        Unit(word: "秒钟", kind: .duration, note: "seconds"),
        // Percentages.
        Unit(word: "%", kind: .percent, note: "percent sign"),
        Unit(word: "％", kind: .percent, note: "full-width percent sign", reportedAs: "%"),
        Unit(word: "‰", kind: .percent, note: "per mille"),
        Unit(word: "个百分点", kind: .percent, note: "percentage points"),
        Unit(word: "百分点", kind: .percent, note: "percentage points"),
    ]

    /// Where a qualifier stands relative to the number.
    package enum Position: String, Sendable {
        /// Before the number: `近1000平方米`, `超过3000人`.
        case prefix
        /// Between the number (and its multiplier) and the unit: `880余平方米`, `三十多人`.
        case infix
        /// After the unit: `60岁以上`, `50人左右`.
        case suffix
    }

    package struct QualifierWord: Sendable {
        package let word: String
        package let qualifier: FigureMention.Qualifier
        package let position: Position
        package let note: String
    }

    /// Qualifiers and what they mean. The mention's text includes a prefix or suffix qualifier.
    package static let qualifiers: [QualifierWord] = [
        QualifierWord(word: "余", qualifier: .over, position: .infix, note: "more than (`1万余元`)"),
        QualifierWord(word: "多", qualifier: .over, position: .infix, note: "more than (`三十多人`)"),
        QualifierWord(word: "多", qualifier: .over, position: .suffix, note: "more than, after a duration (`3年多`)"),
        QualifierWord(word: "超过", qualifier: .over, position: .prefix, note: "exceeding"),
        QualifierWord(word: "超", qualifier: .over, position: .prefix, note: "exceeding (headline style `超1000人`)"),
        QualifierWord(word: "逾", qualifier: .over, position: .prefix, note: "exceeding (formal)"),
        QualifierWord(word: "至少", qualifier: .over, position: .prefix, note: "at least"),
        QualifierWord(word: "不少于", qualifier: .over, position: .prefix, note: "no fewer than"),
        QualifierWord(word: "以上", qualifier: .over, position: .suffix, note: "and above (`60岁以上`)"),
        QualifierWord(word: "及以上", qualifier: .over, position: .suffix, note: "and above (`65周岁及以上`)"),
        QualifierWord(word: "至少有", qualifier: .over, position: .prefix, note: "at least (`至少有800名`)"),
        QualifierWord(word: "突破", qualifier: .over, position: .prefix, note: "breaking through (`突破1万例`)"),
        QualifierWord(word: "高于", qualifier: .over, position: .prefix, note: "above"),
        QualifierWord(word: "超出", qualifier: .over, position: .prefix, note: "exceeding"),
        QualifierWord(word: "跌破", qualifier: .under, position: .prefix, note: "falling below (`跌破1%`)"),
        QualifierWord(word: "低于", qualifier: .under, position: .prefix, note: "below"),
        QualifierWord(word: "不满", qualifier: .under, position: .prefix, note: "under (`不满3年`)"),
        QualifierWord(word: "最少", qualifier: .over, position: .prefix, note: "at least (`最少要多付10%`)"),
        QualifierWord(word: "最多", qualifier: .under, position: .prefix, note: "at most"),
        QualifierWord(word: "约有", qualifier: .about, position: .prefix, note: "about (`约有6亿人次`)"),
        QualifierWord(word: "近", qualifier: .under, position: .prefix,
                      note: "nearly (`近1000平方米`); before a duration it means 'the last' and is dropped (`近3年`)"),
        QualifierWord(word: "将近", qualifier: .under, position: .prefix, note: "nearly"),
        QualifierWord(word: "接近", qualifier: .under, position: .prefix, note: "close to"),
        QualifierWord(word: "不到", qualifier: .under, position: .prefix, note: "fewer than"),
        QualifierWord(word: "不足", qualifier: .under, position: .prefix, note: "fewer than"),
        QualifierWord(word: "以下", qualifier: .under, position: .suffix, note: "and below"),
        QualifierWord(word: "以内", qualifier: .under, position: .suffix, note: "within"),
        QualifierWord(word: "约", qualifier: .about, position: .prefix, note: "about"),
        QualifierWord(word: "大约", qualifier: .about, position: .prefix, note: "about"),
        QualifierWord(word: "大概", qualifier: .about, position: .prefix, note: "about"),
        QualifierWord(word: "左右", qualifier: .about, position: .suffix, note: "about (`50人左右`)"),
        QualifierWord(word: "上下", qualifier: .about, position: .suffix, note: "about (`50岁上下`)"),
    ]

    package struct Word: Sendable {
        package let word: String
        package let note: String
    }

    /// Words that end in a prefix qualifier without being one: the number after them is read
    /// without a qualifier (`节约3000元` saved 3000 yuan; `附近3家` three nearby).
    package static let falseQualifiers: [Word] = [
        Word(word: "节约", note: "save"), Word(word: "预约", note: "book"), Word(word: "签约", note: "sign"),
        Word(word: "制约", note: "restrict"), Word(word: "相约", note: "arrange to meet"), Word(word: "合约", note: "contract"),
        Word(word: "公约", note: "convention"), Word(word: "履约", note: "perform a contract"), Word(word: "违约", note: "default"),
        Word(word: "邀约", note: "invite"), Word(word: "特约", note: "special (`特约通讯员`)"), Word(word: "条约", note: "treaty"),
        Word(word: "缔约", note: "conclude a treaty"), Word(word: "守约", note: "keep a promise"),
        Word(word: "最近", note: "recently"), Word(word: "附近", note: "nearby"), Word(word: "靠近", note: "next to"),
        Word(word: "临近", note: "approaching (a time)"), Word(word: "邻近", note: "adjacent"), Word(word: "就近", note: "nearby"),
        Word(word: "贴近", note: "close to (figurative)"), Word(word: "走近", note: "approach"), Word(word: "亲近", note: "intimate"),
        Word(word: "高超", note: "superb"), Word(word: "赶超", note: "catch up with"),
        Word(word: "想不到", note: "unexpected"), Word(word: "做不到", note: "cannot do"), Word(word: "找不到", note: "cannot find"),
        Word(word: "看不到", note: "cannot see"), Word(word: "办不到", note: "cannot do"), Word(word: "达不到", note: "cannot reach"),
        Word(word: "得不到", note: "cannot get"), Word(word: "用不到", note: "need not"),
    ]

    package struct Multiplier: Sendable {
        package let word: String
        package let value: Double
        package let note: String
    }

    /// Multipliers folded into the value (`3万` = 30000, `16.4亿` = 1.64e9). After Chinese numerals
    /// they are part of the numeral; after Arabic digits and after 余/多 (`3千余万`) they are read here.
    package static let multipliers: [Multiplier] = [
        Multiplier(word: "百", value: 100, note: "hundred (`5百`)"),
        Multiplier(word: "千", value: 1_000, note: "thousand (`5千元`)"),
        Multiplier(word: "万", value: 10_000, note: "ten thousand"),
        Multiplier(word: "亿", value: 100_000_000, note: "hundred million"),
        Multiplier(word: "百万", value: 1_000_000, note: "million"),
        Multiplier(word: "千万", value: 10_000_000, note: "ten million"),
        Multiplier(word: "万亿", value: 1_000_000_000_000, note: "trillion"),
    ]

    /// Words and idioms whose numerals are not figures, skipped whole wherever they occur.
    /// (A bare 一 — one 一 not part of a longer numeral — is never a figure anyway: `一个安全的环境`.)
    package static let nonFigureWords: [Word] = [
        Word(word: "一老一小", note: "the old and the young (policy phrase)"),
        Word(word: "一站式", note: "one-stop"),
        Word(word: "五社联动", note: "five-party linkage (governance slogan)"),
        Word(word: "五社", note: "the five parties of 五社联动"),
        Word(word: "三多工作法", note: "'three more' working method"),
        Word(word: "三多", note: "'three many' (`何家垅社区有“三多”`)"),
        Word(word: "一懂三会四个能力", note: "fire-safety slogan"),
        Word(word: "四个能力", note: "'four abilities' slogan"),
        Word(word: "一系列", note: "a series"),
        Word(word: "一起", note: "together"),
        Word(word: "统一", note: "unify"),
        Word(word: "一些", note: "some"),
        Word(word: "一直", note: "always"),
        Word(word: "一致", note: "unanimous"),
        Word(word: "唯一", note: "only"),
        Word(word: "一幅幅", note: "picture after picture"),
        Word(word: "一对一", note: "one-to-one"),
        Word(word: "三三两两", note: "in twos and threes"),
        Word(word: "三天两头", note: "very often (天 would read as days)"),
        Word(word: "三番五次", note: "again and again (次 would read as times)"),
        Word(word: "三年五载", note: "a few years"),
        Word(word: "十年如一日", note: "unchanging for years"),
        Word(word: "三五成群", note: "in small groups"),
        Word(word: "千家万户", note: "every household (家, 户 would read as counts)"),
        Word(word: "百家宴", note: "hundred-family banquet"),
        Word(word: "百家", note: "many families (`百家饭`, `百家姓`)"),
        Word(word: "万家", note: "myriad homes (`万家灯火`)"),
        Word(word: "千方百计", note: "by every means"),
        Word(word: "万无一失", note: "perfectly safe"),
        Word(word: "一举两得", note: "two birds with one stone"),
        Word(word: "两个维护", note: "political slogan"),
        Word(word: "两个确立", note: "political slogan"),
        Word(word: "四个意识", note: "political slogan"),
        Word(word: "四个自信", note: "political slogan"),
        Word(word: "四个全面", note: "political slogan"),
        Word(word: "三个代表", note: "political slogan"),
        Word(word: "八项规定", note: "the eight-point rules (项 would read as items)"),
        Word(word: "四周", note: "all around (周 would read as weeks)"),
        Word(word: "四处", note: "everywhere (处 would read as places)"),
        Word(word: "三台", note: "place name 三台县 (台 would read as machines)"),
        Word(word: "五台山", note: "place name"),
        Word(word: "七台河", note: "place name"),
    ]

    /// Characters right before a numeral that make it an ordinal, a weekday or part of a word
    /// (`第一`, `周三`, `星期五`, `初五`, `其一`, `之一`).
    package static let blockingPredecessors: [Word] = [
        Word(word: "第", note: "ordinal"), Word(word: "周", note: "weekday (`周三`)"), Word(word: "星期", note: "weekday (`星期五`; not `为期两天`)"),
        Word(word: "拜", note: "weekday (`礼拜六`)"), Word(word: "初", note: "lunar day (`初五`)"), Word(word: "其", note: "`其一`"),
        Word(word: "之", note: "`之一`"), Word(word: "月", note: "a day of the month (`8月12`)"),
        Word(word: "号", note: "house or ID numbers (`号3`)"), Word(word: "No", note: "numbering"),
        Word(word: "分", note: "the seconds of `6分13秒` (one duration; 分 alone is no unit)"),
    ]

    /// Words after a duration that turn it into a date (`两个月前`, `3年后`): not figures.
    package static let relativeDateFollowers: [Word] = [
        Word(word: "前", note: "ago"), Word(word: "后", note: "later"), Word(word: "以前", note: "ago"),
        Word(word: "以后", note: "later"), Word(word: "之前", note: "ago"), Word(word: "之后", note: "later"),
    ]

    /// Units that name a position in an address when a number follows (`3栋2单元`, `5层3室`).
    package static let addressUnits: [Word] = [
        Word(word: "栋", note: "building number"), Word(word: "幢", note: "building number"),
        Word(word: "座", note: "block number"), Word(word: "层", note: "floor number"), Word(word: "间", note: "room number"),
    ]

    /// Words that begin with a unit character but are not that unit after a number: the number is
    /// not a figure (`两位数` double-digit, `三年级` third grade, `50年代` the fifties).
    package static let notUnitWords: [Word] = [
        Word(word: "位数", note: "digits (`两位数增长`)"), Word(word: "年级", note: "school grade"),
        Word(word: "年代", note: "decade (a date)"), Word(word: "名单", note: "list"),
        Word(word: "人民", note: "the people"), Word(word: "种子", note: "seed (`3种子选手`)"),
        Word(word: "岁月", note: "years (figurative)"), Word(word: "天下", note: "the world"),
        Word(word: "次日", note: "the next day"),
        Word(word: "年期", note: "term (`10年期国债` is a bond's term, not a duration in the text)"),
        Word(word: "单位", note: "unit, organisation"), Word(word: "单元", note: "flat block"),
        Word(word: "款式", note: "style"), Word(word: "人口普查", note: "census"),
    ]

    package struct ArabicUnit: Sendable {
        package let word: String
        /// Only after a number with decimals (`13626.48点`: `3点` is a time).
        package let decimalsOnly: Bool
        package let note: String
    }

    /// Units read only after Arabic digits, where the look-alikes cannot occur: `五级管家` and
    /// `三点` are words or times, `5.2级` and `3到4级` are magnitudes and wind forces, `232.79点`
    /// index points.
    package static let arabicOnlyUnits: [ArabicUnit] = [
        ArabicUnit(word: "级", decimalsOnly: false, note: "levels: magnitude, wind force (`5.2级`, `3到4级`)"),
        ArabicUnit(word: "点", decimalsOnly: true, note: "index points (`13626.48点`)"),
    ]

    /// Words after `/` that make a rate with the unit before it (`5元/小时` besides the units).
    package static let perUnits: [Word] = [
        Word(word: "月", note: "per month"), Word(word: "年", note: "per year"), Word(word: "日", note: "per day"),
        Word(word: "斤", note: "per jin"), Word(word: "平方米", note: "per square metre"), Word(word: "人", note: "per person"),
    ]

    /// Words right before a number that make it negative (`负五元`, `零下5℃`); a minus sign counts too.
    package static let negativeWords: [Word] = [
        Word(word: "负", note: "minus"), Word(word: "零下", note: "below zero"),
    ]

    /// Characters before 负 that make it part of a word (`胜2负3`, `抱负`, `负责`).
    package static let notNegativeBefore: [Word] = [
        Word(word: "胜", note: "won … lost"), Word(word: "正", note: "plus or minus"), Word(word: "抱", note: "ambition"),
        Word(word: "欺", note: "bully"), Word(word: "担", note: "bear"), Word(word: "自", note: "conceited"),
        Word(word: "辜", note: "let down"), Word(word: "背", note: "carry"), Word(word: "肩", note: "shoulder"),
        Word(word: "身", note: "bear"),
    ]

    /// Quote pairs: a Chinese numeral right after the opening quote, closed at most 3 code points after
    /// the numeral, is a slogan (`“五个中心”`, `「三个一批」`), not a figure (`“十五分钟便民圈”` is one).
    package static let sloganQuotes: [Word] = [
        Word(word: "“”", note: "double quotes"), Word(word: "‘’", note: "single quotes"),
        Word(word: "「」", note: "corner brackets"), Word(word: "『』", note: "double corner brackets"),
        Word(word: "\"\"", note: "ASCII quotes"),
    ]

    /// Characters before a bare place numeral that make it "some": `数十人`, `几千元`, `上百家` are about
    /// that many (value 10, 1000, 100, qualifier about).
    package static let approximatePrefixes: [Word] = [
        Word(word: "数", note: "several (`数十`, `数万`)"), Word(word: "几", note: "a few (`几千`)"),
        Word(word: "上", note: "up to (`上百`, `上万`; not `上十`)"),
    ]

    /// Characters after `上下` that make it a word (`上下班` commute, `上下楼`), not "about".
    package static let notAboutAfterShangxia: [Word] = [
        Word(word: "班", note: "commute"), Word(word: "楼", note: "stairs"), Word(word: "车", note: "get on and off"),
        Word(word: "级", note: "hierarchy"), Word(word: "游", note: "up- and downstream"), Word(word: "学", note: "school run"),
        Word(word: "课", note: "class"), Word(word: "铺", note: "bunk"), Word(word: "功", note: "effort"),
        Word(word: "水", note: "water supply"), Word(word: "文", note: "context"), Word(word: "联", note: "linkage"),
    ]

    /// Range connectors between two numbers (`3至5名`, `3-5名`).
    package static let rangeConnectors: [Word] = [
        Word(word: "至", note: "to"), Word(word: "到", note: "to"), Word(word: "-", note: "hyphen"), Word(word: "~", note: "tilde"),
        Word(word: "～", note: "full-width tilde"), Word(word: "—", note: "em dash"), Word(word: "–", note: "en dash"),
        Word(word: "－", note: "full-width hyphen"),
    ]
}
