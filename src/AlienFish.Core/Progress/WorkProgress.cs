namespace AlienFish.Core.Progress;

/// <summary>How far a long step is: items done of the total, and the one being worked on.</summary>
public readonly record struct WorkProgress(int Done, int Total, string Current);
