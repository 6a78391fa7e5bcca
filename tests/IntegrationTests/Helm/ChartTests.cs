using Gateway.Options;
using YamlDotNet.RepresentationModel;

namespace Gateway.IntegrationTests.Helm;

/// <summary>charts/gateway: lint, render with default and production values, and check what it renders.</summary>
public sealed class ChartTests
{
    private static string Production => Path.Combine(Helm.Chart, "values-production.yaml");


    private static List<YamlMappingNode> Render(string values) => values == "production" ? Helm.Template("-f", Production) : Helm.Template();

    [HelmFact]
    public void The_chart_lints_clean_with_default_and_production_values()
    {
        var (code, output, error) = Helm.Run("lint", "--strict", Helm.Chart);
        Assert.True(code == 0, output + error);
        (code, output, error) = Helm.Run("lint", "--strict", Helm.Chart, "-f", Production);
        Assert.True(code == 0, output + error);
    }

    [HelmFact]
    public void Both_value_sets_render_the_api_workers_services_autoscaler_and_budgets_and_no_secret()
    {
        foreach (var values in new[] { "default", "production" })
        {
            var kinds = Render(values).Select(o => o.Kind() + "/" + o.Name()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(
                ["ConfigMap/gw-gateway", "Deployment/gw-gateway-api", "Deployment/gw-gateway-worker", "HorizontalPodAutoscaler/gw-gateway-api",
                 "PodDisruptionBudget/gw-gateway-api", "PodDisruptionBudget/gw-gateway-worker", "Service/gw-gateway-api", "Service/gw-gateway-worker",
                 "ServiceAccount/gw-gateway"], kinds);
        }
    }

    [HelmFact]
    public void Every_pod_has_health_probes_limits_and_a_locked_down_security_context()
    {
        foreach (var values in new[] { "default", "production" })
        {
            foreach (var deployment in Render(values).Where(o => o.Kind() == "Deployment"))
            {
                var pod = deployment.At("spec", "template", "spec")!;
                Assert.Equal("true", pod.Text("securityContext", "runAsNonRoot"));
                Assert.NotEqual("0", pod.Text("securityContext", "runAsUser"));
                var container = Assert.Single(pod.Items("containers"));
                Assert.Equal("/health/live", container.Text("livenessProbe", "httpGet", "path"));
                Assert.Equal("/health/ready", container.Text("readinessProbe", "httpGet", "path"));
                Assert.Equal("/health/live", container.Text("startupProbe", "httpGet", "path"));
                Assert.Equal("true", container.Text("securityContext", "readOnlyRootFilesystem"));
                Assert.Equal("false", container.Text("securityContext", "allowPrivilegeEscalation"));
                Assert.Contains(container.Items("securityContext", "capabilities", "drop"), c => ((YamlScalarNode)c).Value == "ALL");
                foreach (var part in new[] { "requests", "limits" })
                {
                    Assert.NotNull(container.Text("resources", part, "cpu"));
                    Assert.NotNull(container.Text("resources", part, "memory"));
                }
                // The read-only root leaves /tmp, an emptyDir, as the only writable place.
                Assert.Contains(container.Items("volumeMounts"), m => m.Text("mountPath") == "/tmp");
                var tmp = pod.Items("volumes").Single(v => v.Text("name") == "tmp");
                Assert.NotNull(tmp.At("emptyDir"));
            }
        }
    }

    [HelmFact]
    public void The_api_scales_by_its_autoscaler_and_workers_stay_within_the_partitions()
    {
        foreach (var values in new[] { "default", "production" })
        {
            var objects = Render(values);
            var api = objects.Single(o => o.Name() == "gw-gateway-api" && o.Kind() == "Deployment");
            Assert.Null(api.At("spec", "replicas")); // the HPA owns the count
            var hpa = objects.Single(o => o.Kind() == "HorizontalPodAutoscaler");
            Assert.Equal("gw-gateway-api", hpa.Text("spec", "scaleTargetRef", "name"));
            Assert.True(int.Parse(hpa.Text("spec", "minReplicas")!) <= int.Parse(hpa.Text("spec", "maxReplicas")!));
            int workers = int.Parse(objects.Single(o => o.Name() == "gw-gateway-worker" && o.Kind() == "Deployment").Text("spec", "replicas")!);
            int partitions = int.Parse(objects.Single(o => o.Kind() == "ConfigMap").Text("data", "Gateway__Stream__Partitions")!);
            Assert.InRange(workers, 1, partitions);
            var roles = objects.Where(o => o.Kind() == "Deployment")
                .ToDictionary(d => d.Name(), d => d.At("spec", "template", "spec")!.Items("containers").Single().Items("env").Single(e => e.Text("name") == "Gateway__Role").Text("value"));
            Assert.Equal(("api", "worker"), (roles["gw-gateway-api"], roles["gw-gateway-worker"]));
        }
    }

    [HelmFact]
    public void More_workers_than_partitions_is_refused_with_the_reason()
    {
        var (code, _, error) = Helm.Run("template", "gw", Helm.Chart, "--set", "worker.replicas=13", "--set", "kafka.partitions=12");
        Assert.NotEqual(0, code);
        Assert.Contains("worker.replicas (13) is above kafka.partitions (12)", error, StringComparison.Ordinal);
    }

    [HelmFact]
    public void Secrets_are_referenced_by_name_and_no_secret_value_is_rendered_from_values()
    {
        // A careless value that looks like a secret must not reach any object: the chart has no such value.
        const string sentinel = "S3NTINEL-password-value";
        var (code, output, error) = Helm.Run("template", "gw", Helm.Chart, "-f", Production,
            "--set", "postgres.password=" + sentinel, "--set", "postgres.connectionString=Password=" + sentinel, "--set", "kafka.password=" + sentinel);
        Assert.True(code == 0, error);
        Assert.DoesNotContain(sentinel, output, StringComparison.Ordinal);
        var objects = Helm.Template("-f", Production);
        Assert.DoesNotContain(objects, o => o.Kind() == "Secret");
        var config = objects.Single(o => o.Kind() == "ConfigMap");
        Assert.DoesNotContain(((YamlMappingNode)config.At("data")!).Children.Keys, k => ((YamlScalarNode)k).Value!.Contains("Password", StringComparison.OrdinalIgnoreCase)
            || ((YamlScalarNode)k).Value!.Contains("ConnectionString", StringComparison.Ordinal) || ((YamlScalarNode)k).Value!.Contains("AdminKeyHash", StringComparison.Ordinal));
        var env = objects.First(o => o.Kind() == "Deployment").At("spec", "template", "spec")!.Items("containers").Single().Items("env").ToList();
        var connection = env.Single(e => e.Text("name") == "Gateway__PostgresConnectionString");
        Assert.Equal(("gateway-postgres", null), (connection.Text("valueFrom", "secretKeyRef", "name"), connection.Text("value")));
        Assert.All(env.Where(e => e.Text("name")!.Contains("sasl.password", StringComparison.Ordinal)), e => Assert.NotNull(e.At("valueFrom", "secretKeyRef")));
    }

    [HelmFact]
    public void Every_gateway_setting_the_chart_sets_binds_to_a_GatewayOptions_property()
    {
        foreach (var values in new[] { "default", "production" })
        {
            var objects = Render(values);
            var names = ((YamlMappingNode)objects.Single(o => o.Kind() == "ConfigMap").At("data")!).Children.Keys.Select(k => ((YamlScalarNode)k).Value!)
                .Concat(objects.Where(o => o.Kind() == "Deployment").SelectMany(d => d.At("spec", "template", "spec")!.Items("containers").Single().Items("env")).Select(e => e.Text("name")!))
                .Where(n => n.StartsWith("Gateway__", StringComparison.Ordinal)).ToList();
            Assert.Contains("Gateway__Stream__Kafka__BootstrapServers", names);
            foreach (var name in names) Assert.True(Binds(typeof(GatewayOptions), name.Split("__")[1..]), $"{name} does not bind to GatewayOptions");
        }
    }

    [Fact]
    public void The_binding_check_refuses_a_misspelt_setting()
    {
        Assert.True(Binds(typeof(GatewayOptions), ["Stream", "Kafka", "Producer", "security.protocol"]));
        Assert.True(Binds(typeof(GatewayOptions), ["WatchLists", "0", "Path"]));
        Assert.False(Binds(typeof(GatewayOptions), ["Stream", "Kafka", "BootstrapServer"]));
        Assert.False(Binds(typeof(GatewayOptions), ["Streams", "Kind"]));
    }

    // Follows configuration binding: properties by name (case-insensitive), list indexes, dictionary keys.
    private static bool Binds(Type type, string[] path)
    {
        if (path.Length == 0) return type.IsPrimitive || type == typeof(string) || type == typeof(TimeSpan) || type.IsEnum || Nullable.GetUnderlyingType(type) is not null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>)) return Binds(type.GetGenericArguments()[1], path[1..]);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) return int.TryParse(path[0], out _) && Binds(type.GetGenericArguments()[0], path[1..]);
        var property = type.GetProperty(path[0], System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        return property is { CanWrite: true } && Binds(property.PropertyType, path[1..]);
    }
}
