using System.Globalization;

namespace Haven.Web.Features.PartnerReferral;

public sealed class ChildAgeModel(PartnerReferralDrafts drafts, TimeProvider clock, ILogger<ChildAgeModel> logger) : ReferralQuestionPageModel(drafts, logger)
{
    /// <summary>The form is for children; an unborn baby has its own answer, and a baby under one is 0.</summary>
    public const int MaxApproximateAge = 17;

    public override string Step => PartnerReferralJourney.ChildAge;

    /// <summary>"born", "unborn" or "unknown".</summary>
    [BindProperty] public string? BornStatus { get; set; }
    [BindProperty] public DateInput DateOfBirth { get; set; } = new();
    [BindProperty] public DateInput ExpectedDate { get; set; } = new();

    /// <summary>Kept as typed, so a mistake is shown back as it was entered.</summary>
    [BindProperty] public string? ApproximateAge { get; set; }

    private DateOnly Today => UkClock.Today(clock);

    protected override void Load(PartnerReferralDraft draft)
    {
        BornStatus = draft.BornStatus;
        DateOfBirth = DateInput.From(draft.DateOfBirth);
        ExpectedDate = DateInput.From(draft.ExpectedDate);
        ApproximateAge = draft.ApproximateAge?.ToString(CultureInfo.InvariantCulture);
    }

    protected override void Validate()
    {
        switch (BornStatus)
        {
            case "born":
                DateInputValidation.Validate(DateOfBirth, "date of birth", required: true, notAfter: Today, today: Today)
                    .AddTo(ModelState, nameof(DateOfBirth));
                break;
            case "unborn":
                DateInputValidation.Validate(ExpectedDate, "the date the baby is due", required: true, notBefore: Today, notAfter: Today.AddMonths(10), today: Today)
                    .AddTo(ModelState, nameof(ExpectedDate));
                break;
            case "unknown":
                if (string.IsNullOrWhiteSpace(ApproximateAge))
                {
                    ModelState.AddModelError(nameof(ApproximateAge), "Enter the child's approximate age");
                }
                else if (ParseAge(ApproximateAge) is not { } age)
                {
                    ModelState.AddModelError(nameof(ApproximateAge), "Approximate age must be a whole number of years, like 7");
                }
                else if (age > MaxApproximateAge)
                {
                    ModelState.AddModelError(nameof(ApproximateAge), $"Approximate age must be between 0 and {MaxApproximateAge}");
                }
                break;
            default:
                ModelState.AddModelError(nameof(BornStatus), "Select whether you know the child's date of birth");
                break;
        }
    }

    protected override void Apply(PartnerReferralDraft draft)
    {
        draft.BornStatus = BornStatus;
        draft.DateOfBirth = BornStatus == "born" ? DateOfBirth.ToDateOrNull() : null;
        draft.ExpectedDate = BornStatus == "unborn" ? ExpectedDate.ToDateOrNull() : null;
        draft.ApproximateAge = BornStatus == "unknown" ? ParseAge(ApproximateAge) : null;
    }

    /// <summary>Digits only: no sign, decimal point or words ("about 10" is what the hint's "approximate" already says).</summary>
    private static int? ParseAge(string? typed) =>
        int.TryParse(typed?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null;
}
