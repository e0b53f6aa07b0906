using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests;

public sealed class StepGrammarTests
{
    [Theory]
    [InlineData("Go to cart.html", StepAction.Navigate, null, "cart.html", null, null)]
    [InlineData("Open https://example.com/login", StepAction.Navigate, null, "https://example.com/login", null, null)]
    [InlineData("Navigate to /checkout", StepAction.Navigate, null, "/checkout", null, null)]
    [InlineData("Enter \"jane\" in the Username field", StepAction.Fill, "Username", "jane", null, "field")]
    [InlineData("Type \"a b\" into the Email field", StepAction.Fill, "Email", "a b", null, "field")]
    [InlineData("Fill First Name with \"John\"", StepAction.Fill, "First Name", "John", null, null)]
    [InlineData("Set City to \"Springfield\"", StepAction.Fill, "City", "Springfield", null, null)]
    [InlineData("Click the Login button", StepAction.Click, "Login", null, null, "button")]
    [InlineData("Click on the Cart link", StepAction.Click, "Cart", null, null, "link")]
    [InlineData("Tap Checkout", StepAction.Click, "Checkout", null, null, null)]
    [InlineData("Press the Submit button", StepAction.Click, "Submit", null, null, "button")]
    [InlineData("Open the Help link", StepAction.Click, "Help", null, null, "link")]
    [InlineData("Click \"Add to cart\" for \"Blue Mug\"", StepAction.Click, "Add to cart", null, "Blue Mug", null)]
    [InlineData("Click the Add to cart button for the Blue Mug", StepAction.Click, "Add to cart", null, "Blue Mug", "button")]
    [InlineData("Press Enter", StepAction.Press, null, "Enter", null, null)]
    [InlineData("Press Enter in the Password field", StepAction.Press, "Password", "Enter", null, "field")]
    [InlineData("Press Ctrl+A", StepAction.Press, null, "Control+A", null, null)]
    [InlineData("Select \"Canada\" from the Country dropdown", StepAction.Select, "Country", "Canada", null, "dropdown")]
    [InlineData("Check the This is a gift checkbox", StepAction.Check, "This is a gift", null, null, "checkbox")]
    [InlineData("Uncheck Remember me", StepAction.Uncheck, "Remember me", null, null, null)]
    [InlineData("Verify \"Welcome, Jane\" is visible", StepAction.AssertTextVisible, null, "Welcome, Jane", null, null)]
    [InlineData("Check that the page shows \"Order confirmed\"", StepAction.AssertTextVisible, null, "Order confirmed", null, null)]
    [InlineData("Verify the URL contains \"cart.html\"", StepAction.AssertUrlContains, null, "cart.html", null, null)]
    [InlineData("Assert the Email field has value \"a@b.c\"", StepAction.AssertValue, "Email", "a@b.c", null, "field")]
    public void ReadStep_KnownPhrasing_GivesItsDraft(string line, StepAction action, string? target, string? value, string? scope, string? kind)
    {
        var draft = StepGrammar.ReadStep(line);

        Assert.Equal(new StepDraft(action, target, value, scope, kind), draft);
    }

    [Theory]
    [InlineData("\"Order confirmed\" is visible", StepAction.AssertTextVisible, "Order confirmed")]
    [InlineData("URL contains \"confirmation.html\"", StepAction.AssertUrlContains, "confirmation.html")]
    [InlineData("The page shows Order #10042", StepAction.AssertTextVisible, "Order #10042")]
    [InlineData("Verify \"Done\" is displayed.", StepAction.AssertTextVisible, "Done")]
    public void ReadExpectation_KnownPhrasing_GivesAnAssertion(string line, StepAction action, string value)
    {
        var draft = StepGrammar.ReadExpectation(line);

        Assert.NotNull(draft);
        Assert.Equal((action, value), (draft.Action, draft.Value));
    }

    [Theory]
    [InlineData("Clik the Login button")]
    [InlineData("Do something clever")]
    [InlineData("Press the")]
    public void ReadStep_UnknownPhrasing_GivesNull(string line) => Assert.Null(StepGrammar.ReadStep(line));

    [Fact]
    public void ReadExpectation_Action_IsNotAnExpectation() => Assert.Null(StepGrammar.ReadExpectation("Click the Login button"));
}
