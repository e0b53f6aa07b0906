using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Pacts.Agents.Discovery;
using Pacts.Agents.Orchestration;
using Pacts.Storage.Artifacts;

namespace Pacts.Agents.Reporting;

/// <summary>
/// The files of one run: step screenshots and a trace per test case as it goes, then the report, the JUnit file and
/// every event. Each is recorded in the artifact store and announced as an event. Writing a file never fails a run.
/// </summary>
internal sealed partial class RunArtifacts(
    string runId, Planning.SecretMask secrets, ArtifactFiles files, ArtifactOptions options, IArtifactStore store, SecretNames secretNames, TimeProvider time, ILogger logger)
{
    private readonly List<RunEvent> _events = [];
    private readonly ConcurrentDictionary<(int Case, int Step), LocatorSpec> _locators = new();
    private readonly ConcurrentDictionary<int, IBrowserContext> _tracing = new();
    private readonly Lock _gate = new();

    public string Folder { get; } = files.RunFolder(runId);

    /// <summary>Keeps every event of the run, for <c>events.jsonl</c> and the report.</summary>
    public void Collect(RunEvent runEvent)
    {
        lock (_gate)
        {
            _events.Add(runEvent);
        }
    }

    public Task CaseOpenedAsync(int testCase, IBrowserContext context) => !options.Trace ? Task.CompletedTask : SafelyAsync(async () =>
    {
        // A trace's pictures cannot be masked afterwards: a run with secrets keeps the DOM snapshots (masked) only.
        await context.Tracing.StartAsync(new() { Screenshots = secrets.IsEmpty, Snapshots = true }).ConfigureAwait(false);
        _tracing[testCase] = context;
    });

    public Task StepFinishedAsync(RunContext run, CaseState testCase, bool passed)
    {
        if (testCase.Element is { } element)
        {
            _locators[(testCase.Index, testCase.Step!.Index)] = element.Locator;
        }

        if (options.Screenshots == ScreenshotMode.None || (passed && options.Screenshots == ScreenshotMode.Failures) || testCase.Page is not { IsClosed: false } page)
        {
            return Task.CompletedTask;
        }

        var step = testCase.Step!.Index;
        var name = string.Create(CultureInfo.InvariantCulture, $"case-{testCase.Index + 1}/step-{step:00}.jpg");
        return SafelyAsync(async () =>
        {
            var covers = await SecretCoversAsync(page, run.Plan.Secrets).ConfigureAwait(false);
            var bytes = await page.ScreenshotAsync(new() { Type = ScreenshotType.Jpeg, Quality = 70, Timeout = 5_000, Mask = covers }).ConfigureAwait(false);
            await SaveAsync(run, testCase.Index, step, name, ArtifactKinds.Screenshot, bytes).ConfigureAwait(false);
        });
    }

    /// <summary>Before the context closes: the test case's trace, secrets masked.</summary>
    public Task CaseClosingAsync(RunContext run, CaseState testCase)
    {
        if (!_tracing.TryRemove(testCase.Index, out var context))
        {
            return Task.CompletedTask;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"case-{testCase.Index + 1}/trace.zip");
        return SafelyAsync(async () =>
        {
            var path = files.Resolve(runId, name)!;
            await context.Tracing.StopAsync(new() { Path = path }).ConfigureAwait(false);
            TraceMasking.Apply(path, run.Plan.Secrets);
            await RecordAsync(run, testCase.Index, 0, name, ArtifactKinds.Trace, path).ConfigureAwait(false);
        });
    }

    /// <summary>Before the final event: the report and JUnit file, and the announcement of <c>events.jsonl</c>.</summary>
    public Task RunFinishingAsync(RunContext run, RunFinishedBody finished) => SafelyAsync(async () =>
    {
        var report = RunReport.From(runId, Snapshot(), finished);
        var html = HtmlReport.Render(report, ReadFile);
        await SaveAsync(run, -1, 0, "report.html", ArtifactKinds.Report, Encoding.UTF8.GetBytes(html)).ConfigureAwait(false);
        await SaveAsync(run, -1, 0, "junit.xml", ArtifactKinds.JUnit, Encoding.UTF8.GetBytes(JUnitReport.Render(report))).ConfigureAwait(false);
        await WriteGeneratedTestsAsync(run, report).ConfigureAwait(false);
        // Written once the final event is in it (RunFinishedAsync); the stream ends only after that.
        run.Emit(new ArtifactRecordedBody(-1, 0, "events.jsonl", ArtifactKinds.Events));
    });

    /// <summary>After the final event: every event of the run, masked, one JSON object a line.</summary>
    public Task RunFinishedAsync(RunContext run) => SafelyAsync(async () =>
    {
        var path = files.Resolve(runId, "events.jsonl")!;
        Directory.CreateDirectory(Folder);
        await File.WriteAllTextAsync(path, EventsJson.Render(Snapshot(), run.Plan.Secrets), new UTF8Encoding(false)).ConfigureAwait(false);
        await store.AddAsync(new ArtifactRecord(runId, "events.jsonl", ArtifactKinds.Events, path, new FileInfo(path).Length, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
    });

    private async Task WriteGeneratedTestsAsync(RunContext run, RunReport report)
    {
        var writer = new TestCodeWriter(report, _locators, CSharpText.For(run.Plan.Secrets, run.Request.Secrets, secretNames.NameOf));
        foreach (var (name, content) in GeneratedProject.Files.Append(($"{writer.ClassName}.cs", writer.Write())))
        {
            await SaveAsync(run, -1, 0, $"{GeneratedProject.Folder}/{name}", ArtifactKinds.GeneratedTest, Encoding.UTF8.GetBytes(content)).ConfigureAwait(false);
        }
    }

    private async Task SaveAsync(RunContext run, int testCase, int step, string name, string kind, byte[] bytes)
    {
        var path = files.Resolve(runId, name)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes).ConfigureAwait(false);
        await RecordAsync(run, testCase, step, name, kind, path).ConfigureAwait(false);
    }

    private async Task RecordAsync(RunContext run, int testCase, int step, string name, string kind, string path)
    {
        await store.AddAsync(new ArtifactRecord(runId, name, kind, path, new FileInfo(path).Length, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
        run.Emit(new ArtifactRecordedBody(testCase, step, name, kind));
    }

    /// <summary>
    /// What a screenshot must cover: the fields whose value holds a secret and the elements showing one (a password
    /// field already shows dots). Pixels cannot be masked afterwards, so they are covered as the picture is taken.
    /// </summary>
    private static async Task<List<ILocator>> SecretCoversAsync(IPage page, Planning.SecretMask secrets)
    {
        if (secrets.IsEmpty)
        {
            return [];
        }

        var fields = page.Locator("input:not([type=password]), textarea");
        var values = await fields.EvaluateAllAsync<string[]>("els => els.map(e => e.value || '')").ConfigureAwait(false);
        var covers = values.Select((value, i) => (value, i)).Where(f => secrets.Values.Any(s => f.value.Contains(s, StringComparison.Ordinal)))
            .Select(f => fields.Nth(f.i)).ToList();
        covers.AddRange(secrets.Values.Select(s => page.GetByText(s)));
        return covers;
    }

    private byte[]? ReadFile(string name) => files.Resolve(runId, name) is { } path && File.Exists(path) ? File.ReadAllBytes(path) : null;

    private List<RunEvent> Snapshot()
    {
        lock (_gate)
        {
            return [.. _events];
        }
    }

    private async Task SafelyAsync(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogArtifactFailed(logger, exception, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write an artifact of run {RunId}; the run goes on")]
    private static partial void LogArtifactFailed(ILogger logger, Exception exception, string runId);
}
