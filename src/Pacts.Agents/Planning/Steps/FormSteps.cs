using System.Text.RegularExpressions;
using static Pacts.Agents.Planning.Vocabulary;

namespace Pacts.Agents.Planning;

/// <summary>Filling forms: signing in, field/value pairs, typing, uploading, setting, clearing and choosing.</summary>
internal static partial class FormSteps
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly StepRule[] Rules =
    [
        new(LoginRule(), Login),
        new(FillPairsRule(), m => FillPairs(m.Groups["pairs"].Value)),
        new(TypeSlowlyRule(), m => [TargetText.Draft(StepAction.Type, m.Groups["target"].Value, Value(m))]),
        new(TypeSlowlyAfterRule(), m => [TargetText.Draft(StepAction.Type, m.Groups["target"].Value, Value(m))]),
        new(UploadRule(), m => [TargetText.Draft(StepAction.Upload, m.Groups["target"].Value, Value(m))]),
        new(EnterAsRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        new(EnterRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        new(FillRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        new(SetRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        new(ClearRule(), m => Clear(m.Groups["verb"].Value, m.Groups["target"].Value)),
        new(SelectFromRule(), m => [TargetText.Draft(StepAction.Select, m.Groups["target"].Value, Value(m))]),
        new(SelectToggleRule(), m => [TargetText.Draft(StepAction.Check, m.Groups["target"].Value, null)]),
    ];

    /// <summary>Whether the line is "Fill in the form:", whose following "Field = value" lines are fills.</summary>
    public static bool OpensForm(string text) => FormHeaderRule().IsMatch(text);

    /// <summary>Reads a field/value line under "Fill in the form:" ("First Name = John", "City: Springfield").</summary>
    public static StepDraft? ReadFormLine(string line)
    {
        var pair = Pair().Match(line.Trim().TrimEnd(',', ';'));
        return pair.Success ? Fill(pair.Groups["field"].Value, Phrases.Unquote(pair.Groups["value"].Value)) : null;
    }

    private static string Value(Match m) => Phrases.Unquote(m.Groups["value"].Value);

    private static StepDraft Fill(string rawTarget, string value)
    {
        var step = TargetText.Draft(StepAction.Fill, rawTarget, value);
        return step.ElementKind switch
        {
            "dropdown" or "option" => step with { Action = StepAction.Select },
            "checkbox" or "radio" when IsOn(value) is { } on => step with { Action = on ? StepAction.Check : StepAction.Uncheck, Value = null },
            _ => step,
        };
    }

    private static StepDraft[]? Clear(string verb, string rawTarget)
    {
        var step = TargetText.Draft(StepAction.Clear, rawTarget, null);
        if (step.ElementKind is "checkbox" or "radio")
        {
            return [step with { Action = StepAction.Uncheck }];
        }

        // "Empty the cart" is many actions of the app, not clearing one field; "Empty the search box" is.
        return verb.StartsWith("clear", StringComparison.OrdinalIgnoreCase) || step.ElementKind == "field" ? [step] : null;
    }

    private static bool? IsOn(string value) => value.ToLowerInvariant() switch
    {
        "on" or "checked" or "true" or "yes" or "ticked" or "selected" => true,
        "off" or "unchecked" or "false" or "no" or "unticked" or "cleared" => false,
        _ => null,
    };

    private static StepDraft[]? Login(Match m)
    {
        var user = Phrases.Unquote(m.Groups["user"].Value);
        var password = Phrases.Unquote(m.Groups["password"].Value);
        var field = m.Groups["field"].Value.ToLowerInvariant() switch
        {
            "email" or "e-mail" or "email address" => "Email",
            _ when user.Contains('@', StringComparison.Ordinal) => "Email",
            _ => "Username",
        };
        var button = m.Groups["verb"].Value.StartsWith("sign", StringComparison.OrdinalIgnoreCase) ? "Sign in" : "Log in";
        return user.Length == 0 || password.Length == 0 ? null :
        [
            new StepDraft(StepAction.Fill, field, user),
            new StepDraft(StepAction.Fill, "Password", password),
            new StepDraft(StepAction.Click, button, ElementKind: "button"),
        ];
    }

    private static StepDraft[]? FillPairs(string pairs)
    {
        var steps = new List<StepDraft>();
        foreach (var (part, _) in Phrases.SplitOutsideQuotes(pairs, ','))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            if (ReadFormLine(part) is not { } step)
            {
                return null;
            }

            steps.Add(step);
        }

        return steps.Count == 0 ? null : [.. steps];
    }

    [GeneratedRegex("""^(?<verb>log\s*in|login|sign\s*in|signin)\s+(?:as|with)\s+(?:(?:the\s+)?(?<field>username|user\s+name|user|email\s+address|email|e-mail|login)\s+)?(?<user>"[^"]+"|'[^']+'|\S+)\s*(?:,\s*|\s+)?(?:with|and|using|/)\s+(?:the\s+)?(?:password|pwd|pass|passcode)?\s*(?<password>"[^"]+"|'[^']+'|\S+)$""", Options)]
    private static partial Regex LoginRule();

    [GeneratedRegex("""^(?:fill\s+(?:in|out)|complete|enter)(?:\s+the\s+(?:form|fields|following|details))?(?:\s+with)?\s*:\s*(?<pairs>.*[=:].*)$""", Options)]
    private static partial Regex FillPairsRule();

    [GeneratedRegex("""^(?:fill\s+(?:in|out)|complete|enter|provide)\s+(?:the\s+)?(?:[\w ]+\s+)?(?:form|fields|following|details|information)(?:\s+(?:with|as\s+follows))?\s*:?$|^fill\s+in\s*:$""", Options)]
    private static partial Regex FormHeaderRule();

    [GeneratedRegex("""^(?<field>[^=:]+?)\s*[=:]\s*(?<value>.*)$""", Options)]
    private static partial Regex Pair();

    [GeneratedRegex($"""^(?:slowly\s+)?type\s+{Val}\s+(?:key\s+by\s+key|character\s+by\s+character|letter\s+by\s+letter|one\s+(?:key|character)\s+at\s+a\s+time|slowly)\s+(?:in|into|in\s+to)\s+(?<target>.+)$|^slowly\s+type\s+{Val}\s+(?:in|into)\s+(?<target>.+)$""", Options)]
    private static partial Regex TypeSlowlyRule();

    [GeneratedRegex($"""^type\s+{Val}\s+(?:in|into)\s+(?<target>.+?)\s+(?:key\s+by\s+key|character\s+by\s+character|letter\s+by\s+letter|one\s+(?:key|character)\s+at\s+a\s+time|slowly)$""", Options)]
    private static partial Regex TypeSlowlyAfterRule();

    [GeneratedRegex($"""^(?:upload|attach|choose\s+file)\s+(?:the\s+)?(?:file\s+)?{Val}\s+(?:to|into|in|using|via|with|through|on|as)\s+(?<target>.+)$""", Options)]
    private static partial Regex UploadRule();

    [GeneratedRegex($"""^(?:enter|provide|give)\s+(?:the\s+|a\s+|an\s+)?(?<target>[\w\- ]+?)\s+as\s+{Val}$""", Options)]
    private static partial Regex EnterAsRule();

    [GeneratedRegex($"""^(?:enter|type|input|put|write|key\s+in|insert|paste|fill\s+in)\s+{Val}\s+(?:in|into|in\s+to|on|inside|to)\s+(?!(?:a|an)\s)(?<target>.+)$""", Options)]
    private static partial Regex EnterRule();

    [GeneratedRegex($"""^(?:fill|populate)(?:\s+in|\s+out)?\s+(?<target>.+?)\s+(?:with|using)\s+{Val}$""", Options)]
    private static partial Regex FillRule();

    [GeneratedRegex($"""^(?:set|change|update)\s+(?<target>.+?)\s+(?:to|as)\s+{Val}$""", Options)]
    private static partial Regex SetRule();

    [GeneratedRegex("""^(?<verb>clear|empty|erase|blank\s+out)\s+(?:out\s+)?(?<target>.+)$""", Options)]
    private static partial Regex ClearRule();

    [GeneratedRegex($"""^(?:select|choose|pick)\s+(?:the\s+option\s+)?{Val}\s+(?:from|in|on|under|within|for|as)\s+(?<target>.+)$""", Options)]
    private static partial Regex SelectFromRule();

    [GeneratedRegex("""^(?:select|choose|pick|tick|mark)\s+(?<target>.+?\s+(?:checkbox|check\s+box|radio\s+button|radio|toggle|switch)(?:\s+.+)?)$""", Options)]
    private static partial Regex SelectToggleRule();
}
