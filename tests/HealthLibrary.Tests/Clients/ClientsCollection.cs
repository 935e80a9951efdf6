namespace HealthLibrary.Tests.Clients;

/// <summary>The clients tests share one install of the clients and one built sample site.</summary>
[CollectionDefinition(Name)]
public sealed class ClientsCollection : ICollectionFixture<ClientsFixture>
{
    public const string Name = "clients";
}
