namespace Haven.Domain.LookedAfter;

/// <summary>
/// The middle of one postcode, from the ONS Postcode Directory an authority loads (<c>./haven postcodes load</c>), so the
/// distance from a child's home to their placement (SSDA903 HOME_POST to PL_POST) is worked out, not typed.
/// </summary>
public sealed class PostcodeCentroid
{
    /// <summary>Upper case with one space before the inward code, as <see cref="Postcodes.Normalise"/> writes it ("HV1 2AB").</summary>
    public required string Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

/// <summary>Postcodes as the return and the centroid table write them, and the distance between two of them.</summary>
public static class Postcodes
{
    private const double EarthRadiusKm = 6371.0088;
    public const double KmPerMile = 1.609344;

    /// <summary>"hv1  2ab" → "HV1 2AB"; none for blank or something too short or long to be a postcode.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        var compact = new string([.. typed.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
        return compact.Length is < 5 or > 7 ? null : $"{compact[..^3]} {compact[^3..]}";
    }

    /// <summary>Great-circle distance in kilometres (haversine): close enough for "how far from home", which is what is asked.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>"12.3 km (7.6 miles)", or "Not known" when either postcode has no centroid loaded.</summary>
    public static string DistanceText(double? kilometres) => kilometres is { } km
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{km:0.0} km ({km / KmPerMile:0.0} miles)")
        : "Not known";
}
