using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pacts.Storage.IntegrationTests;

/// <summary>The run retention job on the embedded store, and the options it validates at start.</summary>
public sealed class EmbeddedRunRetentionTests : RunRetentionTests
{
    protected override Task<string?> PostgresAsync() => Task.FromResult<string?>(null);

    [Fact]
    public async Task Options_NotSet_ThirtyDaysEveryHour()
    {
        await using var services = await OpenAsync();

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal((30, TimeSpan.FromHours(1)), (options.RunRetentionDays, options.RunRetentionInterval));
    }

    [Theory]
    [InlineData("Storage:RunRetentionInterval", "00:00:00")]
    [InlineData("Storage:RunRetentionInterval", "8.00:00:00")]
    [InlineData("Storage:RunRetentionDays", "36501")]
    public async Task Options_OutOfRange_FailValidation(string name, string value)
    {
        await using var services = await OpenAsync(new Dictionary<string, string?> { [name] = value });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(name.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}
