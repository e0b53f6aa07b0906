using Grpc.Core;
using Pacts.Agents.Orchestration;
using Pacts.V1;
using Pacts.Storage.Runs;
using Pacts.Agents.Reporting;
using Pacts.Storage.Artifacts;

namespace Pacts.Service.Grpc;

/// <summary>The RunService edge: validate, hand to the orchestrator, map, write.</summary>
internal sealed class RunGrpcService(IRunOrchestrator orchestrator, IRunStore runs, IArtifactStore artifacts, ArtifactFiles files) : RunService.RunServiceBase
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 500;
    private const int ChunkSize = 64 * 1024;

    public override async Task StartRun(StartRunRequest request, IServerStreamWriter<StartRunResponse> responseStream, ServerCallContext context)
    {
        var requirement = Require(request.Requirement);
        if (request.BaseUrl.Length > 0 && !Uri.TryCreate(request.BaseUrl, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"base_url '{request.BaseUrl}' is not an absolute URL");
        }

        if (request.Parallel < 0)
        {
            throw new ArgumentException($"parallel is {request.Parallel}: give the number of test cases to run at once, 1 or more (0 means 1)");
        }

        var planned = await orchestrator.PlanAsync(
            new RunRequest(requirement.Name, requirement.Content, request.BaseUrl, request.Labels.ToDictionary())
            {
                Format = ToDomain(requirement.Format),
                Variables = request.Variables.ToDictionary(),
                Secrets = request.Secrets.ToDictionary(),
                DataCsv = request.DataCsv.Length == 0 ? null : request.DataCsv,
                Parallel = request.Parallel,
            },
            context.CancellationToken).ConfigureAwait(false);
        var run = orchestrator.Start(planned);
        // A caller that goes away cancels its run; the run still finishes its record.
        using var cancelOnDisconnect = context.CancellationToken.Register(run.Cancel);
        await foreach (var runEvent in run.Events.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var mapped = SecretMasking.Apply(EventMapper.Map(runEvent), planned.Plan.Secrets);
            await responseStream.WriteAsync(new StartRunResponse { Event = mapped }).ConfigureAwait(false);
        }
    }

    public override async Task<GetRunResponse> GetRun(GetRunRequest request, ServerCallContext context)
    {
        var run = await runs.GetRunAsync(RequireId(request.RunId), context.CancellationToken).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no run with id '{request.RunId}'"));
        var steps = await runs.GetStepsAsync(run.RunId, context.CancellationToken).ConfigureAwait(false);
        var response = new GetRunResponse { Run = PlanMapper.ToProto(run) };
        response.Steps.AddRange(steps.Select(PlanMapper.ToProto));
        return response;
    }

    public override async Task<ListRunsResponse> ListRuns(ListRunsRequest request, ServerCallContext context)
    {
        if (request.PageSize < 0)
        {
            throw new ArgumentException("page_size must not be negative");
        }

        var size = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize);
        var list = await runs.ListRunsAsync(size, context.CancellationToken).ConfigureAwait(false);
        var response = new ListRunsResponse();
        response.Runs.AddRange(list.Select(PlanMapper.ToProto));
        return response;
    }

    public override async Task<CancelRunResponse> CancelRun(CancelRunRequest request, ServerCallContext context)
    {
        var runId = RequireId(request.RunId);
        if (orchestrator.Cancel(runId))
        {
            return new CancelRunResponse { Cancelled = true };
        }

        return await runs.GetRunAsync(runId, context.CancellationToken).ConfigureAwait(false) is null
            ? throw new RpcException(new Status(StatusCode.NotFound, $"no run with id '{runId}'"))
            : new CancelRunResponse { Cancelled = false };
    }

    public override async Task<ValidateRequirementResponse> ValidateRequirement(ValidateRequirementRequest request, ServerCallContext context)
    {
        var requirement = Require(request.Requirement);
        var run = new RunRequest(requirement.Name, requirement.Content, null, new Dictionary<string, string>())
        {
            Format = ToDomain(requirement.Format),
            Variables = request.Variables.ToDictionary(),
            Secrets = request.Secrets.ToDictionary(),
            DataCsv = request.DataCsv.Length == 0 ? null : request.DataCsv,
        };
        var result = await orchestrator.ValidateAsync(run.ToPlanRequest(), context.CancellationToken).ConfigureAwait(false);
        var response = new ValidateRequirementResponse
        {
            Valid = result.IsValid,
            Plan = result.Plan is null ? null : PlanMapper.ToProto(result.Plan),
            Format = ToProto(Pacts.Agents.Planning.Planner.ResolveFormat(ToDomain(requirement.Format), requirement.Name, requirement.Content)),
            LlmCalls = result.LlmCalls,
        };
        response.Errors.AddRange(result.Errors.Select(PlanMapper.ToProto));
        var secrets = new Pacts.Agents.Planning.SecretMask(request.Secrets.Values);
        return SecretMasking.Apply(response, result.Plan is null ? secrets : result.Plan.Secrets.With(secrets.Values));
    }

    public override async Task<ListArtifactsResponse> ListArtifacts(ListArtifactsRequest request, ServerCallContext context)
    {
        var list = await artifacts.ListAsync(RequireId(request.RunId), context.CancellationToken).ConfigureAwait(false);
        var response = new ListArtifactsResponse();
        response.Artifacts.AddRange(list.Select(a => new Artifact
        {
            Name = a.Name, Kind = a.Kind, SizeBytes = a.SizeBytes, CreatedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(a.CreatedAt),
        }));
        return response;
    }

    public override async Task GetArtifact(GetArtifactRequest request, IServerStreamWriter<GetArtifactResponse> responseStream, ServerCallContext context)
    {
        var runId = RequireId(request.RunId);
        var path = files.Resolve(runId, request.Name)
            ?? throw new ArgumentException($"'{request.Name}' is not a name inside the run's folder");
        if (!File.Exists(path))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"run '{runId}' has no artifact '{request.Name}'"));
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true);
        var buffer = new byte[ChunkSize];
        var first = true;
        int read;
        while ((read = await stream.ReadAsync(buffer, context.CancellationToken).ConfigureAwait(false)) > 0 || first)
        {
            await responseStream.WriteAsync(new GetArtifactResponse
            {
                Chunk = Google.Protobuf.ByteString.CopyFrom(buffer, 0, read),
                SizeBytes = first ? stream.Length : 0,
            }).ConfigureAwait(false);
            first = false;
        }
    }

    private static Requirement Require(Requirement? requirement)
    {
        if (requirement is null || string.IsNullOrWhiteSpace(requirement.Content))
        {
            throw new ArgumentException("requirement.content is empty: send the requirement's text");
        }

        if (!System.Enum.IsDefined(requirement.Format))
        {
            throw new ArgumentException($"requirement.format {requirement.Format} is not supported: use TEXT, JSON or YAML");
        }

        return requirement;
    }

    private static Pacts.Agents.Planning.RequirementFormat ToDomain(RequirementFormat format) => format switch
    {
        RequirementFormat.Text => Pacts.Agents.Planning.RequirementFormat.Text,
        RequirementFormat.Json => Pacts.Agents.Planning.RequirementFormat.Json,
        RequirementFormat.Yaml => Pacts.Agents.Planning.RequirementFormat.Yaml,
        _ => Pacts.Agents.Planning.RequirementFormat.Auto,
    };

    private static RequirementFormat ToProto(Pacts.Agents.Planning.RequirementFormat format) => format switch
    {
        Pacts.Agents.Planning.RequirementFormat.Json => RequirementFormat.Json,
        Pacts.Agents.Planning.RequirementFormat.Yaml => RequirementFormat.Yaml,
        _ => RequirementFormat.Text,
    };

    private static string RequireId(string runId) =>
        string.IsNullOrWhiteSpace(runId) ? throw new ArgumentException("run_id is empty") : runId;
}
