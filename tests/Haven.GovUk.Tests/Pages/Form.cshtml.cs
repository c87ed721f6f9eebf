using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Haven.GovUk.Tests.Pages;

public enum ContactMethod
{
    Email,
    Phone,
    Post,
    None,
}

public sealed class FormInput
{
    [Required(ErrorMessage = "Enter full name")]
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [Display(Name = "Email address", Description = "We'll only use this to send you a receipt")]
    public string? Email { get; set; }

    [Display(Name = "Age")]
    public int? Age { get; set; }

    [Display(Name = "Notes")]
    public string? Notes { get; set; }

    public DateInput DateOfBirth { get; set; } = new();

    [Required(ErrorMessage = "Select how to contact the family")]
    public ContactMethod? Contact { get; set; }

    public string? ContactEmail { get; set; }

    public List<string> Needs { get; set; } = [];

    [Required(ErrorMessage = "Select a team")]
    public string? Team { get; set; }
}

public sealed class FormModel : PageModel
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    [BindProperty]
    public FormInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public IEnumerable<SelectListItem> Teams { get; } =
    [
        new("Assessment team", "assessment"),
        new("Children in care", "cic"),
        new("Leaving care & after care", "leaving"),
    ];

    public void OnGet(string? name, string? dob)
    {
        Input.FullName = name;
        if (DateOnly.TryParse(dob, System.Globalization.CultureInfo.InvariantCulture, out var date))
        {
            Input.DateOfBirth = DateInput.From(date);
        }
    }

    public IActionResult OnPost()
    {
        DateInputValidation
            .Validate(Input.DateOfBirth, "date of birth", required: true, notAfter: Today, today: Today)
            .AddTo(ModelState, "Input.DateOfBirth");
        if (ModelState.IsValid)
        {
            Saved = true;
        }

        return Page();
    }
}
