namespace Pacts.Cli;

internal static class Urls
{
    /// <summary>Checks that an option's value is an absolute http(s) URL, or stops with a usage error.</summary>
    public static Uri Require(string value, string option)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new CliException($"{option} must be an absolute http:// or https:// URL, got '{value}'");
    }
}
