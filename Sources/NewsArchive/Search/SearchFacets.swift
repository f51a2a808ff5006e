/// How many results a search has and how the best of them divide among speakers and
/// publications: the counts shown beside a page of results.
///
/// ```swift
/// let facets = try search.articleFacets(matching: query)   // query: "flood"
/// facets.total              // 4120: every matching article
/// facets.sampleIDs.count    // 1000: the best of them, which the counts below cover
/// facets.speakers[0]        // Simon Bailey: 37
/// ```
public struct SearchFacets: Sendable, Equatable {
    /// The number of results, all pages together.
    public var total: Int
    /// The speakers with the most results in the sample, most first: for articles, how many
    /// articles quote each speaker; for quotes, how many quotes each one said.
    public var speakers: [FacetCount]
    /// The publications with the most results in the sample, most first (of the articles, or of
    /// the quotes' articles); articles without a publication are left out.
    public var publications: [FacetCount]
    /// The ids of the results the counts cover, in result order (best first): every result,
    /// or the first of them when there are more than the sample size.
    public var sampleIDs: [Int64]

    /// Creates facets from counts already made.
    public init(
        total: Int, speakers: [FacetCount] = [], publications: [FacetCount] = [],
        sampleIDs: [Int64] = []
    ) {
        self.total = total
        self.speakers = speakers
        self.publications = publications
        self.sampleIDs = sampleIDs
    }

    /// True when the counts cover only the first results, not all of them.
    public var isSampled: Bool { sampleIDs.count < total }
}

/// One value of a facet (a speaker's name, a publication) and how many results have it.
public struct FacetCount: Sendable, Equatable, CustomStringConvertible {
    /// The name, as the archive stores it.
    public var value: String
    /// The number of results with this value.
    public var count: Int

    /// Creates a count.
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }

    /// "value: count".
    public var description: String { "\(value): \(count)" }
}
