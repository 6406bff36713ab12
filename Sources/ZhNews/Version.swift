/// The version of zhnews (the package and the `zhnews` tool); records carry their own
/// `schema` version (``Record/schemaVersion``).
public enum ZhNewsVersion {
    public static let string = "0.1.0"
}
