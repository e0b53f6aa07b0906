using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Splits a written target ("the second Add to cart button for "Blue Mug"") into its name, element kind, ordinal and
/// scope. Words that only say where on the screen ("at the top right", "on the summary page") are dropped.
/// </summary>
internal sealed partial record TargetText(string Name, string? Kind, StepScope? Scope, int? Ordinal)
{
    // Longest first, so "radio button" wins over "button" and "text field" over "field".
    private static readonly (string Word, string Kind)[] KindWords =
    [
        ("radio buttons", "radio"), ("radio button", "radio"), ("text fields", "field"), ("text field", "field"),
        ("input fields", "field"), ("input field", "field"), ("text boxes", "field"), ("text box", "field"),
        ("text area", "field"), ("textarea", "field"), ("textbox", "field"), ("check boxes", "checkbox"),
        ("check box", "checkbox"), ("checkboxes", "checkbox"), ("checkbox", "checkbox"), ("select box", "dropdown"),
        ("combo box", "dropdown"), ("combobox", "dropdown"), ("drop-down list", "dropdown"), ("dropdown list", "dropdown"),
        ("drop-down menu", "dropdown"), ("dropdown menu", "dropdown"), ("drop-down", "dropdown"), ("dropdowns", "dropdown"),
        ("dropdown", "dropdown"), ("drop down", "dropdown"), ("menu items", "menu item"), ("menu item", "menu item"),
        ("buttons", "button"), ("button", "button"), ("links", "link"), ("link", "link"), ("fields", "field"),
        ("field", "field"), ("inputs", "field"), ("input", "field"), ("box", "field"), ("select", "dropdown"),
        ("list", "dropdown"), ("radios", "radio"), ("radio", "radio"), ("tabs", "tab"), ("tab", "tab"),
        ("options", "option"), ("option", "option"), ("icons", "icon"), ("icon", "icon"), ("images", "image"),
        ("image", "image"), ("headings", "heading"), ("heading", "heading"), ("toggle", "checkbox"), ("switch", "checkbox"),
    ];

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["last"] = -1,
    };

    public static TargetText Parse(string raw)
    {
        var text = Phrases.DropLocation(raw.Trim());
        int? itemOrdinal = null;
        var onNth = OnNthItem().Match(text);
        if (onNth.Success && onNth.Index > 0)
        {
            itemOrdinal = ParseOrdinal(onNth.Groups["n"].Value);
            text = text[..onNth.Index].Trim();
        }

        var scope = TakeScope(ref text);
        text = LeadingNoise().Replace(text, string.Empty).Trim();
        string? quotedKind = null;
        if (scope is null && QuotedOnItem().Match(text) is { Success: true } onItem)
        {
            // 'Click "Choose" on Standard': the quoted control inside the item that shows that name.
            scope = new StepScope(ScopeKind.Item, Phrases.Unquote(onItem.Groups["scope"].Value.Trim()));
            text = onItem.Groups["q"].Value + (onItem.Groups["kind"].Success ? " " + onItem.Groups["kind"].Value : string.Empty);
        }

        if (QuotedWithNoun().Match(text) is { Success: true } withNoun)
        {
            // 'chip "Invited"', '"Name" header': the quoted name; the noun says what it is.
            quotedKind = KindOf(withNoun.Groups["noun"].Value);
            text = withNoun.Groups["q"].Value;
        }

        int? ordinal = itemOrdinal;
        var ord = OrdinalPrefix().Match(text);
        // "First Name" and "Last Name" are names, not positions.
        if (ord.Success && !NameCompound().IsMatch(text[ord.Length..]))
        {
            ordinal = ParseOrdinal(ord.Groups["n"].Value);
            text = text[ord.Length..].Trim();
        }

        string? kind = null;
        var named = KindPrefix().Match(text);
        if (named.Success && KindOf(named.Groups["kind"].Value) is { } prefixKind)
        {
            kind = prefixKind;
            text = text[named.Length..].Trim();
        }
        else if (!Phrases.IsQuoted(text))
        {
            foreach (var (word, k) in KindWords)
            {
                if (text.Length > word.Length && text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
                {
                    kind = k;
                    text = text[..^(word.Length + 1)].Trim();
                    break;
                }
            }
        }

        text = LeadingNoise().Replace(text, string.Empty).Trim();
        if (!Phrases.IsQuoted(text))
        {
            // "the Name header", "the Role filter", "Email only": what the control is or a filler, not its name.
            text = WidgetSuffix().Replace(text, string.Empty).Trim();
        }

        return new TargetText(Phrases.Unquote(text), kind ?? quotedKind, scope, ordinal);
    }

    /// <summary>A step acting on the written target, with the target's name, kind, scope and ordinal.</summary>
    public static StepDraft Draft(StepAction action, string rawTarget, string? value, string? defaultKind = null)
    {
        var target = Parse(rawTarget);
        return new StepDraft(action, target.Name, value, null, target.Scope, target.Kind ?? defaultKind, target.Ordinal);
    }

    /// <summary>The ordinal a word or number stands for: first = 1, 2nd = 2, last = -1; null when it is none.</summary>
    public static int? ParseOrdinal(string word)
    {
        if (OrdinalWords.TryGetValue(word, out var n))
        {
            return n;
        }

        var digits = new string([.. word.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length > 0 && int.TryParse(digits, out var number) && number > 0 ? number : null;
    }

    private static string? KindOf(string word)
    {
        foreach (var (w, k) in KindWords)
        {
            if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Takes a trailing scope phrase off <paramref name="text"/>.</summary>
    public static StepScope? TakeScope(ref string text)
    {
        foreach (var (pattern, kind) in ScopePatterns)
        {
            var m = pattern.Match(text);
            if (!m.Success || m.Index == 0)
            {
                continue;
            }

            var scopeText = m.Groups["scope"].Success ? Phrases.Unquote(LeadingNoise().Replace(m.Groups["scope"].Value.Trim(), string.Empty)) : null;
            text = text[..m.Index].Trim();
            return new StepScope(kind, string.IsNullOrWhiteSpace(scopeText) ? null : scopeText);
        }

        return null;
    }

    private static readonly (Regex Pattern, ScopeKind Kind)[] ScopePatterns =
    [
        (RowContaining(), ScopeKind.Row),
        (NamedRow(), ScopeKind.Row),
        (CardFor(), ScopeKind.Item),
        (NamedCard(), ScopeKind.Item),
        (PlainDialog(), ScopeKind.Dialog),
        (NamedDialog(), ScopeKind.Dialog),
        (NamedSection(), ScopeKind.Section),
        (Landmark(), ScopeKind.Section),
        (Under(), ScopeKind.Section),
        (ForItem(), ScopeKind.Item),
    ];

    private const string Quoted = """(?:"[^"]*"|'[^']*'|“[^”]*”)""";

    // Unquoted scope words: never across another "in/on/for ..." so "the Sign in button in the Login section" scopes to Login.
    private const string Words = """(?:(?!\s(?:in|on|within|inside|under|from|for)\s)[^"'])+?""";

    [GeneratedRegex($"""\s+(?:in|on|within|inside)\s+(?:the\s+)?(?:table\s+)?row\s+(?:that\s+)?(?:containing|contains|with|for|of|showing|that\s+has|which\s+contains)\s+(?<scope>{Quoted}|.+)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RowContaining();

    [GeneratedRegex($"""\s+(?:in|on|within|inside)\s+(?:the\s+)?(?<scope>{Quoted}|{Words})\s+(?:table\s+)?row$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedRow();

    [GeneratedRegex($"""\s+(?:in|on|within|inside)\s+(?:the\s+)?(?:card|tile|item|product)\s+(?:for|of|containing|with)\s+(?<scope>{Quoted}|.+)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CardFor();

    [GeneratedRegex($"""\s+(?:in|on|within|inside)\s+(?:the\s+)?(?<scope>{Quoted}|{Words})\s+(?:card|tile|product\s+card|item)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedCard();

    [GeneratedRegex("""\s+(?:in|on|within|inside|from)\s+(?:the\s+)?(?:open\s+|confirmation\s+)?(?:dialog|modal|popup|pop-up|dialog\s+box|modal\s+window|overlay|lightbox)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainDialog();

    [GeneratedRegex($"""\s+(?:in|on|within|inside|from)\s+(?:the\s+)?(?<scope>{Quoted}|{Words})\s+(?:dialog|modal|popup|pop-up|dialog\s+box|window)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedDialog();

    [GeneratedRegex($"""\s+(?:in|on|within|inside|under|from)\s+(?:the\s+)?(?<scope>{Quoted}|{Words})\s+(?:section|form|panel|area|region|block|pane|fieldset|group|widget|column|box\s+section|filter)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedSection();

    [GeneratedRegex("""\s+(?:in|on|within|inside|from)\s+(?:the\s+)?(?:left|right|top|bottom|main)?\s*(?<scope>header|footer|sidebar|side\s+bar|navigation\s+bar|navigation|nav\s+bar|navbar|top\s+bar|toolbar|main\s+menu|top\s+menu|menu\s+bar|breadcrumbs?)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Landmark();

    [GeneratedRegex($"""\s+under\s+(?:the\s+)?(?<scope>{Quoted}|{Words})(?:\s+(?:heading|title|header))?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Under();

    [GeneratedRegex($"""\s+(?:for|next\s+to|beside|belonging\s+to)\s+(?:the\s+)?(?<scope>{Quoted}|{Words})(?:\s+(?:product|item|card|row|entry|line))?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForItem();

    [GeneratedRegex($"""^(?<q>{Quoted})(?:\s+(?<kind>button|link|icon|tab))?\s+(?:on|for|of)\s+(?:the\s+)?(?<scope>{Quoted}|[^"“”]+?)(?:\s+(?:card|row|item|plan|product|entry|tile|task|line)(?:\s+\([^)]*\))?)?$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedOnItem();

    [GeneratedRegex($"""^(?<q>{Quoted})\s+(?<noun>header|column|chip|tag|pill|filter|card|tile|option|tab|arrow|toggle|switch|stepper|badge|label|icon|button|link|field|box|checkbox|heading|add-on|addon|plan)$|^(?<noun>chip|tag|pill|filter|column|header|option|tab|button|link|field|checkbox|toggle|switch|heading|icon)\s+(?<q>{Quoted})$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedWithNoun();

    [GeneratedRegex("""(?<=\S)\s+(?:only|chip|pill|tag|filter|arrow|stepper|column\s+header|header)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetSuffix();

    // "Select on the first card", "Edit in the 2nd row": the one of several by its item's position.
    [GeneratedRegex("""\s+(?:on|in|of|for)\s+(?:the\s+)?(?<n>first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}(?:card|item|row|result|entry|tile|line|task|product|flight)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnNthItem();

    [GeneratedRegex("""^(?:(?:on|at|in)\s+)?(?:the\s+|a\s+|an\s+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNoise();

    [GeneratedRegex("""^(?:the\s+)?(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\s+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPrefix();

    [GeneratedRegex("""^(?:names?|initials?|login|visit|updated|modified|seen)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameCompound();

    [GeneratedRegex("""^(?<kind>button|link|field|text\s+field|input|checkbox|check\s+box|radio\s+button|dropdown|drop-down|tab|menu\s+item|option|icon|image|heading)\s+(?:labell?ed|named|called|titled|saying|that\s+says|which\s+says|with\s+(?:the\s+)?(?:text|label|name|caption|title))\s+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindPrefix();
}
