using Pacts.Agents.Discovery;
using Pacts.Agents.Healing;
using Pacts.Storage.Healing;

namespace Pacts.Agents.UnitTests;

public sealed class HealingTests
{
    private static readonly Candidate Login = new()
    {
        Tag = "button", Role = "button", Name = "Login", Text = "Login", Id = "login", Type = "submit", Classes = ["primary"],
        Section = "Sign in to the shop", ContainerText = "",
    };

    [Fact]
    public void Oracle_NoHistory_TriesTheMostSpecificStrategiesFirst()
    {
        var order = HealStrategies.Ordered(new StrategyHistory([], [])).Select(s => s.Name).ToList();

        Assert.Equal(HealStrategies.All.Select(s => s.Name), order);
        Assert.Equal("test-id", order[0]);
        Assert.Equal("similarity", order[^1]);
    }

    [Fact]
    public void Oracle_WhatHealedThisElement_ComesFirst_ThenWhatHealedElsewhere_ThenUntried_ThenFailures()
    {
        var history = new StrategyHistory(
            ForElement: [new("label", 2, 2), new("test-id", 3, 0)],
            Global: [new("label", 5, 3), new("name", 4, 4), new("test-id", 9, 0), new("id", 6, 0)]);

        var order = HealStrategies.Ordered(history).Select(s => s.Name).ToList();

        Assert.Equal(["label", "name"], order.Take(2));
        Assert.Equal(["id", "test-id"], order.TakeLast(2).Order(StringComparer.Ordinal));
        Assert.True(order.IndexOf("placeholder") < order.IndexOf("id"));
        Assert.Equal(HealStrategies.All.Count, order.Distinct().Count());
    }

    [Fact]
    public void Similarity_ARewordedButtonInItsPlace_StaysClose_ALookalikeElsewhereDoesNot()
    {
        var reworded = Login with { Name = "Sign in", Text = "Sign in" };
        var decoy = Login with { Id = "", Type = "button", Classes = ["link"], Section = "Help" };

        Assert.Equal(1, HealSimilarity.Of(Login, Login));
        Assert.True(HealSimilarity.Of(Login, reworded) >= new HealingOptions().Threshold, HealSimilarity.Of(Login, reworded).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(HealSimilarity.Of(Login, reworded) - HealSimilarity.Of(Login, decoy) > 0, "the element in its own place must beat a lookalike elsewhere");
    }

    [Fact]
    public void Similarity_CountsWordsInPart_AndNumbersAsNumbers()
    {
        Assert.Equal(0.67, HealSimilarity.WordOverlap("Place order", "Place your order"), 2);
        Assert.Equal(1, HealSimilarity.WordOverlap("Cart (2)", "Cart (15)"));
        Assert.Equal(0, HealSimilarity.WordOverlap("Login", "Cancel"));
    }
}
