using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>What steps are bound with: request variables, secret names, CSV rows, and (when allowed) the environment.</summary>
/// <param name="Environment">Reads <c>{{env:NAME}}</c>; null when the service does not allow it.</param>
internal sealed record BindingInput(
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyCollection<string> SecretNames,
    IReadOnlyList<DataRow> CsvRows,
    IReadOnlyCollection<string> CsvSecretColumns,
    Func<string, string?>? Environment)
{
    public static BindingInput None { get; } = new(new Dictionary<string, string>(), [], [], [], null);
}

/// <summary>
/// Turns a read requirement into the plan: one test case instance per data row, <c>{{name}}</c> bound in targets,
/// values, scopes, assertions and URLs, steps numbered, secret values collected so they can be masked everywhere.
/// </summary>
internal static partial class Binder
{
    public static bool IsVariableName(string name) => VariableName().IsMatch(name);

    /// <summary>Whether a variable's name says it is secret (password, token, secret, API key, credential).</summary>
    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    public static PlanResult Bind(RequirementDocument document, BindingInput input, List<PlanError> errors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(input);
        var secretNames = new HashSet<string>(input.SecretNames, StringComparer.OrdinalIgnoreCase);
        secretNames.UnionWith(input.CsvSecretColumns);
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in input.Variables)
        {
            var bare = name.StartsWith("secret:", StringComparison.OrdinalIgnoreCase) ? name["secret:".Length..] : name;
            if (bare.Length != name.Length)
            {
                secretNames.Add(bare);
            }

            variables[bare] = value;
        }

        var secrets = new List<string>();
        var cases = new List<TestCasePlan>();
        foreach (var source in document.Cases)
        {
            var rows = source.Data.Count > 0 ? source.Data : input.CsvRows;
            var caseSecrets = new HashSet<string>(secretNames, StringComparer.OrdinalIgnoreCase);
            caseSecrets.UnionWith(source.DataHeaderSecrets);
            if (rows.Count == 0)
            {
                cases.Add(Instance(source, null, variables, caseSecrets, input, secrets, errors));
                continue;
            }

            foreach (var row in rows)
            {
                var bound = new Dictionary<string, string>(variables, StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in row.Values)
                {
                    bound[name] = value;
                }

                cases.Add(Instance(source, row, bound, caseSecrets, input, secrets, errors));
            }
        }

        foreach (var (name, value) in variables)
        {
            if (secretNames.Contains(name) || IsSecretName(name))
            {
                secrets.Add(value);
            }
        }

        if (cases.Count == 0 && errors.Count == 0)
        {
            errors.Add(new PlanError(1, 1, "the requirement has no test case", "Test: <title>"));
        }

