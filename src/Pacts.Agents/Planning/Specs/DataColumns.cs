namespace Pacts.Agents.Planning.Specs;

/// <summary>Names of data columns and variables: a <c>secret:</c> prefix marks a secret one.</summary>
internal static class DataColumns
{
    public const string SecretPrefix = "secret:";

    /// <summary>The name without its <c>secret:</c> prefix (trimmed); <paramref name="secret"/> says whether it had one.</summary>
    public static string Name(string written, out bool secret)
    {
        var name = written.Trim();
        secret = name.StartsWith(SecretPrefix, StringComparison.OrdinalIgnoreCase);
        return secret ? name[SecretPrefix.Length..].Trim() : name;
    }
}
