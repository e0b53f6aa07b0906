using Pacts.Agents.Execution;

namespace Pacts.EndToEndTests;

/// <summary>
/// The five-point gate in Chromium: each failing point is named, "receives events" names what covers the element, and
/// an element that becomes ready in time is waited for.
/// </summary>
public sealed class ActionGateTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    private readonly StepHarness _steps = new(fixture.Browser);

    [Fact]
    public async Task Gate_DisabledButton_FailsAtEnabled()
    {
        var outcome = await _steps.ActOnAsync("<button id='save' disabled>Save</button>", "Click the Save button", "#save");

        Assert.Equal("enabled", outcome.GatePoint);
        Assert.Contains("disabled", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_HiddenButton_FailsAtVisible()
    {
        var outcome = await _steps.ActOnAsync("<button id='save' style='display:none'>Save</button>", "Click the Save button", "#save");

        Assert.Equal("visible", outcome.GatePoint);
    }

    [Fact]
    public async Task Gate_RemovedElement_FailsAtAttached()
    {
        var outcome = await _steps.ActOnAsync("<button id='other'>Other</button>", "Click the Save button", "#save");

        Assert.Equal("attached", outcome.GatePoint);
    }

    [Fact]
    public async Task Gate_CoveredButton_NamesWhatCoversIt()
    {
        const string Html = """
            <button id='save'>Save</button>
            <div class='cookie-banner' style='position:fixed;inset:0;background:rgba(0,0,0,.4)'>We use cookies</div>
            """;

        var outcome = await _steps.ActOnAsync(Html, "Click the Save button", "#save");

        Assert.Equal("receives events", outcome.GatePoint);
        Assert.Contains("cookie-banner", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ButtonThatNeverStopsMoving_FailsAtStable()
    {
        const string Html = """
            <style>@keyframes slide { from { transform: translateX(0) } to { transform: translateX(300px) } }</style>
            <button id='save' style='animation: slide .2s linear infinite'>Save</button>
            """;

        var outcome = await _steps.ActOnAsync(Html, "Click the Save button", "#save");

        Assert.Equal("stable", outcome.GatePoint);
    }

    [Theory]
    [InlineData("<button id='save'>Save</button><div class='cookie-banner' style='position:fixed;inset:0'>We use cookies</div>", "receives events", "cookie-banner")]
    [InlineData("<style>@keyframes slide { to { transform: translateX(300px) } }</style><button id='save' style='animation: slide .2s linear infinite'>Save</button>", "stable", "moving")]
    public async Task Gate_TimeoutWithoutPlaywrightsLog_IsStillDiagnosedFromThePage(string html, string point, string said)
    {
        // On a loaded machine an action can time out before Playwright logs why; the page itself must still tell.
        var page = await _steps.OpenAsync(html);

        var outcome = await ActionGate.DiagnoseAsync(page.Locator("#save"), new TimeoutException("Timeout 1500ms exceeded."), needsEnabled: true);

        Assert.Equal(point, outcome.GatePoint);
        Assert.Contains(said, outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ReadOnlyField_FailsAtEnabled()
    {
        var outcome = await _steps.ActOnAsync("<label>Name <input id='name' readonly value='x'></label>", "Enter \"Jane\" in the Name field", "#name");

        Assert.Equal("enabled", outcome.GatePoint);
        Assert.Contains("read-only", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ButtonEnabledLater_IsWaitedFor()
    {
        const string Html = """
            <button id='save' disabled onclick="document.title = 'saved'">Save</button>
            <script>setTimeout(() => document.getElementById('save').disabled = false, 300)</script>
            """;
        var page = await _steps.OpenAsync(Html);

        var outcomes = await StepHarness.RunAsync(page, "Click the Save button");

        Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
        Assert.Equal("saved", await page.TitleAsync());
    }
}
