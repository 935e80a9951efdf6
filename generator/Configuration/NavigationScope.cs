namespace HealthLibrary.Configuration;

/// <summary>Where previous/next links lead: within a topic's category, or across the whole library.</summary>
public enum NavigationScope
{
    Category,
    Library,
}
