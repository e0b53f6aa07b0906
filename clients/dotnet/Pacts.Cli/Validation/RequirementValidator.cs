using Grpc.Core;
using Pacts.Cli.Service;
using Pacts.V1;

namespace Pacts.Cli.Validation;

/// <summary>How one file's validation went: the service's answer, or why there is none.</summary>
/// <param name="Error">Set when the call failed for a reason other than the requirement (an infrastructure error).</param>
internal sealed record FileValidation(RequirementFile File, ValidateRequirementResponse Response, string? Error = null)
{
    public bool Valid => Error is null && Response.Valid;
}

/// <summary>Sends requirement files to ValidateRequirement: the service plans them without opening a browser.</summary>
internal sealed class RequirementValidator(RunService.RunServiceClient client, RunInputs inputs)
{
    public async Task<FileValidation> ValidateAsync(RequirementFile file, CancellationToken cancellationToken)
    {
        var request = new ValidateRequirementRequest
        {
            Requirement = new Requirement
            {
                Name = file.Name,
                Content = await RequirementFiles.ReadAsync(file.Path, cancellationToken),
                Format = file.Format,
            },
        };
        inputs.ApplyTo(request);

        try
        {
            var response = await client.ValidateRequirementAsync(request, cancellationToken: cancellationToken);
            return new FileValidation(file, response);
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.InvalidArgument)
        {
            // The request itself was refused (an empty file, say): an invalid file with an error that has no position.
            var refused = new ValidateRequirementResponse { Valid = false };
            refused.Errors.Add(new PlanError { Message = ex.Status.Detail });
            return new FileValidation(file, refused);
        }
        catch (RpcException ex)
        {
            return new FileValidation(file, new ValidateRequirementResponse(), RpcErrors.Describe(ex));
        }
    }
}
