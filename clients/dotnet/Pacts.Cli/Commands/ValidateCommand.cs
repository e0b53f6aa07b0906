using System.CommandLine;
using Pacts.Cli.Output;
using Pacts.Cli.Service;
using Pacts.Cli.Validation;

namespace Pacts.Cli.Commands;

/// <summary>
/// <c>pacts validate &lt;paths&gt;...</c>: plans requirement files without running them, reporting every error the
/// way a compiler does. No browser is opened, here or in the service.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Requirement files (.txt, or .json/.yaml/.yml specs), or directories whose requirement files " +
                          "(not subfolders) are checked",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = CommonOptions.Output("text: path:line:column: error: lines and path: ok lines; json: one JSON document with each file's errors and plan");
        var server = CommonOptions.Server();

        var command = new Command(
            "validate",
            "Check that requirement files parse and bind, without running them. Exit code: 0 every file is valid; " +
            "1 a file is invalid; 2 usage or infrastructure error; 130 interrupted.")
        {
            paths, output, server,
        };
        var inputs = new InputOptions();
        inputs.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            async token => await ExecuteAsync(
                RequirementFiles.Expand(parse.GetValue(paths) ?? []),
                parse.GetValue(output) == "json",
                parse.GetValue(server),
                await inputs.ReadAsync(parse, token),
                token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(
        IReadOnlyList<RequirementFile> files, bool json, string? server, RunInputs inputs, CancellationToken cancellationToken)
    {
        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: false, cancellationToken);
        var validator = new RequirementValidator(service.Client, inputs);
        var validations = new List<FileValidation>();
        foreach (var file in files)
        {
            var validation = await validator.ValidateAsync(file, cancellationToken);
            if (validation.Error is not null)
            {
                // The service is unusable; the remaining files would fail the same way.
                Diagnostics.CallFailed(file, validation.Error, service, "validation");
                return ExitCodes.UsageOrInfrastructure;
            }

            if (!json)
            {
                ValidationTextWriter.Write(Console.Out, validation, inputs.DataPath);
            }

            validations.Add(validation);
        }

        if (json)
        {
            ValidationJsonWriter.Write(Console.Out, validations);
        }

        var valid = validations.Count(validation => validation.Valid);
        await Console.Error.WriteLineAsync(ValidationTextWriter.Summary(valid, validations.Count - valid));
        return valid == validations.Count ? ExitCodes.Passed : ExitCodes.Invalid;
    }
}
