/// Data: what `class` and `id` values say about an element, for finding the article's container
/// and the elements that name its author, outlet or a caption. Matching lives in the parser's
/// `ArticleContainerFinder`.
package enum ElementHints {
    /// `id`/`class` fragments that suggest the article body (matched inside any token).
    package static let positive = ["content", "article", "trs_editor", "zoom", "detail", "main", "text", "body", "news", "post", "entry", "con"]
    /// `id`/`class` tokens that suggest chrome (a token equal to one, or starting with one of
    /// four letters or more).
    package static let negative = ["comment", "footer", "header", "nav", "menu", "sidebar", "related", "recommend", "share", "copyright", "ad", "banner", "list", "hot", "rank"]

    /// `class`/`id` fragments of elements that hold an author's name.
    package static let authorClassHints: Set<String> = ["author", "author-name", "authorname", "author_name", "byline", "writer", "user-name", "username", "user-card-name", "auth-name", "article-author"]

    /// `class`/`id` names of elements that hold the outlet's name.
    package static let outletClassHints: Set<String> = ["source", "a_source", "article-source", "source-name", "media-name", "laiyuan", "ly", "from", "article-from", "js_name"]

    /// `class` names of caption elements (`pic-desc`, `img_desc`).
    package static let captionClassHints: Set<String> = ["caption", "pic-desc", "pic_desc", "picdesc", "img-desc", "img_desc", "imgdesc", "photo-desc", "pictext", "pic-text", "img-caption", "image-caption"]
}
