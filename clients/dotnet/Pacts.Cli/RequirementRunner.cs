using Grpc.Core;
using Pacts.Cli.Output;
using Pacts.Cli.Service;
using Pacts.V1;

namespace Pacts.Cli;

/// <summary>
/// Runs one requirement file through StartRun, its test cases up to <paramref name="parallelCases"/> at once, and hands
/// every streamed event to a sink.
/// </summary>
internal sealed class RequirementRunner(RunService.RunServiceClient client, string? baseUrl, RunInputs inputs, int parallelCases = 1)
{
    public async Task<RunResult> RunAsync(RequirementFile file, IRunEventSink sink, CancellationToken cancellationToken)
    {
        var request = new StartRunRequest
        {
            Requirement = new Requirement
            {
                Name = file.Name,
                Content = await RequirementFiles.ReadAsync(file.Path, cancellationToken),
                Format = file.Format,
            },
            BaseUrl = baseUrl ?? "",
            Parallel = parallelCases,
        };
        inputs.ApplyTo(request);

        var result = new RunResult();
        try
        {
            using var call = client.StartRun(request, cancellationToken: cancellationToken);
            await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                if (response.Event is { } runEvent)
                {
                    result.Observe(runEvent);
                    sink.OnEvent(runEvent);
                }
            }
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.InvalidArgument)
        {
            return new RunResult { InvalidRequirement = ex.Status.Detail };
        }
        catch (RpcException ex)
        {
            return new RunResult { Error = RpcErrors.Describe(ex) };
        }

        return result.Finished is not null
            ? result
            : new RunResult { Error = "the event stream ended before the run finished" };
    }
}
