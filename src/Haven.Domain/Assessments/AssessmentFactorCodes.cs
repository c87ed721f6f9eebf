namespace Haven.Domain.Assessments;

/// <summary>DfE CIN census assessment factor codes (2024 schema) with their published descriptions.</summary>
public static class AssessmentFactorCodes
{
    public const string NoFactors = "21";

    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["1A"] = "Alcohol misuse: concerns about alcohol misuse by the child",
        ["1B"] = "Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)",
        ["1C"] = "Alcohol misuse: concerns about alcohol misuse by another person living in the household",
        ["2A"] = "Drug misuse: concerns about drug misuse by the child",
        ["2B"] = "Drug misuse: concerns about drug misuse by the parent(s)/carer(s)",
        ["2C"] = "Drug misuse: concerns about drug misuse by another person living in the household",
        ["3A"] = "Domestic violence: concerns about the child being the subject of domestic violence",
        ["3B"] = "Domestic violence: concerns about the child's parent(s)/carer(s) being the subject of domestic violence",
        ["3C"] = "Domestic violence: concerns about another person living in the household being the subject of domestic violence",
        ["4A"] = "Mental health: concerns about the mental health of the child",
        ["4B"] = "Mental health: concerns about the mental health of the parent(s)/carer(s)",
        ["4C"] = "Mental health: concerns about the mental health of another person in the family/household",
        ["5A"] = "Learning disability: concerns about the child's learning disability",
        ["5B"] = "Learning disability: concerns about the parent(s)/carer(s) learning disability",
        ["5C"] = "Learning disability: concerns about another person in the family/household's learning disability",
        ["6A"] = "Physical disability or illness: concerns about a physical disability or illness of the child",
        ["6B"] = "Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)",
        ["6C"] = "Physical disability or illness: concerns about a physical disability or illness of another person in the family/household",
        ["7A"] = "Young carer: concerns that services may be required or the child's health or development may be impaired due to their caring responsibilities",
        ["8B"] = "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return",
        ["8C"] = "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay",
        ["8D"] = "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements",
        ["8E"] = "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements",
        ["8F"] = "Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other",
        ["9A"] = "UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child",
        ["10A"] = "Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing",
        ["11A"] = "Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation",
        ["12A"] = "Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking",
        ["13A"] = "Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs",
        ["14A"] = "Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour",
        ["15A"] = "Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm",
        ["16A"] = "Abuse or neglect – 'NEGLECT': concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect",
        ["17A"] = "Abuse or neglect – 'EMOTIONAL ABUSE': concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect",
        ["18B"] = "Abuse or neglect – 'PHYSICAL ABUSE' (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child",
        ["18C"] = "Abuse or neglect – 'PHYSICAL ABUSE' (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult",
        ["19B"] = "Abuse or neglect – 'SEXUAL ABUSE' (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child",
        ["19C"] = "Abuse or neglect – 'SEXUAL ABUSE' (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult",
        ["20"] = "Other",
        ["21"] = "No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken",
        ["22A"] = "Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation",
        ["23A"] = "Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief",
        ["24A"] = "Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation",
    };

    /// <summary>The short heading of a factor (the text before the first colon), for lists and tags.</summary>
    public static string Heading(string code) =>
        Codes.TryGetValue(code, out var d) ? (d.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? d[..i] : d) : code;
}
