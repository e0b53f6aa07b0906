using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Lines that hold several actions: "A, then B", "A and B", "Tick X, Y and Z" (one verb, several targets), "Press +
/// 3 times". Each part must read whole on its own; a verb carries over to the next part only when that part is a quoted
/// name ("Click "Cheapest", then "Fastest"") or the verb ticks boxes. A line whose parts do not all read is no reading.
/// </summary>
internal static partial class CompoundSteps
{
    private const int MaxParts = 10;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The steps of a line of one or more actions, or null when any part of it does not read.</summary>
    public static StepDraft[]? Read(string text, Func<string, StepDraft[]?> readOne) => Read(text, readOne, [], 0, listed: false);

    /// <param name="listed">True for the rest of a written list of boxes to tick ("…, Courtesy car and Legal protection").</param>
    private static StepDraft[]? Read(string text, Func<string, StepDraft[]?> readOne, Dictionary<string, StepDraft[]?> seen, int depth, bool listed)
    {
        var key = listed ? "\u0001" + text : text;
        if (seen.TryGetValue(key, out var known))
        {
            return known;
        }

        StepDraft[]? result = Repeated(text, readOne);
        // "Tick Breakdown cover, Courtesy car and Legal protection" ticks three boxes: such a list is split first.
        // Only a written list ("A, B and C") is split: "Tick Terms and Conditions" may well be one box.
        var toggleList = result is [{ Action: StepAction.Check or StepAction.Uncheck, Target: { } name }] && (name.Contains(", ", StringComparison.Ordinal) || listed && name.Contains(" and ", StringComparison.OrdinalIgnoreCase)) && !Shapes.IsQuotedIn(text, name);
        if ((result is null || toggleList) && depth < MaxParts)
        {
            foreach (var (end, next) in Splits(text).Take(MaxParts))
            {
                var leftText = Phrases.Clean(text[..end]);
                var left = Untouched(leftText) ?? Repeated(leftText, readOne);
                if (left is null)
                {
                    continue;
                }

                var rightText = Phrases.Clean(text[next..]);
                var right = Again(left, rightText) ?? Untouched(rightText) ?? Read(rightText, readOne, seen, depth + 1, listed: false) ?? Inherited(leftText, left, rightText, readOne, seen, depth, listed || toggleList || text[end..next].Contains(',', StringComparison.Ordinal));
                if (right is not null)
                {
                    result = [.. left, .. right];
                    break;
                }
            }
        }

        seen[key] = result;
        return result;
    }

    // "Click "A", then "B"": the verb of the left part, given to a right part that is only a name.
    private static StepDraft[]? Inherited(string leftText, StepDraft[] left, string rightText, Func<string, StepDraft[]?> readOne, Dictionary<string, StepDraft[]?> seen, int depth, bool listed)
    {
        var verb = LeadingVerb().Match(leftText);
        if (!verb.Success || left.Length != 1 || Shapes.StartsWithVerb(rightText))
        {
            return null;
        }

        var quoted = rightText.Length > 0 && rightText[0] is '"' or '“' or '\'';
        var toggles = left[0].Action is StepAction.Check or StepAction.Uncheck;
        return quoted || toggles ? Read(verb.Value + rightText, readOne, seen, depth + 1, listed && toggles) : null;
    }

    // "Leave every field empty, click Continue": a part that asks to do nothing gives no step (never a whole line).
    private static StepDraft[]? Untouched(string part) => LeaveRule().IsMatch(part) ? [] : null;

    // "Click "Name", then click it again": the same element as the part before.
    private static StepDraft[]? Again(StepDraft[] left, string rightText)
    {
        var m = ItAgain().Match(rightText);
        if (!m.Success || left is not [{ Target: not null } previous])
        {
            return null;
        }

        var action = m.Groups["verb"].Value.StartsWith("double", StringComparison.OrdinalIgnoreCase) ? StepAction.DoubleClick : StepAction.Click;
        return [previous with { Action = action, Value = null }];
    }

    // "Click + 3 times", "Press the + button twice", "click the chevron again": the action, as many times as written.
    private static StepDraft[]? Repeated(string text, Func<string, StepDraft[]?> readOne)
    {
        // "Click + twice so that the quantity reads 3": the purpose says why, the step is the clicks.
        text = SoThat().Replace(text, string.Empty);
        if (!RepeatEnding().IsMatch(text))
        {
            return readOne(text);
        }

        var m = RepeatRule().Match(text);
        if (!m.Success)
        {
            return readOne(text);
        }

        var times = m.Groups["n"].Success ? Vocabulary.Digits(m.Groups["n"].Value) is { } d ? int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : 0
            : m.Groups["twice"].Success ? 2 : 1;
        if (times is < 1 or > 20 || readOne(Phrases.Clean(m.Groups["body"].Value)) is not { Length: 1 } once)
        {
            return null;
        }

        return [.. Enumerable.Repeat(once[0], times)];
    }

    /// <summary>Where a line may be cut into actions, left to right: "then", "and", ";" and commas outside quotes.</summary>
    private static IEnumerable<(int End, int Next)> Splits(string text)
    {
        var matches = SplitPoint().Matches(text);
        if (matches.Count == 0)
        {
            yield break;
        }

        var outside = Phrases.OutsideQuotes(text).ToHashSet();
        foreach (Match m in matches)
        {
            if (outside.Contains(m.Index))
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    [GeneratedRegex("""^(?<verb>click|tap|press|hit|double[\s-]?click)\s+(?:on\s+)?(?:it|that|the\s+same\s+(?:one|button|link))(?:\s+(?:again|once\s+more|a\s+second\s+time))?$""", Options)]
    private static partial Regex ItAgain();

    [GeneratedRegex("""\s*(?:[,;]\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+then|then|and)\s+)""", Options)]
    private static partial Regex SplitPoint();

    [GeneratedRegex("""^(?:click|tap|press|hit|select|choose|pick|tick|untick|check|uncheck|open|double[\s-]?click|hover\s+over)\s+(?:on\s+)?""", Options)]
    private static partial Regex LeadingVerb();

    [GeneratedRegex("""^(?:leave|leaves|keep|keeps)\s+.+?\s+(?:empty|blank|unselected|unticked|unchecked|off|as\s+(?:is|it\s+is))$""", Options)]
    private static partial Regex LeaveRule();

    [GeneratedRegex("""\s+so\s+that\s+.+$""", Options)]
    private static partial Regex SoThat();

    [GeneratedRegex("""(?:times|twice|once|more|again|time)$""", Options)]
    private static partial Regex RepeatEnding();

    [GeneratedRegex("""^(?<body>.+?)\s+(?:(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+times|(?<twice>twice)|once(?:\s+more)?|again|a\s+second\s+time|one\s+more\s+time)$""", Options)]
    private static partial Regex RepeatRule();
}
