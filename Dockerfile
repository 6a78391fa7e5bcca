# The gateway service. Multi-stage: the .NET 10 SDK builds and publishes; the ASP.NET Core 10 runtime runs it as a
# non-root user. Kafka's native client is the one librdkafka.redist ships (runtimes/linux-x64/native), published with
# the application; no Debian librdkafka is installed.
#   docker build -t gateway:0.1.0 .
#   docker run -p 8080:8080 -e Gateway__DevelopmentKeys=true gateway:0.1.0
FROM mcr.microsoft.com/dotnet/sdk:10.0-bookworm-slim AS build
WORKDIR /src
# Restore first, from the project files only, so source edits do not invalidate the package layer.
COPY global.json nuget.config Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Directory.Build.props src/
COPY src/Schemas/Schemas.csproj src/Schemas/
COPY src/Adapters/Adapters.csproj src/Adapters/
COPY src/Screening/Screening.csproj src/Screening/
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Gateway/Gateway.csproj src/Gateway/
RUN dotnet restore src/Gateway/Gateway.csproj
COPY src/ src/
RUN dotnet publish src/Gateway/Gateway.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0-bookworm-slim AS runtime
RUN groupadd --system --gid 10001 gateway \
 && useradd --system --uid 10001 --gid gateway --no-create-home --shell /usr/sbin/nologin gateway
WORKDIR /app
COPY --from=build /app ./
# Non-root cannot bind below 1024; the read-only root filesystem leaves /tmp (a volume) as the only writable place.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=1 \
    Gateway__DataFolder=/tmp/data \
    Gateway__DevelopmentKeys=false
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["dotnet", "gateway.dll"]
