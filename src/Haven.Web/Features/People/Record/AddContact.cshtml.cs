using System.Text.RegularExpressions;

namespace Haven.Web.Features.People.Record;

public sealed partial class AddContactModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public ContactMethod? Method { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Method is null)
        {
            ModelState.AddModelError(nameof(Method), "Select how to contact them");
        }
        else if (string.IsNullOrWhiteSpace(Value))
        {
            ModelState.AddModelError(nameof(Value), Method == ContactMethod.Email ? "Enter an email address" : "Enter a phone number");
        }
        else if (Method == ContactMethod.Email && !EmailAddress.IsValid(Value))
        {
            ModelState.AddModelError(nameof(Value), "Enter an email address in the correct format, like name@example.com");
        }
        else if (Method != ContactMethod.Email && !PhonePattern().IsMatch(Value.Trim()))
        {
            ModelState.AddModelError(nameof(Value), "Enter a phone number, like 01632 960 001 or 07700 900 982");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await people.AddContactDetailAsync(PersonId, new ContactDetail { Method = Method!.Value, Value = Value!.Trim(), Note = Note }, ct);
        TempData["Success"] = "Contact details added";
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }

    [GeneratedRegex(@"^\+?[\d\s()-]{10,20}$")]
    private static partial Regex PhonePattern();
}
