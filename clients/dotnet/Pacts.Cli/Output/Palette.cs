namespace Pacts.Cli.Output;

/// <summary>ANSI colours, used only on a terminal and never when NO_COLOR is set (https://no-color.org).</summary>
internal sealed class Palette(bool enabled)
{
    public static Palette ForStdout() => new(
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb");

    public string Green(string text) => Wrap("32", text);

    public string Red(string text) => Wrap("31", text);

    public string Yellow(string text) => Wrap("33", text);

    public string Dim(string text) => Wrap("2", text);

    public string Bold(string text) => Wrap("1", text);

    private string Wrap(string code, string text) =>
        enabled && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
