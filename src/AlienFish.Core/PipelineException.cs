namespace AlienFish.Core;

/// <summary>A user error in a pipeline step: one line for the user and the exit code it ends with.</summary>
public sealed class PipelineException : Exception
{
    public PipelineException(string message, int exitCode = ExitCodes.BadInput)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
