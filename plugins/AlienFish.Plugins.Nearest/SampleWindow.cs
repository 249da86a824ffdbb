using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// The days whose samples describe one survey, both ends included, and how reasons name them.
/// </summary>
/// <remarks>
/// With <c>window=days</c> the window runs from <c>window-days</c> days before the survey date
/// to the survey date; a survey without a date has no window. With <c>window=season</c> it is
/// the whole <see cref="Season"/> the survey date falls in, days after the survey included;
/// a survey without a date takes the season of its round (round 1 spring, round 2 autumn) in
/// the year of its key.
/// </remarks>
internal sealed record SampleWindow(DateOnly First, DateOnly Last, string Phrase)
{
    public static bool TryFor(
        FishSurvey survey,
        NearestSettings options,
        [NotNullWhen(true)] out SampleWindow? window,
        [NotNullWhen(false)] out string? reason)
    {
        window = null;
        reason = null;

        if (options.Window == WindowKind.Days)
        {
            if (survey.Date is not { } date)
            {
                // A window needs an end; guessing one from the season would blur what was measured.
                reason = UnmatchedReasons.SurveyHasNoDate;

                return false;
            }

            window = Days(date, options.WindowDays);

            return true;
        }

        var season = survey.Date is { } day
            ? Season.Containing(day)
            : Season.OfRound(survey.Key.Year, survey.Key.Round);

        if (season is null)
        {
            reason = UnmatchedReasons.RoundHasNoSeason(survey.Key.Round);

            return false;
        }

        window = new SampleWindow(season.First, season.Last, "in " + season.Describe());

        return true;
    }

    private static SampleWindow Days(DateOnly surveyDate, int windowDays)
    {
        var first = surveyDate.DayNumber > windowDays
            ? surveyDate.AddDays(-windowDays)
            : DateOnly.MinValue;
        var phrase = string.Create(CultureInfo.InvariantCulture, $"within {windowDays} days before the survey");

        return new SampleWindow(first, surveyDate, phrase);
    }
}
