using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.People.Record;

/// <summary>What a warning says beyond its kind, as entered; null dates are ones left empty or not readable.</summary>
public sealed record WarningDetails(string? Note, DateOnly? From, DateOnly? ReviewDate, bool? NrmReferralMade, DateOnly? NrmReferralDate);

/// <summary>The fields the add and change pages share, so both ask the same questions in the same words (_WarningFields).</summary>
public interface IWarningFields
{
    string? Note { get; set; }
    DateInput From { get; set; }
    DateInput ReviewDate { get; set; }
    bool? NrmReferralMade { get; set; }
    DateInput NrmReferralDate { get; set; }

    /// <summary>Whether to ask about a National Referral Mechanism referral (trafficking only).</summary>
    bool AsksAboutNrm { get; }
}

public static class WarningForm
{
    public static void Fill(IWarningFields form, PersonFlag flag)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(flag);
        form.Note = flag.Note;
        form.From = DateInput.From(flag.From);
        form.ReviewDate = flag.ReviewDate is { } review ? DateInput.From(review) : new();
        form.NrmReferralMade = flag.NrmReferralMade;
        form.NrmReferralDate = flag.NrmReferralDate is { } nrm ? DateInput.From(nrm) : new();
    }

    /// <summary>Reads the dates, reporting any that are not real dates; where they may fall is the rules' job.</summary>
    public static WarningDetails Read(IWarningFields form, ModelStateDictionary modelState, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var from = DateInputValidation.Validate(form.From, "the date the warning starts", required: true, notAfter: today, today: today);
        from.AddTo(modelState, nameof(IWarningFields.From));
        var review = DateInputValidation.Validate(form.ReviewDate, "the review date", required: false, today: today);
        review.AddTo(modelState, nameof(IWarningFields.ReviewDate));
        var nrm = DateInputValidation.Validate(form.NrmReferralDate, "the date of the National Referral Mechanism referral", required: false, notAfter: today, today: today);
        nrm.AddTo(modelState, nameof(IWarningFields.NrmReferralDate));
        return new WarningDetails(form.Note, from.Date, review.Date, form.NrmReferralMade, form.NrmReferralMade == true ? nrm.Date : null);
    }
}
