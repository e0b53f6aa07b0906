using Google.Protobuf.Collections;
using Pacts.V1;

namespace Pacts.Cli;

/// <summary>
/// What a requirement is bound with: <c>--var</c> values, <c>--secret</c> values and a <c>--data</c> CSV file's
/// content. Secret values go to the service only; the CLI never prints them (the service masks them in what it sends).
/// </summary>
/// <param name="DataPath">The <c>--data</c> file as the user wrote it, for messages about its rows.</param>
internal sealed record RunInputs(
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyDictionary<string, string> Secrets,
    string DataCsv,
    string? DataPath = null)
{
    public static RunInputs None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), "");

    /// <summary>Parses the options' values; bad syntax or an unreadable data file is a usage error.</summary>
    public static async Task<RunInputs> ReadAsync(
        IEnumerable<string> variables, IEnumerable<string> secrets, string? dataPath, CancellationToken cancellationToken)
    {
        var data = "";
        if (!string.IsNullOrEmpty(dataPath))
        {
            if (!File.Exists(dataPath))
            {
                throw new CliException($"--data {dataPath}: no such file");
            }

            data = await RequirementFiles.ReadAsync(dataPath, cancellationToken);
        }

        return new RunInputs(
            Pairs(variables, "--var", "user=jane", showValue: true),
            Pairs(secrets, "--secret", "password=...", showValue: false),
            data,
            string.IsNullOrEmpty(dataPath) ? null : dataPath);
    }

    public void ApplyTo(StartRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Copy(Variables, request.Variables);
        Copy(Secrets, request.Secrets);
        request.DataCsv = DataCsv;
    }

    public void ApplyTo(ValidateRequirementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Copy(Variables, request.Variables);
        Copy(Secrets, request.Secrets);
        request.DataCsv = DataCsv;
    }

    /// <summary>NAME=VALUE pairs; a later NAME replaces an earlier one, as with environment variables.</summary>
    private static Dictionary<string, string> Pairs(IEnumerable<string> arguments, string option, string example, bool showValue)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? argument[..equals].Trim() : "";
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
            {
                // A --secret argument without '=' may be the secret itself (its name forgotten): never echo it.
                var shown = showValue ? $" '{argument}'" : "";
                throw new CliException($"{option}{shown}: expected NAME=VALUE, e.g. {option} {example}");
            }

            pairs[name] = argument[(equals + 1)..];
        }

        return pairs;
    }

    private static void Copy(IReadOnlyDictionary<string, string> from, MapField<string, string> to)
    {
        foreach (var (name, value) in from)
        {
            to[name] = value;
        }
    }
}
