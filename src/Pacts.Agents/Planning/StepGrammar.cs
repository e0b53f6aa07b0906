using System.Globalization;
using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>What the grammar made of one line: its steps, or an error with the closest known phrasing.</summary>
/// <param name="OpensForm">True for "Fill in the form:", whose following "Field = value" lines are fills.</param>
internal sealed record LineRead(IReadOnlyList<StepDraft> Steps, string? Error, string? Suggestion, bool OpensForm = false)
{
    public bool Success => Error is null;

}

/// <summary>
/// The deterministic grammar of action steps (<see cref="FactGrammar"/> reads assertions). The same line always gives
/// the same steps; a line no rule reads gives an error with the closest known phrasing.
/// </summary>
internal static partial class StepGrammar
{
    private const string Val = """(?<value>"[^"]*"|'[^']*'|“[^”]*”|.+?)""";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, Func<Match, StepDraft[]?> Build)[] Actions =
    [
        (GoBackRule(), _ => [new StepDraft(StepAction.GoBack)]),
        (ReloadRule(), _ => [new StepDraft(StepAction.Reload)]),
        (NavigateRule(), m => Url(m.Groups["url"].Value) is { } url ? [new StepDraft(StepAction.Navigate, Value: url)] : null),
        (WaitTimeRule(), m => [new StepDraft(StepAction.Wait, Value: Milliseconds(m.Groups["n"].Value, m.Groups["unit"].Value))]),
        (WaitGoneRule(), m => [new StepDraft(StepAction.WaitForGone, Value: Subject(m.Groups["value"].Value))]),
        (WaitForRule(), m => [new StepDraft(StepAction.WaitFor, Value: Subject(m.Groups["value"].Value))]),
        (LoginRule(), Login),
        (FillPairsRule(), m => FillPairs(m.Groups["pairs"].Value)),
        (TypeSlowlyRule(), m => [TargetText.Draft(StepAction.Type, m.Groups["target"].Value, Value(m))]),
        (TypeSlowlyAfterRule(), m => [TargetText.Draft(StepAction.Type, m.Groups["target"].Value, Value(m))]),
        (UploadRule(), m => [TargetText.Draft(StepAction.Upload, m.Groups["target"].Value, Value(m))]),
        (EnterAsRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        (EnterRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        (FillRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        (SetRule(), m => [Fill(m.Groups["target"].Value, Value(m))]),
        (ClearRule(), m => [Clear(m.Groups["target"].Value)]),
        (SelectFromRule(), m => [TargetText.Draft(StepAction.Select, m.Groups["target"].Value, Value(m))]),
        (SelectToggleRule(), m => [TargetText.Draft(StepAction.Check, m.Groups["target"].Value, null)]),
        (PressKeyRule(), PressKey),
        (DoubleClickRule(), m => [TargetText.Draft(StepAction.DoubleClick, Phrases.DropPurpose(m.Groups["target"].Value), null)]),
        (HoverRule(), m => [TargetText.Draft(StepAction.Hover, m.Groups["target"].Value, null)]),
        (ScrollRule(), m => [TargetText.Draft(StepAction.ScrollTo, m.Groups["target"].Value, null)]),
        (PressButtonRule(), m => [Click(m.Groups["target"].Value, "button")]),
        (OpenLinkRule(), m => [Click(m.Groups["target"].Value, m.Groups["kind"].Value)]),
        (FollowRule(), m => [Click(m.Groups["target"].Value, "link")]),
        (CheckRule(), Toggle),
        (ClickRule(), m => [Click(m.Groups["target"].Value, null)]),
    ];

    /// <summary>
    /// Reads one line (without its number or bullet): an action step, or with <paramref name="expectation"/> an
    /// expected result. Compound lines give several steps; a line no rule reads gives an error and a suggestion.
    /// </summary>
    public static LineRead Read(string line, bool expectation)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > Phrases.MaxLineLength)
        {
            return new LineRead([], $"the line is {line.Length} characters long; a step can be at most {Phrases.MaxLineLength}", "split it into several steps");
        }

        var text = Phrases.Clean(line);
        if (text.Length == 0)
        {
            return new LineRead([], "cannot read an empty step", Suggestions.For(line, expectation));
        }

        if (FormHeaderRule().IsMatch(text))
        {
            return new LineRead([], null, null, OpensForm: true);
        }

        if (expectation)
        {
            return Facts(text, line, expectation: true);
        }

        var prefix = FactGrammar.Prefix(text);
        if (prefix.Length > 0 && !BareCheck().IsMatch(prefix))
        {
            return Facts(text, line, expectation: false);
        }

        // "Check the Gift checkbox" is an action; "Check the total shows $26" is a fact.
        if (prefix.Length > 0 && FactGrammar.Read(text) is { } facts)
        {
            return new LineRead(facts, null, null);
        }

        if (ReadAction(text) is { } steps)
        {
            return new LineRead(steps, null, null);
        }

        return Facts(text, line, expectation: false);
    }

    private static LineRead Facts(string text, string line, bool expectation)
    {
        var facts = FactGrammar.Read(text);
        if (facts is not null)
        {
            return new LineRead(facts, null, null);
        }

        var what = expectation || FactGrammar.Prefix(text).Length > 0 ? "expected result" : "step";
        var why = expectation ? FactGrammar.Why(text) : Suggestions.MissingPart(text) ?? FactGrammar.Why(text);
        return new LineRead([], $"cannot read the {what} '{line.Trim()}'{why}", Suggestions.For(line, expectation));
    }

    /// <summary>Reads a field/value line under "Fill in the form:" ("First Name = John", "City: Springfield").</summary>
    public static StepDraft? ReadFormLine(string line)
    {
        var pair = Pair().Match(line.Trim().TrimEnd(',', ';'));
        return pair.Success ? Fill(pair.Groups["field"].Value, Phrases.Unquote(pair.Groups["value"].Value)) : null;
    }

    internal static StepDraft[]? ReadAction(string text)
    {
        foreach (var (pattern, build) in Actions)
        {
            var match = pattern.Match(text);
            if (match.Success && build(match) is { } steps && steps.All(Valid))
            {
                return steps;
            }
        }

        return null;
    }

    private static bool Valid(StepDraft step) =>
        step.Target is not { Length: 0 } && (step.Value is not { Length: 0 } || step.Action is StepAction.Fill or StepAction.Type)
        && !(step.Action is StepAction.Click or StepAction.DoubleClick or StepAction.Hover && step.Target is null)
        && !Phrases.IsEmptyWord(step.Target) && !Phrases.IsEmptyWord(step.Value)
        && (step.Target is null || !Phrases.StartsWithPreposition(step.Target));

    private static string Value(Match m) => Phrases.Unquote(m.Groups["value"].Value);

    private static string Subject(string text) => Phrases.Unquote(Phrases.DropArticle(text.Trim()));

    private static StepDraft Click(string rawTarget, string? kind)
    {
        var step = TargetText.Draft(StepAction.Click, Phrases.DropPurpose(rawTarget), null);
        return kind is { Length: > 0 } && step.ElementKind is null ? step with { ElementKind = kind.ToLowerInvariant() } : step;
    }

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

    private static StepDraft Clear(string rawTarget)
    {
        var step = TargetText.Draft(StepAction.Clear, rawTarget, null);
        return step.ElementKind is "checkbox" or "radio" ? step with { Action = StepAction.Uncheck } : step;
    }

    private static bool? IsOn(string value) => value.ToLowerInvariant() switch
    {
        "on" or "checked" or "true" or "yes" or "ticked" or "selected" => true,
        "off" or "unchecked" or "false" or "no" or "unticked" or "cleared" => false,
        _ => null,
    };

    private static StepDraft[]? Toggle(Match m)
    {
        var verb = m.Groups["verb"].Value.ToLowerInvariant();
        var off = verb.StartsWith("un", StringComparison.Ordinal) || verb is "disable" || verb.StartsWith("turn off", StringComparison.Ordinal) || verb.StartsWith("switch off", StringComparison.Ordinal);
        return [TargetText.Draft(off ? StepAction.Uncheck : StepAction.Check, m.Groups["target"].Value, null)];
    }

    private static StepDraft[]? PressKey(Match m)
    {
        var key = KeyNames.Normalize(m.Groups["key"].Value);
        if (key is null)
        {
            return null;
        }

        return m.Groups["target"].Success
            ? [TargetText.Draft(StepAction.Press, m.Groups["target"].Value, key)]
            : [new StepDraft(StepAction.Press, Value: key)];
    }

    private static StepDraft[]? Login(Match m)
    {
        var user = Phrases.Unquote(m.Groups["user"].Value);
        var password = Phrases.Unquote(m.Groups["password"].Value);
        var field = m.Groups["field"].Value.ToLowerInvariant() switch
        {
            "email" or "e-mail" or "email address" => "Email",
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

    private static string? Url(string written)
    {
        var url = Phrases.Unquote(written.Trim());
        return UrlLike().IsMatch(url) ? url : null;
    }

    private static string Milliseconds(string number, string unit)
    {
        var n = double.Parse(number, CultureInfo.InvariantCulture);
        var factor = unit.ToLowerInvariant() switch
        {
            "ms" or "millisecond" or "milliseconds" or "msec" or "msecs" => 1,
            "minute" or "minutes" or "min" or "mins" => 60_000,
            _ => 1_000,
        };
        return ((long)Math.Round(n * factor)).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("""^(?:(?:go|navigate|move)\s+back(?:\s+(?:to\s+the\s+previous\s+page|one\s+page|in\s+(?:the\s+)?(?:browser|history)))?|(?:click|press|hit|use|tap)\s+(?:on\s+)?the\s+browser(?:'s)?\s+back(?:\s+button)?|(?:return|go)\s+to\s+the\s+previous\s+page)$""", Options)]
    private static partial Regex GoBackRule();

    [GeneratedRegex("""^(?:reload|refresh)(?:\s+(?:the\s+)?(?:current\s+)?(?:page|browser|browser\s+page|screen|window))?$""", Options)]
    private static partial Regex ReloadRule();

    [GeneratedRegex("""^(?:(?:go|navigate|browse|head|point\s+the\s+browser)\s+(?:straight\s+|directly\s+)?to|open|visit|load|launch)\s+(?:the\s+)?(?:url\s+|page\s+|address\s+|path\s+)?(?<url>"[^"]+"|'[^']+'|\S+)(?:\s+(?:page|url))?$""", Options)]
    private static partial Regex NavigateRule();

    [GeneratedRegex("""^(?:https?://\S+|www\.\S+|/\S*|\.{1,2}/\S*|\{\{[\w:.-]+\}\}\S*|[\w\-]+(?:/[\w\-.]*)*\.[a-z]{2,5}(?:[/?#]\S*)?|[\w\-]+/[\w\-./?=&#]*)$""", Options)]
    private static partial Regex UrlLike();

    [GeneratedRegex("""^(?:wait|pause|sleep)\s+(?:for\s+)?(?:about\s+)?(?<n>\d+(?:\.\d+)?)\s*(?<unit>seconds?|secs?|s|milliseconds?|msecs?|ms|minutes?|mins?)$""", Options)]
    private static partial Regex WaitTimeRule();

    [GeneratedRegex($"""^wait\s+(?:for|until)\s+{Val}\s+(?:to\s+(?:disappear|vanish|go\s+away|close|be\s+(?:hidden|gone|removed|closed|dismissed))|disappears|vanishes|goes\s+away|(?:is|has)\s+(?:gone|hidden|removed|closed|disappeared|no\s+longer\s+(?:visible|shown|displayed)|not\s+(?:visible|shown|displayed)))$""", Options)]
    private static partial Regex WaitGoneRule();

    [GeneratedRegex($"""^wait\s+(?:for|until)\s+{Val}(?:\s+(?:to\s+(?:appear|load|show\s+up|be\s+(?:visible|shown|displayed|present))|appears|loads|shows\s+up|is\s+(?:visible|shown|displayed|present|loaded)))?$""", Options)]
    private static partial Regex WaitForRule();

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

    [GeneratedRegex($"""^(?:enter|type|input|put|write|key\s+in|insert|paste|fill\s+in)\s+{Val}\s+(?:in|into|in\s+to|on|inside|to)\s+(?<target>.+)$""", Options)]
    private static partial Regex EnterRule();

    [GeneratedRegex($"""^(?:fill|populate)(?:\s+in|\s+out)?\s+(?<target>.+?)\s+(?:with|using)\s+{Val}$""", Options)]
    private static partial Regex FillRule();

    [GeneratedRegex($"""^(?:set|change|update)\s+(?<target>.+?)\s+(?:to|as)\s+{Val}$""", Options)]
    private static partial Regex SetRule();

    [GeneratedRegex("""^(?:clear|empty|erase|blank\s+out)\s+(?:out\s+)?(?<target>.+)$""", Options)]
    private static partial Regex ClearRule();

    [GeneratedRegex($"""^(?:select|choose|pick)\s+(?:the\s+option\s+)?{Val}\s+(?:from|in|on|under|within|for|as)\s+(?<target>.+)$""", Options)]
    private static partial Regex SelectFromRule();

    [GeneratedRegex("""^(?:select|choose|pick|tick|mark)\s+(?<target>.+?\s+(?:checkbox|check\s+box|radio\s+button|radio|toggle|switch)(?:\s+.+)?)$""", Options)]
    private static partial Regex SelectToggleRule();

    [GeneratedRegex("""^(?:press|hit|strike|tap)\s+(?:the\s+)?(?<key>[A-Za-z0-9]+(?:\s*\+\s*[A-Za-z0-9]+)*)(?:\s+key)?(?:\s+(?:in|on|inside|while\s+in)\s+(?<target>.+))?$""", Options)]
    private static partial Regex PressKeyRule();

    [GeneratedRegex("""^double[\s-]?click(?:\s+on)?\s+(?<target>.+)$""", Options)]
    private static partial Regex DoubleClickRule();

    [GeneratedRegex("""^(?:hover|mouse\s*over|move\s+(?:the\s+)?(?:mouse|cursor|pointer)\s+(?:over|to|onto|on))\s+(?:over\s+|on\s+|onto\s+|above\s+)?(?<target>.+)$""", Options)]
    private static partial Regex HoverRule();

    [GeneratedRegex("""^scroll\s+(?:down\s+|up\s+)?(?:to|until|towards)\s+(?<target>.+?)(?:\s+(?:is|becomes)\s+visible)?$|^scroll\s+(?<target>.+?)\s+into\s+view$""", Options)]
    private static partial Regex ScrollRule();

    [GeneratedRegex("""^(?:press|push|hit)\s+(?:on\s+)?(?:the\s+)?(?<target>.+?)\s+button\b(?<rest>.*)$""", Options)]
    private static partial Regex PressButtonRule();

    [GeneratedRegex("""^(?:open|select|choose|switch\s+to|go\s+to)\s+(?:the\s+)?(?<target>.+?)\s+(?<kind>link|tab|menu\s+item|menu)(?:\s+.+)?$""", Options)]
    private static partial Regex OpenLinkRule();

    [GeneratedRegex("""^follow\s+(?:the\s+)?(?<target>.+?)(?:\s+link)?$""", Options)]
    private static partial Regex FollowRule();

    [GeneratedRegex("""^(?<verb>check|uncheck|tick|untick|mark|unmark|enable|disable|turn\s+on|turn\s+off|switch\s+on|switch\s+off|toggle\s+on|toggle\s+off)\s+(?<target>.+)$""", Options)]
    private static partial Regex CheckRule();

    [GeneratedRegex("""^(?:click|tap|press|push|hit|select|choose|pick|submit|activate|single[\s-]click)(?:\s+on|\s+onto)?\s+(?<target>.+)$""", Options)]
    private static partial Regex ClickRule();

    [GeneratedRegex("""^check\s*$""", Options)]
    private static partial Regex BareCheck();
}
