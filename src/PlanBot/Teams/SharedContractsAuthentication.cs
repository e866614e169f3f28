using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace PlanBot.Teams;

/// <summary>
/// The SDK's authentication from configuration, with one change: every connector client it creates shares one
/// serializer contract cache. The SDK creates a connector client per turn and per proactive send, each with a new
/// contract resolver, so Newtonsoft reflected over the activity's types on every request: half of the CPU of a
/// status fan-out (measured with dotnet-trace). The resolver is stateless apart from its thread-safe cache.
/// </summary>
internal sealed class SharedContractsAuthentication(IConfiguration configuration, IHttpClientFactory httpClientFactory, ILogger logger)
    : ConfigurationBotFrameworkAuthentication(configuration, httpClientFactory: httpClientFactory, logger: logger)
{
    private static readonly IContractResolver Serialization = new ReadOnlyJsonContractResolver();
    private static readonly IContractResolver Deserialization = new ReadOnlyJsonContractResolver();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedContractsFactory(base.CreateConnectorFactory(claimsIdentity));

    private sealed class SharedContractsFactory(ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
            if (client is ConnectorClient connector)
            {
                connector.SerializationSettings.ContractResolver = Serialization;
                connector.DeserializationSettings.ContractResolver = Deserialization;
            }
            return client;
        }
    }
}
