using System.Text;
using System.Xml;
using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus;

/// <summary>
/// Writes a census file in the DfE's element names and order (CIN census XSD sequence), one child at a time, so
/// a return of 100,000 children is never held in memory. Same input, same bytes: indentation, new lines and the
/// encoding are fixed, and nothing time- or machine-dependent is written.
/// </summary>
public static class CinCensusWriter
{
    /// <summary>Async writes are gathered into a buffer of about this size before each copy to the stream.</summary>
    private const int AsyncChunkBytes = 64 * 1024;

    public static void Write(Stream output, CinCensusHeader header, IEnumerable<CinCensusChild> children)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(children);

        using var emitter = new Emitter(output, header);
        foreach (var child in children)
        {
            emitter.WriteChild(child);
        }

        emitter.Finish();
    }

    /// <summary>
    /// For web responses and other streams that refuse synchronous writes: XML is produced into a small buffer
    /// that is copied to <paramref name="output"/> asynchronously as it fills.
    /// </summary>
    public static async Task WriteAsync(
        Stream output, CinCensusHeader header, IAsyncEnumerable<CinCensusChild> children, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(children);

        using var buffer = new MemoryStream();
        using (var emitter = new Emitter(buffer, header))
        {
            await foreach (var child in children.WithCancellation(cancellationToken))
            {
                emitter.WriteChild(child);
                emitter.Flush();
                if (buffer.Length >= AsyncChunkBytes)
                {
                    await Drain(buffer, output, cancellationToken);
                }
            }

            emitter.Finish();
        }

        await Drain(buffer, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static async Task Drain(MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }

    private sealed class Emitter : IDisposable
    {
        private static readonly XmlWriterSettings Settings = new()
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };

        private readonly XmlWriter _xml;
        private readonly bool _usesSex;

        public Emitter(Stream output, CinCensusHeader header)
        {
            _xml = XmlWriter.Create(output, Settings);
            _usesSex = header.UsesSex;
            _xml.WriteStartDocument();
            _xml.WriteStartElement(E.Message);
            WriteHeader(header);
            _xml.WriteStartElement(E.Children);
        }

        public void WriteChild(CinCensusChild child)
        {
            ArgumentNullException.ThrowIfNull(child);
            _xml.WriteStartElement(E.Child);

            _xml.WriteStartElement(E.ChildIdentifiers);
            Text(E.LAchildID, child.LAchildID);
            Text(E.UPN, child.UPN);
            Text(E.FormerUPN, child.FormerUPN);
            Text(E.UPNunknown, child.UPNunknown);
            Date(child, E.PersonBirthDate, child.PersonBirthDate);
            Date(child, E.ExpectedPersonBirthDate, child.ExpectedPersonBirthDate);
            if (_usesSex)
            {
                Text(E.Sex, child.Sex ?? CinSexCodes.FromGenderCurrent(child.GenderCurrent));
            }
            else
            {
                Text(E.GenderCurrent, child.GenderCurrent ?? CinSexCodes.ToGenderCurrent(child.Sex));
            }

            Date(child, E.PersonDeathDate, child.PersonDeathDate);
            _xml.WriteEndElement();

            _xml.WriteStartElement(E.ChildCharacteristics);
            Text(E.Ethnicity, child.Ethnicity);
            List(E.Disabilities, E.Disability, child.Disabilities);
            _xml.WriteEndElement();

            foreach (var episode in child.CinDetails)
            {
                WriteEpisode(episode);
            }

            _xml.WriteEndElement();
        }

        public void Flush() => _xml.Flush();

        public void Finish()
        {
            _xml.WriteEndElement(); // Children
            _xml.WriteEndElement(); // Message
            _xml.WriteEndDocument();
            _xml.Flush();
        }

        public void Dispose() => _xml.Dispose();

        private void WriteHeader(CinCensusHeader header)
        {
            _xml.WriteStartElement(E.Header);
            _xml.WriteStartElement(E.CollectionDetails);
            Text(E.Collection, header.Collection);
            Text(E.Year, header.Year);
            Date(header, E.ReferenceDate, header.ReferenceDate);
            _xml.WriteEndElement();
            _xml.WriteStartElement(E.Source);
            Text(E.SourceLevel, header.SourceLevel);
            Text(E.LEA, header.LEA);
            Text(E.SoftwareCode, header.SoftwareCode);
            Text(E.Release, header.Release);
            Text(E.SerialNo, header.SerialNo);
            Text(E.DateTime, header.DateTime);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }

        private void WriteEpisode(CinDetails episode)
        {
            _xml.WriteStartElement(E.CINdetails);
            Date(episode, E.CINreferralDate, episode.CINreferralDate);
            Text(E.ReferralSource, episode.ReferralSource);
            Text(E.PrimaryNeedCode, episode.PrimaryNeedCode);
            Date(episode, E.CINclosureDate, episode.CINclosureDate);
            Text(E.ReasonForClosure, episode.ReasonForClosure);
            Date(episode, E.DateOfInitialCPC, episode.DateOfInitialCPC);

            foreach (var assessment in episode.Assessments)
            {
                _xml.WriteStartElement(E.Assessments);
                Date(assessment, E.AssessmentActualStartDate, assessment.ActualStartDate);
                Date(assessment, E.AssessmentInternalReviewDate, assessment.InternalReviewDate);
                Date(assessment, E.AssessmentAuthorisationDate, assessment.AuthorisationDate);
                List(E.FactorsIdentifiedAtAssessment, E.AssessmentFactors, assessment.Factors);
                _xml.WriteEndElement();
            }

            foreach (var plan in episode.CinPlanDates)
            {
                _xml.WriteStartElement(E.CINPlanDates);
                Date(plan, E.CINPlanStartDate, plan.StartDate);
                Date(plan, E.CINPlanEndDate, plan.EndDate);
                _xml.WriteEndElement();
            }

            foreach (var enquiry in episode.Section47s)
            {
                _xml.WriteStartElement(E.Section47);
                Date(enquiry, E.S47ActualStartDate, enquiry.ActualStartDate);
                Date(enquiry, E.InitialCPCtarget, enquiry.InitialCPCtarget);
                Date(enquiry, E.DateOfInitialCPC, enquiry.DateOfInitialCPC);
                Text(E.ICPCnotRequired, enquiry.ICPCnotRequired);
                _xml.WriteEndElement();
            }

            Text(E.ReferralNFA, episode.ReferralNFA);

            foreach (var plan in episode.ChildProtectionPlans)
            {
                WriteProtectionPlan(plan);
            }

            _xml.WriteEndElement();
        }

        private void WriteProtectionPlan(CinChildProtectionPlan plan)
        {
            _xml.WriteStartElement(E.ChildProtectionPlans);
            Date(plan, E.CPPstartDate, plan.StartDate);
            Date(plan, E.CPPendDate, plan.EndDate);
            Text(E.InitialCategoryOfAbuse, plan.InitialCategoryOfAbuse);
            Text(E.LatestCategoryOfAbuse, plan.LatestCategoryOfAbuse);
            Text(E.NumberOfPreviousCPP, plan.NumberOfPreviousCPP);
            if (plan.ReviewDates.Count > 0)
            {
                // Unreadable review dates are kept in order in Unparsed, so they can be put back where they were.
                var unreadable = plan.Unparsed.Where(u => u.Element == E.CPPreviewDate).Select(u => u.Text).GetEnumerator();
                _xml.WriteStartElement(E.Reviews);
                foreach (var review in plan.ReviewDates)
                {
                    var text = review is { } date ? CinDates.Format(date) : unreadable.MoveNext() ? unreadable.Current : "";
                    _xml.WriteElementString(E.CPPreviewDate, text);
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        /// <summary>Optional elements are left out when empty, as the DfE asks.</summary>
        private void Text(string element, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _xml.WriteElementString(element, value);
            }
        }

        private void Date(CinCensusRecord record, string element, DateOnly? value) => Text(element, record.Shown(element, value));

        private void List(string container, string item, EquatableList<string> values)
        {
            if (values.Count == 0)
            {
                return;
            }

            _xml.WriteStartElement(container);
            foreach (var value in values)
            {
                _xml.WriteElementString(item, value);
            }

            _xml.WriteEndElement();
        }
    }
}

/// <summary>Sex (M, F, U) and the GenderCurrent codes (1, 2, 0, 9) it replaced.</summary>
public static class CinSexCodes
{
    public static IReadOnlySet<string> Sex { get; } = new HashSet<string>(StringComparer.Ordinal) { "M", "F", "U" };

    /// <summary>0 (not recorded or unborn) and 9 (indeterminate) both become U.</summary>
    public static string? FromGenderCurrent(string? gender) => gender switch
    {
        "1" => "M",
        "2" => "F",
        "0" or "9" => "U",
        _ => null,
    };

    public static string? ToGenderCurrent(string? sex) => sex switch
    {
        "M" => "1",
        "F" => "2",
        "U" => "0",
        _ => null,
    };
}
