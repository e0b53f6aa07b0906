using Pacts.V1;

namespace Pacts.Cli;

internal static class ExitCodes
{
    public const int Passed = 0;
    public const int TestsFailed = 1;

    /// <summary><c>validate</c>: a requirement does not parse (for <c>run</c> that is a usage error, code 2).</summary>
    public const int Invalid = 1;
    public const int UsageOrInfrastructure = 2;

    /// <summary>The shell's convention for a process stopped by SIGINT (128 + 2).</summary>
    public const int Interrupted = 130;

    public static int For(RunStatus status) => status switch
    {
        RunStatus.Passed => Passed,
        RunStatus.Failed or RunStatus.Cancelled => TestsFailed,
        _ => UsageOrInfrastructure,
    };

    /// <summary>Combines the codes of several runs: an infrastructure error outranks a failure, which outranks a pass.</summary>
    public static int Worst(int a, int b) => Math.Max(a, b);
}
