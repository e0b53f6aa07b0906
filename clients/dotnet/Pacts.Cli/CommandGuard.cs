namespace Pacts.Cli;

/// <summary>Maps the ways a command can stop abnormally to the CLI's exit codes.</summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await command(cancellationToken);
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync($"pacts: error: {ex.Message}");
            return ExitCodes.UsageOrInfrastructure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("pacts: interrupted");
            return ExitCodes.Interrupted;
        }
    }
}
