using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pacts.Storage.Artifacts;

namespace Pacts.Agents.Reporting;

/// <summary>Hands each run its <see cref="RunArtifacts"/>, over the one artifact folder and store of the process.</summary>
internal sealed class ArtifactRecorder(ArtifactFiles files, IOptions<ArtifactOptions> options, IArtifactStore store, SecretNames secretNames, TimeProvider time, ILogger<RunArtifacts> logger)
{
    public RunArtifacts Begin(string runId, Planning.SecretMask secrets) => new(runId, secrets, files, options.Value, store, secretNames, time, logger);
}
