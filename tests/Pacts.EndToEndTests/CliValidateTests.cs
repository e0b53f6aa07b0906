using System.Text.Json;
using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>
/// <c>pacts validate</c> (and the input options <c>run</c> shares), run as a process against the real service.
/// Validation opens no browser, so these tests need no Chromium and take a second or two each.
/// </summary>
public sealed class CliValidateTests(KestrelServiceFixture service) : IClassFixture<KestrelServiceFixture>, IDisposable
{
    private const string TwoBadLines = """
        Test: Broken
        URL: http://127.0.0.1:5180/shop/
        Test Steps:
        1. Frobnicate the Login button
        2. Enter "jane" in the Username field
        3. Clack the Login button
        """;

    private const string SignInAs = """
        Test: Sign in as {{user}}
        URL: http://127.0.0.1:5180/shop/
        Test Steps:
        1. Enter "{{user}}" in the Username field
        2. Enter "{{password}}" in the Password field
        3. Click the Login button
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("pacts-cli-test-").FullName;

    [Fact]
    public async Task Validate_ExampleRequirements_ExitsZeroWithAnOkLinePerFile()
    {
        var result = await ValidateAsync(RepoPaths.Root, "examples/requirements");

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = Directory.GetFiles(RepoPaths.Requirements)
            .Where(path => Path.GetExtension(path) is ".txt" or ".json" or ".yaml" or ".yml")
            .Select(path => $"examples/requirements/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(expected, path => path.EndsWith(".json", StringComparison.Ordinal));
        Assert.Equal(expected, result.StdoutLines.Select(line => line[..line.IndexOf(": ok (", StringComparison.Ordinal)]));
        Assert.All(result.StdoutLines, line => Assert.Matches(@": ok \(\d+ test cases?, \d+ steps?\)$", line));
        Assert.Contains($"{expected.Count} files valid, 0 invalid", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TwoBadLines_PrintsBothAsCompilerErrorsAndExitsOne()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp, "broken.txt"), TwoBadLines, TestContext.Current.CancellationToken);

        var result = await ValidateAsync(_temp, "broken.txt");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Collection(
            result.StdoutLines,
            line => Assert.StartsWith("broken.txt:4:4: error: ", line, StringComparison.Ordinal),
            line => Assert.StartsWith("broken.txt:6:4: error: ", line, StringComparison.Ordinal));
        Assert.Contains("(did you mean: Click the <name> button)", result.StdoutLines[1], StringComparison.Ordinal);
        Assert.Contains("0 files valid, 1 invalid", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonOutput_IsOneDocumentWithEachFilesStepsAndActionNames()
    {
        var result = await ValidateAsync(RepoPaths.Root, "examples/requirements/login.txt", "examples/requirements/login.yaml", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["text", "yaml"], files.Select(file => file.GetProperty("format").GetString()));
        Assert.All(files, file => Assert.True(file.GetProperty("valid").GetBoolean()));
        Assert.False(files[0].TryGetProperty("errors", out _));
        var first = files[0].GetProperty("plan").GetProperty("test_cases")[0];
        Assert.Equal("Standard user can sign in", first.GetProperty("title").GetString());
        var steps = first.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(
            ["assert_text_visible", "fill", "fill", "click", "assert_url_contains", "assert_text_visible", "assert_text_visible"],
            steps.Select(step => step.GetProperty("action").GetString()));
        Assert.Equal(("Username", "jane", "field", 9), (
            steps[1].GetProperty("target").GetString(),
            steps[1].GetProperty("value").GetString(),
            steps[1].GetProperty("element_kind").GetString(),
            steps[1].GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Validate_Var_BindsAPlaceholderThatIsOtherwiseUnbound()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp, "sign-in.txt"), SignInAs, TestContext.Current.CancellationToken);

        var unbound = await ValidateAsync(_temp, "sign-in.txt", "--var", "password=x");
        var bound = await ValidateAsync(_temp, "sign-in.txt", "--var", "user=jane", "--var", "password=x");

        Assert.True(unbound.ExitCode == 1, unbound.ToString());
        Assert.Contains(unbound.StdoutLines, line => line.StartsWith("sign-in.txt:4:", StringComparison.Ordinal) && line.Contains("'user'", StringComparison.Ordinal));
        Assert.True(bound.ExitCode == 0, bound.ToString());
        Assert.Equal(["sign-in.txt: ok (1 test case, 3 steps)"], bound.StdoutLines);
    }

    [Fact]
    public async Task Validate_SecretAndData_BindEveryRowAndNeverShowTheSecret()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp, "sign-in.txt"), SignInAs, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_temp, "users.csv"), "user\njane\nbob\n", TestContext.Current.CancellationToken);

        var result = await ValidateAsync(_temp, "sign-in.txt", "--data", "users.csv", "--secret", "password=hunter2", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("hunter2", result.Stdout + result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        var cases = json.RootElement.GetProperty("files")[0].GetProperty("plan").GetProperty("test_cases").EnumerateArray().ToList();
        Assert.Equal([1, 2], cases.Select(testCase => testCase.GetProperty("data_row").GetProperty("number").GetInt32()));
        Assert.Equal("•••", cases[0].GetProperty("steps")[1].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Validate_BadDataRow_IsReportedAtItsLineInTheCsv()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp, "sign-in.txt"), SignInAs, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_temp, "users.csv"), "user,password\njane,x\nbob\n", TestContext.Current.CancellationToken);

        var result = await ValidateAsync(_temp, "sign-in.txt", "--data", "users.csv");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.StdoutLines, line => line.StartsWith("users.csv:3:", StringComparison.Ordinal) && line.Contains(": error: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("validate", "--var", "user", "--var 'user': expected NAME=VALUE")]
    [InlineData("run", "--var", "=jane", "--var '=jane': expected NAME=VALUE")]
    [InlineData("validate", "--secret", "hunter2", "--secret: expected NAME=VALUE")]
    [InlineData("validate", "--data", "missing.csv", "--data missing.csv: no such file")]
    public async Task Options_BadInput_IsAUsageErrorNamingIt(string command, string option, string value, string message)
    {
        await File.WriteAllTextAsync(Path.Combine(_temp, "sign-in.txt"), SignInAs, TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(_temp, [command, "sign-in.txt", option, value, "--server", service.Url], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"pacts: error: {message}", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
        Assert.DoesNotContain("hunter2", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_IsAUsageError()
    {
        var result = await ValidateAsync(_temp, "no-such-file.txt");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("pacts: error: no-such-file.txt: no such file or directory", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithoutAServer_StartsALocalServiceAndValidates()
    {
        // The path a user on a fresh checkout takes: no --server, so the CLI starts the built service itself (with no
        // example sites, which validation does not need) and stops it afterwards.
        await File.WriteAllTextAsync(Path.Combine(_temp, "sign-in.txt"), SignInAs, TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(
            _temp,
            ["validate", "sign-in.txt", "--var", "user=jane", "--secret", "password=hunter2"],
            new Dictionary<string, string> { ["PACTS_HOME"] = RepoPaths.Root, ["PACTS_SERVICE_DLL"] = CliProcess.ServiceDll },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["sign-in.txt: ok (1 test case, 3 steps)"], result.StdoutLines);
    }

    private Task<CliResult> ValidateAsync(string workingDirectory, params string[] arguments) => CliProcess.RunAsync(
        workingDirectory, ["validate", .. arguments, "--server", service.Url], cancellationToken: TestContext.Current.CancellationToken);

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
