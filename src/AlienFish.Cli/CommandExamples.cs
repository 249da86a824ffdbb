using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace AlienFish.Cli;

/// <summary>
/// Real examples at the end of each command's <c>--help</c>, kept out of the one-line
/// descriptions that the parent command lists.
/// </summary>
internal static class CommandExamples
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = [];

    public static Command WithExamples(this Command command, params string[] examples)
    {
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    /// <summary>Wraps the help option of <paramref name="root"/> so help ends with the examples.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();

        if (help.Action is HelpAction inner)
        {
            help.Action = new HelpThenExamples(inner);
        }
    }

    private sealed class HelpThenExamples(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = inner.Invoke(parseResult);

            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");

                foreach (var example in examples)
                {
                    output.WriteLine($"  {example}");
                }

                output.WriteLine();
            }

            return result;
        }
    }
}
