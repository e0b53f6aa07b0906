using Grpc.Core;
using Pacts.V1;

namespace Pacts.Tests;

/// <summary>Runs a requirement through StartRun and collects every event.</summary>
public static class RunCalls
{
    public static Task<IReadOnlyList<RunEvent>> RunAsync(
        RunService.RunServiceClient client, string name, string content, string? baseUrl = null, CancellationToken cancellationToken = default) =>
        RunAsync(client, new StartRunRequest
        {
            // Unspecified: the service reads the format from the name's extension and the content.
            Requirement = new Requirement { Name = name, Content = content },
            BaseUrl = baseUrl ?? "",
        }, cancellationToken);

    public static async Task<IReadOnlyList<RunEvent>> RunAsync(
        RunService.RunServiceClient client, StartRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
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
