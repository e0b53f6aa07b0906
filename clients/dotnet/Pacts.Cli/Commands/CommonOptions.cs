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

    /// <summary><c>--output text|json</c> (default text), described for the command at hand.</summary>
    public static Option<string> Output(string description)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = description,
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        output.AcceptOnlyFromAmong("text", "json");
        return output;
    }
}
