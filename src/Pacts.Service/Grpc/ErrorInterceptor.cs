using Grpc.Core;
using Grpc.Core.Interceptors;
using Pacts.Agents.Browser;
using Pacts.Agents.Planning;

namespace Pacts.Service.Grpc;

/// <summary>Turns exceptions into status codes in one place, so service methods stay thin.</summary>
internal sealed partial class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Translate(exception);
        }
    }

    private RpcException Translate(Exception exception)
    {
        switch (exception)
        {
            case PlanException plan:
                // One error a line, "line:column: error: message", so a client can prefix its file path as compilers do.
                return new RpcException(new Status(StatusCode.InvalidArgument, string.Join('\n', plan.Errors)));
            case ArgumentException argument:
                return new RpcException(new Status(StatusCode.InvalidArgument, argument.Message));
            case BrowserUnavailableException browser:
                return new RpcException(new Status(StatusCode.FailedPrecondition, browser.Message));
            case OperationCanceledException:
                return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled."));
            default:
                LogUnexpected(logger, exception);
                return new RpcException(new Status(StatusCode.Internal, $"Unexpected error: {exception.Message}"));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A call failed with an unexpected error")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
