using Grpc.Core;

namespace Pacts.Cli.Service;

internal static class RpcErrors
{
    /// <summary>The status with its low-level cause, e.g. "Unavailable: Error connecting to subchannel. (Connection refused)".</summary>
    public static string Describe(RpcException ex)
    {
        var cause = ex.Status.DebugException?.InnerException?.Message ?? ex.Status.DebugException?.Message;
        return cause is null || ex.Status.Detail.Contains(cause, StringComparison.Ordinal)
            ? $"{ex.StatusCode}: {ex.Status.Detail}"
            : $"{ex.StatusCode}: {ex.Status.Detail} ({cause})";
    }
}
