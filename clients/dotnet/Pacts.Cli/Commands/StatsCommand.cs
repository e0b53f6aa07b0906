using System.CommandLine;
using Google.Protobuf;
using Grpc.Core;
using Pacts.Cli.Output;
using Pacts.Cli.Service;
using Pacts.V1;

namespace Pacts.Cli.Commands;

/// <summary><c>pacts stats</c>: the selector cache, healing by strategy, daily success and recent runs, from InsightsService.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--days", "-d")
        {
            Description = "How many days of daily success to show (1 to 3650)",
            DefaultValueFactory = _ => 30,
        };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 3650)
            {
                result.AddError("--days must be between 1 and 3650");
            }
        });
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "How many recent runs to show (1 to 500)",
            DefaultValueFactory = _ => 10,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 500)
            {
                result.AddError("--limit must be between 1 and 500");
            }
        });
        var output = CommonOptions.Output("text: four tables; json: one JSON object with cache, healing, daily and recentRuns");
        var server = CommonOptions.Server();
        var command = new Command(
            "stats",
            "Show what the stored runs say: the selector cache per page (entries, hits, score, stale entries, live counters), " +
            "healing by strategy, the daily success rate and the recent runs with where their elements came from. " +
            "Exit code: 0 shown; 2 usage or infrastructure error.")
        {
            days, limit, output, server,
        };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            token => ExecuteAsync(parse.GetValue(days), parse.GetValue(limit), parse.GetValue(output) == "json", parse.GetValue(server), token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(int days, int limit, bool json, string? server, CancellationToken cancellationToken)
    {
        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: false, cancellationToken);
        var insights = service.Insights;
        Stats stats;
        try
        {
            stats = new Stats(
                await insights.GetCacheStatsAsync(new GetCacheStatsRequest(), cancellationToken: cancellationToken),
                await insights.GetHealingStatsAsync(new GetHealingStatsRequest(), cancellationToken: cancellationToken),
                await insights.GetDailySuccessRateAsync(new GetDailySuccessRateRequest { Days = days }, cancellationToken: cancellationToken),
                await insights.ListRecentRunsAsync(new ListRecentRunsRequest { PageSize = limit }, cancellationToken: cancellationToken));
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new CliException($"could not read the statistics: {RpcErrors.Describe(ex)}");
        }

        if (json)
        {
            var formatter = JsonFormatter.Default;
            Console.WriteLine(
                $"{{\"cache\":{formatter.Format(stats.Cache)},\"healing\":{formatter.Format(stats.Healing)}," +
                $"\"daily\":{formatter.Format(stats.Daily)},\"recentRuns\":{formatter.Format(stats.RecentRuns)}}}");
            return ExitCodes.Passed;
        }

        StatsTextWriter.Write(Console.Out, stats, days);
        return ExitCodes.Passed;
    }
}

/// <summary>The four answers <c>pacts stats</c> shows.</summary>
internal sealed record Stats(GetCacheStatsResponse Cache, GetHealingStatsResponse Healing, GetDailySuccessRateResponse Daily, ListRecentRunsResponse RecentRuns);
