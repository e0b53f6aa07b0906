using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Specs;
using Pacts.Tests;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class SpecReaderTests
{
    private const string Yaml = """
        req_id: checkout
        url: http://127.0.0.1:5180/shop/
        variables:
          user: jane
          secret:password: secret123
        testcases:
          - title: Sign in
            description: the happy path
            steps:
              - Enter "{{user}}" in the Username field
              - action: fill
                target: Password
                value: "{{password}}"
                kind: Field
              - action: click
                target: Add to cart
                within: Blue Mug
                ordinal: first
                expect: '"Added" is visible'
            assertions:
              - URL contains "catalog.html"
              - action: assert_count
                target: Cart item
                value: 2
            data:
              - { qty: 1, gift: true }
              - { qty: 2, gift: false }
        """;

    private const string Json = """
        {
          "req_id": "checkout",
          "url": "http://127.0.0.1:5180/shop/",
          "variables": { "user": "jane", "secret:password": "secret123" },
          "testcases": [
            {
              "title": "Sign in",
              "description": "the happy path",
              "steps": [
                "Enter \"{{user}}\" in the Username field",
                { "action": "fill", "target": "Password", "value": "{{password}}", "kind": "Field" },
                { "action": "click", "target": "Add to cart", "within": "Blue Mug", "ordinal": "first", "expect": "\"Added\" is visible" }
              ],
              "assertions": [
                "URL contains \"catalog.html\"",
                { "action": "assert_count", "target": "Cart item", "value": 2 }
              ],
              "data": [ { "qty": 1, "gift": true }, { "qty": 2, "gift": false } ]
            }
          ]
        }
        """;

    [Fact]
    public void Read_SameSpecAsJsonAndYaml_GivesEqualDocuments()
    {
        var fromYaml = Read(Yaml, out var yamlVariables);
        var fromJson = Read(Json, out var jsonVariables, json: true);

        Assert.Equal(Shape(fromYaml), Shape(fromJson));
        Assert.Equal(yamlVariables, jsonVariables);
        Assert.Equal("secret123", yamlVariables["secret:password"]);
        Assert.Equal("checkout", fromYaml.Name);
    }

    [Fact]
    public void Read_StructuredStep_GivesDraftAndReadableText()
    {
        var steps = Read(Yaml, out _).Cases[0].Steps;

        var click = steps[2];
        Assert.Equal(new StepDraft(StepAction.Click, "Add to cart", Scope: new StepScope(ScopeKind.Item, "Blue Mug"), Ordinal: 1), Assert.Single(click.Drafts!));
        Assert.Equal(click.Drafts![0].Describe(), click.Text);
        Assert.Equal((15, 9), (click.Line, click.Column));
        Assert.Equal("field", steps[1].Drafts![0].ElementKind);
    }

    [Fact]
    public void Read_TextStep_PassesThroughForTheGrammar()
    {
        var step = Read(Yaml, out _).Cases[0].Steps[0];

        Assert.Equal(new StepSource(10, 9, "Enter \"{{user}}\" in the Username field", false), step);
    }

    [Fact]
    public void Read_Expect_AddsAStepRightAfterItsStep()
    {
        var steps = Read(Yaml, out _).Cases[0].Steps;

        Assert.Equal(new StepSource(19, 18, "\"Added\" is visible", false), steps[3]);
    }

    [Fact]
    public void Read_Assertions_AreExpectationsAfterTheSteps()
    {
        var steps = Read(Yaml, out _).Cases[0].Steps;

        Assert.Equal([false, false, false, false, true, true], steps.Select(s => s.IsExpectation));
        Assert.Null(steps[4].Drafts);
        Assert.Equal(new StepDraft(StepAction.AssertCount, "Cart item", "2"), steps[5].Drafts![0]);
    }

    [Fact]
    public void Read_DataRows_AreNumberedWithTheirLinesAndScalarText()
    {
        var data = Read(Yaml, out _).Cases[0].Data;

        Assert.Equal([1, 2], data.Select(r => r.Number));
        Assert.Equal([26, 27], data.Select(r => r.Line));
        Assert.Equal("true", data[0].Values["gift"]);
        Assert.Equal("2", data[1].Values["qty"]);
    }

    [Fact]
    public void Read_TopLevelData_AppliesToCasesWithoutOwnDataAndMarksSecrets()
    {
        var document = Read("""
            url: http://x/
            data:
              - { user: jane, "secret:password": a1 }
              - { user: bob, "secret:password": b2 }
            testcases:
              - steps: [Click Login]
              - steps: [Click Login]
                data: [{ user: ann }]
            """, out _);

        Assert.Equal("b2", document.Cases[0].Data[1].Values["password"]);
        Assert.Equal(["password"], document.Cases[0].DataHeaderSecrets);
        Assert.Equal("ann", Assert.Single(document.Cases[1].Data).Values["user"]);
        Assert.Empty(document.Cases[1].DataHeaderSecrets);
    }

    [Fact]
    public void Read_TopLevelSteps_AreOneTestCaseNamedAfterTheSpec()
    {
        var document = Read("url: http://x/\ntags: [smoke]\nsteps:\n  - Click Login\n", out _);

        var only = Assert.Single(document.Cases);
        Assert.Equal(("spec.yaml", "http://x/", 1, 6), (only.Title, only.Url, only.UrlLine, only.UrlColumn));
    }

    [Theory]
    [InlineData("login.yaml", false)]
    [InlineData("add-to-cart.json", true)]
    public void Read_ExampleSpec_HasNoErrors(string file, bool json)
    {
        var errors = new List<PlanError>();

        var document = SpecReader.Read(file, File.ReadAllText(Path.Combine(RepoPaths.Requirements, file)), json, errors, out _);

        Assert.Empty(errors);
        Assert.All(document.Cases, c => Assert.Equal("http://127.0.0.1:5180/shop/", c.Url));
        Assert.Contains(document.Cases.SelectMany(c => c.Steps), s => s.Drafts is null);
        Assert.Contains(document.Cases.SelectMany(c => c.Steps), s => s.Drafts is not null);
    }

    private static RequirementDocument Read(string spec, out IReadOnlyDictionary<string, string> variables, bool json = false)
    {
        var errors = new List<PlanError>();
        var document = SpecReader.Read("spec.yaml", spec, json, errors, out variables);
        Assert.Empty(errors);
        return document;
    }

    // Positions differ between the two notations; everything else must match.
    private static string Shape(RequirementDocument document) => string.Join("\n", document.Cases.Select(c =>
        $"{c.Title}|{c.Url}|{c.Description}|{string.Join(";", c.DataHeaderSecrets)}\n"
        + string.Join("\n", c.Data.Select(r => $"row {r.Number}: " + string.Join(",", r.Values.Select(v => $"{v.Key}={v.Value}"))))
        + "\n" + string.Join("\n", c.Steps.Select(s => $"{s.IsExpectation}|{s.Text}|{string.Join(";", s.Drafts?.Select(d => d.Describe()) ?? [])}"))));
}
