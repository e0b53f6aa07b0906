using System.Diagnostics.Metrics;

namespace Pacts.Storage.Selectors;

/// <summary>The selector cache's OpenTelemetry instruments, on the <see cref="StorageTelemetry.MeterName"/> meter.</summary>
internal sealed class SelectorCacheMetrics
{
    public const string HitRedis = "cache_hit_redis";
    public const string HitPostgres = "cache_hit_postgres";
    public const string Miss = "cache_miss";
    public const string Drift = "drift";

    private readonly Counter<long> _lookups;
    private readonly Counter<long> _drift;

    public SelectorCacheMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(StorageTelemetry.MeterName);
        _lookups = meter.CreateCounter<long>("pacts.selector_cache.lookups", description: "Selector cache lookups, by result (cache_hit_redis, cache_hit_postgres, cache_miss)");
        _drift = meter.CreateCounter<long>("pacts.selector_cache.drift", description: "Cache hits whose locator no longer found the stored element");
    }

    public void Lookup(string result) => _lookups.Add(1, new KeyValuePair<string, object?>("result", result));

    public void Drifted() => _drift.Add(1);
}
