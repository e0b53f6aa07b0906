using System.Globalization;
using System.Text;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Reporting;

/// <summary>
/// Strings as C# expressions for the generated tests: a plain literal, or, when the text holds a secret, a call that
/// reads it from an environment variable at test time (<c>Env.Bind("... {{env:NAME}} ...")</c>), so no secret is written.
/// </summary>
internal sealed class CSharpText(IReadOnlyDictionary<string, string> secretNames)
{
    /// <summary>
    /// A secret the request named (<c>--var secret:token=…</c>) is read from <c>PACTS_TOKEN</c>; any other (typed into
    /// a password field, a secret data column) from the name <paramref name="nameOf"/> gives its value, the same in
    /// every file.
    /// </summary>
    public static CSharpText For(SecretMask mask, IReadOnlyDictionary<string, string> requestSecrets, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(nameOf);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in requestSecrets.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            names.TryAdd(value, "PACTS_" + Identifier(name).ToUpperInvariant());
        }

        foreach (var value in mask.Values.Where(v => !names.ContainsKey(v)))
        {
            names[value] = nameOf(value);
        }

        return new CSharpText(names);
    }

    /// <summary>The environment variables the generated tests read, and (for the caller only) their values.</summary>
    public IReadOnlyDictionary<string, string> SecretNames => secretNames;

    public string Expression(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var template = Bindable(text);
        return string.Equals(template, text, StringComparison.Ordinal) ? Literal(text) : $"Env.Bind({Literal(template)})";
    }

    /// <summary>The text with each secret replaced by <c>{{env:NAME}}</c>, for <c>Env.Bind</c> at test time.</summary>
    public string Bindable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in secretNames.Keys.Where(s => text.Contains(s, StringComparison.Ordinal)).OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, "{{env:" + secretNames[secret] + "}}", StringComparison.Ordinal);
        }

        return text;
    }

    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A C# identifier in Pascal case from any text ("Sign in as jane" → SignInAsJane).</summary>
    public static string Identifier(string text)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in text ?? "")
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        var name = builder.ToString();
        return name.Length == 0 || char.IsDigit(name[0]) ? "T" + name : name;
    }
}
