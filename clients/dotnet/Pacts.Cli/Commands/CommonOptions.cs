using System.CommandLine;

namespace Pacts.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string?> Server() => new("--server")
    {
        Description = "URL of a running Pacts service (default: $PACTS_SERVER, else a 'pacts serve' on " +
                      "http://127.0.0.1:5251, else a local service started for this command)",
        HelpName = "URL",
    };
}
