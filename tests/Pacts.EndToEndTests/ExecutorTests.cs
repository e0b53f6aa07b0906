using Pacts.Agents.Execution;

namespace Pacts.EndToEndTests;

/// <summary>Every action from plain text through discovery to Chromium.</summary>
public sealed class ExecutorTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    private readonly StepHarness _steps = new(fixture.Browser);

    [Fact]
    public async Task Upload_SetsTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pacts-upload-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "hello", TestContext.Current.CancellationToken);
        try
        {
            var page = await _steps.OpenAsync("<label for='cv'>CV</label><input id='cv' type='file'>");

            var outcomes = await StepHarness.RunAsync(page, $"Upload \"{file}\" to the CV field");

            Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
            Assert.Equal(Path.GetFileName(file), await page.EvaluateAsync<string>("() => document.getElementById('cv').files[0].name"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Upload_MissingFile_SaysWhichFile()
    {
        var page = await _steps.OpenAsync("<label for='cv'>CV</label><input id='cv' type='file'>");

        var outcomes = await StepHarness.RunAsync(page, "Upload \"/nonexistent/cv.pdf\" to the CV field");

        Assert.False(outcomes[^1].Passed);
        Assert.Contains("/nonexistent/cv.pdf", outcomes[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_NativeByLabelAndByValue()
    {
        var page = await _steps.OpenAsync("<label for='c'>Country</label><select id='c'><option value='us'>United States</option><option value='ca'>Canada</option><option value='mx'>Mexico</option></select>");

        var outcomes = await StepHarness.RunAsync(page, "Select \"Canada\" from the Country dropdown", "Verify the Country dropdown shows \"Canada\"", "Select \"mx\" from the Country dropdown");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.Equal("mx", await page.InputValueAsync("#c"));
    }

    [Fact]
    public async Task Fill_ASelect_ChoosesTheOption()
    {
        var page = await _steps.OpenAsync("<label for='c'>Country</label><select id='c'><option value='us'>United States</option><option value='ca'>Canada</option></select>");

        var outcomes = await StepHarness.RunAsync(page, "Set Country to Canada");

        Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
        Assert.Equal("ca", await page.InputValueAsync("#c"));
    }

    [Fact]
    public async Task Select_UnknownOption_ListsTheOptions()
    {
        var page = await _steps.OpenAsync("<label for='c'>Country</label><select id='c'><option>Canada</option><option>Mexico</option></select>");

        var outcomes = await StepHarness.RunAsync(page, "Select \"France\" from the Country dropdown");

        Assert.False(outcomes[^1].Passed);
        Assert.Equal("Canada, Mexico", outcomes[^1].Actual);
    }

    [Fact]
    public async Task Select_AriaCombobox_OpensAndPicks()
    {
        const string Html = """
            <span id='l'>Size</span>
            <div role='combobox' aria-labelledby='l' aria-expanded='false' tabindex='0' id='size'>Choose…</div>
            <ul role='listbox' id='opts' hidden>
              <li role='option'>Small</li><li role='option'>Medium</li><li role='option'>Large</li>
            </ul>
            <script>
              const box = document.getElementById('size'), list = document.getElementById('opts');
              box.onclick = () => { list.hidden = false; box.setAttribute('aria-expanded', 'true'); };
              for (const o of list.children) o.onclick = () => { box.textContent = o.textContent; list.hidden = true; };
            </script>
            """;
        var page = await _steps.OpenAsync(Html);

        var outcomes = await StepHarness.RunAsync(page, "Select \"Large\" from the Size dropdown");

        Assert.True(outcomes[^1].Passed, outcomes[^1].Message);
        Assert.Equal("Large", await page.InnerTextAsync("#size"));
    }

    [Fact]
    public async Task CheckAndUncheck_NativeAndAria()
    {
        const string Html = """
            <label><input type='checkbox' id='terms'> I accept the terms</label>
            <div role='checkbox' aria-checked='false' tabindex='0' id='news' onclick="this.setAttribute('aria-checked', this.getAttribute('aria-checked') === 'true' ? 'false' : 'true')">Newsletter</div>
            """;
        var page = await _steps.OpenAsync(Html);

        var outcomes = await StepHarness.RunAsync(
            page,
            "Check the I accept the terms checkbox",
            "Check the Newsletter checkbox",
            "Verify the Newsletter checkbox is checked",
            "Uncheck the Newsletter checkbox",
            "Verify the I accept the terms checkbox is checked");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.Equal("false", await page.GetAttributeAsync("#news", "aria-checked"));
    }

    [Fact]
    public async Task TypeKeyByKey_FiresAKeyPerCharacter_AndClearEmpties()
    {
        const string Html = """
            <label>Search <input id='q'></label><p id='keys'>0</p>
            <script>let n = 0; document.getElementById('q').addEventListener('keydown', () => document.getElementById('keys').textContent = ++n);</script>
            """;
        var page = await _steps.OpenAsync(Html);

        var typed = await StepHarness.RunAsync(page, "Type \"mug\" key by key into the Search field");
        var keys = await page.InnerTextAsync("#keys");
        var cleared = await StepHarness.RunAsync(page, "Clear the Search field");

        Assert.True(typed[^1].Passed, typed[^1].Message);
        Assert.Equal("3", keys);
        Assert.True(cleared[^1].Passed, cleared[^1].Message);
        Assert.Equal("", await page.InputValueAsync("#q"));
    }

    [Fact]
    public async Task PressOnFieldAndOnFocus_DoubleClickAndHover()
    {
        const string Html = """
            <form onsubmit="event.preventDefault(); document.getElementById('out').textContent = 'submitted'">
              <label>Search <input id='q'></label>
            </form>
            <p id='out'></p>
            <span ondblclick="this.textContent = 'Renamed'">Quarterly report</span>
            <button onmouseenter="document.getElementById('tip').hidden = false">Help</button>
            <p id='tip' hidden>Opens the manual</p>
            """;
        var page = await _steps.OpenAsync(Html);

        var outcomes = await StepHarness.RunAsync(
            page,
            "Press Enter in the Search field",
            "Verify \"submitted\" is shown",
            "Double-click \"Quarterly report\"",
            "Verify \"Renamed\" is shown",
            "Hover over the Help button",
            "Verify \"Opens the manual\" is shown",
            "Press Tab");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
    }

    [Fact]
    public async Task ScrollGoBackReloadAndWaits()
    {
        const string Html = """
            <div style='height:3000px'>Top</div>
            <button id='more'>Load more</button>
            <a href='/second'>Next page</a>
            <p id='status'>Loading</p>
            <script>setTimeout(() => document.getElementById('status').textContent = 'Loading complete', 300)</script>
            """;
        var page = await _steps.OpenAsync(Html, ("/second", "<h1>Second</h1>"));

        var outcomes = await StepHarness.RunAsync(
            page,
            "Scroll to the \"Load more\" button",
            "Wait until \"Loading complete\" is visible",
            "Click the Next page link",
            "Verify \"Second\" is shown",
            "Go back",
            "Verify \"Top\" is shown",
            "Reload the page",
            "Wait for \"Loading complete\" to appear");

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.EndsWith("/start", page.Url, StringComparison.Ordinal);
    }
}
