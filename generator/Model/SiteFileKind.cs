namespace HealthLibrary.Model;

/// <summary>What a file the site writes is: a page rendered through the theme (up to <see cref="Page"/>), or a file made whole.</summary>
public enum SiteFileKind
{
    Home,
    AToZ,
    RiskIndex,
    Search,
    NotFound,
    Codes,
    GetHelp,
    Topic,
    Category,
    Tag,
    Risk,
    Author,
    Page,
    Redirect,
    Sitemap,
    Robots,
    Feed,
    CodesIndex,
    HostingHeaders,
    HostingRedirects,
    Favicon,
    TouchIcon,
    NoJekyll,
}
