using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Specs;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class SpecStepsTests
{
    [Theory]
    [InlineData("Blue Mug", ScopeKind.Item, "Blue Mug")]
    [InlineData("section: Shipping", ScopeKind.Section, "Shipping")]
    [InlineData("Row:Order 42", ScopeKind.Row, "Order 42")]
    [InlineData("ITEM:Red Mug", ScopeKind.Item, "Red Mug")]
    [InlineData("dialog", ScopeKind.Dialog, null)]
    [InlineData("Dialog:Confirm", ScopeKind.Dialog, "Confirm")]
    [InlineData("Total: $26", ScopeKind.Item, "Total: $26")]
    public void ToDraft_Within_GivesScope(string within, ScopeKind kind, string? text)
    {
        var draft = SpecSteps.ToDraft(new SpecStep("click", "Remove", Within: within), out var error);

        Assert.Null(error);
        Assert.Equal(new StepScope(kind, text), draft!.Scope);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData("first", 1)]
    [InlineData("Second", 2)]
    [InlineData("2nd", 2)]
    [InlineData("last", -1)]
    [InlineData("-1", -1)]
    public void ToDraft_Ordinal_GivesPosition(string ordinal, int expected)
    {
        var draft = SpecSteps.ToDraft(new SpecStep("click", "Add to cart", Ordinal: ordinal), out _);

        Assert.Equal(expected, draft!.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("zeroth")]
    [InlineData("1.5")]
    public void ToDraft_BadOrdinal_IsAnError(string ordinal)
    {
        Assert.Null(SpecSteps.ToDraft(new SpecStep("click", "Add to cart", Ordinal: ordinal), out var error));
        Assert.Contains("ordinal", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1500", "1500")]
    [InlineData("2s", "2000")]
    [InlineData("1.5 seconds", "1500")]
    [InlineData("500ms", "500")]
    [InlineData("1 minute", "60000")]
    public void ToDraft_WaitDuration_IsMilliseconds(string written, string milliseconds)
    {
        Assert.Equal(milliseconds, SpecSteps.ToDraft(new SpecStep("wait", Value: written), out _)!.Value);
    }

    [Theory]
    [InlineData("enter", "Enter")]
    [InlineData("ctrl+a", "Control+A")]
    [InlineData("Esc", "Escape")]
    public void ToDraft_PressKey_IsNormalized(string written, string key)
    {
        Assert.Equal(key, SpecSteps.ToDraft(new SpecStep("press", Value: written), out _)!.Value);
    }

    [Fact]
    public void ToDraft_WaitForWithTarget_MovesItToValue()
    {
        var draft = SpecSteps.ToDraft(new SpecStep("wait_for", "Order placed"), out _);

        Assert.Equal(new StepDraft(StepAction.WaitFor, Value: "Order placed"), draft);
    }

    [Fact]
    public void ToDraft_KindAndActionSpelling_AreNormalized()
    {
        var draft = SpecSteps.ToDraft(new SpecStep("Double-Click", " Settings ", Kind: "Menu_Item"), out _);

        Assert.Equal(new StepDraft(StepAction.DoubleClick, "Settings", ElementKind: "menu item"), draft);
    }

    [Theory]
    [InlineData("clik", "unknown action 'clik' (did you mean: click)")]
    [InlineData("assert_visibel", "unknown action 'assert_visibel' (did you mean: assert_visible)")]
    [InlineData("", "a step needs an action (did you mean: click)")]
    public void ToDraft_UnknownAction_NamesTheClosest(string action, string message)
    {
        Assert.Null(SpecSteps.ToDraft(new SpecStep(action, "Login"), out var error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("click", null, null, null, "click needs a target")]
    [InlineData("click", "Login", "x", null, "click does not take a value")]
    [InlineData("navigate", null, null, null, "navigate needs a value")]
    [InlineData("navigate", "Home", "/", null, "navigate does not take a target")]
    [InlineData("fill", "Name", null, null, "fill needs a value")]
    [InlineData("press", null, "the Login", null, "'the Login' is not a key")]
    [InlineData("wait", null, "soon", null, "wait needs milliseconds, not 'soon'")]
    [InlineData("go_back", null, "x", null, "go_back does not take a value")]
    [InlineData("assert_count", "Row", "two", null, "assert_count needs a whole number, not 'two'")]
    [InlineData("assert_items", null, null, null, "assert_items needs at least one value in values")]
    [InlineData("assert_texts_in_order", null, null, "A", "assert_texts_in_order needs at least 2 values in values")]
    [InlineData("assert_url_contains", null, " ", null, "the value of assert_url_contains is empty")]
    public void ToDraft_WrongFields_IsAnError(string action, string? target, string? value, string? values, string message)
    {
        var step = new SpecStep(action, target, value, values?.Split(','));

        Assert.Null(SpecSteps.ToDraft(step, out var error));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fill", "Notes", "")]
    [InlineData("assert_value", "Notes", "")]
    [InlineData("press", null, "Tab")]
    [InlineData("press", "Search", "Enter")]
    [InlineData("wait", null, "{{delay}}")]
    public void ToDraft_ValidStep_HasNoError(string action, string? target, string value)
    {
        Assert.NotNull(SpecSteps.ToDraft(new SpecStep(action, target, value), out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Check_QualifierOnActionWithoutTarget_IsAnError()
    {
        Assert.Equal("navigate does not take within", SpecSteps.Check(new StepDraft(StepAction.Navigate, Value: "/", Scope: new StepScope(ScopeKind.Dialog, null))));
        Assert.Equal("assert_count does not take an ordinal", SpecSteps.Check(new StepDraft(StepAction.AssertCount, "Row", "2", Ordinal: 1)));
        Assert.Null(SpecSteps.Check(new StepDraft(StepAction.AssertTextVisible, Value: "Total", Scope: new StepScope(ScopeKind.Section, "Cart"))));
        Assert.Null(SpecSteps.Check(new StepDraft(StepAction.AssertItems, Values: ["Blue Mug"], Scope: new StepScope(ScopeKind.Section, "Cart"))));
    }

    [Fact]
    public void Check_EveryGrammarReadingOfTheCorpus_IsValid()
    {
        // The grammar, the LLM fallback and specs must agree on which fields each action takes.
        var invalid = PhrasingCorpus.Steps
            .SelectMany(c => StepGrammar.Read(c.Line, c.Expectation).Steps.Select(d => (c.Written, Draft: d)))
            .Select(r => (r.Written, Error: SpecSteps.Check(r.Draft)))
            .Where(r => r.Error is not null)
            .Select(r => $"{r.Written}: {r.Error}");

        Assert.Empty(invalid);
    }
}
