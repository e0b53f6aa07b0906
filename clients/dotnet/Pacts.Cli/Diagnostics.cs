using System.Text.RegularExpressions;
using Pacts.Cli.Service;

namespace Pacts.Cli;

/// <summary>Error reports on stderr, in the forms editors and CI logs recognise.</summary>
internal static partial class Diagnostics
{
    /// <summary>
    /// Prints the service's parse errors as a compiler would: <c>path:line:column: error: message</c>
    /// (the service sends them without the path, one per line).
    /// </summary>
    public static void InvalidRequirement(RequirementFile file, string detail)
    {
        var lines = detail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            Console.Error.WriteLine($"{file.Path}: error: the service rejected this requirement");
        }

        foreach (var line in lines)
        {
            Console.Error.WriteLine(LineColumn().IsMatch(line) ? $"{file.Path}:{line}" : $"{file.Path}: error: {line}");
        }
    }

    /// <summary>A call that failed for a reason other than the requirement, with the local service's output if it died.</summary>
    public static void CallFailed(RequirementFile file, string error, ServiceConnection service, string what = "run")
    {
        Console.Error.WriteLine($"pacts: error: {file.Path}: the {what} failed to complete: {error}");
        if (service.CrashReport() is { } report)
        {
            Console.Error.WriteLine($"pacts: {report}");
        }
    }

    [GeneratedRegex(@"^\d+:\d+:")]
    private static partial Regex LineColumn();
}
