namespace Pacts.Cli;

/// <summary>A usage or infrastructure problem: its message goes to stderr and the process exits with code 2.</summary>
internal sealed class CliException(string message) : Exception(message);
