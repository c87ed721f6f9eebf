using System.Text.RegularExpressions;

namespace Haven.Web.Features.People;

public sealed record PersonSearchQuery(string? Text, DateOnly? DateOfBirth, PersonKind? Kind = null);

public sealed record PersonSearchResult(
    Guid Id,
    string LaPersonId,
    PersonKind Kind,
    bool IsRestricted,
    string? Name,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    Sex Sex,
    string? Address,
    string? MatchedName,
    double Score);

/// <summary>
/// Finds people as a worker on the phone would look for them: by any name they have used (spelling-tolerant,
/// forename and surname either way round), date of birth, NHS number, postcode or Haven ID.
/// Restricted records the viewer may not open are never matched (<see cref="VisiblePeople.SearchableIds"/>), so a
/// search gives an unnamed user the same answer as if they were not there; records outside the viewer's
/// relationships (relationship mode) come back with their Haven ID and no details, as <see cref="VisiblePeople"/> decides.
/// </summary>
public sealed partial class PersonSearch(HavenDbContext db, TimeProvider clock, VisiblePeople visible)
{
    private const int CandidateLimit = 2000;
    public const double MinimumNameScore = 0.72;

    public async Task<IReadOnlyList<PersonSearchResult>> SearchAsync(PersonSearchQuery query, CancellationToken ct)
    {
        var text = query.Text?.Trim() ?? "";
        Dictionary<Guid, (double Score, string? Matched)> scores;

        if (NhsNumber.TryParse(text, out var nhs))
        {
            var digits = nhs.Value;
            scores = await ExactAsync(db.People.Where(p => p.NhsNumber == digits).Select(p => p.Id), ct);
        }
        else if (LaIdPattern().IsMatch(text))
        {
            var id = text.ToUpperInvariant();
            scores = await ExactAsync(db.People.Where(p => p.LaPersonId == id).Select(p => p.Id), ct);
        }
        else if (PostcodePattern().IsMatch(text))
        {
            var postcode = NormalisePostcode(text);
            scores = await ExactAsync(db.Addresses.Where(a => a.Postcode == postcode).Select(a => a.PersonId), ct);
        }
        else if (text.Length > 0)
        {
            scores = await ByNameAsync(text, ct);
        }
        else if (query.DateOfBirth is { } dobOnly)
        {
            scores = await ExactAsync(db.People.Where(p => p.DateOfBirth == dobOnly || p.ExpectedDateOfBirth == dobOnly).Select(p => p.Id), ct);
        }
        else
        {
            return [];
        }

        if (scores.Count == 0)
        {
            return [];
        }
        var ids = scores.Keys.ToList();
        var today = UkClock.Today(clock);
        if (!visible.ListsAnyone)
        {
            return [];
        }
        var open = visible.OpenIds;
        var people = await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.MergedIntoId == null)
            .Where(p => query.DateOfBirth == null || p.DateOfBirth == query.DateOfBirth || p.ExpectedDateOfBirth == query.DateOfBirth)
            .Where(p => query.Kind == null || p.Kind == query.Kind)
            .Select(p => new
            {
                p.Id, p.LaPersonId, p.Kind, p.IsRestricted, p.FirstName, p.LastName, p.DateOfBirth, p.ExpectedDateOfBirth, p.Sex,
                CanOpen = open.Any(id => id == p.Id),
                Address = p.Addresses.Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
                    .OrderByDescending(a => a.StartDate).Select(a => a.Line1 + ", " + a.Town + ", " + a.Postcode).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return people
            .Select(p =>
            {
                var (score, matched) = scores[p.Id];
                return !p.CanOpen
                    ? new PersonSearchResult(p.Id, p.LaPersonId, p.Kind, p.IsRestricted, null, null, null, Sex.NotKnown, null, null, score)
                    : new PersonSearchResult(p.Id, p.LaPersonId, p.Kind, p.IsRestricted, $"{p.FirstName} {p.LastName}", p.DateOfBirth, p.ExpectedDateOfBirth, p.Sex, p.Address,
                        matched is not null && !string.Equals(matched, NameMatching.Normalise($"{p.FirstName} {p.LastName}"), StringComparison.Ordinal) ? matched : null, score);
            })
            .OrderByDescending(r => r.Score).ThenBy(r => r.Name).ThenBy(r => r.LaPersonId)
            .ToList();
    }

    /// <summary>True when the viewer may search at all: analysts see aggregates only.</summary>
    public bool ViewerMaySearch() => visible.ListsAnyone;

    private async Task<Dictionary<Guid, (double, string?)>> ExactAsync(IQueryable<Guid> ids, CancellationToken ct)
    {
        var searchable = visible.SearchableIds;
        return (await ids.Where(id => searchable.Contains(id)).Distinct().OrderBy(id => id).Take(CandidateLimit).ToListAsync(ct))
            .ToDictionary(id => id, _ => (1.0, (string?)null));
    }

    private async Task<Dictionary<Guid, (double Score, string? Matched)>> ByNameAsync(string text, CancellationToken ct)
    {
        var tokens = NameMatching.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return [];
        }
        var first = tokens[0];
        var last = tokens[^1];
        var k1 = NameMatching.PhoneticKey(first);
        var k2 = NameMatching.PhoneticKey(last);

        var searchable = visible.SearchableIds;
        IQueryable<PersonSearchName> candidates;
        if (tokens.Length == 1)
        {
            candidates = db.PersonSearchNames.Where(n => n.FirstNameKey == k1 || n.LastNameKey == k1);
        }
        else
        {
            // Both names matching, either way round, is the common case and uses the indexes tightly.
            candidates = db.PersonSearchNames.Where(n => (n.FirstNameKey == k1 && n.LastNameKey == k2) || (n.FirstNameKey == k2 && n.LastNameKey == k1));
        }
        var rows = await candidates.Where(n => searchable.Contains(n.PersonId)).AsNoTracking().Take(CandidateLimit).ToListAsync(ct);
        if (tokens.Length > 1 && rows.Count < 20)
        {
            // A typo can change one phonetic key: widen to "either name sounds right" and let the score decide.
            rows.AddRange(await db.PersonSearchNames.AsNoTracking()
                .Where(n => n.LastNameKey == k2 || n.LastNameKey == k1 || n.FirstNameKey == k1 && n.LastName.StartsWith(last.Substring(0, 1)))
                .Where(n => searchable.Contains(n.PersonId))
                .Take(CandidateLimit).ToListAsync(ct));
        }

        var best = new Dictionary<Guid, (double Score, string? Matched)>();
        foreach (var row in rows)
        {
            var score = tokens.Length == 1
                ? Math.Max(NameMatching.Similarity(first, row.FirstName), NameMatching.Similarity(first, row.LastName))
                : NameMatching.NameScore(first, last, row.FirstName, row.LastName);
            if (score < MinimumNameScore)
            {
                continue;
            }
            if (!best.TryGetValue(row.PersonId, out var existing) || existing.Score < score)
            {
                best[row.PersonId] = (score, $"{row.FirstName} {row.LastName}");
            }
        }
        return best;
    }

    public static string NormalisePostcode(string postcode)
    {
        var compact = Regex.Replace(postcode.ToUpperInvariant(), @"\s+", "");
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    [GeneratedRegex(@"^[Hh]\d{7}$")]
    private static partial Regex LaIdPattern();

    [GeneratedRegex(@"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$")]
    public static partial Regex PostcodePattern();
}
