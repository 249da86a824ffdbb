namespace AlienFish.Plugins.Nearest;

/// <summary>Which samples of a station describe a survey.</summary>
internal enum WindowKind
{
    /// <summary>The <c>window-days</c> days before the survey date (<c>window=days</c>).</summary>
    Days,

    /// <summary>The whole meteorological season of the survey (<c>window=season</c>).</summary>
    Season,
}
