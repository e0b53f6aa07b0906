using System.Globalization;
using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// The value of an <see cref="StepAction.AssertCount"/> step: a whole number, alone (exactly) or after a comparison:
/// <c>&gt;=4</c> (at least), <c>&lt;=4</c> (at most), <c>&gt;4</c> (more than), <c>&lt;4</c> (fewer than).
/// </summary>
public readonly partial record struct CountValue(string Comparison, int Number)
{
    /// <summary>Reads <c>4</c>, <c>=4</c>, <c>&gt;= 4</c>, <c>≥4</c>, <c>&lt;=4</c>, <c>≤4</c>, <c>&gt;4</c> or <c>&lt;4</c>.</summary>
    public static bool TryParse(string? text, out CountValue value)
    {
        var match = Written().Match(text ?? "");
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            value = default;
            return false;
        }

        var comparison = match.Groups["op"].Value switch
        {
            "" or "=" or "==" => "=",
            "≥" => ">=",
            "≤" => "<=",
            var op => op,
        };
        value = new CountValue(comparison, number);
        return true;
    }

    public bool Holds(int count) => Comparison switch
    {
        ">=" => count >= Number,
        "<=" => count <= Number,
        ">" => count > Number,
        "<" => count < Number,
        _ => count == Number,
    };

    /// <summary>The expectation in words: "4", "at least 4", "at most 4", "more than 4", "fewer than 4".</summary>
    public string Words
    {
        get
        {
            var n = Number.ToString(CultureInfo.InvariantCulture);
            return Comparison switch
            {
                ">=" => "at least " + n,
                "<=" => "at most " + n,
                ">" => "more than " + n,
                "<" => "fewer than " + n,
                _ => n,
            };
        }
    }

    /// <summary>The canonical written form, as plans hold it: "4", "&gt;=4", "&lt;=4", "&gt;4", "&lt;4".</summary>
    public override string ToString() => (Comparison == "=" ? "" : Comparison) + Number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<op>>=|<=|==|=|>|<|≥|≤)?\s*(?<n>\d+)\s*$")]
    private static partial Regex Written();
}
