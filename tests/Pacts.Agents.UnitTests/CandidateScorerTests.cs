using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests;

public sealed class CandidateScorerTests
{
    private static PlanStep Step(StepAction action, string target, string? scope = null, string? kind = null) =>
        new(1, action, target, null, null, scope is null ? null : new StepScope(ScopeKind.Item, scope), kind, null, 1, 1, target, false);

    private static Candidate Button(string name, string container = "") =>
        new() { Tag = "button", Role = "button", Name = name, Text = name, Visible = true, Enabled = true, ContainerText = container };

    private static Candidate Input(string label, string placeholder = "") =>
        new() { Tag = "input", Role = "textbox", Name = label, Label = label, Placeholder = placeholder, Visible = true, Enabled = true };

    [Fact]
    public void Rank_ExactLabel_BeatsOtherFields()
    {
        var ranked = CandidateScorer.Rank(Step(StepAction.Fill, "Username"), [Input("Password"), Input("Username"), Button("Username")]);

        Assert.Equal("Username", ranked[0].Candidate.Label);
        Assert.Equal(1.0, ranked[0].Score);
        Assert.DoesNotContain(ranked, r => r.Candidate.Role == "button");
    }

    [Fact]
    public void Rank_PlaceholderOnlyInput_IsFound()
    {
        var ranked = CandidateScorer.Rank(Step(StepAction.Fill, "you@example.com"), [Input("", "you@example.com"), Input("Name")]);

        Assert.Equal("you@example.com", ranked[0].Candidate.Placeholder);
        Assert.True(ranked[0].Score >= CandidateScorer.Threshold);
    }

    [Fact]
    public void Rank_RepeatedButtons_TieWithoutScope()
    {
        var ranked = CandidateScorer.Rank(Step(StepAction.Click, "Add to cart"), [Button("Add to cart", "Blue Mug $12"), Button("Add to cart", "Red Mug $14")]);

        Assert.Equal(2, ranked.Count);
        Assert.Equal(ranked[0].Score, ranked[1].Score);
    }

    [Fact]
    public void Rank_Scope_KeepsOnlyTheItemContainingItsText()
    {
        var ranked = CandidateScorer.Rank(
            Step(StepAction.Click, "Add to cart", scope: "Red Mug"),
            [Button("Add to cart", "Blue Mug $12.00"), Button("Add to cart", "Red Mug $14.00")]);

        var only = Assert.Single(ranked);
        Assert.Contains("Red Mug", only.Candidate.ContainerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_LinkNamedWithCount_MatchesByContainment()
    {
        var link = new Candidate { Tag = "a", Role = "link", Name = "Cart 2", Text = "Cart 2", Visible = true };

        var ranked = CandidateScorer.Rank(Step(StepAction.Click, "Cart", kind: "link"), [link, Button("Checkout")]);

        Assert.Same(link, ranked[0].Candidate);
        Assert.InRange(ranked[0].Score, CandidateScorer.Threshold, 0.99);
    }

    [Fact]
    public void Rank_HiddenDuplicate_ScoresBelowTheVisibleOne()
    {
        var hidden = Button("Save") with { Visible = false };
        var visible = Button("Save");

        var ranked = CandidateScorer.Rank(Step(StepAction.Click, "Save"), [hidden, visible]);

        Assert.Same(visible, ranked[0].Candidate);
        Assert.True(ranked[0].Score - ranked[1].Score >= CandidateScorer.RequiredMargin);
    }

    [Fact]
    public void Rank_CheckAction_OnlyConsidersToggles()
    {
        var box = new Candidate { Tag = "input", Role = "checkbox", Type = "checkbox", Name = "This is a gift", Label = "This is a gift", Visible = true };

        var ranked = CandidateScorer.Rank(Step(StepAction.Check, "This is a gift"), [Button("This is a gift"), box]);

        Assert.Same(box, Assert.Single(ranked).Candidate);
    }

    [Fact]
    public void Rank_TestIdInKebabCase_MatchesTheWrittenName()
    {
        var icon = new Candidate { Tag = "button", Role = "button", TestId = new TestIdValue("data-testid", "open-menu"), Visible = true };

        var ranked = CandidateScorer.Rank(Step(StepAction.Click, "Open menu"), [icon]);

        // A test id counts a little more than an id or a name attribute: it was written for tests.
        Assert.Equal(0.935, Assert.Single(ranked).Score);
    }

    [Fact]
    public void Rank_SmallTypo_StillMatches()
    {
        var ranked = CandidateScorer.Rank(Step(StepAction.Click, "Chekout"), [Button("Checkout")]);

        Assert.True(Assert.Single(ranked).Score >= CandidateScorer.Threshold);
    }

    [Fact]
    public void Rank_UnrelatedName_GivesNothing() =>
        Assert.Empty(CandidateScorer.Rank(Step(StepAction.Click, "Wishlist"), [Button("Login"), Button("Add to cart")]));
}
