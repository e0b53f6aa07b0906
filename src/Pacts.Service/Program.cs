var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddPactsStorage(builder.Configuration);
builder.Services.AddPactsAgents(builder.Configuration);
builder.Services.AddPactsGrpc();

var app = builder.Build();

app.MapPactsEndpoints();

app.Run();
