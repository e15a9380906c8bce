namespace LegalReview.Browser.Tests.Infrastructure;

/// <summary>Every journey class carries [Collection(JourneyCollection.Name)] and receives the shared <see cref="BrowserApp"/>.</summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser journeys";
}
