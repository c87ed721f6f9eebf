using Microsoft.EntityFrameworkCore.Metadata;

namespace Haven.Data.Configuration;

/// <summary>
/// How long each kind of text may be. The EF model is the one source of truth for lengths: the columns are created
/// from it (on PostgreSQL a limited string is <c>character varying(n)</c>, so nothing longer can be stored), and the
/// web's form check reads the same model, so every form field is refused by its field, with a GOV.UK message, before
/// a value that would not fit reaches a handler. A configuration class that knows better (a code, a hash, a postcode)
/// says so with <c>HasMaxLength</c>; every other text property gets the limit of its kind here, by its name, so no
/// text column is left unlimited (a test in Haven.Data.Tests walks the model for one).
/// </summary>
public static class TextLimits
{
    /// <summary>A first or last name: what a birth certificate or a passport holds, with room to spare.</summary>
    public const int Name = 100;

    /// <summary>
    /// A whole name, an organisation, a role, an agency, a team, an address line or a short label: a line of text, not a
    /// paragraph. Long enough for "Oxleas NHS Foundation Trust, Child and Adolescent Mental Health Service".
    /// </summary>
    public const int Line = 200;

    /// <summary>A whole postal address written in one box.</summary>
    public const int Address = 500;

    /// <summary>A telephone number as people write it (spaces, brackets, an extension).</summary>
    public const int Phone = 30;

    /// <summary>The longest email address the standards allow (RFC 5321 path limit).</summary>
    public const int Email = 254;

    /// <summary>
    /// A key or identifier that Haven or ASP.NET Core Identity generates (user ids are GUIDs; external sign-in keys are
    /// longer): ASP.NET Core Identity's own key length.
    /// </summary>
    public const int Identifier = 450;

    /// <summary>
    /// What a worker writes: a case note, an assessment's analysis, a rationale, a child's views, a plan's contingency.
    /// About eight pages of typed text; the longest assessment section in use is well under half of it. This is also
    /// the most any form field may send (the web's form check), so nothing longer ever reaches a handler.
    /// </summary>
    public const int Narrative = 20_000;

    /// <summary>
    /// What Haven writes itself from what was typed, and may be longer than any one field: an event's before and after
    /// of several narrative fields at once, a kept form, a document's extracted text (capped at 2,000,000 characters
    /// by the text extractor), a data-protection key. Not a form field.
    /// </summary>
    public const int Record = 2_000_000;

    private static readonly HashSet<string> RecordTexts = new(StringComparer.Ordinal)
    {
        "Changes", "ExtractedText", "FieldsJson", "Xml",
    };

    private static readonly HashSet<string> Identifiers = new(StringComparer.Ordinal)
    {
        "ConcurrencyStamp", "SecurityStamp", "PasswordHash", "LoginProvider", "ProviderKey", "ProviderReference",
        "ClaimType", "FriendlyName", "FirstNameKey", "LastNameKey", "Key",
    };

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "FirstName", "LastName" };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal)
    {
        "Chair", "ChairedBy", "Owner", "LeadProfessional", "LeadAgency", "Agency", "Organisation", "Role", "JobTitle",
        "FromLead", "ToLead", "Service", "SharedWith", "Source", "FirstLanguage", "Religion", "GenderIdentity",
        "Line1", "Line2", "Town", "Page", "DisabilityCodes",
    };

    /// <summary>Gives every text property that has no maximum length the limit of its kind.</summary>
    public static void Apply(IMutableModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var property in model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()))
        {
            if ((property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string) && property.GetMaxLength() is null)
            {
                property.SetMaxLength(For(property.Name, property.DeclaringType.ClrType));
            }
        }
    }

    /// <summary>The limit of a text property by what its name says it holds; narrative text when it says nothing more.</summary>
    private static int For(string name, Type owner)
    {
        if (RecordTexts.Contains(name))
        {
            return Record;
        }
        // Identity's own tables hold only keys, stamps, claims and tokens that Identity writes.
        if (name.EndsWith("Id", StringComparison.Ordinal) || Identifiers.Contains(name) || owner.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true)
        {
            return Identifier;
        }
        if (Names.Contains(name))
        {
            return Name;
        }
        if (name.EndsWith("Address", StringComparison.Ordinal))
        {
            return Address;
        }
        if (name.EndsWith("Name", StringComparison.Ordinal) || Lines.Contains(name) || name.EndsWith("Role", StringComparison.Ordinal)
            || name.EndsWith("Organisation", StringComparison.Ordinal))
        {
            return Line;
        }
        if (name.EndsWith("Phone", StringComparison.Ordinal) || name == "PhoneNumber")
        {
            return Phone;
        }
        if (name.EndsWith("Email", StringComparison.Ordinal) || name == "Value")
        {
            return Email;
        }
        if (name.EndsWith("Postcode", StringComparison.Ordinal))
        {
            return 8;
        }
        return Narrative;
    }
}
