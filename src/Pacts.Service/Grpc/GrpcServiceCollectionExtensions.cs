using Pacts.Service.Grpc;

namespace Microsoft.Extensions.Hosting;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>The gRPC edge: services, the error interceptor, health and reflection.</summary>
    public static IServiceCollection AddPactsGrpc(this IServiceCollection services)
    {
        services.AddGrpc(options => options.Interceptors.Add<ErrorInterceptor>());
        services.AddGrpcHealthChecks().AddCheck("self", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        services.AddGrpcReflection();
        return services;
    }
}
