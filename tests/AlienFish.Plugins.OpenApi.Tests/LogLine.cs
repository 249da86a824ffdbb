using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>One captured log line.</summary>
/// <param name="Text">The message, every structured value and the exception, for searches.</param>
internal sealed record LogLine(LogLevel Level, string Message, string Text);
