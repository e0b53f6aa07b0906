using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pacts.Storage.Artifacts;
using Pacts.Storage.Healing;
using Pacts.Storage.Runs;

namespace Pacts.Storage.Postgres;

/// <summary>One run write that waited for Postgres: exactly one of them is set.</summary>
internal sealed record SpooledWrite(
    RunRecord? Run = null, StepRecord? Step = null, SpooledFinish? Finish = null, HealAttempt? Heal = null, ArtifactRecord? Artifact = null);

internal sealed record SpooledFinish(string RunId, RunState State, RunCounts Counts, string? Message, DateTimeOffset FinishedAt);

/// <summary>
/// The local file (<c>{DataDirectory}/spool/runs.jsonl</c>, one JSON line per write, in call order) that holds run
/// writes (runs, steps, heal attempts, artifacts) while Postgres is unreachable. Not thread-safe: <see cref="SpoolingRunStore"/> serialises every use.
/// </summary>
internal sealed class RunSpool(IOptions<StorageOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(options.Value.DataDirectory), "spool", "runs.jsonl");

    public bool IsEmpty => !File.Exists(Path) || new FileInfo(Path).Length == 0;

    public async Task AppendAsync(SpooledWrite write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(write, Json) + "\n");
        var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            // The caller is told the write succeeded: it must survive this process dying a moment later.
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>The spooled writes in order. A torn last line (the process died while appending) was never acknowledged and is left out.</summary>
    public async Task<IReadOnlyList<SpooledWrite>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(Path, cancellationToken).ConfigureAwait(false);
        var writes = new List<SpooledWrite>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                writes.Add(JsonSerializer.Deserialize<SpooledWrite>(lines[i], Json)!);
            }
            catch (JsonException) when (i == lines.Length - 1)
            {
                break;
            }
        }

        return writes;
    }

    public void Clear()
    {
        if (File.Exists(Path))
        {
            using var stream = new FileStream(Path, FileMode.Truncate, FileAccess.Write);
            stream.Flush(flushToDisk: true);
        }
    }
}
