using System.Globalization;
using System.Net;
using System.Text;
using Pacts.Storage.Runs;

namespace Pacts.Agents.Reporting;

/// <summary>
/// The run as one HTML file that opens alone: inline CSS, no script, no network, screenshots embedded as data: URIs.
/// Every text passes through the run's secret mask before it is encoded.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
        h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:0}.muted{color:#656d76}
        .verdict{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;color:#fff}
        .passed{background:#1a7f37}.failed{background:#cf222e}.notrun{background:#8c959f}
        section.case{border:1px solid #d0d7de;border-radius:8px;margin:16px 0;padding:12px 16px}
        table{border-collapse:collapse;width:100%;margin-top:8px}td,th{border-top:1px solid #d0d7de;padding:6px;text-align:left;vertical-align:top}
        th{font-weight:600;background:#f6f8fa}.status{font-weight:600}.status.passed{color:#1a7f37;background:none}
        .status.failed{color:#cf222e;background:none}.status.notrun{color:#8c959f;background:none}
        code{font:12px ui-monospace,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px;word-break:break-all}
        .check{margin-top:4px}.heal{margin-top:4px;color:#9a6700}img.shot{max-width:320px;border:1px solid #d0d7de;border-radius:4px}
        details summary{cursor:pointer;color:#0969da}
        """;

    /// <param name="readFile">Reads one of the run's files by name (for the screenshots); null when it is missing.</param>
    public static string Render(RunReport report, Func<string, byte[]?> readFile)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mask = report.Mask;
        string E(string? text) => WebUtility.HtmlEncode(mask.Mask(text) ?? "");
        var f = report.Finished;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pacts report: ")
            .Append(E(report.Plan.RequirementName)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(report.Plan.RequirementName)).Append("</h1>");
        html.Append("<p><span class=\"verdict ").Append(Css(f.State)).Append("\" id=\"verdict\">").Append(E(f.State.ToString().ToUpperInvariant())).Append("</span> ")
            .Append(E(f.Message)).Append("</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">run <code>{E(report.RunId)}</code> · started {report.StartedAt:yyyy-MM-dd HH:mm:ss} UTC · ")
            .Append(CultureInfo.InvariantCulture, $"{Seconds(f.DurationMs)} · test cases {f.Counts.TestCasesPassed} passed, {f.Counts.TestCasesFailed} failed · ")
            .Append(CultureInfo.InvariantCulture, $"steps {f.Counts.StepsPassed} passed, {f.Counts.StepsFailed} failed · LLM calls {f.LlmCalls}</p>");
        foreach (var testCase in report.Cases)
        {
            AppendCase(html, testCase, E, readFile);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void AppendCase(StringBuilder html, ReportCase testCase, Func<string?, string> e, Func<string, byte[]?> readFile)
    {
        var state = testCase.State is { } s ? Css(s) : "notrun";
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"case\" id=\"case-{testCase.Index + 1}\"><h2><span class=\"verdict {state}\">{Label(testCase.State)}</span> ")
            .Append(e(testCase.Plan.Title)).Append("</h2>");
        html.Append("<p class=\"muted\">").Append(e(testCase.Url)).Append(CultureInfo.InvariantCulture, $" · line {testCase.Plan.Line} · {Seconds(testCase.DurationMs)}");
        if (testCase.Plan.Row is { } row)
        {
            html.Append(CultureInfo.InvariantCulture, $" · data row {row.Number}: ").Append(e(string.Join(", ", row.Values.Select(v => $"{v.Key}={v.Value}"))));
        }

        if (testCase.Trace is { } trace)
        {
            html.Append(" · trace <code>").Append(e(trace)).Append("</code> (npx playwright show-trace)");
        }

        html.Append("</p><table><tr><th>#</th><th>step</th><th>status</th><th>time</th><th>element</th><th>screenshot</th></tr>");
        foreach (var step in testCase.Steps)
        {
            AppendStep(html, step, e, readFile);
        }

        html.Append("</table></section>");
    }

    private static void AppendStep(StringBuilder html, ReportStep step, Func<string?, string> e, Func<string, byte[]?> readFile)
    {
        var state = step.State is { } s ? Css(s) : "notrun";
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"step step-{state}\"><td>{step.Plan.Index}</td><td>").Append(e(step.Plan.Text))
            .Append(CultureInfo.InvariantCulture, $"<div class=\"muted\">line {step.Plan.Line} · {e(step.Plan.ActionName)}</div>");
        if (step.Plan.IsAssertion && (step.Expected is not null || step.Actual is not null))
        {
            html.Append("<div class=\"check\">expected <code>").Append(e(step.Expected)).Append("</code> found <code>").Append(e(step.Actual)).Append("</code></div>");
        }

        if (step.Message is not null)
        {
            html.Append("<div class=\"check\">").Append(e(step.Message)).Append("</div>");
        }

        foreach (var heal in step.Heals)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"heal\">heal ({e(heal.Strategy)}, round {heal.Round}): {(heal.Healed ? "healed" : "not healed")}, similarity {heal.Similarity:0.00}; ")
                .Append("<code>").Append(e(heal.OldLocator ?? "none")).Append("</code> → <code>").Append(e(heal.NewLocator ?? "none")).Append("</code> ").Append(e(heal.Note)).Append("</div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</td><td class=\"status {state}\">{Label(step.State)}</td><td>{(step.State is null ? "" : step.DurationMs + " ms")}</td><td>");
        if (step.Locator is not null)
        {
            html.Append(e(Source(step.Origin))).Append("<br><code>").Append(e(step.Locator)).Append("</code>");
        }

        html.Append("</td><td>");
        if (step.Screenshot is { } name && readFile(name) is { } bytes)
        {
            var type = name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "image/jpeg";
            html.Append("<details><summary>").Append(e(name)).Append("</summary><img class=\"shot\" alt=\"").Append(e(name))
                .Append("\" src=\"data:").Append(type).Append(";base64,").Append(Convert.ToBase64String(bytes)).Append("\"></details>");
        }

        html.Append("</td></tr>");
    }

    internal static string Source(ElementOrigin origin) => origin switch
    {
        ElementOrigin.Discovery => "discovery",
        ElementOrigin.Heal => "heal",
        ElementOrigin.None => "",
        _ => "cache",
    };

    private static string Css(StepState state) => state == StepState.Passed ? "passed" : state == StepState.Failed ? "failed" : "notrun";

    private static string Css(RunState state) => state == RunState.Passed ? "passed" : "failed";

    private static string Label(StepState? state) => state switch
    {
        StepState.Passed => "passed",
        StepState.Failed => "failed",
        _ => "not run",
    };

    private static string Seconds(long ms) => (ms / 1000.0).ToString("0.0 s", CultureInfo.InvariantCulture);
}
