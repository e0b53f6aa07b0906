using Pacts.Tests;
using Pacts.V1;

namespace Pacts.EndToEndTests;

/// <summary>The example requirements, run by the real service in Chromium against the example shop.</summary>
public sealed class ExampleRequirementsTests : IAsyncLifetime
{
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory());
    private SiteServer? _site;

    public static TheoryData<string> PassingFiles() =>
        [.. Directory.GetFiles(RepoPaths.Requirements).Where(f => Path.GetExtension(f) is ".txt" or ".json" or ".yaml" or ".yml")
            .Select(f => Path.GetFileName(f)).Order()];

    public async ValueTask InitializeAsync()
    {
        Infrastructure.RequireChromium();
        _site = await SiteServer.StartAsync(RepoPaths.Sites);
    }

    [Theory]
    [MemberData(nameof(PassingFiles))]
    public async Task PassingExample_Passes(string file)
    {
        var events = await RunAsync(Path.Combine(RepoPaths.Requirements, file));

        var finished = events.Finished();
        Assert.True(finished.Status == RunStatus.Passed, finished.ToString());
        Assert.Equal(0, finished.StepsFailed);
        Assert.True(finished.StepsPassed > 0);
        Assert.Contains(events, e => e.KindCase == RunEvent.KindOneofCase.AssertionChecked && e.AssertionChecked.Passed);
    }

    [Fact]
    public void Examples_HaveAtLeastFourPassingAndTwoFailingFiles()
    {
        Assert.True(PassingFiles().Count >= 4);
        Assert.True(Directory.GetFiles(Path.Combine(RepoPaths.Requirements, "failing"), "*.txt").Length >= 2);
    }

    [Fact]
    public async Task WrongTotal_FailsOnItsExpectedLine_WithExpectedAndFound()
    {
        var events = await RunAsync(Path.Combine(RepoPaths.Requirements, "failing", "wrong-total.txt"));

        var finished = events.Finished();
        Assert.Equal(RunStatus.Failed, finished.Status);
        var failure = Assert.Single(finished.Failures);
        Assert.Equal((8, 18), (failure.StepIndex, failure.Line));
        Assert.Equal("Total: $30.00", failure.Expected);
        Assert.Contains("Total: $26.00", failure.Actual, StringComparison.Ordinal);
        var check = Assert.Single(events, e => e.KindCase == RunEvent.KindOneofCase.AssertionChecked && !e.AssertionChecked.Passed);
        Assert.Equal(8, check.AssertionChecked.StepIndex);
    }

    [Fact]
    public async Task MissingElement_FailsOnItsStep_AfterTheHealerTried()
    {
        var events = await RunAsync(Path.Combine(RepoPaths.Requirements, "failing", "missing-element.txt"));

        var failure = Assert.Single(events.Finished().Failures);
        Assert.Equal((5, 13), (failure.StepIndex, failure.Line));
        Assert.Contains("Wishlist", failure.Message, StringComparison.Ordinal);
        var heal = Assert.Single(events, e => e.KindCase == RunEvent.KindOneofCase.StepHealed).StepHealed;
        Assert.False(heal.Healed);
        Assert.Contains("re-ran discovery once", heal.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondRun_ReplaysFromTheCache_WithNoDiscovery()
    {
        var file = Path.Combine(RepoPaths.Requirements, "checkout.txt");

        var first = await RunAsync(file);
        var second = await RunAsync(file);

        static List<ElementSource> Sources(IReadOnlyList<RunEvent> events) =>
            [.. events.Where(e => e.KindCase == RunEvent.KindOneofCase.ElementResolved).Select(e => e.ElementResolved.Source)];
        Assert.Contains(ElementSource.Discovery, Sources(first));
        Assert.Equal(RunStatus.Passed, second.Finished().Status);
        Assert.NotEmpty(Sources(second));
        Assert.All(Sources(second), s => Assert.Equal(ElementSource.CacheMemory, s));
    }

    private async Task<IReadOnlyList<RunEvent>> RunAsync(string path) =>
        await RunCalls.RunAsync(
            _factory.CreateRunClient(),
            Path.GetFileName(path),
            await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken),
            _site!.BaseUrl,
            TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        await _factory.DisposeAsync();
    }
}
