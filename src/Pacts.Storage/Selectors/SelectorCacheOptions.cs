using System.ComponentModel.DataAnnotations;

namespace Pacts.Storage.Selectors;

/// <summary>The <c>SelectorCache</c> section: how long entries live in Redis and in Postgres.</summary>
public sealed class SelectorCacheOptions
{
    public const string SectionName = "SelectorCache";

    /// <summary>
    /// Expiry of a Redis entry. At most a day: a Redis hit does not touch the Postgres row, so an entry in steady use
    /// must fall through to Postgres (refreshing its last use) well inside the retention period.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RedisTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Postgres entries not used for this many days are deleted by the retention job.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 7;

    /// <summary>How often the retention job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Prepended to every Redis key, counters included, for deployments that share one Redis (and for tests). Empty
    /// by default, so the counters keep the names operators know (<c>metrics:selector_cache:cache_hit_redis</c>).
    /// </summary>
    public string RedisKeyPrefix { get; set; } = "";
}
