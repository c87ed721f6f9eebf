namespace Haven.Web.Features.Home;

/// <summary>What a role's home shows: its partial (<c>_IroHome</c>, …) and the lists on it, which the home page sorts and downloads.</summary>
public abstract class HomeView
{
    public abstract string Partial { get; }

    public abstract IReadOnlyList<HomeList> Lists { get; }

    public HomeList List(string id) => Lists.Single(l => l.Id == id);
}
