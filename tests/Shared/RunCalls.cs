using Grpc.Core;
using Pacts.V1;

namespace Pacts.Tests;

/// <summary>Runs a requirement through StartRun and collects every event.</summary>
public static class RunCalls
{
    public static async Task<IReadOnlyList<RunEvent>> RunAsync(
        RunService.RunServiceClient client, string name, string content, string? baseUrl = null, CancellationToken cancellationToken = default)
    {
        var request = new StartRunRequest
        {
            Requirement = new Requirement { Name = name, Content = content, Format = RequirementFormat.Text },
            BaseUrl = baseUrl ?? "",
        };
        using var call = client.StartRun(request, cancellationToken: cancellationToken);
        var events = new List<RunEvent>();
        await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(response.Event);
        }

        return events;
    }

    public static RunFinished Finished(this IReadOnlyList<RunEvent> events) =>
        events.Last(e => e.KindCase == RunEvent.KindOneofCase.RunFinished).RunFinished;
}
