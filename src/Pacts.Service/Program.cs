// Settings ship beside the binary; relative paths in them (the data directory) still mean the caller's directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddServiceDefaults();
builder.Services.AddPactsStorage(builder.Configuration);
builder.Services.AddPactsAgents(builder.Configuration);
builder.Services.AddPactsGrpc();

var app = builder.Build();

app.MapPactsEndpoints();

app.Run();
