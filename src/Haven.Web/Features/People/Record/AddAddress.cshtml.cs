namespace Haven.Web.Features.People.Record;

public sealed class AddAddressModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public AddressForm Input { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var address = Input.Validate(ModelState, nameof(Input), Today);
        if (address is null)
        {
            return this.InvalidPage();
        }
        await people.AddAddressAsync(PersonId, address, ct);
        TempData["Success"] = "Address added";
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }
}
