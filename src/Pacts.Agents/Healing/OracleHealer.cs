using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.Healing;

/// <summary>A healer's answer for one step.</summary>
public sealed record HealResult(bool Healed, ResolvedElement? Element, string Strategy, double Similarity, int Round, string Note);

/// <summary>
/// The healer as the walking skeleton has it: one round that waits for the page to settle and re-runs discovery
/// once. Fingerprint-guided strategies ordered by heal history arrive with the OracleHealer issue.
/// </summary>
internal sealed class OracleHealer(ElementResolver resolver)
{
    public const string Strategy = "rediscovery";
    private const int SettleMaxMs = 2_000;

    public async Task<HealResult> HealAsync(IPage page, PlanStep step, ResolvedElement? broken, CancellationToken cancellationToken)
    {
        using var activity = PactsTelemetry.Source.StartActivity("heal step");
        await DiscoveryScript.SettleAsync(page, 250, SettleMaxMs).ConfigureAwait(false);
        var resolution = await resolver.DiscoverAsync(page, step, budgetMs: 0, cancellationToken).ConfigureAwait(false);
        const string how = "re-ran discovery once after the page settled (the only healing strategy so far)";
        if (resolution.Element is not { } element || (broken is not null && element.Locator == broken.Locator))
        {
            var why = resolution.Failure switch
            {
                ResolutionFailure.NotFound => "still no matching element",
                ResolutionFailure.Ambiguous => "still several elements match about equally well",
                ResolutionFailure.NoUniqueLocator => "still no locator picks the element out alone",
                _ => "discovery found the same element again",
            };
            activity?.SetTag("pacts.healed", false);
            return new HealResult(false, null, Strategy, 0, 1, $"{how}: {why}");
        }

        var similarity = broken is null ? element.Score : Fingerprints.Similarity(broken.Fingerprint, element.Fingerprint);
        if (broken is not null && similarity < Fingerprints.SameElementThreshold)
        {
            activity?.SetTag("pacts.healed", false);
            return new HealResult(false, null, Strategy, similarity, 1, $"{how}: the element found is not the same one (similarity {similarity:0.00})");
        }

        activity?.SetTag("pacts.healed", true);
        return new HealResult(true, element, Strategy, Math.Round(similarity, 4), 1, $"{how}: found {element.Locator}");
    }
}
