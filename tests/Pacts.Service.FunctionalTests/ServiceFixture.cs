using Pacts.Tests;

namespace Pacts.Service.FunctionalTests;

/// <summary>The fixture pages served on loopback, and requirements written against them.</summary>
public static class Fixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static string SaveName(string baseUrl, string name = "Ada") => $"""
        Test: Save a name
        URL: {baseUrl}/form.html
        Test Steps:
        1. Enter "{name}" in the Name field
        2. Click the Save button
        Expected:
        - "Saved {name}" is visible
        - The Name field has value "{name}"
        """;

    public static string WaitsForever(string baseUrl) => $"""
        Test: Waits for an element that never comes
        URL: {baseUrl}/form.html
        Test Steps:
        1. Click the Never There button
        """;

    public static async Task<SiteServer> ServeAsync()
    {
        Infrastructure.RequireChromium();
        return await SiteServer.StartAsync(Directory);
    }
}
