namespace Pacts.Agents.Planning.Llm;

/// <summary>A line the grammar could not read, sent to the LLM fallback.</summary>
public sealed record UnreadLine(int Line, int Column, string Text, bool IsExpectation);

/// <summary>The LLM's reading of one line: the structured steps it stands for, or why it could not be read.</summary>
public sealed record LineReading(int Line, IReadOnlyList<SpecStep> Steps, string? Error = null);

/// <summary>
/// The LLM fallback of the Planner: reads the lines the deterministic grammar could not, in one chat completion per
/// requirement (temperature 0, strict JSON answer). Callers cache the answer by the requirement's content hash.
/// </summary>
public interface ILlmLineReader
{
    /// <summary>False when no LLM is configured; then unread lines are plan errors.</summary>
    bool IsConfigured { get; }

    /// <summary>The provider and model, e.g. <c>openai:gpt-4o-mini</c>, stored with cached readings.</summary>
    string Model { get; }

    /// <summary>Reads every line in one call. Throws <see cref="LlmUnavailableException"/> when the LLM cannot answer.</summary>
    Task<IReadOnlyList<LineReading>> ReadAsync(string requirementName, IReadOnlyList<UnreadLine> lines, CancellationToken cancellationToken);
}

/// <summary>The LLM could not be reached or gave an answer that is not the JSON shape it was asked for.</summary>
public sealed class LlmUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
