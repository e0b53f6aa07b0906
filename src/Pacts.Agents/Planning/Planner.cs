using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pacts.Agents.Planning.Llm;
using Pacts.Agents.Planning.Specs;
using Pacts.Storage.Plans;

namespace Pacts.Agents.Planning;

public interface IPlanner
{
    /// <summary>
    /// Plans a requirement: the same text always gives the same plan. Lines the grammar cannot read go to the LLM
    /// fallback when one is configured (once per requirement content; the reading is stored), and are errors otherwise.
    /// </summary>
    Task<PlanResult> PlanAsync(PlanRequest request, CancellationToken cancellationToken);
}

/// <summary>Options of the Planner (section <c>Planning</c>).</summary>
public sealed class PlanningOptions
{
    /// <summary>Environment variables a requirement may read with <c>{{env:NAME}}</c>; empty allows none.</summary>
    public IList<string> AllowedEnvironmentVariables { get; } = [];
}

internal sealed partial class Planner(
    ILlmLineReader llm,
    IPlanStore plans,
    IOptions<PlanningOptions> options,
    TimeProvider time,
    ILogger<Planner> logger) : IPlanner
{
    public async Task<PlanResult> PlanAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Content);
        using var activity = PactsTelemetry.Source.StartActivity("plan requirement");
        var name = string.IsNullOrWhiteSpace(request.Name) ? "requirement" : request.Name;
        var errors = new List<PlanError>();
        var format = ResolveFormat(request.Format, name, request.Content);
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        RequirementDocument document;
        if (format == RequirementFormat.Text)
        {
            document = PlainTextParser.Read(name, request.Content, errors);
        }
        else
        {
            document = SpecReader.Read(name, request.Content, format == RequirementFormat.Json, errors, out var specVariables);
            foreach (var (key, value) in specVariables)
            {
                variables[key] = value;
            }
        }

        foreach (var (key, value) in request.Variables ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        IReadOnlyList<DataRow> csvRows = [];
        IReadOnlyCollection<string> csvSecrets = [];
        if (!string.IsNullOrWhiteSpace(request.DataCsv))
        {
            var csvErrors = new List<PlanError>();
            csvRows = CsvData.Read(request.DataCsv, csvErrors, out csvSecrets);
            errors.AddRange(csvErrors.Select(e => e with { Message = "data file: " + e.Message }));
        }

        document = ReadWithGrammar(document);
        var llmCalls = 0;
        var unread = Unread(document);
        if (unread.Count > 0 && llm.IsConfigured)
        {
            (document, llmCalls) = await ReadWithLlmAsync(name, format, request.Content, document, unread, errors, cancellationToken).ConfigureAwait(false);
        }

        var allowed = options.Value.AllowedEnvironmentVariables;
        var input = new BindingInput(
            variables,
            request.SecretNames ?? [],
            csvRows,
            csvSecrets,
            allowed.Count == 0 ? null : n => allowed.Contains(n, StringComparer.Ordinal) ? Environment.GetEnvironmentVariable(n) : null);
        var result = Binder.Bind(document, input, errors);
        activity?.SetTag("pacts.plan.valid", result.IsValid);
        activity?.SetTag("pacts.plan.llm_calls", llmCalls);
        return result.Plan is null
            ? result with { LlmCalls = llmCalls }
            : result with { Plan = result.Plan with { LlmCalls = llmCalls }, LlmCalls = llmCalls };
    }

    // Spec steps written as plain language are read here; text-format lines were read by the parser.
    private static RequirementDocument ReadWithGrammar(RequirementDocument document) => document with
    {
        Cases = [.. document.Cases.Select(c => c with
        {
            Steps = [.. c.Steps.Select(s => s.Drafts is not null ? s : StepGrammar.Read(s.Text, s.IsExpectation) is { Success: true } read ? s with { Drafts = read.Steps } : s)],
        })],
    };

    private static List<StepSource> Unread(RequirementDocument document) =>
        [.. document.Cases.SelectMany(c => c.Steps).Where(s => s.Drafts is null).DistinctBy(s => (s.Line, s.Column, s.Text))];

    private async Task<(RequirementDocument Document, int Calls)> ReadWithLlmAsync(
        string name,
        RequirementFormat format,
        string content,
        RequirementDocument document,
        List<StepSource> unread,
        List<PlanError> errors,
        CancellationToken cancellationToken)
    {
        var hash = ContentHash(format, content);
        var calls = 0;
        IReadOnlyList<LineReading>? readings = null;
        try
        {
            var stored = await plans.FindAsync(hash, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                readings = JsonSerializer.Deserialize<List<LineReading>>(stored.PlanJson, Json);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or IOException or System.Data.Common.DbException)
        {
            LogStoreFailure(logger, exception);
        }

        if (readings is null)
        {
            var lines = unread.Select(s => new UnreadLine(s.Line, s.Column, s.Text, s.IsExpectation)).ToList();
            try
            {
                calls = 1;
                readings = await llm.ReadAsync(name, lines, cancellationToken).ConfigureAwait(false);
            }
            catch (LlmUnavailableException exception)
            {
                foreach (var line in unread)
                {
                    var read = StepGrammar.Read(line.Text, line.IsExpectation);
                    errors.Add(new PlanError(line.Line, line.Column, $"{read.Error}; the LLM fallback could not read it either: {exception.Message}", read.Suggestion));
                }

                return (document, calls);
            }

        }

        var byLine = readings.GroupBy(r => r.Line).ToDictionary(g => g.Key, g => g.First());
        var drafts = new Dictionary<(int, int, string), IReadOnlyList<StepDraft>>();
        var complete = true;
        foreach (var line in unread)
        {
            var reading = byLine.GetValueOrDefault(line.Line);
            var problem = reading is null ? "the LLM gave no reading for it" : reading.Error is { Length: > 0 } e ? e : reading.Steps.Count == 0 ? "the LLM found no step in it" : null;
            var steps = new List<StepDraft>();
            foreach (var spec in problem is null ? reading!.Steps : [])
            {
                var draft = SpecSteps.ToDraft(spec, out var error);
                if (draft is null)
                {
                    problem = $"the LLM's reading is not a valid step: {error}";
                    break;
                }

                if (line.IsExpectation && !ActionNames.IsAssertion(draft.Action))
                {
                    problem = $"the LLM read an expected result as the action '{spec.Action}'";
                    break;
                }

                steps.Add(draft);
            }

            if (problem is not null)
            {
                complete = false;
                var read = StepGrammar.Read(line.Text, line.IsExpectation);
                errors.Add(new PlanError(line.Line, line.Column, $"{read.Error}; {problem}", read.Suggestion));
                continue;
            }

            drafts[(line.Line, line.Column, line.Text)] = steps;
        }

        if (calls > 0 && complete)
        {
            try
            {
                await plans.SaveAsync(new StoredPlan(hash, name, JsonSerializer.Serialize(readings, Json), llm.Model, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidOperationException or IOException or System.Data.Common.DbException)
            {
                LogStoreFailure(logger, exception);
            }
        }

        var updated = document with
        {
            Cases = [.. document.Cases.Select(c => c with
            {
                Steps = [.. c.Steps.Select(s => s.Drafts is null && drafts.TryGetValue((s.Line, s.Column, s.Text), out var d) ? s with { Drafts = d, Origin = "llm" } : s)],
            })],
        };
        return (updated, calls);
    }

    /// <summary>The format a requirement is read as: the one asked for, or detected from its name and content.</summary>
    public static RequirementFormat ResolveFormat(RequirementFormat format, string name, string content) =>
        format == RequirementFormat.Auto ? FormatDetector.Detect(name ?? string.Empty, content ?? string.Empty) : format;

    /// <summary>The key a requirement's LLM reading is stored under: SHA-256 of its format and content.</summary>
    internal static string ContentHash(RequirementFormat format, string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(format + "\n" + content.Replace("\r\n", "\n", StringComparison.Ordinal))));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The plan store failed; planning goes on without it")]
    private static partial void LogStoreFailure(ILogger logger, Exception exception);
}
