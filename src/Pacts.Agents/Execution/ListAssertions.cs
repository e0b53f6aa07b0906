using System.Globalization;
using Microsoft.Playwright;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Execution;

/// <summary>
/// Assertions about lists (page-checks.js): how many, which texts in which order, exactly which items, and about the
/// repeated items of one list: each holds a control, they run sorted by a field, the Nth shows a text.
/// </summary>
internal sealed class ListAssertions(ExecutionOptions options)
{
    private float Timeout => options.StepTimeoutMs;

    public Task<StepOutcome> CheckAsync(IPage page, PlanStep step) => step.Action switch
    {
        StepAction.AssertCount => CountAsync(page, step),
        StepAction.AssertTextsInOrder => InOrderAsync(page, step.Values!),
        StepAction.AssertItems => ItemsAsync(page, step.Values!),
        StepAction.AssertEach => EachAsync(page, step),
        StepAction.AssertSorted => SortedAsync(page, step),
        StepAction.AssertNth => NthAsync(page, step),
        _ => throw new InvalidOperationException($"{step.Action} is not a list assertion"),
    };

    private async Task<StepOutcome> CountAsync(IPage page, PlanStep step)
    {
        if (!CountValue.TryParse(step.Value, out var expected))
        {
            return StepOutcome.Fail($"'{step.Value}' is not a count: a whole number, or >=, <=, > or < and one", "a count", step.Value);
        }

        var result = await Retry.UntilAsync(() => PageChecks.CountAsync(page, step), expected.Holds, Timeout).ConfigureAwait(false);
        var found = result.Last.ToString(CultureInfo.InvariantCulture);
        return result.Ok
            ? StepOutcome.Pass(expected.Words, found)
            : StepOutcome.Fail($"found {found} '{step.Target}', not {expected.Words}", expected.Words, found);
    }

    private async Task<StepOutcome> InOrderAsync(IPage page, IReadOnlyList<string> texts)
    {
        var result = await Retry.UntilAsync(() => PageChecks.OrderAsync(page, texts), order => order.Missing.Count == 0 && order.InOrder, Timeout).ConfigureAwait(false);
        var expected = string.Join(" < ", texts);
        if (result.Ok)
        {
            return StepOutcome.Pass(expected, expected);
        }

        return result.Last.Missing.Count > 0
            ? StepOutcome.Fail($"not shown: {string.Join(", ", result.Last.Missing.Select(m => $"\"{m}\""))}", expected, "missing " + string.Join(", ", result.Last.Missing))
            : StepOutcome.Fail("the texts are not in the expected order", expected, string.Join(" < ", result.Last.Seen));
    }

    private async Task<StepOutcome> ItemsAsync(IPage page, IReadOnlyList<string> wanted)
    {
        var result = await Retry.UntilAsync(() => PageChecks.ItemsAsync(page, wanted), items => Same(items, wanted), Timeout).ConfigureAwait(false);
        var expected = string.Join(", ", wanted);
        var found = string.Join(", ", result.Last);
        return result.Ok
            ? StepOutcome.Pass(expected, found)
            : StepOutcome.Fail($"the listed items are [{found}], not exactly [{expected}]", expected, found);

        static bool Same(IReadOnlyList<string> items, IReadOnlyList<string> wanted) =>
            items.Count == wanted.Count && wanted.All(w => items.Any(i => i.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    // assert_each: the value names the items ("order"), the target and kind the control each must hold.
    private async Task<StepOutcome> EachAsync(IPage page, PlanStep step)
    {
        var (ok, last) = await Retry.UntilAsync(() => PageChecks.EachAsync(page, step), r => r.Total > 0 && r.Missing.Count == 0, Timeout).ConfigureAwait(false);
        var (one, many) = (CheckWords.Singular(step.Value!), CheckWords.Plural(step.Value!));
        var control = CheckWords.Control(step.Target!, step.ElementKind);
        var check = $"every {one} has {control}";
        if (last.Total == 0)
        {
            return StepOutcome.Checked(false, check, $"no {many} listed");
        }

        var found = $"{last.Total - last.Missing.Count} of {last.Total} {many} have {control}"
            + (last.Missing.Count > 0 ? $"; missing in: {CheckWords.List(last.Missing)}" : "");
        return StepOutcome.Checked(ok, check, found, failure: found);
    }

    // assert_sorted: the target is the field, the value the direction; the first pair out of order is named.
    private async Task<StepOutcome> SortedAsync(IPage page, PlanStep step)
    {
        var (ok, last) = await Retry.UntilAsync(() => PageChecks.SortedAsync(page, step), r => r.Ok, Timeout).ConfigureAwait(false);
        var check = $"sorted by {step.Target}, {step.Value}";
        string found;
        if (last.Values.Count == 0)
        {
            found = $"no list of items with a {step.Target}";
        }
        else if (last.Unreadable >= 0)
        {
            var which = last.Labels.Count > last.Unreadable ? $" ({CheckWords.Quote(last.Labels[last.Unreadable], 40)})" : "";
            found = $"no {step.Target} could be read in {last.Unit} {last.Unreadable + 1}{which}, reading {last.How}";
        }
        else if (last.Pair is [var a, var b])
        {
            found = $"{CheckWords.Quote(last.Values[a], 40)} ({last.Unit} {a + 1}) before {CheckWords.Quote(last.Values[b], 40)} ({last.Unit} {b + 1}) in {last.How}";
        }
        else
        {
            found = $"{CheckWords.List([.. last.Values.Select(v => CheckWords.Shorten(v, 30))], 6)} in {last.How}";
        }

        return StepOutcome.Checked(ok, check, found);
    }

    // assert_nth: the target names the items, the ordinal picks one (-1 the last), the value is the text it shows.
    private async Task<StepOutcome> NthAsync(IPage page, PlanStep step)
    {
        var ordinal = step.Ordinal ?? 1;
        var (ok, last) = await Retry.UntilAsync(() => PageChecks.NthAsync(page, step), r => r.Ok, Timeout).ConfigureAwait(false);
        var many = CheckWords.Plural(step.Target!);
        var check = $"the {CheckWords.Ordinal(ordinal)} {CheckWords.Singular(step.Target!)} shows '{step.Value}'";
        var found = last.Total == 0 ? $"no {many} listed"
            : Math.Abs(ordinal) > last.Total ? $"only {last.Total.ToString(CultureInfo.InvariantCulture)} {many} listed"
            : CheckWords.Quote(last.Text);
        return StepOutcome.Checked(ok, check, found);
    }
}
