using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.People.Record;

public sealed class AddAddressModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public AddressForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPersonAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return NotFound();
        }
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
