namespace AlienFish.Replicas.Portal.Data;

/// <summary>The zero-based columns of 연도, 회차 and 분류코드 in a fish sheet.</summary>
internal sealed record SheetColumns(int Year, int Round, int Code);
