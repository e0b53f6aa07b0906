using Pacts.Tests;
using Pacts.V1;

namespace Pacts.EndToEndTests;

/// <summary>The example requirements, run by the real service in Chromium against the example shop.</summary>
public sealed class ExampleRequirementsTests : IAsyncLifetime
{
    private readonly PactsServiceFactory _factory = new(PactsServiceFactory.NewDataDirectory());
    private SiteServer? _site;

    public static TheoryData<string> PassingFiles() =>
        [.. RepoPaths.PassingRequirements().Select(f => Path.GetFileName(f))];

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
    public async Task WrongPage_FailsSayingWhatWasCheckedAndWhatThePageShowed()
    {
        var events = await RunAsync(Path.Combine(RepoPaths.Requirements, "failing", "wrong-page.yaml"));

        var failures = events.Finished().Failures.OrderBy(f => f.TestCaseIndex).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Equal("page is 'Checkout' (URL, title or main heading)", failures[0].Expected);
        Assert.Equal("URL /shop/catalog.html, title 'Catalog · Pacts Mugs & Co', heading 'Our products'", failures[0].Actual);
        Assert.Equal($"checked: {failures[0].Expected}; found {failures[0].Actual}", failures[0].Message);
        var check = Assert.Single(events, e => e.KindCase == RunEvent.KindOneofCase.AssertionChecked && !e.AssertionChecked.Passed).AssertionChecked;
        Assert.Equal((failures[0].Expected, failures[0].Actual), (check.Expected, check.Actual));
        Assert.Equal($"no link to the 'Orders' page on {_site!.BaseUrl.TrimEnd('/')}/shop/catalog.html", failures[1].Message);
        Assert.StartsWith("links and buttons shown: Pacts Mugs & Co, Cart 0, Log out, Add to cart", failures[1].Actual, StringComparison.Ordinal);
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
        // Nothing was cached for the step, so there is no stored element to heal to: only a fresh look after the page settles.
        Assert.Equal("rediscovery", heal.Strategy);
        Assert.Contains("no stored element to compare with", heal.Note, StringComparison.Ordinal);
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

    [Fact]
    public async Task SignInRows_InParallel_RunAtOnce_AndEachCaseKeepsItsOwnSteps()
    {
        var path = Path.Combine(RepoPaths.Requirements, "failing", "sign-in-rows.txt");
        var client = _factory.CreateRunClient();
        var events = await RunCalls.RunAsync(client, new StartRunRequest
        {
            Requirement = new Requirement { Name = Path.GetFileName(path), Content = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken) },
            BaseUrl = _site!.BaseUrl,
            Parallel = 3,
        }, TestContext.Current.CancellationToken);

        // All three rows were open before the first one finished.
        var firstFinished = events.ToList().FindIndex(e => e.KindCase == RunEvent.KindOneofCase.TestCaseFinished);
        Assert.Equal(3, events.Take(firstFinished).Count(e => e.KindCase == RunEvent.KindOneofCase.TestCaseStarted));
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Sequence));
        var finished = events.Finished();
        Assert.Equal((RunStatus.Failed, 2, 1), (finished.Status, finished.TestCasesPassed, finished.TestCasesFailed));
        Assert.Contains("[row 3: username=locked", Assert.Single(finished.Failures).TestCaseTitle, StringComparison.Ordinal);
        var states = events.Where(e => e.KindCase == RunEvent.KindOneofCase.TestCaseFinished).OrderBy(e => e.TestCaseFinished.TestCaseIndex).Select(e => e.TestCaseFinished.Status);
        Assert.Equal([StepStatus.Passed, StepStatus.Passed, StepStatus.Failed], states);

        // Each test case's steps came in order, and the stored run holds every one of them once.
        foreach (var steps in events.Where(e => e.KindCase == RunEvent.KindOneofCase.StepFinished).GroupBy(e => e.StepFinished.TestCaseIndex))
        {
            Assert.Equal(Enumerable.Range(1, steps.Count()), steps.Select(e => e.StepFinished.StepIndex));
        }

        var stored = await client.GetRunAsync(new GetRunRequest { RunId = events[0].RunId }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(events.Count(e => e.KindCase == RunEvent.KindOneofCase.StepFinished), stored.Steps.Count);
        Assert.Equal(stored.Steps.Count, stored.Steps.Select(s => (s.TestCaseIndex, s.StepIndex)).Distinct().Count());
    }

    [Fact]
    public async Task SignInRows_RunsEachRowAsItsOwnTestCase_AndOnlyTheLockedRowFails()
    {
        var events = await RunAsync(Path.Combine(RepoPaths.Requirements, "failing", "sign-in-rows.txt"));

        var cases = events.Where(e => e.KindCase == RunEvent.KindOneofCase.TestCaseFinished).Select(e => e.TestCaseFinished).ToList();
        Assert.Equal([StepStatus.Passed, StepStatus.Passed, StepStatus.Failed], cases.Select(c => c.Status));
        var finished = events.Finished();
        Assert.Equal((RunStatus.Failed, 2, 1), (finished.Status, finished.TestCasesPassed, finished.TestCasesFailed));
        var failure = Assert.Single(finished.Failures);
        Assert.Contains("[row 3: username=locked", failure.TestCaseTitle, StringComparison.Ordinal);
        Assert.Equal("Welcome, Locked User", failure.Expected);
        // Each row opens its own browser context: the second row starts signed out although the first signed in.
        Assert.Equal(3, events.Count(e => e.KindCase == RunEvent.KindOneofCase.TestCaseStarted));
    }

    [Fact]
    public async Task Secrets_NeverAppearInEventsRecordsStoreOrLogs()
    {
        const string secret = "s3cr3t-Value-9";
        var request = new StartRunRequest
        {
            Requirement = new Requirement
            {
                Name = "secret.txt",
                Content = """
                    Test: Sign in with a secret from the request
                    URL: http://127.0.0.1:5180/shop/
                    Test Steps:
                    1. Enter "jane" in the Username field
                    2. Enter {{pass}} in the Password field
                    3. Click the Login button
                    Expected:
                    - The Password field has value "{{pass}}"
                    - "{{pass}}" is visible
                    """,
            },
            BaseUrl = _site!.BaseUrl,
        };
        request.Secrets["pass"] = secret;

        var events = await RunCalls.RunAsync(_factory.CreateRunClient(), request, TestContext.Current.CancellationToken);

        // The run fails on the last check, whose expected text is the secret: even a failure must not show it.
        Assert.Equal(RunStatus.Failed, events.Finished().Status);
        Assert.Contains(events, e => e.ToString().Contains(Pacts.Agents.Planning.SecretMask.Shown, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.ToString().Contains(secret, StringComparison.Ordinal));
        var client = _factory.CreateRunClient();
        var run = await client.GetRunAsync(new GetRunRequest { RunId = events[0].RunId }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain(secret, run.ToString(), StringComparison.Ordinal);
        var list = await client.ListRunsAsync(new ListRunsRequest(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain(secret, list.ToString(), StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(_factory.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }

        Assert.NotEmpty(_factory.Logs.Lines);
        Assert.DoesNotContain(_factory.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
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
