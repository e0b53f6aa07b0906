using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Specs;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("login.json", "Test: x", RequirementFormat.Json)]
    [InlineData("login.YAML", "{}", RequirementFormat.Yaml)]
    [InlineData("login.yml", "", RequirementFormat.Yaml)]
    [InlineData("login.txt", "url: http://x/", RequirementFormat.Text)]
    [InlineData("login", "  \n {\"url\": \"http://x/\"}", RequirementFormat.Json)]
    [InlineData("login", "# a spec\nreq_id: login\n", RequirementFormat.Yaml)]
    [InlineData("login", "url: http://x/\nsteps:\n  - Click Login\n", RequirementFormat.Yaml)]
    [InlineData("login", "testcases:\n  - steps: []\n", RequirementFormat.Yaml)]
    [InlineData("login", "Test: x\nURL: http://x/\nTest Steps:\n1. Click Login\n", RequirementFormat.Text)]
    [InlineData("login", "url: http://x/\nTest Steps:\n1. Click Login\n", RequirementFormat.Text)]
    [InlineData("login", "  url: indented\n", RequirementFormat.Text)]
    public void Detect_NameOrContent_GivesFormat(string name, string content, RequirementFormat format)
    {
        Assert.Equal(format, FormatDetector.Detect(name, content));
    }
}
