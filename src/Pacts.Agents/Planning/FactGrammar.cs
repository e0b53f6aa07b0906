using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Reads expected results. A sentence may hold several facts ("the page shows X and the banner is gone; the list holds
/// only A and B"): it is split on ";" and on "and" wherever both sides are facts, and each fact becomes one assertion.
/// A fact the grammar cannot turn into a check makes the whole line unreadable: nothing is dropped.
/// </summary>
internal static partial class FactGrammar
{
    private const string Val = """(?<value>"[^"]*"|'[^']*'|“[^”]*”|.+?)""";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["no"] = "0", ["zero"] = "0", ["one"] = "1", ["a single"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4",
        ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10",
    };

    private static readonly (Regex Pattern, Func<Match, StepDraft[]?> Build)[] Rules =
    [
        (UrlRule(), m => [new StepDraft(StepAction.AssertUrlContains, Value: Phrases.Unquote(m.Groups["value"].Value))]),
        (RedirectRule(), m => [new StepDraft(StepAction.AssertUrlContains, Value: Destination(m.Groups["where"].Value))]),
        (TitleRule(), m => [new StepDraft(StepAction.AssertTitleContains, Value: Phrases.Unquote(m.Groups["value"].Value))]),
        (InThatOrderRule(), m => Order(m.Groups["list"].Value)),
        (BeforeRule(), m => Order(m.Groups["a"].Value + ", " + m.Groups["b"].Value)),
        (OrderListRule(), m => Order(m.Groups["list"].Value)),
        (OnlyItemsRule(), m => Items(m.Groups["list"].Value, m.Groups["subject"].Value)),
        (OnlyListedRule(), m => Items(m.Groups["list"].Value, m.Groups["subject"].Value)),
        (ThereAreRule(), m => Count(m.Groups["n"].Value, m.Groups["target"].Value, m.Groups["where"].Value)),
        (CountShownRule(), m => Count(m.Groups["n"].Value, m.Groups["target"].Value, m.Groups["where"].Value)),
        (HasCountRule(), m => Count(m.Groups["n"].Value, m.Groups["target"].Value, m.Groups["where"].Value)),
        (StateRule(), State),
        (ValueOfRule(), m => [TargetText.Draft(StepAction.AssertValue, m.Groups["target"].Value, Phrases.Unquote(m.Groups["value"].Value))]),
        (NumberIsRule(), m => PageLike().IsMatch(m.Groups["subject"].Value) ? null : [TargetText.Draft(StepAction.AssertText, m.Groups["subject"].Value, Phrases.Unquote(m.Groups["value"].Value))]),
        (SelectedInRule(), m => [TargetText.Draft(StepAction.AssertSelected, m.Groups["target"].Value, Phrases.Unquote(m.Groups["value"].Value), "dropdown")]),
        (DropdownShowsRule(), m => [TargetText.Draft(StepAction.AssertSelected, m.Groups["target"].Value, Phrases.Unquote(m.Groups["value"].Value), "dropdown")]),
        (FieldValueRule(), m => [TargetText.Draft(StepAction.AssertValue, m.Groups["target"].Value, Phrases.Unquote(m.Groups["value"].Value), "field")]),
        (FieldEmptyRule(), m => [TargetText.Draft(StepAction.AssertValue, m.Groups["target"].Value, string.Empty, "field")]),
        (NotSeeRule(), m => Texts(StepAction.AssertTextHidden, m.Groups["value"].Value)),
        (SeeRule(), m => Texts(StepAction.AssertTextVisible, m.Groups["value"].Value)),
        (NotShowsRule(), m => Shows(m.Groups["subject"].Value, m.Groups["value"].Value, negated: true)),
        (ShowsRule(), m => Shows(m.Groups["subject"].Value, m.Groups["value"].Value, negated: false)),
        (AppearsRule(), m => Presence(m.Groups["subject"].Value, visible: true)),
        (DisappearsRule(), m => Presence(m.Groups["subject"].Value, visible: false)),
    ];

    /// <summary>The assertion prefix of a line ("Verify", "Check that", "Make sure"), or empty.</summary>
    public static string Prefix(string text)
    {
        var m = PrefixRule().Match(text);
        return m.Success ? m.Value : string.Empty;
    }

    /// <summary>Reads a sentence of facts; null when any fact in it cannot be read.</summary>
    public static StepDraft[]? Read(string text)
    {
        var all = new List<StepDraft>();
        foreach (var (clause, _) in Phrases.SplitOutsideQuotes(text, ';'))
        {
            if (clause.Trim().Length == 0)
            {
                continue;
            }

            if (ReadClause(Phrases.Clean(clause), []) is not { } facts)
            {
                return null;
            }

            all.AddRange(facts);
        }

        return all.Count == 0 ? null : [.. all];
    }

    /// <summary>A hint for an unreadable fact: which part the grammar could not read.</summary>
    public static string Why(string text)
    {
        foreach (var (clause, _) in Phrases.SplitOutsideQuotes(text, ';'))
        {
            var c = Phrases.Clean(clause);
            if (c.Length > 0 && ReadClause(c, []) is null && c.Length < text.Length)
            {
                return $": cannot turn '{c}' into a check";
            }
        }

        return string.Empty;
    }

    // Splits "A and B" into two facts only when both halves are facts; otherwise reads the clause whole.
    // Remembers each tail's reading, so a long chain of "and"s costs quadratic, not exponential, time.
    private static StepDraft[]? ReadClause(string clause, Dictionary<string, StepDraft[]?> seen)
    {
        if (seen.TryGetValue(clause, out var known))
        {
            return known;
        }

        StepDraft[]? result = null;
        foreach (var (end, next) in Phrases.AndSplits(clause).Take(MaxFactsPerClause))
        {
            var left = ReadFact(clause[..end]);
            if (left is null)
            {
                continue;
            }

            var right = ReadClause(Phrases.Clean(clause[next..]), seen);
            if (right is not null)
            {
                result = [.. left, .. right];
                break;
            }
        }

        result ??= ReadFact(clause);
        seen[clause] = result;
        return result;
    }

    private const int MaxFactsPerClause = 12;

    private static StepDraft[]? ReadFact(string fact)
    {
        var text = Phrases.Clean(fact);
        var prefix = PrefixRule().Match(text);
        if (prefix.Success)
        {
            text = Phrases.Clean(text[prefix.Length..]);
        }

        text = Phrases.DropLocation(text);
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var (pattern, build) in Rules)
        {
            var match = pattern.Match(text);
            if (match.Success && build(match) is { } steps
                && steps.All(s => (s.Value is not null || s.Target is { Length: > 0 } || s.Values is { Count: > 0 }) && !Phrases.IsEmptyWord(s.Value) && !Phrases.IsEmptyWord(s.Target)))
            {
                return steps;
            }
        }

        return null;
    }

    private static StepDraft[]? Texts(StepAction action, string written)
    {
        var text = Phrases.DropLocation(written.Trim());
        var scope = TargetText.TakeScope(ref text);
        text = TextNoun().Replace(text, string.Empty);
        var items = Phrases.SplitList(text);
        if (items.Count > 1 && Phrases.AllQuoted(items))
        {
            return [.. items.Select(i => new StepDraft(action, Value: Phrases.Unquote(i), Scope: scope))];
        }

        var value = Phrases.Unquote(text);
        return value.Length == 0 ? null : [new StepDraft(action, Value: value, Scope: scope)];
    }

    private static StepDraft[]? Shows(string subject, string value, bool negated)
    {
        var s = Phrases.DropLocation(subject.Trim());
        if (PageLike().IsMatch(s))
        {
            return Texts(negated ? StepAction.AssertTextHidden : StepAction.AssertTextVisible, value);
        }

        var v = Phrases.Unquote(Phrases.DropLocation(value.Trim()));
        if (!negated && Numeric().IsMatch(v))
        {
            return [TargetText.Draft(StepAction.AssertText, s, v)];
        }

        // "the cart shows Blue Mug": the text, looked for in the section the subject names.
        var target = TargetText.Parse(s);
        var texts = Texts(negated ? StepAction.AssertTextHidden : StepAction.AssertTextVisible, value);
        return texts?.Select(t => t.Scope is null ? t with { Scope = new StepScope(ScopeKind.Section, target.Name) } : t).ToArray();
    }

    private static StepDraft[]? State(Match m)
    {
        var subject = Phrases.DropLocation(m.Groups["subject"].Value.Trim());
        var negated = m.Groups["not"].Success;
        var state = m.Groups["state"].Value.ToLowerInvariant();
        var action = state switch
        {
            "enabled" or "clickable" or "active" or "editable" or "available" => negated ? StepAction.AssertDisabled : StepAction.AssertEnabled,
            "disabled" or "greyed out" or "grayed out" or "inactive" or "read-only" or "readonly" => negated ? StepAction.AssertEnabled : StepAction.AssertDisabled,
            "checked" or "ticked" or "selected" or "on" or "switched on" or "toggled on" => negated ? StepAction.AssertUnchecked : StepAction.AssertChecked,
            "unchecked" or "unticked" or "unselected" or "deselected" or "off" or "switched off" or "toggled off" => negated ? StepAction.AssertChecked : StepAction.AssertUnchecked,
            "hidden" or "gone" or "removed" or "absent" or "invisible" or "closed" or "dismissed" or "missing" => negated ? StepAction.AssertVisible : StepAction.AssertHidden,
            _ => negated ? StepAction.AssertHidden : StepAction.AssertVisible,
        };
        if (action is StepAction.AssertVisible or StepAction.AssertHidden)
        {
            return Presence(subject, action == StepAction.AssertVisible);
        }

        return IsText(subject) ? null : [TargetText.Draft(action, subject, null)];
    }

    private static StepDraft[]? Presence(string subject, bool visible)
    {
        var s = Phrases.DropLocation(subject.Trim());
        if (IsText(s))
        {
            return Texts(visible ? StepAction.AssertTextVisible : StepAction.AssertTextHidden, s);
        }

        return [TargetText.Draft(visible ? StepAction.AssertVisible : StepAction.AssertHidden, s, null)];
    }

    // Quoted, or written without an article: a text. "the X" or "X button": an element.
    private static bool IsText(string subject)
    {
        var s = subject.Trim();
        if (Phrases.IsQuoted(s) || TextNoun().IsMatch(s))
        {
            return true;
        }

        if (ElementArticle().IsMatch(s))
        {
            return false;
        }

        return TargetText.Parse(s).Kind is null;
    }

    private static StepDraft[]? Order(string list)
    {
        var items = Phrases.SplitList(list).Select(Phrases.Unquote).ToList();
        return items.Count < 2 ? null : [new StepDraft(StepAction.AssertTextsInOrder, Values: items)];
    }

    private static StepDraft[]? Items(string list, string subject)
    {
        var items = Phrases.SplitList(Phrases.DropLocation(list)).Select(Phrases.Unquote).Where(i => i.Length > 0).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var name = TargetText.Parse(subject.Length == 0 ? "list" : subject).Name;
        var scope = GenericList().IsMatch(name) ? null : new StepScope(ScopeKind.Section, name);
        return [new StepDraft(StepAction.AssertItems, Values: items, Scope: scope)];
    }

    private static StepDraft[]? Count(string written, string rawTarget, string where)
    {
        var n = NumberWords.TryGetValue(written.Trim(), out var word) ? word : written.Trim();
        if (!Numeric().IsMatch(n))
        {
            return null;
        }

        var target = TargetText.Parse(rawTarget);
        var scope = target.Scope;
        var w = SectionWord().Replace(Phrases.DropArticle(Phrases.DropLocation(where.Trim())), string.Empty).Trim();
        if (w.Length > 0)
        {
            scope ??= new StepScope(ScopeKind.Section, Phrases.Unquote(w));
        }

        var name = target.Name;
        return name.Length == 0 ? null : [new StepDraft(StepAction.AssertCount, name, n, null, scope, target.Kind, null)];
    }

    private static string Destination(string where)
    {
        var w = Phrases.Unquote(Phrases.DropArticle(where.Trim()));
        w = PageSuffix().Replace(w, string.Empty).Trim();
        return w.Contains('/', StringComparison.Ordinal) || w.Contains('.', StringComparison.Ordinal)
            ? w
            : string.Join('-', w.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("""^(?:verify|verifies|check|assert|expect|ensure|confirm|validate|make\s+sure)(?:\s+(?:that|if|whether))?\b[:,]?\s*""", Options)]
    private static partial Regex PrefixRule();

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|current\s+|browser\s+|browser's\s+)?(?:url|address|web\s+address|location)\s+(?:should\s+|must\s+|now\s+)?(?:contains?|includes?|has|is|equals|be|ends?\s+with|matches|changes\s+to|is\s+now|becomes|should\s+be)\s+{Val}$""", Options)]
    private static partial Regex UrlRule();

    [GeneratedRegex("""^(?:is\s+|am\s+|are\s+|gets?\s+|should\s+(?:be\s+)?|will\s+be\s+)?(?:redirected|taken|sent|navigated|brought|forwarded|returned|lands?|landed)\s+(?:back\s+)?(?:to|on)\s+(?<where>.+)$""", Options)]
    private static partial Regex RedirectRule();

    [GeneratedRegex($"""^(?:the\s+)?(?:page\s+|tab\s+|browser\s+|window\s+|document\s+)?title\s+(?:should\s+|must\s+)?(?:contains?|includes?|is|equals|be|reads|says|should\s+be|shows)\s+{Val}$""", Options)]
    private static partial Regex TitleRule();

    [GeneratedRegex("""^(?<list>.+?)\s+(?:appear|are\s+(?:shown|listed|displayed|sorted|ordered)|show|come)\s+in\s+(?:that|this|the\s+given|the\s+same)\s+order$""", Options)]
    private static partial Regex InThatOrderRule();

    [GeneratedRegex("""^(?<a>.+?)\s+(?:appears|is\s+(?:shown|listed|displayed)|comes)\s+(?:before|above|ahead\s+of)\s+(?<b>.+)$""", Options)]
    private static partial Regex BeforeRule();

    [GeneratedRegex("""^(?:the\s+)?(?:.+?)\s+(?:are|is|should\s+be)\s+(?:listed|shown|displayed|sorted|ordered)\s+in\s+(?:the\s+|this\s+)?order\s*:?\s*(?<list>.+)$""", Options)]
    private static partial Regex OrderListRule();

    [GeneratedRegex("""^(?:the\s+)?(?<subject>.+?)\s+(?:holds|contains|lists|shows|has|includes|displays|should\s+(?:hold|contain|list|show|have|include|display))\s+(?:only|exactly|just)\s+(?<list>.+)$""", Options)]
    private static partial Regex OnlyItemsRule();

    [GeneratedRegex("""^(?:only|exactly)\s+(?<list>.+?)\s+(?:are|is|remain|remains)\s+(?:listed|shown|displayed|visible|present|left|in\s+(?:the\s+)?(?<subject>.+))$""", Options)]
    private static partial Regex OnlyListedRule();

    [GeneratedRegex("""^there\s+(?:are|is|should\s+be|must\s+be)\s+(?:exactly\s+|now\s+)?(?<n>\d+|no|zero|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten)\s+(?<target>.+?)(?:\s+(?:in|on|within|inside)\s+(?:the\s+)?(?<where>.+))?$""", Options)]
    private static partial Regex ThereAreRule();

    [GeneratedRegex("""^(?:exactly\s+)?(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?<target>.+?)\s+(?:are|is|should\s+be)\s+(?:shown|listed|displayed|visible|present)(?:\s+(?:in|on|within)\s+(?:the\s+)?(?<where>.+))?$""", Options)]
    private static partial Regex CountShownRule();

    [GeneratedRegex("""^(?:the\s+)?(?<where>.+?)\s+(?:has|contains|shows|lists|holds|displays|should\s+(?:have|contain|show|list|hold|display))\s+(?:exactly\s+)?(?<n>\d+|no|zero|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten)\s+(?<target>[^\d"'].*)$""", Options)]
    private static partial Regex HasCountRule();

    [GeneratedRegex($"""^(?:the\s+)?value\s+(?:of|in)\s+(?<target>.+?)\s+(?:is|should\s+be|equals|must\s+be)\s+{Val}$""", Options)]
    private static partial Regex ValueOfRule();

    [GeneratedRegex($"""^{Val}\s+is\s+(?:the\s+)?(?:selected|chosen)(?:\s+option)?\s+(?:in|from|for)\s+(?<target>.+)$""", Options)]
    private static partial Regex SelectedInRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<target>.+?\s+(?:dropdown|drop-down|select|select\s+box|combo\s+box|combobox|dropdown\s+list))\s+(?:shows|has|displays|is\s+set\s+to|should\s+(?:show|be|have|display)|is|reads|equals)\s+{Val}(?:\s+selected)?$""", Options)]
    private static partial Regex DropdownShowsRule();

    [GeneratedRegex($"""^(?:the\s+)?(?<target>.+?\s+(?:field|box|input|textbox|text\s+field|text\s+box|textarea|text\s+area))\s+(?:has|contains|shows|displays|reads|equals|is|should\s+(?:contain|have|show|be|display|equal|read)|must\s+(?:contain|have|be))\s+(?:the\s+)?(?:value\s+|text\s+)?(?:of\s+)?{Val}$|^(?:the\s+)?(?<target>.+?)\s+(?:has|should\s+have|must\s+have)\s+(?:the\s+)?value\s+(?:of\s+)?{Val}$|^(?:the\s+)?(?<target>.+?)\s+value\s+(?:is|should\s+be|equals)\s+{Val}$""", Options)]
    private static partial Regex FieldValueRule();

    [GeneratedRegex("""^(?:the\s+)?(?<target>.+?)\s+(?:is|should\s+be|remains|stays)\s+(?:empty|blank|cleared)$""", Options)]
    private static partial Regex FieldEmptyRule();

    [GeneratedRegex($"""^(?:should\s+not|shouldn't|cannot|can\s*not|can't|do\s+not|does\s+not|don't|doesn't|no\s+longer)\s+see\s+{Val}$""", Options)]
    private static partial Regex NotSeeRule();

    [GeneratedRegex($"""^(?:should\s+|can\s+|will\s+|now\s+)?(?:see|sees)\s+{Val}$""", Options)]
    private static partial Regex SeeRule();

    [GeneratedRegex($"""^(?<subject>.+?)\s+(?:does\s+not|doesn't|should\s+not|shouldn't|must\s+not|no\s+longer)\s+(?:show|display|contain|include|list|say)s?\s+(?:the\s+)?(?:text\s+|message\s+)?{Val}$""", Options)]
    private static partial Regex NotShowsRule();

    [GeneratedRegex($"""^(?<subject>.+?)\s+(?:now\s+)?(?:shows|displays|contains|says|reads|includes|lists|presents|should\s+(?:show|display|contain|say|read|include|list))\s+(?:the\s+)?(?:text\s+|message\s+)?{Val}$""", Options)]
    private static partial Regex ShowsRule();

    [GeneratedRegex("""^(?<subject>.+?)\s+(?:(?<not>should\s+not\s+be|shouldn't\s+be|must\s+not\s+be|is\s+not|are\s+not|isn't|aren't|is\s+no\s+longer|are\s+no\s+longer|no\s+longer|should\s+no\s+longer\s+be)|is|are|should\s+be|must\s+be|becomes|become|remains|remain|stays|stay|appears\s+to\s+be|gets|get)\s+(?:now\s+|still\s+)?(?<state>enabled|disabled|greyed\s+out|grayed\s+out|clickable|active|inactive|editable|read-only|readonly|available|checked|unchecked|ticked|unticked|selected|unselected|deselected|switched\s+on|switched\s+off|toggled\s+on|toggled\s+off|on|off|visible|displayed|shown|present|hidden|gone|removed|absent|invisible|closed|dismissed|missing|open|opened)$""", Options)]
    private static partial Regex StateRule();

    [GeneratedRegex("""^(?<subject>.+?)\s+(?:appears|appear|is\s+displayed|shows\s+up|pops\s+up|comes\s+up|exists|exist)$""", Options)]
    private static partial Regex AppearsRule();

    [GeneratedRegex("""^(?<subject>.+?)\s+(?:disappears|disappear|vanishes|goes\s+away|closes|has\s+disappeared|has\s+gone|has\s+been\s+removed|is\s+removed)$""", Options)]
    private static partial Regex DisappearsRule();

    [GeneratedRegex("""^(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}(?:page|screen|site|website|window|app|application|view|browser|tab)$|^(?:it|everything)$""", Options)]
    private static partial Regex PageLike();

    [GeneratedRegex("""^[-+]?\$?\d[\d,.]*%?$""", Options)]
    private static partial Regex Numeric();

    [GeneratedRegex("""^(?:the\s+|a\s+|an\s+)?(?:(?:success|error|warning|info|confirmation|validation|welcome)\s+)?(?:text|message|notification|toast|alert|label|heading|title|banner|error|warning)\s+(?=["'“])""", Options)]
    private static partial Regex TextNoun();

    [GeneratedRegex("""^(?:the|a|an|this|that|my|your)\s+""", Options)]
    private static partial Regex ElementArticle();

    [GeneratedRegex("""^(?:list|items?|results?|entries|rows|table|grid)$""", Options)]
    private static partial Regex GenericList();

    [GeneratedRegex($"""^(?:the\s+)?(?<subject>.+?)\s+(?:is|equals|reads|says|should\s+(?:be|read|say|equal)|must\s+be)\s+(?<value>[-+]?\$?\d[\d,.]*%?|"[-+]?\$?\d[\d,.]*%?")$""", Options)]
    private static partial Regex NumberIsRule();

    [GeneratedRegex("""\s+(?:section|form|panel|area|region|block|pane)$""", Options)]
    private static partial Regex SectionWord();

    [GeneratedRegex("""\s+(?:page|screen|view|url)$""", Options)]
    private static partial Regex PageSuffix();
}
