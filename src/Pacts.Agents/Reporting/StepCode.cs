using System.Globalization;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Reporting;

/// <summary>
/// One plan step as C# statements over Playwright, mirroring what the Executor does for it. <paramref name="value"/>
/// is the step's value as a C# expression (a literal, a theory parameter or an environment read).
/// </summary>
internal sealed class StepCode(string caseUrl, string value, CSharpText text)
{
    private const string NoNumber = "Assert.Fail(\"the requirement gives no number to count\");";

    public string For(PlanStep step, LocatorSpec? locator)
    {
        ArgumentNullException.ThrowIfNull(step);
        var l = locator?.ToCSharp("page", text.Expression);
        var target = text.Expression(step.Target);
        var scope = text.Expression(step.Scope?.Text ?? "");
        if (step.NeedsElement && l is null && !(step.Action == StepAction.Press))
        {
            return "Assert.Fail(\"the run never resolved this step's element\");";
        }

        return step.Action switch
        {
            StepAction.Navigate => $"await page.GotoAsync(Url({text.Expression(caseUrl)}, {value}));",
            StepAction.OpenPage => $"await PageRules.OpenPageAsync(page, {target});",
            StepAction.GoBack => "await page.GoBackAsync();",
            StepAction.Reload => "await page.ReloadAsync();",
            StepAction.Wait => $"await page.WaitForTimeoutAsync({float.Parse(step.Value ?? "0", CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}f);",
            StepAction.WaitFor => $"await Expect(Showing(page, {value}).First).ToBeVisibleAsync(new() {{ Timeout = 20_000 }});",
            StepAction.WaitForGone => $"await Expect(Showing(page, {value})).ToHaveCountAsync(0, new() {{ Timeout = 20_000 }});",
            StepAction.Press when l is null => $"await page.Keyboard.PressAsync({value});",
            StepAction.AssertTextVisible => $"await Expect(page.GetByText({value}).Filter(new() {{ Visible = true }}).First).ToBeVisibleAsync();",
            StepAction.AssertTextHidden => $"await Expect(page.GetByText({value}).Filter(new() {{ Visible = true }})).ToHaveCountAsync(0);",
            StepAction.AssertHidden => $"await Expect(Showing(page, {target})).ToHaveCountAsync(0);",
            StepAction.AssertUrlContains => $"await Expect(page).ToHaveURLAsync(Containing({value}));",
            StepAction.AssertTitleContains => $"await Expect(page).ToHaveTitleAsync(Containing({value}));",
            StepAction.AssertOnPage => $"await PageRules.OnPageAsync(page, {value});",
            StepAction.AssertEach => $"await PageRules.EachHasAsync(page, {value}, {target}, {CSharpText.Literal(step.ElementKind ?? "")}, {scope});",
            StepAction.AssertSorted => $"await PageRules.SortedAsync(page, {target}, {value}, {scope});",
            StepAction.AssertNth => $"await PageRules.NthShowsAsync(page, {target}, {(step.Ordinal ?? 1).ToString(CultureInfo.InvariantCulture)}, {value}, {scope});",
            StepAction.AssertCount => Count(step, target),
            StepAction.AssertItems => $"await PageRules.ListsOnlyAsync(page, {string.Join(", ", (step.Values ?? []).Select(text.Expression))});",
            StepAction.AssertTextsInOrder => $"await InOrderAsync(page, {string.Join(", ", (step.Values ?? []).Select(text.Expression))});",
            StepAction.AssertVisible => $"await Expect({l}).ToBeVisibleAsync();",
            StepAction.AssertEnabled => $"await Expect({l}).ToBeEnabledAsync();",
            StepAction.AssertDisabled => $"await Expect({l}).ToBeDisabledAsync();",
            StepAction.AssertChecked => $"await Expect({l}).ToBeCheckedAsync();",
            StepAction.AssertUnchecked => $"await Expect({l}).ToBeCheckedAsync(new() {{ Checked = false }});",
            StepAction.AssertValue => $"await Expect({l}).ToHaveValueAsync({value});",
            StepAction.AssertSelected => $"await SelectedAsync({l}, {value});",
            StepAction.AssertText => $"await Expect({l}).ToContainTextAsync({value});",
            _ => Act(step.Action, l!),
        };
    }

    private string Act(StepAction action, string l) => action switch
    {
        StepAction.Fill => $"await {l}.FillAsync({value});",
        StepAction.Type => $"await {l}.ClearAsync(); await {l}.PressSequentiallyAsync({value});",
        StepAction.Clear => $"await {l}.ClearAsync();",
        StepAction.Click => $"await {l}.ClickAsync();",
        StepAction.DoubleClick => $"await {l}.DblClickAsync();",
        StepAction.Hover => $"await {l}.HoverAsync();",
        StepAction.ScrollTo => $"await {l}.ScrollIntoViewIfNeededAsync();",
        StepAction.Press => $"await {l}.PressAsync({value});",
        StepAction.Select => $"await SelectAsync({l}, {value});",
        StepAction.Check => $"await {l}.CheckAsync();",
        StepAction.Uncheck => $"await {l}.UncheckAsync();",
        StepAction.Upload => $"await {l}.SetInputFilesAsync(Path.GetFullPath({value}));",
        _ => throw new InvalidOperationException($"{action} has no generated form"),
    };

    // The Executor counts, reads lists and names pages with its own DOM rules (page-checks.js); the generated project
    // carries the same rules (PageRules), so a generated check checks what the run checked.
    private string Count(PlanStep step, string target)
    {
        if (!CountValue.TryParse(step.Value, out var count))
        {
            return NoNumber;
        }

        var comparison = count.Comparison == "=" ? "" : ", " + CSharpText.Literal(count.Comparison);
        return $"await PageRules.CountIsAsync(page, {target}, {CSharpText.Literal(step.ElementKind ?? "")}, {text.Expression(step.Scope?.Text ?? "")}, {count.Number.ToString(CultureInfo.InvariantCulture)}{comparison});";
    }
}
