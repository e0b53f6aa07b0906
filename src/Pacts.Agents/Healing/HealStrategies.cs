using Pacts.Agents.Discovery;
using Pacts.Storage.Healing;

namespace Pacts.Agents.Healing;

/// <summary>
/// One way of finding the stored element again: which of the page's candidates it proposes. A strategy heals only
/// when the best candidate it proposes is also the best of the whole page by <see cref="HealSimilarity"/>, clearly.
/// </summary>
internal sealed record HealStrategy(string Name, Func<Candidate, Candidate, bool> Proposes);

internal static class HealStrategies
{
    /// <summary>Every strategy, in the order tried when there is no history: the most specific first.</summary>
    public static IReadOnlyList<HealStrategy> All { get; } =
    [
        new("test-id", (stored, c) => stored.TestId is { } id && c.TestId?.Value == id.Value),
        new("id", (stored, c) => stored.Id.Length > 0 && c.Id == stored.Id),
        new("name", (stored, c) => stored.NameAttribute.Length > 0 && c.NameAttribute == stored.NameAttribute),
        new("label", (stored, c) => Same(stored.Label, c.Label)),
        new("placeholder", (stored, c) => Same(stored.Placeholder, c.Placeholder)),
        new("accessible-name", (stored, c) => Same(stored.Name, c.Name)),
        new("text", (stored, c) => Same(stored.Text, c.Text)),
        // The same kind of element among the same words around it: a reworded button in the form it always was in.
        new("role-neighbours", (stored, c) => c.Role == stored.Role
            && (stored.Section.Length > 0 || stored.ContainerText.Length > 0)
            && Text.Normalize(c.Section) == Text.Normalize(stored.Section)
            && HealSimilarity.WordOverlap(stored.ContainerText, c.ContainerText) >= 0.5),
        // The same place in the same repeated container (a card's button after the card's markup changed).
        new("container-position", (stored, c) => stored.ContainerSelector.Length > 0 && c.ContainerSelector == stored.ContainerSelector
            && c.Tag == stored.Tag && c.Role == stored.Role),
        new("similarity", (_, _) => true),
    ];

    /// <summary>
    /// The oracle: strategies that have healed this element before come first (best rate first), then those that have
    /// healed anything on any site, then the untried ones in their default order, and last those that only ever failed.
    /// </summary>
    public static IReadOnlyList<HealStrategy> Ordered(StrategyHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var element = history.ForElement.ToDictionary(t => t.Strategy, StringComparer.Ordinal);
        var global = history.Global.ToDictionary(t => t.Strategy, StringComparer.Ordinal);
        return
        [
            .. All.Select((s, i) => (Strategy: s, Index: i))
                .OrderBy(x => Rank(element.GetValueOrDefault(x.Strategy.Name), global.GetValueOrDefault(x.Strategy.Name)))
                .ThenByDescending(x => element.GetValueOrDefault(x.Strategy.Name)?.SuccessRate ?? 0)
                .ThenByDescending(x => global.GetValueOrDefault(x.Strategy.Name)?.SuccessRate ?? 0)
                .ThenBy(x => x.Index)
                .Select(x => x.Strategy),
        ];
    }

    private static int Rank(StrategyTally? element, StrategyTally? global) =>
        element is { Successes: > 0 } ? 0
        : global is { Successes: > 0 } ? 1
        : global is null or { Attempts: 0 } ? 2
        : 3;

    private static bool Same(string stored, string seen) => stored.Length > 0 && Text.Normalize(stored) == Text.Normalize(seen);
}
