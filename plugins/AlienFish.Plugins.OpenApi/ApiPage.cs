namespace AlienFish.Plugins.OpenApi;

/// <summary>One page of results as the source needs it: the paging numbers and the items.</summary>
/// <param name="TotalCount">The API's <c>totalCount</c>, or null when the answer has none.</param>
/// <param name="Items">Each item's fields as text, as the API sent them.</param>
internal sealed record ApiPage(
    string Extension,
    int? TotalCount,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Items);
