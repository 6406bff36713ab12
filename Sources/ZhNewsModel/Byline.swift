/// A person (or account) credited on an article, with the role the page gives them.
///
/// One entry per (role, name): `■文、图/记者 王琪` yields 王琪 as `reporter` and as `photographer`.
public struct Byline: Codable, Sendable, Hashable {
    /// What a credited person did for the article.
    public enum Role: String, Codable, Sendable, Hashable, CaseIterable {
        /// 记者
        case reporter
        /// 通讯员
        case correspondent
        /// 特约通讯员, 特约记者
        case specialCorrespondent = "special-correspondent"
        /// 实习生
        case intern
        /// 作者, 文, 撰文
        case author
        /// 摄影, 摄, 图, 供图
        case photographer
        /// 摄制, 视频
        case videographer
        /// 编辑
        case editor
        /// 责任编辑
        case responsibleEditor = "responsible-editor"
    }

    /// The role, normalised.
    public var role: Role
    /// The label as printed on the page (`记者`, `特约通讯员`, `文、图/记者` …).
    public var label: String
    /// The name as printed (simplified when the record is).
    public var name: String

    public init(role: Role, label: String, name: String) {
        self.role = role
        self.label = label
        self.name = name
    }
}
