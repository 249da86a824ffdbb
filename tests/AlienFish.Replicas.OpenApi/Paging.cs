namespace AlienFish.Replicas.OpenApi;

/// <summary>The paging numbers of one answer.</summary>
internal sealed record Paging(int PageNo, int NumOfRows, int TotalCount);
