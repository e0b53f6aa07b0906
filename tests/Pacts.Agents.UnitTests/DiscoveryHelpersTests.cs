using Pacts.Agents.Discovery;
using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests;

public sealed class DiscoveryHelpersTests
{
    [Fact]
    public void CacheKey_FillAndValueCheck_ShareTheFieldEntry()
    {
        var fill = new PlanStep(1, StepAction.Fill, "Email", "a", null, null, "field", null, 1, 1, "", false);
        var check = fill with { Action = StepAction.AssertValue, Index = 2 };

        Assert.Equal(
            CacheKeys.For("default", "http://127.0.0.1:5180/shop/checkout.html", fill),
            CacheKeys.For("default", "http://127.0.0.1:5180/shop/checkout.html?x=1", check));
    }

    [Fact]
    public void CacheKey_OtherEnvironmentOrOrigin_IsAnotherKey()
    {
        var step = new PlanStep(1, StepAction.Click, "Login", null, null, null, "button", null, 1, 1, "", false);
        var key = CacheKeys.For("staging", "http://a.test/login", step);

        Assert.NotEqual(key, CacheKeys.For("production", "http://a.test/login", step));
        Assert.NotEqual(key, CacheKeys.For("staging", "http://b.test/login", step));
        Assert.Equal("/orders/{n}", CacheKeys.For("e", "http://a.test/orders/123", step).PathPattern);
    }

    [Fact]
    public void Fingerprint_SameElementWithNewText_StaysSimilar_DifferentElementDoesNot()
    {
        var stored = new Candidate { Tag = "button", Role = "button", Name = "Login", Id = "login", TestId = new("data-testid", "login") };

        Assert.True(Fingerprints.Similarity(stored, stored with { Name = "Sign in" }) >= Fingerprints.SameElementThreshold);
        Assert.True(Fingerprints.Similarity(stored, new Candidate { Tag = "button", Role = "button", Name = "Cancel", Id = "cancel" }) < Fingerprints.SameElementThreshold);
    }

    [Fact]
    public void Fingerprint_ACountThatChanged_IsTheSameElement()
    {
        var stored = new Candidate { Tag = "a", Role = "link", Name = "Cart (1)" };

        Assert.Equal(1, Fingerprints.Similarity(stored, stored with { Name = "Cart (12)" }));
        Assert.True(Fingerprints.Similarity(stored, stored with { Name = "Checkout" }) < Fingerprints.SameElementThreshold);
    }

    [Theory]
    [InlineData("Cart (2)", "Cart", @"^Cart\ \([0-9]+(?:[.,][0-9]+)*\)$")]
    [InlineData("Total: $1,234.50", "Total", @"^Total:\ \$[0-9]+(?:[.,][0-9]+)*$")]
    [InlineData("Address line 1", "Address line 1", null)]
    [InlineData("Login", "Login", null)]
    public void VaryingNumbers_OnlyForNumbersTheStepDidNotWrite(string name, string target, string? expected) =>
        Assert.Equal(expected, LocatorBuilder.VaryingNumbers(name, target));

    [Fact]
    public void LocatorSpec_WithANamePattern_ShowsIt_AndRoundTrips()
    {
        var spec = new LocatorSpec(LocatorKind.Role, "link", "Cart (2)", NamePattern: LocatorBuilder.VaryingNumbers("Cart (2)", "Cart"));

        Assert.Equal(spec, LocatorSpec.Deserialize(spec.Serialize()));
        Assert.StartsWith("role=link[name=/^Cart", spec.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LocatorSpec_RoundTripsThroughJson()
    {
        var spec = new LocatorSpec(LocatorKind.Role, "button", "Add to cart", "article.product-card", "Blue Mug");

        Assert.Equal(spec, LocatorSpec.Deserialize(spec.Serialize()));
        Assert.Equal("article.product-card:has-text(\"Blue Mug\") >> role=button[name=\"Add to cart\"]", spec.ToString());
    }

    [Theory]
    [InlineData("enter", "Enter")]
    [InlineData("ctrl+a", "Control+A")]
    [InlineData("Esc", "Escape")]
    [InlineData("F5", "F5")]
    [InlineData("Login", null)]
    public void KeyNames_Normalize(string written, string? expected) => Assert.Equal(expected, KeyNames.Normalize(written));
}
