using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Llm;
using Pacts.Storage.Plans;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class PlannerBindingTests
{
    private const string Rows = """
        Test: Sign in
        URL: http://127.0.0.1:5180/shop/
        Data:
        | username | password  | greeting      |
        |----------|-----------|---------------|
        | jane     | secret123 | Welcome, Jane |
        | bob      | hunter2   | Welcome, Bob  |
        Test Steps:
        1. Log in as {{username}} with password {{password}}
        Expected:
        - "{{greeting}}" is visible
        """;

    private static Task<PlanResult> PlanAsync(string content, IReadOnlyDictionary<string, string>? variables = null, string? csv = null, string name = "req.txt") =>
        NewPlanner().PlanAsync(new PlanRequest(name, content, RequirementFormat.Auto, variables, csv), TestContext.Current.CancellationToken);

    internal static Planner NewPlanner(ILlmLineReader? llm = null, IPlanStore? store = null) => new(
        llm ?? new NoLlm(),
        store ?? new MemoryPlanStore(),
        Options.Create(new PlanningOptions()),
        TimeProvider.System,
        NullLogger<Planner>.Instance);

    [Fact]
    public async Task PlanAsync_DataTable_GivesOneTestCasePerRowWithBoundValues()
    {
        var plan = (await PlanAsync(Rows)).Plan!;

        Assert.Equal(2, plan.TestCases.Count);
        Assert.Equal([1, 2], plan.TestCases.Select(t => t.Row!.Number));
        var bob = plan.TestCases[1];
        Assert.StartsWith("Sign in [row 2: username=bob", bob.Title, StringComparison.Ordinal);
        Assert.Equal(["bob", "hunter2", null, "Welcome, Bob"], bob.Steps.Select(s => s.Value));
        Assert.Equal("Log in as {{username}} with password {{password}}", bob.Steps[0].Text);
    }

    [Fact]
    public async Task PlanAsync_PasswordColumn_IsSecretAndMaskedInTitles()
    {
        var plan = (await PlanAsync(Rows)).Plan!;

        Assert.True(plan.Secrets.IsSecret("secret123"));
        Assert.True(plan.Secrets.IsSecret("hunter2"));
        Assert.DoesNotContain("hunter2", plan.TestCases[1].Title, StringComparison.Ordinal);
        Assert.Equal("Typed •••", plan.Secrets.Mask("Typed hunter2"));
    }

    [Fact]
    public async Task PlanAsync_UnboundVariable_IsAnErrorNamingItAtItsColumn()
    {
        var result = await PlanAsync("Test: t\nURL: http://x.test/\nTest Steps:\n1. Enter {{usernme}} in the Username field\n", new Dictionary<string, string> { ["username"] = "jane" });

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, 10), (error.Line, error.Column));
        Assert.Contains("'usernme' is not bound", error.Message, StringComparison.Ordinal);
        Assert.Equal("{{username}}", error.Suggestion);
    }

    [Fact]
    public async Task PlanAsync_RequestVariables_BindAndSecretPrefixMasks()
    {
        var result = await PlanAsync(
            "Test: t\nURL: {{base}}/shop/\nTest Steps:\n1. Enter {{token}} in the API key field\n2. Enter {{pin}} in the PIN field\n",
            new Dictionary<string, string> { ["base"] = "http://127.0.0.1:5180", ["token"] = "tok-123", ["secret:pin"] = "4321" });

        var plan = result.Plan!;
        Assert.Equal("http://127.0.0.1:5180/shop/", plan.TestCases[0].Url);
        Assert.True(plan.Secrets.IsSecret("tok-123"));
        Assert.True(plan.Secrets.IsSecret("4321"));
        Assert.False(plan.Secrets.IsSecret("http://127.0.0.1:5180"));
    }

    [Fact]
    public async Task PlanAsync_CsvData_RunsTestCasesWithoutTheirOwnData()
    {
        var csv = "username,secret:code\njane,1111\nbob,2222\nada,3333\n";

        var plan = (await PlanAsync("Test: t\nURL: http://x.test/\nTest Steps:\n1. Enter {{username}} in the User field\n2. Enter {{code}} in the Code field\n", csv: csv)).Plan!;

        Assert.Equal(3, plan.TestCases.Count);
        Assert.Equal("ada", plan.TestCases[2].Steps[0].Value);
        Assert.True(plan.Secrets.IsSecret("2222"));
    }

    [Fact]
    public async Task PlanAsync_FormBlock_GivesOneFillPerLine()
    {
        const string text = "Test: t\nURL: http://x.test/\nTest Steps:\n1. Fill in the form:\n   - First Name = Ada\n   - Last Name: Lovelace\n2. Click Save\n";

        var steps = (await PlanAsync(text)).Plan!.TestCases[0].Steps;

        Assert.Equal(["fill target=\"First Name\" value=\"Ada\"", "fill target=\"Last Name\" value=\"Lovelace\"", "click target=\"Save\""], steps.Select(s => s.ToDraft().Describe()));
        Assert.Equal([5, 6, 7], steps.Select(s => s.Line));
    }

    [Fact]
    public async Task PlanAsync_MultiFactExpectation_GivesOneAssertionPerFact()
    {
        const string text = "Test: t\nURL: http://x.test/\nTest Steps:\n1. Click Buy\nExpected:\n- The confirmation page shows \"Order placed\" and the banner is gone; the list holds only A and B\n";

        var steps = (await PlanAsync(text)).Plan!.TestCases[0].Steps.Skip(1).ToList();

        Assert.Equal([StepAction.AssertTextVisible, StepAction.AssertHidden, StepAction.AssertItems], steps.Select(s => s.Action));
        Assert.All(steps, s => Assert.Equal(6, s.Line));
    }

    [Fact]
    public async Task PlanAsync_UnreadableLines_AllReportedWithoutAnLlm()
    {
        var result = await PlanAsync("Test: t\nURL: http://x.test/\nTest Steps:\n1. Frobnicate the widget\n2. Click Save\nExpected:\n- It all looks lovely\n");

        Assert.Equal([4, 7], result.Errors.Select(e => e.Line));
        Assert.All(result.Errors, e => Assert.NotNull(e.Suggestion));
    }

    [Fact]
    public async Task PlanAsync_EveryExampleRequirement_PlansWithoutErrors()
    {
        var files = Directory.GetFiles(ExampleFiles.Requirements, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".json" or ".yaml" or ".yml");

        foreach (var file in files)
        {
            var result = await NewPlanner().PlanAsync(new PlanRequest(Path.GetFileName(file), await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", result.Errors)}");
            Assert.Equal(0, result.Plan!.LlmCalls);
        }
    }

    private sealed class NoLlm : ILlmLineReader
    {
        public bool IsConfigured => false;

        public string Model => "none";

        public Task<IReadOnlyList<LineReading>> ReadAsync(string requirementName, IReadOnlyList<UnreadLine> lines, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no LLM");
    }

    internal sealed class MemoryPlanStore : IPlanStore
    {
        public Dictionary<string, StoredPlan> Plans { get; } = [];

        public Task<StoredPlan?> FindAsync(string contentHash, CancellationToken cancellationToken) =>
            Task.FromResult(Plans.GetValueOrDefault(contentHash));

        public Task SaveAsync(StoredPlan plan, CancellationToken cancellationToken)
        {
            Plans[plan.ContentHash] = plan;
            return Task.CompletedTask;
        }
    }
}

internal static class ExampleFiles
{
    public static string Requirements
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pacts.sln")))
                {
                    return Path.Combine(dir.FullName, "examples", "requirements");
                }
            }

            throw new DirectoryNotFoundException("Pacts.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
