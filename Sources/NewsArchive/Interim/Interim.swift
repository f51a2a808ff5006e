// Stand-in until Extraction/ lands.
public enum ArticleExtractor {
    public static func extract(from article: Article) -> ArticleExtraction { ArticleExtraction() }
}
