using Grpc.Core;
using Pacts.Storage.Insights;
using Pacts.V1;

namespace Pacts.Service.Grpc;

/// <summary>The InsightsService edge: validate, ask the insights store, map.</summary>
internal sealed class InsightsGrpcService(IInsightsStore insights) : InsightsService.InsightsServiceBase
{
    private const int DefaultDays = 30;
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 500;

    public override async Task<GetCacheStatsResponse> GetCacheStats(GetCacheStatsRequest request, ServerCallContext context) =>
        InsightsMapper.ToProto(await insights.GetCacheStatsAsync(context.CancellationToken).ConfigureAwait(false));

    public override async Task<GetHealingStatsResponse> GetHealingStats(GetHealingStatsRequest request, ServerCallContext context)
    {
        var response = new GetHealingStatsResponse();
        response.Strategies.AddRange((await insights.GetHealingByStrategyAsync(context.CancellationToken).ConfigureAwait(false)).Select(InsightsMapper.ToProto));
        return response;
    }

    public override async Task<GetDailySuccessRateResponse> GetDailySuccessRate(GetDailySuccessRateRequest request, ServerCallContext context)
    {
        if (request.Days is < 0 or > InsightsQueries.MaxDays)
        {
            throw new ArgumentException($"days must be between 1 and {InsightsQueries.MaxDays} (0 means {DefaultDays})");
        }

        var days = request.Days == 0 ? DefaultDays : request.Days;
        var response = new GetDailySuccessRateResponse();
        response.Days.AddRange((await insights.GetDailySuccessAsync(days, context.CancellationToken).ConfigureAwait(false)).Select(InsightsMapper.ToProto));
        return response;
    }

    public override async Task<ListRecentRunsResponse> ListRecentRuns(ListRecentRunsRequest request, ServerCallContext context)
    {
        var response = new ListRecentRunsResponse();
        var runs = await insights.GetRecentRunsAsync(PageSize(request.PageSize), context.CancellationToken).ConfigureAwait(false);
        response.Runs.AddRange(runs.Select(InsightsMapper.ToProto));
        return response;
    }

    public override async Task<ListRecentHealsResponse> ListRecentHeals(ListRecentHealsRequest request, ServerCallContext context)
    {
        var response = new ListRecentHealsResponse();
        var heals = await insights.GetRecentHealsAsync(PageSize(request.PageSize), context.CancellationToken).ConfigureAwait(false);
        response.Heals.AddRange(heals.Select(InsightsMapper.ToProto));
        return response;
    }

    private static int PageSize(int requested) => requested < 0
        ? throw new ArgumentException("page_size must not be negative")
        : requested == 0 ? DefaultPageSize : Math.Min(requested, MaxPageSize);
}