        return errors.Count > 0
            ? PlanResult.Failed([.. errors.Distinct().OrderBy(e => e.Line).ThenBy(e => e.Column)])
            : new PlanResult(new Plan(document.Name, cases) { Secrets = new SecretMask(secrets) }, []);
    }

    private static TestCasePlan Instance(
        CaseSource source,
        DataRow? row,
        IReadOnlyDictionary<string, string> variables,
        HashSet<string> secretNames,
        BindingInput input,
        List<string> secrets,
        List<PlanError> errors)
    {
        if (row is not null)
        {
            secrets.AddRange(row.Values.Where(p => secretNames.Contains(p.Key) || IsSecretName(p.Key)).Select(p => p.Value));
        }

        var binding = new Binding(variables, input.Environment, errors);
        var url = source.Url is null ? null : binding.Apply(source.Url, source.UrlLine, source.UrlColumn);
        if (string.IsNullOrWhiteSpace(source.Url))
        {
            errors.Add(new PlanError(source.Line, 1, $"test case '{source.Title}' has no URL to start from", "URL: https://example.com/"));
        }
        else if (url is not null && !IsStartUrl(url))
        {
            errors.Add(new PlanError(source.UrlLine, source.UrlColumn, $"'{url}' is not an absolute http or https address", "https://example.com/"));
        }

        if (source.Steps.Count == 0)
        {
            errors.Add(new PlanError(source.Line, 1, $"test case '{source.Title}' has no steps", "Test Steps:"));
        }

        var steps = new List<PlanStep>();
        foreach (var step in source.Steps)
        {
            if (step.Drafts is null)
            {
                // Once per line, even across data rows, and not again when the LLM fallback already said why.
                if (errors.Any(e => e.Line == step.Line && e.Column == step.Column))
                {
                    continue;
                }

                var read = StepGrammar.Read(step.Text, step.IsExpectation);
                errors.Add(new PlanError(step.Line, step.Column, read.Error ?? $"cannot read '{step.Text}'", read.Suggestion));
                continue;
            }

            foreach (var draft in step.Drafts)
            {
                var at = step.Column;
                var bound = draft with
                {
                    Target = binding.Apply(draft.Target, step.Line, at, step.Text),
                    Value = binding.Apply(draft.Value, step.Line, at, step.Text),
                    Values = draft.Values?.Select(v => binding.Apply(v, step.Line, at, step.Text)!).ToList(),
                    Scope = draft.Scope is { Text: { } scopeText } s ? s with { Text = binding.Apply(scopeText, step.Line, at, step.Text) } : draft.Scope,
                };
                if (!ReferenceEquals(bound, draft) && bound != draft && Specs.SpecSteps.Check(bound) is { } invalid)
                {
                    errors.Add(new PlanError(step.Line, step.Column, $"with its variables bound, the step is not valid: {invalid}", null));
                }

                if (bound.Action is StepAction.Fill or StepAction.Type && bound.Value is { Length: > 0 } typed && IsSecretName(bound.Target ?? string.Empty))
                {
                    secrets.Add(typed);
                }

                steps.Add(new PlanStep(
                    steps.Count + 1,
                    bound.Action,
                    bound.Target,
                    bound.Value,
                    bound.Values,
                    bound.Scope,
                    bound.ElementKind,
                    bound.Ordinal,
                    step.Line,
                    step.Column,
                    step.Text,
                    step.IsExpectation,
                    step.Origin ?? "grammar"));
            }
        }

        var title = binding.Apply(source.Title, source.Line, 1) ?? source.Title;
        if (row is not null)
        {
            var shown = string.Join(", ", row.Values.Select(p => $"{p.Key}={(secretNames.Contains(p.Key) || IsSecretName(p.Key) ? SecretMask.Shown : p.Value)}"));
            title = $"{title} [row {row.Number}: {(shown.Length > 80 ? shown[..77] + "..." : shown)}]";
        }

        return new TestCasePlan(title, url ?? string.Empty, source.Description, steps, source.Line) { Row = row };
    }

    private static bool IsStartUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file" or "data";

    private sealed class Binding(IReadOnlyDictionary<string, string> variables, Func<string, string?>? environment, List<PlanError> errors)
    {
        public string? Apply(string? text, int line, int column, string? sourceText = null)
        {
            if (text is null || !text.Contains("{{", StringComparison.Ordinal))
            {
                return text;
            }

            return Placeholder().Replace(text, m =>
            {
                var name = m.Groups["name"].Value;
                var offset = sourceText?.IndexOf(m.Value, StringComparison.Ordinal) ?? -1;
                var col = column + Math.Max(offset, 0);
                if (name.StartsWith("env:", StringComparison.OrdinalIgnoreCase))
                {
                    var variable = name[4..];
                    if (environment is null)
                    {
                        errors.Add(new PlanError(line, col, $"{{{{{name}}}}} reads the service's environment, which this service does not allow", "set Planning:AllowedEnvironmentVariables"));
                        return m.Value;
                    }

                    if (environment(variable) is { } fromEnvironment)
                    {
                        return fromEnvironment;
                    }

                    errors.Add(new PlanError(line, col, $"the environment variable '{variable}' is not set or not allowed", null));
                    return m.Value;
                }

                if (variables.TryGetValue(name, out var value))
                {
                    return value;
                }

                var known = variables.Keys.OrderBy(k => Text.EditDistance(k.ToLowerInvariant(), name.ToLowerInvariant())).FirstOrDefault();
                errors.Add(new PlanError(line, col, $"the variable '{name}' is not bound: give it a value in a data row, the request's variables or --var {name}=...", known is null ? null : $"{{{{{known}}}}}"));
                return m.Value;
            });
        }
    }

    [GeneratedRegex("""\{\{\s*(?<name>(?:env:)?[A-Za-z_][\w.-]*)\s*\}\}""")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""^[A-Za-z_][\w.-]*$""")]
    private static partial Regex VariableName();

    [GeneratedRegex("""pass(?:word|wd|code|phrase)?$|^pwd$|password|secret|token|api[_-]?key|credential|private[_-]?key""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
