namespace Pacts.Agents.Planning;

public interface IPlanner
{
    /// <summary>Plans a requirement; the same text always gives the same plan.</summary>
    PlanResult Plan(string requirementName, string content);
}

internal sealed class Planner : IPlanner
{
    public PlanResult Plan(string requirementName, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = string.IsNullOrWhiteSpace(requirementName) ? "requirement" : requirementName;
        return PlainTextParser.Parse(name, content);
    }
}
