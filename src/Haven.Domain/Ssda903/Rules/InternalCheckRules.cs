namespace Haven.Domain.Ssda903.Rules;

// The validator's internal checks on ad1, placed_for_adoption, oc2, oc3 and previous_permanence: every child in them is
// in header.csv with the same date of birth, once where the file has a row per child. And EPI: a child in the header
// with neither episodes nor care leaver information has nothing else to be checked against.

public sealed class Ad1ChildNotInHeader() : InHeaderRule<Ssda903Ad1>("INT01", "Data Integrity Check: Child in AD1 does not exist in Header.", Ssda903Files.Ad1, r => r.Ad1, a => a.Child);

public sealed class PlacedForAdoptionChildNotInHeader() : InHeaderRule<Ssda903PlacedForAdoption>("INT02", "Internal Check: Child in PlacedAdoption does not exist in Header.", Ssda903Files.PlacedForAdoption, r => r.PlacedForAdoption, p => p.Child);

public sealed class Oc2ChildNotInHeader() : InHeaderRule<Ssda903Oc2>("INT05", "Internal Check: Child in OC2 does not exist in Header.", Ssda903Files.Oc2, r => r.Oc2, o => o.Child);

public sealed class Oc3ChildNotInHeader() : InHeaderRule<Ssda903Oc3>("INT06", "Internal Check: Child in OC3 does not exist in Header.", Ssda903Files.Oc3, r => r.Oc3, o => o.Child);

public sealed class PreviousPermanenceChildNotInHeader() : InHeaderRule<Ssda903PreviousPermanence>("INT07", "Internal Check: Child in PrevPerm does not exist in Header.", Ssda903Files.PreviousPermanence, r => r.PreviousPermanence, p => p.Child);

public sealed class Ad1BirthNotAsHeader() : SameAsHeaderRule<Ssda903Ad1>("INT11", "Internal Check: DOB in AD1 is different to DOB in Header.", Ssda903Files.Ad1, "DOB", r => r.Ad1, a => a.Child, a => a.Dob, h => h.Dob);

public sealed class PlacedForAdoptionBirthNotAsHeader() : SameAsHeaderRule<Ssda903PlacedForAdoption>("INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header.", Ssda903Files.PlacedForAdoption, "DOB", r => r.PlacedForAdoption, p => p.Child, p => p.Dob, h => h.Dob);

public sealed class Oc2BirthNotAsHeader() : SameAsHeaderRule<Ssda903Oc2>("INT14", "Internal Check: DOB in OC2 is different to DOB in Header.", Ssda903Files.Oc2, "DOB", r => r.Oc2, o => o.Child, o => o.Dob, h => h.Dob);

public sealed class Oc3BirthNotAsHeader() : SameAsHeaderRule<Ssda903Oc3>("INT15", "Internal Check: DOB in OC3 is different to DOB in Header.", Ssda903Files.Oc3, "DOB", r => r.Oc3, o => o.Child, o => o.Dob, h => h.Dob);

public sealed class PreviousPermanenceBirthNotAsHeader() : SameAsHeaderRule<Ssda903PreviousPermanence>("INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header.", Ssda903Files.PreviousPermanence, "DOB", r => r.PreviousPermanence, p => p.Child, p => p.Dob, h => h.Dob);

public sealed class ChildTwiceInAd1() : OncePerChildRule<Ssda903Ad1>("INT31", "Internal Check: Child should only exist once in AD1.", Ssda903Files.Ad1, r => r.Ad1, a => a.Child);

public sealed class ChildTwiceInOc2() : OncePerChildRule<Ssda903Oc2>("INT33", "Internal Check: Child should only exist once in OC2.", Ssda903Files.Oc2, r => r.Oc2, o => o.Child);

public sealed class ChildTwiceInOc3() : OncePerChildRule<Ssda903Oc3>("INT34", "Internal Check: Child should only exist once in OC3.", Ssda903Files.Oc3, r => r.Oc3, o => o.Child);

public sealed class ChildTwiceInPreviousPermanence() : OncePerChildRule<Ssda903PreviousPermanence>("INT35", "Internal Check: Child should only exist once in PrevPerm.", Ssda903Files.PreviousPermanence, r => r.PreviousPermanence, p => p.Child);

public sealed class NoEpisodesOrCareLeaverInformation() : HeaderRule("EPI", "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]", "CHILD", h => h.Child,
    (h, c) => !c.EpisodesOf[h.Child].Any() && !c.Return.Oc3.Any(o => o.Child == h.Child));
