namespace Haven.Data.Demo;

/// <summary>A town in the fictional county of Havenshire. Postcodes use the made-up "HV" area.</summary>
internal sealed record DemoTown(string Name, double Weight, int[] Districts);

/// <summary>A street in a town, with a fixed postcode sector so neighbouring houses share postcodes.</summary>
internal sealed record DemoStreet(string Name, int Town, int District, int Sector, int UnitSeed, int MaxNumber);

internal static class DemoPlaces
{
    public const string County = "Havenshire";

    public static readonly DemoTown[] Towns =
    [
        new("Havenport", 25, [1, 2, 3, 4]),
        new("Northbridge", 15, [5, 6]),
        new("Eastmoor", 12, [7, 8]),
        new("Kingsford", 10, [9, 10]),
        new("Millbrook", 9, [11]),
        new("Ashworth", 8, [12]),
        new("Fernley", 7, [13]),
        new("Westcombe", 6, [14]),
        new("Stonebridge", 5, [15]),
        new("Oakhurst", 3, [16]),
    ];

    public static readonly string[] StreetRoots =
    [
        "Mill", "Church", "Station", "Victoria", "Albert", "Queen's", "King's", "High", "Park", "Meadow", "Oak",
        "Ash", "Beech", "Elm", "Willow", "Chestnut", "Cedar", "Birch", "Holly", "Rowan", "Hawthorn", "Maple",
        "Poplar", "Sycamore", "Larch", "Hazel", "Laurel", "Juniper", "Heather", "Bramble", "Foxglove", "Primrose",
        "Bluebell", "Clover", "Lavender", "Orchard", "Grange", "Manor", "Abbey", "Priory", "Chapel", "Castle",
        "Bridge", "River", "Brook", "Canal", "Wharf", "Quarry", "Forge", "Tannery", "Kiln", "Foundry", "Market",
        "Fountain", "Windmill", "Watermill", "Hill", "Valley", "Ridge", "Moor", "Heath", "Fern", "Springfield",
        "Greenfield", "Westfield", "Northfield", "Southfield", "Eastfield", "Fairview", "Belmont", "Clarence",
        "Windsor", "Stanley", "Nelson", "Wellington", "Gladstone", "Milton", "Byron", "Shelley", "Tennyson",
        "Wordsworth", "Dickens", "Austen", "Kingfisher", "Heron", "Swallow", "Wren", "Lark", "Robin", "Falcon",
        "Kestrel", "Linnet", "Curlew", "Plover", "Mallard", "Badger", "Otter", "Acorn", "Thistle", "Rosebery",
        "Coronation", "Jubilee", "Silver", "York", "Lancaster", "Cambridge", "Oxford", "Devonshire", "Somerset",
        "Warwick", "Stafford", "Lincoln", "Chester", "Carlton", "Sandringham", "Balmoral", "Osborne", "Hampton",
        "Richmond", "Beaumont", "Cromwell", "Alder", "Spinney", "Copse", "Paddock", "Tithe", "Glebe", "Rectory",
    ];

    public static readonly string[] StreetSuffixes =
    [
        "Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way", "Crescent", "Gardens", "Grove", "Court",
        "Terrace", "Place", "Walk", "Rise", "View", "Mews",
    ];

    public static readonly string[] BuildingSuffixes = ["House", "Court", "Lodge", "Tower", "Point"];

    /// <summary>Letters allowed in the last two characters of a UK postcode (no C, I, K, M, O, V).</summary>
    public const string PostcodeUnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    /// <summary>Name roots for schools and GP practices, e.g. "Riverside Surgery", "Oakfield Primary School".</summary>
    public static readonly string[] OrganisationRoots =
    [
        "Riverside", "Oakfield", "Meadowbank", "Hillcrest", "Brookside", "Parkview", "Valley", "Woodlands",
        "Greenacres", "Beechwood", "Millfield", "Springwell", "Ashgrove", "Elmhurst", "Fairfield", "Highfield",
        "Lakeside", "Moorside", "Northgate", "Southgate", "Westgate", "Eastgate", "Orchard", "Rosehill", "Stonegate",
        "Willowbrook", "Cedars", "Holly Bank", "Kingfisher", "Larkspur", "Marsh Lane", "Church View", "Abbey",
        "Castle", "Bridge Street", "Market Place", "Canal Side", "Heathfield", "Foxhill", "Chestnut Grove",
        "Hazelwood", "Broadfield", "Redbrook", "Whitecross", "Blackthorn", "Goldcrest", "Silverdale", "Thornbury",
        "Ravenscroft", "Linden", "Primrose Hill", "Bluebell", "Poplars", "Sycamore", "Rowan Tree", "Windmill Hill",
        "St Mary's", "St John's", "St Peter's", "St Anne's", "St Joseph's", "Holy Trinity", "All Saints",
        "Our Lady's", "Christ Church", "St Michael's", "St Bede's", "St Aidan's", "St Luke's",
    ];

    public static readonly string[] PrimaryForms =
    [
        "Primary School", "Primary School", "Primary Academy", "Infant and Junior School", "Community Primary School",
        "C of E Primary School", "Catholic Primary School",
    ];

    public static readonly string[] SecondaryForms = ["Academy", "High School", "School", "Community College", "Catholic High School"];

    public static readonly string[] SurgeryForms = ["Surgery", "Medical Centre", "Health Centre", "Medical Practice", "Family Practice"];
}
