namespace AlienFish.Cli;

public enum Verbosity
{
    Quiet,
    Normal,
    Detailed,
    Diagnostic,
}
