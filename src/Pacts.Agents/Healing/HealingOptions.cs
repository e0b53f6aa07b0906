using System.ComponentModel.DataAnnotations;

namespace Pacts.Agents.Healing;

public enum HealingMode
{
    /// <summary>Heal, and once the test case passes replace the cached selector with the healed one.</summary>
    Auto,

    /// <summary>Heal for this run only; the cache is never written.</summary>
    Suggest,

    /// <summary>No healing: a step whose element is gone fails.</summary>
    Off,
}

/// <summary>The <c>Healing</c> section.</summary>
public sealed class HealingOptions
{
    public const string SectionName = "Healing";

    public HealingMode Mode { get; set; } = HealingMode.Auto;

    /// <summary>Rounds per step; each reveals more of the page (settle, scroll, wait for changes) and tries every strategy.</summary>
    [Range(1, 10)]
    public int MaxRounds { get; set; } = 3;

    /// <summary>The least fingerprint similarity a healed element may have with the stored one.</summary>
    [Range(0.5, 1.0)]
    public double Threshold { get; set; } = 0.7;

    /// <summary>How far the healed element must be ahead of the next most similar one.</summary>
    [Range(0.01, 0.5)]
    public double Margin { get; set; } = 0.1;
}
