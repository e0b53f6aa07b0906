# The Pacts service with Chromium, for docker-compose.yml. Build: docker build -t pacts .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Pacts.Service -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Playwright drives Debian's Chromium (its own browser download is not used); fonts so pages render text.
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY examples /app/examples
ENV Browser__ExecutablePath=/usr/bin/chromium \
    Storage__DataDirectory=/data \
    Kestrel__Endpoints__Grpc__Url=http://0.0.0.0:5251 \
    Kestrel__Endpoints__Grpc__Protocols=Http2
EXPOSE 5251 5180
VOLUME /data
ENTRYPOINT ["dotnet", "Pacts.Service.dll"]
