using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Pacts.Agents.Planning.Llm;

/// <summary>
/// The LLM fallback over Semantic Kernel chat completion (OpenAI-compatible or Anthropic): one request per requirement
/// with every unread line, temperature 0, a JSON answer read strictly.
/// </summary>
internal sealed partial class SemanticKernelLineReader : ILlmLineReader, IDisposable
{
    private readonly LlmOptions _options;
    private readonly ILogger<SemanticKernelLineReader> _logger;
    private readonly TimeProvider _time;
    private readonly HttpClient? _http;
    private readonly IChatCompletionService? _chat;

    public SemanticKernelLineReader(IOptions<LlmOptions> options, ILogger<SemanticKernelLineReader> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _time = time;
        if (_options.Problem() is { } problem)
        {
            throw new OptionsValidationException(LlmOptions.SectionName, typeof(LlmOptions), [problem]);
        }

        if (IsConfigured)
        {
            // The timeout is ours (a CancellationTokenSource over TimeProvider), so the HttpClient has none of its own.
            _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            _chat = LlmChatServices.Create(_options, _http);
        }
    }

    public bool IsConfigured => _options.IsEnabled;

    public string Model => IsConfigured ? $"{_options.EffectiveProvider}:{_options.Model}" : LlmOptions.None;

    public async Task<IReadOnlyList<LineReading>> ReadAsync(string requirementName, IReadOnlyList<UnreadLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (_chat is null)
        {
            throw new InvalidOperationException($"No LLM is configured: set {LlmOptions.SectionName}:Provider (or PACTS_LLM_PROVIDER) to openai or anthropic.");
        }

        if (lines.Count == 0)
        {
            return [];
        }

        using var activity = PactsTelemetry.Source.StartActivity("llm read lines");
        activity?.SetTag("pacts.llm.model", Model);
        activity?.SetTag("pacts.llm.lines", lines.Count);
        var started = _time.GetTimestamp();
        var answer = await AskAsync(lines, cancellationToken).ConfigureAwait(false);
        var readings = LineReaderAnswer.Parse(answer, lines);
        var elapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        LogRead(_logger, lines.Count, requirementName, _options.Model!, elapsedMs);
        return readings;
    }

    private async Task<string?> AskAsync(IReadOnlyList<UnreadLine> lines, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(LineReaderPrompt.System);
        history.AddUserMessage(LineReaderPrompt.User(lines));
        var settings = LlmChatServices.Settings(_options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.TimeoutSeconds), _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var message = await _chat!.GetChatMessageContentAsync(history, settings, kernel: null, linked.Token).ConfigureAwait(false);
            return message.Content;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var endpoint = LlmChatServices.Endpoint(_options);
            throw timeout.IsCancellationRequested
                ? new LlmUnavailableException($"The LLM at {endpoint} did not answer within {_options.TimeoutSeconds} s.")
                : LlmFailures.Unavailable(e, endpoint, _options.ApiKey);
        }
    }

    public void Dispose() => _http?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM read {LineCount} lines of {Requirement} with {Model} in {ElapsedMs} ms")]
    private static partial void LogRead(ILogger logger, int lineCount, string requirement, string model, long elapsedMs);
}
