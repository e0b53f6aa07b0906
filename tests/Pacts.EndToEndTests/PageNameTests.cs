using Pacts.Agents.Planning;

namespace Pacts.EndToEndTests;

/// <summary>
/// open_page and assert_on_page in Chromium: a page found by its name (address, title, main heading) and the link to it
/// found by the same name rules; what a failure says it checked and found.
/// </summary>
public sealed class PageNameTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    private const string Nav = "<nav><a href='/start'>Home</a> <a href='/cart'>Cart <span>2</span></a> <a href='/signin?next=%2F'>Sign in</a></nav>";

    private readonly StepHarness _steps = new(fixture.Browser);

    [Theory]
    [InlineData("Sign in")]
    [InlineData("sign-in")]
    [InlineData("signin")]
    public async Task OpenPage_ClicksTheLinkNamedLikeThePage_AndWaitsForThePage(string name)
    {
        var page = await _steps.OpenAsync(Nav, ("/signin", Page("Log in · Brewhouse", "<h1>Welcome back</h1>")));

        var outcomes = await StepHarness.RunDraftsPatientlyAsync(page, new StepDraft(StepAction.OpenPage, name), new StepDraft(StepAction.AssertOnPage, Value: name));

        Assert.All(outcomes, o => Assert.True(o.Passed, o.Message));
        Assert.Equal($"{StepHarness.Origin}/signin?next=%2F", page.Url);
        Assert.Equal("URL /signin?next=%2F, title 'Log in · Brewhouse', heading 'Welcome back'", outcomes[1].Actual);
    }

    [Fact]
    public async Task OpenPage_LinkWithABadge_AndAButtonThatShowsThePageInPlace()
    {
        const string Settings = """
            <button onclick="history.pushState({}, '', '/settings'); document.getElementById('s').hidden = false">Settings</button>
            <main><section id='s' hidden><h1>Settings</h1></section></main>
            """;
        var page = await _steps.OpenAsync(Nav + Settings, ("/cart", Page("Brewhouse", "<main><h2>Your basket</h2></main>")));

        var inPlace = await StepHarness.RunDraftsPatientlyAsync(page, new StepDraft(StepAction.OpenPage, "Settings"), new StepDraft(StepAction.AssertOnPage, Value: "Settings"));
        var cart = await StepHarness.RunDraftsPatientlyAsync(page, new StepDraft(StepAction.OpenPage, "Cart"), new StepDraft(StepAction.AssertOnPage, Value: "cart"));

        Assert.All(inPlace.Concat(cart), o => Assert.True(o.Passed, o.Message));
        Assert.EndsWith("/cart", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenPage_NoLinkOfThatName_FailsNamingThePageAndTheLinksShown()
    {
        var page = await _steps.OpenAsync(Nav + "<details><summary>More</summary><a href='/orders'>Orders</a></details>");

        var outcome = Assert.Single(await StepHarness.RunDraftsAsync(page, new StepDraft(StepAction.OpenPage, "Orders")));

        Assert.False(outcome.Passed);
        Assert.Equal($"no link to the 'Orders' page on {StepHarness.Origin}/start", outcome.Message);
        Assert.Equal("links and buttons shown: Home, Cart 2, Sign in; 1 hidden one(s) named like it (in a closed menu?)", outcome.Actual);
        Assert.EndsWith("/start", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sign-in", "Brewhouse", "<h1>Hello</h1>", "Sign in")]
    [InlineData("/signin", "Brewhouse", "<h1>Hello</h1>", "sign-in")]
    [InlineData("/sign_in", "Brewhouse", "<h1>Hello</h1>", "signin")]
    [InlineData("/account/orders.html", "Brewhouse", "<h1>Hello</h1>", "Orders")]
    [InlineData("/a", "Sign-in | Brewhouse", "<h1>Hello</h1>", "Sign in")]
    [InlineData("/a", "Brewhouse", "<h1>Your  ORDERS</h1>", "orders")]
    [InlineData("/a", "Brewhouse", "<h1 hidden>Home</h1><main><h2>Order history</h2></main>", "Order history")]
    public async Task AssertOnPage_ByAddressTitleOrMainHeading_Passes(string path, string title, string body, string name)
    {
        var page = await _steps.OpenAsync($"<a href='{path}'>go</a>", (path.Split('?')[0], Page(title, body)));
        await page.ClickAsync("a");

        var outcome = Assert.Single(await StepHarness.RunDraftsAsync(page, new StepDraft(StepAction.AssertOnPage, Value: name)));

        Assert.True(outcome.Passed, outcome.Message);
    }

    [Fact]
    public async Task AssertOnPage_OtherPage_SaysWhatItCheckedAndFound()
    {
        var page = await _steps.OpenAsync("<a href='/account'>go</a>", ("/account", Page("Brewhouse", "<header><h1>My account</h1></header><p>Start shopping</p>")));
        await page.ClickAsync("a");

        var outcome = Assert.Single(await StepHarness.RunDraftsAsync(page, new StepDraft(StepAction.AssertOnPage, Value: "Orders")));

        Assert.False(outcome.Passed);
        Assert.Equal("checked: page is 'Orders' (URL, title or main heading); found URL /account, title 'Brewhouse', heading 'My account'", outcome.Message);
        Assert.Equal(("page is 'Orders' (URL, title or main heading)", "URL /account, title 'Brewhouse', heading 'My account'"), (outcome.Expected, outcome.Actual));
    }

    [Fact]
    public async Task AssertOnPage_HeadingThatArrivesLater_IsWaitedFor()
    {
        var page = await _steps.OpenAsync("<main><h1>Loading</h1></main><script>setTimeout(() => document.querySelector('h1').textContent = 'Checkout', 300)</script>");

        var outcome = Assert.Single(await StepHarness.RunDraftsPatientlyAsync(page, new StepDraft(StepAction.AssertOnPage, Value: "Checkout")));

        Assert.True(outcome.Passed, outcome.Message);
    }

    [Fact]
    public async Task AssertUrlContains_Fails_SayingTheCheckAndThePathFound()
    {
        var page = await _steps.OpenAsync("<a href='/signin?next=%2F'>go</a>", ("/signin", Page("Brewhouse", "<h1>Sign in</h1>")));
        await page.ClickAsync("a");

        var outcomes = await StepHarness.RunDraftsAsync(page, new StepDraft(StepAction.AssertUrlContains, Value: "/signin"), new StepDraft(StepAction.AssertUrlContains, Value: "/account"));

        Assert.True(outcomes[0].Passed, outcomes[0].Message);
        Assert.Equal("checked: URL contains /account; found /signin?next=%2F", outcomes[1].Message);
    }

    private static string Page(string title, string body) => $"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>";
}
