using System.CommandLine;

namespace Pacts.Cli.Commands;

/// <summary><c>--var</c>, <c>--secret</c> and <c>--data</c>: the values a requirement's <c>{{name}}</c> placeholders take.</summary>
internal sealed class InputOptions
{
    private readonly Option<string[]> _variables = new("--var")
    {
        Description = "Bind {{NAME}} to VALUE (repeatable); data rows override it",
        HelpName = "NAME=VALUE",
    };

    private readonly Option<string[]> _secrets = new("--secret")
    {
        Description = "Bind {{NAME}} to a secret VALUE (repeatable); shown as ••• in all output and never stored",
        HelpName = "NAME=VALUE",
    };

    private readonly Option<string?> _data = new("--data")
    {
        Description = "A CSV file (header row, then one row per test case instance) for test cases without data of their own",
        HelpName = "file.csv",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_variables);
        command.Options.Add(_secrets);
        command.Options.Add(_data);
    }

    public Task<RunInputs> ReadAsync(ParseResult parse, CancellationToken cancellationToken) => RunInputs.ReadAsync(
        parse.GetValue(_variables) ?? [],
        parse.GetValue(_secrets) ?? [],
        parse.GetValue(_data),
        cancellationToken);
}
