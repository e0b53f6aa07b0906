using Pacts.Bench;

return args.FirstOrDefault() switch
{
    "planner" => await PlannerBench.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "discovery" => await DiscoveryBench.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "cache" => await CacheBench.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "healing" => await HealingBench.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "parallel" => await ParallelBench.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    "language" => await LanguageBench.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench/run <name>   (names: planner, discovery, cache, healing, parallel, language)");
    return 2;
}
