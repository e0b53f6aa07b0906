namespace Pacts.Agents.Planning;

/// <summary>
/// The secret values of one run. <see cref="Mask"/> replaces every occurrence with <see cref="Shown"/>; it is applied
/// at every boundary where text leaves the run: events, logs, stored rows, reports and generated code.
/// </summary>
public sealed class SecretMask
{
    public const string Shown = "•••";

    private readonly string[] values;

    public SecretMask(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        values = [.. secrets.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    public static SecretMask None { get; } = new([]);

    public bool IsEmpty => values.Length == 0;

    public IReadOnlyList<string> Values => values;

    public bool IsSecret(string? value) => value is not null && Array.IndexOf(values, value) >= 0;

    public SecretMask With(IEnumerable<string> more) => new(values.Concat(more));

    public string? Mask(string? text)
    {
        if (text is null || values.Length == 0)
        {
            return text;
        }

        foreach (var secret in values)
        {
            text = text.Replace(secret, Shown, StringComparison.Ordinal);
        }

        return text;
    }
}
